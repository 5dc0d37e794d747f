package io.steward.importers.bench;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.steward.importers.secrets.SecretGuard;
import io.steward.importers.secrets.SecretRule;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * Runs the secret guard over every field of a clean generated credential report (it holds no secret)
 * and prints how many values and rows it would refuse: the false-positive rate (bar: at most 0.01%).
 * Usage: {@code SecretFalsePositives REPORT.csv}
 */
public final class SecretFalsePositives {
    private SecretFalsePositives() {
    }

    public static void main(String[] args) throws Exception {
        SecretGuard guard = SecretGuard.standard();
        long rows = 0;
        long values = 0;
        long flaggedValues = 0;
        long flaggedRows = 0;
        Map<SecretRule, Long> byRule = new EnumMap<>(SecretRule.class);
        String[] header = null;
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(Path.of(args[0]))) {
            for (CsvRecord r : reader) {
                if (header == null) {
                    header = r.getFields().toArray(String[]::new);
                    continue;
                }
                rows++;
                boolean flagged = false;
                for (int i = 0; i < r.getFieldCount(); i++) {
                    values++;
                    SecretRule rule = guard.check(header[i], r.getField(i));
                    if (rule != null) {
                        flaggedValues++;
                        flagged = true;
                        byRule.merge(rule, 1L, Long::sum);
                    }
                }
                if (flagged) {
                    flaggedRows++;
                }
            }
        }
        System.out.printf("rows=%d values=%d flagged_values=%d flagged_rows=%d value_rate=%.6f%% row_rate=%.6f%% by_rule=%s%n",
                rows, values, flaggedValues, flaggedRows, 100.0 * flaggedValues / values, 100.0 * flaggedRows / rows, byRule);
    }
}
