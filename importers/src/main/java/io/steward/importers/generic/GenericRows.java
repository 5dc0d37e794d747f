package io.steward.importers.generic;

import io.steward.importers.spi.RecordSink;
import io.steward.importers.columns.ColumnMapping;
import io.steward.importers.columns.Concept;
import io.steward.importers.columns.UnrecognisedHeadersException;
import io.steward.importers.csv.CsvInput;
import io.steward.importers.values.Booleans;
import io.steward.importers.values.InvalidValueException;
import io.steward.importers.values.NullIsh;
import io.steward.importers.values.TagCells;
import io.steward.importers.values.TimeValues;
import io.steward.model.inventory.CredentialRecord;
import io.steward.model.inventory.GrantRecord;
import io.steward.model.inventory.IdentityRecord;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Maps the rows of a generic CSV inventory (docs/FORMATS-SUPPORTED.md), its header resolved with the one synonym table
 * of {@link Concept} and the column mapping given or saved for its source.
 */
final class GenericRows {
    private static final Set<Concept> REQUIRED = EnumSet.of(Concept.ID, Concept.NAME);
    /** Concepts with no field of their own in a generic record: kept as attributes under their header, as read. */
    private static final Set<Concept> AS_ATTRIBUTE = EnumSet.of(Concept.LAST_REVIEWED);

    private final Path file;
    private final RecordSink sink;
    private final CsvInput in;
    private final Instant exportedAt;
    private final ColumnMapping mapping;
    private String[] headers;
    private ColumnMapping.Resolved header;
    private List<Integer> others;
    private String[] v;
    private boolean warnedRelative;

    GenericRows(Path file, RecordSink sink, CsvInput in, Instant exportedAt, ColumnMapping mapping) {
        this.file = file;
        this.sink = sink;
        this.in = in;
        this.exportedAt = exportedAt;
        this.mapping = mapping;
    }

    void header() {
        String[] names = in.header().clone();
        for (int i = 0; i < names.length; i++) {
            String screened = sink.screen(0, 1, "header", names[i]);
            names[i] = screened == null ? "column " + (i + 1) : screened.strip();
        }
        headers = names;
        header = mapping.resolve(List.of(names), Concept.INVENTORY);
        if (!header.has(Concept.ID) && !header.has(Concept.NAME)) {
            throw new UnrecognisedHeadersException(file, 1, List.of(names), header, Concept.INVENTORY, REQUIRED);
        }
        if (!header.has(Concept.ID)) {
            sink.warning(0, 1, headers[header.column(Concept.NAME)], "name-as-id",
                    "there is no id column: names are used as ids, so a renamed identity will show as removed and added in a diff");
        }
        others = otherColumns(names.length);
        v = new String[names.length];
    }

