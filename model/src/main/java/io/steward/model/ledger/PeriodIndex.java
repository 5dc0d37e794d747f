package io.steward.model.ledger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Cursor;
import org.jooq.Record2;

/**
 * Which entries a period holds and of what kind: one byte per seq from the period's first entry to its last (the
 * kind's number plus one, 0 for an entry outside the period), so ten million entries take ten megabytes.
 */
final class PeriodIndex {
    private final long firstSeq;
    private final byte[] kindBySeq;
    private final List<String> kinds;
    private final long[] countByKind;

    private PeriodIndex(long firstSeq, byte[] kindBySeq, List<String> kinds, long[] countByKind) {
        this.firstSeq = firstSeq;
        this.kindBySeq = kindBySeq;
        this.kinds = kinds;
        this.countByKind = countByKind;
    }

    /** Reads (seq, kind) rows in seq order. */
    static PeriodIndex read(Cursor<Record2<Long, String>> rows) {
        try (rows) {
            Map<String, Integer> numbers = new HashMap<>();
            List<String> kinds = new ArrayList<>();
            long[] counts = new long[16];
            long first = -1;
            byte[] bySeq = new byte[1024];
            for (Record2<Long, String> r : rows) {
                long seq = r.value1();
                if (first < 0) {
                    first = seq;
                }
                int kind = numbers.computeIfAbsent(r.value2() == null ? "" : r.value2(), k -> {
                    kinds.add(k);
                    return kinds.size() - 1;
                });
                if (kind >= 255) {
                    throw new IllegalStateException("more than 255 entry kinds in one period");
                }
                long offset = seq - first;
                if (offset >= bySeq.length) {
                    bySeq = Arrays.copyOf(bySeq, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(offset + 1, bySeq.length * 2L)));
                }
                bySeq[(int) offset] = (byte) (kind + 1);
                if (kind >= counts.length) {
                    counts = Arrays.copyOf(counts, counts.length * 2);
                }
                counts[kind]++;
            }
            return new PeriodIndex(Math.max(first, 0), bySeq, kinds, counts);
        }
    }

    long count() {
        return Arrays.stream(countByKind).sum();
    }

    /** Entries per kind, most frequent first, then by kind. */
    Map<String, Long> countsByKind() {
        Map<String, Long> out = new LinkedHashMap<>();
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < kinds.size(); k++) {
            order.add(k);
        }
        order.sort(Comparator.<Integer>comparingLong(k -> -countByKind[k]).thenComparing(kinds::get));
        order.forEach(k -> out.put(kinds.get(k), countByKind[k]));
        return out;
    }

    /** The seqs of the period's entries of {@code wanted} kinds (all kinds when null), a page at a time. */
    Seqs seqs(List<String> wanted) {
        boolean[] take = new boolean[kinds.size() + 1];
        for (int k = 0; k < kinds.size(); k++) {
            take[k + 1] = wanted == null || wanted.contains(kinds.get(k));
        }
        return new Seqs(take);
    }

    final class Seqs {
        private final boolean[] take;
        private int offset;

        private Seqs(boolean[] take) {
            this.take = take;
        }

        /** Up to {@code max} next seqs, ascending; empty at the end. */
        List<Long> next(int max) {
            List<Long> page = new ArrayList<>(Math.min(max, 1024));
            while (offset < kindBySeq.length && page.size() < max) {
                if (take[kindBySeq[offset] & 0xff]) {
                    page.add(firstSeq + offset);
                }
                offset++;
            }
            return page;
        }
    }
}
