package io.steward.importers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.steward.importers.secrets.SecretGuard;
import io.steward.importers.secrets.SecretRule;
import io.steward.importers.spi.BadInputException;
import io.steward.importers.spi.FileSample;
import io.steward.importers.spi.Importer;
import io.steward.importers.spreadsheet.XlsxWorkbooks;
import io.steward.model.inventory.ImportIssue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Measures the secret guard on its corpus (src/test/resources/secret-corpus): recall over one or more positives of every
 * secret kind it knows (values, JSON structures and file names), and false positives over near misses and over the
 * clean real-shaped fixtures of every platform importer, imported through the real screening sink (plus the generic
 * CSV inventory written as an .xlsx workbook, and every fixture's own file name). {@link SecretGuardRatesTest} asserts
 * the bars (100% recall, 0 false positives); {@link #main} prints the figures for docs/BENCHMARKS.md.
 * Run from the importers module folder (the corpus path is relative).
 */
public final class SecretGuardRates {
    static final Path CORPUS = FormatGolden.FIXTURES.resolve("secret-corpus");
    /** The rule each structural positive (a JSON document) must be refused with. */
    private static final Map<String, SecretRule> STRUCTURAL = Map.of("k8s-secret.json", SecretRule.K8S_SECRET_DATA,
            "vault-token-lookup.json", SecretRule.VAULT_TOKEN_ID, "legacy-azure-password.json", SecretRule.FIELD_NAME);
    private static final SecretGuard GUARD = SecretGuard.standard();

    /** One corpus line: a positive (rule set) or a near miss (rule null). */
    record Sample(String kind, String rule, String field, String value) {
    }

    /**
     * @param missed        positives not caught, or caught under another rule ("kind: expected → got")
     * @param rules         the rule ids the positives cover
     * @param flagged       near misses and clean fixture values refused, with where
     */
    record Figures(int positives, List<String> missed, TreeSet<String> rules, int nearMisses, int cleanFiles,
                   long cleanIdentities, long cleanValues, List<String> flagged) {
        double recall() {
            return 100.0 * (positives - missed.size()) / positives;
        }

        long negatives() {
            return nearMisses + cleanValues;
        }

        double falsePositiveRate() {
            return 100.0 * flagged.size() / negatives();
        }
    }

    private SecretGuardRates() {
    }

    static Figures measure(Path scratch) throws IOException {
        List<String> missed = new ArrayList<>();
        TreeSet<String> rules = new TreeSet<>();
        int positives = 0;
        for (Sample s : samples("positives.tsv")) {
            positives++;
            rules.add(s.rule());
            SecretRule got = GUARD.check(s.field(), s.value());
            if (got == null || !got.id().equals(s.rule())) {
                missed.add(s.kind() + ": " + s.rule() + " → " + (got == null ? "not caught" : got.id()));
            }
        }
        for (Map.Entry<String, SecretRule> e : STRUCTURAL.entrySet()) {
            positives++;
            rules.add(e.getValue().id());
            JsonNode doc = new ObjectMapper().readTree(CORPUS.resolve("structural").resolve(e.getKey()).toFile());
            List<String> got = new ArrayList<>();
            GUARD.scrub(doc, "", (field, rule) -> got.add(rule.id()));
            if (!got.contains(e.getValue().id())) {
                missed.add(e.getKey() + ": " + e.getValue().id() + " → " + got);
            }
        }
        for (String line : lines("file-names.tsv")) {
            String[] f = line.split("\t", -1);
            positives++;
            rules.add(f[0]);
            String got = GUARD.redactName(f[1]);
            if (!got.equals(f[2])) {
                missed.add("file name " + f[2] + " → " + got);
            }
        }

        List<String> flagged = new ArrayList<>();
        int nearMisses = 0;
        for (Sample s : samples("negatives.tsv")) {
            nearMisses++;
            SecretRule got = GUARD.check(s.field(), s.value());
            if (got != null) {
                flagged.add("near miss " + s.field() + "=" + s.value() + " → " + got.id());
            }
        }
        int files = 0;
        long identities = 0;
        long values = 0;
        for (Path fixture : cleanFixtures(scratch)) {
            nearMisses++; // the fixture's own file name
            String name = fixture.getFileName().toString();
            if (!GUARD.redactName(name).equals(name)) {
                flagged.add("file name " + name + " → " + GUARD.redactName(name));
            }
            Importer importer = StandardImporters.registry().detect(FileSample.of(fixture));
            FormatGolden.Result r;
            try {
                r = FormatGolden.run(importer, fixture);
            } catch (BadInputException e) {
                continue; // input the importer refuses as a whole (e.g. SPIRE's pretty text): nothing screened
            }
            files++;
            identities += r.identities().size();
            values += textValues(new ObjectMapper().readTree(FormatGolden.render(importer, r)).path("identities"));
            for (ImportIssue i : r.refused()) {
                flagged.add(FormatGolden.FIXTURES.relativize(fixture) + " " + i.where() + " → " + i.rule());
            }
        }
        return new Figures(positives, missed, rules, nearMisses, files, identities, values, flagged);
    }

    /**
     * Every fixture that holds no seeded secret (no {@code .seeded} beside it, no "secret" or "refused" in its path), of
     * every platform, and the generic CSV inventory again as an .xlsx workbook written into {@code scratch}.
     */
    static List<Path> cleanFixtures(Path scratch) throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(FormatGolden.FIXTURES)) {
            walk.filter(Files::isRegularFile).filter(SecretGuardRates::clean).sorted().forEach(out::add);
        }
        Path csv = FormatGolden.FIXTURES.resolve("formats/generic-csv/nhi-inventory-2024-11.csv");
        out.add(asWorkbook(csv, scratch.resolve("nhi-inventory-2024-11.xlsx"), "NHI inventory (CMDB export)"));
        return out;
    }

    /** The rows of {@code csv} as an .xlsx workbook (a title row above the header), as a CMDB exports them to Excel. */
    static Path asWorkbook(Path csv, Path xlsx, String title) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(csv)) {
            reader.forEach(r -> rows.add(new ArrayList<>(r.getFields())));
        }
        List<String> header = rows.remove(0).stream().map(String::valueOf).toList();
        return XlsxWorkbooks.write(xlsx, title, header, rows);
    }

    private static boolean clean(Path p) {
        String rel = FormatGolden.FIXTURES.relativize(p).toString().replace('\\', '/');
        String name = p.getFileName().toString();
        boolean fixture = rel.contains("/") && !rel.startsWith("secret-corpus/") && !rel.startsWith("bench/")
                && !rel.contains("/generated/") && !name.endsWith(FormatGolden.SUFFIX) && !name.endsWith(".expected.json")
                && !name.endsWith(".seeded") && !name.endsWith(".xml");
        boolean seeded = Files.exists(p.resolveSibling(name + ".seeded")) || rel.contains("secret") || rel.contains("refused")
                || name.equals("create-access-key.json"); // the AWS CLI's answer that carries the new secret key
        return fixture && !seeded && !rel.startsWith("people/"); // a people directory is not a platform export
    }

    private static long textValues(JsonNode n) {
        if (n.isTextual()) {
            return n.textValue().isEmpty() ? 0 : 1;
        }
        long count = 0;
        for (JsonNode child : n) {
            count += textValues(child);
        }
        return count;
    }

    static List<Sample> samples(String file) throws IOException {
        List<Sample> out = new ArrayList<>();
        for (String line : lines(file)) {
            String[] f = line.split("\t", -1);
            String value = f[f.length - 1].replace("\\n", "\n");
            out.add(f.length == 4 ? new Sample(f[0], f[1], f[2], value) : new Sample(f[0], null, f[0], value));
        }
        return out;
    }

    private static List<String> lines(String file) throws IOException {
        return Files.readAllLines(CORPUS.resolve(file), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }

    /** Prints the figures. Usage (from importers/): {@code SecretGuardRates [SCRATCH_DIR]}. */
    public static void main(String[] args) throws IOException {
        Path scratch = args.length > 0 ? Files.createDirectories(Path.of(args[0])) : Files.createTempDirectory("secret-guard-rates");
        long t0 = System.nanoTime();
        Figures f = measure(scratch);
        System.out.printf("positives=%d caught=%d recall=%.1f%% rules=%d %s%n", f.positives(), f.positives() - f.missed().size(),
                f.recall(), f.rules().size(), f.rules());
        f.missed().forEach(m -> System.out.println("  missed: " + m));
        System.out.printf("negatives=%d (near_misses=%d, clean_files=%d with %d identities and %d stored text values)"
                        + " flagged=%d false_positive_rate=%.4f%%%n", f.negatives(), f.nearMisses(), f.cleanFiles(),
                f.cleanIdentities(), f.cleanValues(), f.flagged().size(), f.falsePositiveRate());
        f.flagged().forEach(m -> System.out.println("  flagged: " + m));
        System.out.printf("elapsed_ms=%d%n", (System.nanoTime() - t0) / 1_000_000);
    }
}