    /** Columns without a concept (not those the mapping ignores), the non-preferred columns of a concept, and concepts kept as attributes. */
    private List<Integer> otherColumns(int count) {
        Set<Integer> primary = new java.util.HashSet<>();
        header.all().forEach((c, cols) -> {
            boolean unused = AS_ATTRIBUTE.contains(c) || c == Concept.NEXT_ROTATION && header.has(Concept.EXPIRES);
            if (!unused) {
                primary.add(cols.get(0));
            }
        });
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (!primary.contains(i) && !header.ignored().contains(i)) {
                out.add(i);
            }
        }
        return out;
    }

    void row() {
        long rec = in.recordNo();
        long line = in.line();
        int nonBlank = 0;
        for (int i = 0; i < v.length; i++) {
            String raw = in.field(i);
            v[i] = raw.isEmpty() ? null : sink.screen(rec, line, headers[i], raw);
            if (v[i] != null && !v[i].isBlank()) {
                nonBlank++;
            }
        }
        if (nonBlank == 1 && firstNonBlank().toLowerCase(Locale.ROOT).startsWith("total")) {
            sink.warning(rec, line, null, "total-row", "a totals row (one cell starting with 'Total') was skipped");
            return;
        }
        String id = text(Concept.ID);
        String name = text(Concept.NAME);
        if (id == null && name == null) {
            sink.warning(rec, line, null, "no-id", "the row has neither an id nor a name; it was skipped");
            return;
        }
        Boolean enabled = enabled();
        Instant lastUsed = time(Concept.LAST_USED);
        Map<String, Object> attributes = new java.util.LinkedHashMap<>(); // column order: the first columns are kept when bounded
        if (lastUsed == null && header.has(Concept.IDLE_DAYS)) {
            Long idle = days(Concept.IDLE_DAYS);
            if (idle != null) {
                lastUsed = exportedAt.minus(Duration.ofDays(idle));
                attributes.put("idleDays", idle);
                warnRelative(rec, line, Concept.IDLE_DAYS);
            }
        }
        attributes.put("system", text(Concept.SYSTEM));
        attributes.put("status", text(Concept.STATUS));
        Boolean privileged = bool(Concept.PRIVILEGED);
        attributes.put("privileged", privileged);
        for (int i : others) {
            String value = NullIsh.text(v[i]);
            if (value != null) {
                attributes.put(headers[i], value);
            }
        }
        sink.identity(IdentityRecord.builder(id != null ? id : name, kind())
                .name(name).environment(text(Concept.ENVIRONMENT)).ownerHint(owner()).enabled(enabled)
                .createdAt(time(Concept.CREATED)).lastUsedAt(lastUsed).attributes(attributes).tags(tags())
                .credentials(credential(enabled, rec, line)).grants(grants()).at(rec, line).build());
    }

    private List<CredentialRecord> credential(Boolean enabled, long rec, long line) {
        Instant rotated = time(Concept.LAST_ROTATED);
        if (rotated == null && header.has(Concept.CREDENTIAL_AGE_DAYS)) {
            Long age = days(Concept.CREDENTIAL_AGE_DAYS);
            if (age != null) {
                rotated = exportedAt.minus(Duration.ofDays(age));
                warnRelative(rec, line, Concept.CREDENTIAL_AGE_DAYS);
            }
        }
        // A rotation due date is when the credential stops being acceptable: its expiry, unless one is given.
        Instant expires = header.has(Concept.EXPIRES) ? time(Concept.EXPIRES) : time(Concept.NEXT_ROTATION);
        if (rotated == null && expires == null) {
            return List.of();
        }
        return List.of(new CredentialRecord("credential", null, "secret", enabled, null, rotated, null, expires));
    }

    private List<GrantRecord> grants() {
        int col = header.column(Concept.PERMISSIONS);
        String cell = col < 0 ? null : NullIsh.text(v[col]);
        if (cell == null) {
            return List.of();
        }
        List<GrantRecord> grants = new ArrayList<>();
        for (String p : cell.split(cell.indexOf('|') >= 0 ? "\\|" : cell.indexOf(';') >= 0 ? ";" : ",")) {
            String privilege = NullIsh.text(p);
            if (privilege != null) {
                grants.add(new GrantRecord(privilege, null, "column:" + headers[col], null));
            }
        }
        return grants;
    }

    /** {@code {}} / a JSON object, or {@code k=v} pairs separated by ';' or ','. */
    private Map<String, String> tags() {
        int col = header.column(Concept.TAGS);
        String cell = col < 0 ? null : NullIsh.text(v[col]);
        Map<String, String> tags = TagCells.parse(cell);
        if (tags == null) {
            sink.warning(in.recordNo(), in.line(), headers[col], "unreadable-labels", "the labels are not a JSON object; kept as text");
            return Map.of("labels", cell);
        }
        return tags;
    }

    /** The preferred owner column that has a value: a blank technical owner falls back to the business owner. */
    private String owner() {
        for (int col : header.columns(Concept.OWNER)) {
            String value = NullIsh.text(v[col]);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private String kind() {
        String t = text(Concept.KIND);
        if (t == null) {
            return "unknown";
        }
        return t.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** enabled/active columns are booleans; a status column maps words (Active, Disabled, Pending Retirement...). */
    private Boolean enabled() {
        if (header.has(Concept.ENABLED)) {
            return bool(Concept.ENABLED);
        }
        String status = text(Concept.STATUS);
        if (status == null) {
            return null;
        }
        String s = status.toLowerCase(Locale.ROOT);
        if (s.matches("active|enabled|enable|on|in use|live|pending retirement|pending_retirement|true|yes|y")) {
            return Boolean.TRUE;
        }
        if (s.matches("disabled|disable|inactive|suspended|deleted|retired|revoked|expired|off|false|no|n|locked")) {
            return Boolean.FALSE;
        }
        return null;
    }

    private void warnRelative(long rec, long line, Concept c) {
        if (!warnedRelative) {
            warnedRelative = true;
            sink.warning(rec, line, headers[header.column(c)], "relative-age",
                    "ages in days were converted to dates counting back from the file's modification time ("
                            + io.steward.model.inventory.Timestamps.format(exportedAt) + "); check that it is the export date");
        }
    }

    private String text(Concept c) {
        int col = header.column(c);
        return col < 0 ? null : NullIsh.text(v[col]);
    }

    private String firstNonBlank() {
        for (String s : v) {
            if (s != null && !s.isBlank()) {
                return s.strip();
            }
        }
        return "";
    }

    private Instant time(Concept c) {
        int col = header.column(c);
        if (col < 0) {
            return null;
        }
        String value = v[col];
        if (value != null && value.strip().equalsIgnoreCase("never")) {
            return null;
        }
        try {
            return TimeValues.parse(value);
        } catch (InvalidValueException e) {
            throw in.badField(headers[col], e.getMessage());
        }
    }

    private Boolean bool(Concept c) {
        int col = header.column(c);
        if (col < 0) {
            return null;
        }
        try {
            return Booleans.parse(v[col]);
        } catch (InvalidValueException e) {
            throw in.badField(headers[col], e.getMessage());
        }
    }

    private Long days(Concept c) {
        int col = header.column(c);
        String value = col < 0 ? null : NullIsh.text(v[col]);
        if (value == null) {
            return null;
        }
        try {
            long days = Long.parseLong(value.replace(",", "").strip());
            if (days < 0 || days > 36_500) {
                throw new NumberFormatException();
            }
            return days;
        } catch (NumberFormatException e) {
            throw in.badField(headers[col], "expected a whole number of days (0 to 36500)");
        }
    }
}
