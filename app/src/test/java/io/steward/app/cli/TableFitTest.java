package io.steward.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Inventory tables fit 120 and 80 columns by shortening, then dropping, columns; the id is never cut. */
class TableFitTest {
    private static final List<List<Object>> ROWS = List.of(
            Arrays.asList("ci-deployer access key 1 (production payments pipeline)", "High · 2", "access-key", "aws:111122223333", "production",
                    "payments-platform-team@example.com", true, "2024-12-01", "2023-01-05", "arn:aws:iam::111122223333:user/ci-deployer#key1"),
            Arrays.asList("ci-deployer access key 2 (production payments pipeline)", "none", "access-key", "aws:111122223333", "production",
                    "payments-platform-team@example.com", false, "2024-11-30", "2023-01-05", "arn:aws:iam::111122223333:user/ci-deployer#key2"));

    private static List<String> table(TableFit fit) {
        StringWriter text = new StringWriter();
        try (TableRowWriter rows = new TableRowWriter(new PrintWriter(text), InventoryCommand.TABLE_COLUMNS, fit)) {
            ROWS.forEach(rows::row);
        }
        return text.toString().lines().toList();
    }

    private static TableFit width(int w) {
        TableFit terminal = InventoryCommand.TABLE_FIT.apply(false);
        return new TableFit(w, terminal.keys(), terminal.dropOrder(), terminal.minWidths());
    }

    @Test
    void tablesFitTheirWidthAndKeepRowsApart() {
        for (int w : new int[] {120, 80}) {
            List<String> lines = table(width(w));
            assertThat(lines).as("%d columns", w).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(w));
            assertThat(lines.get(2)).endsWith("user/ci-deployer#key1");
            assertThat(lines.get(3)).endsWith("user/ci-deployer#key2");
            assertThat(lines.get(2)).isNotEqualTo(lines.get(3));
            assertThat(String.join(" ", lines.subList(4, lines.size()))).startsWith("(left out to fit " + w + " columns: created");
        }
    }

    @Test
    void theWidthComesFromColumnsOrThePropertyElse80WhenPiped() {
        String before = System.getProperty(TableFit.WIDTH_PROPERTY);
        try {
            System.setProperty(TableFit.WIDTH_PROPERTY, "120");
            assertThat(TableFit.terminalWidth()).isEqualTo(120);
            System.clearProperty(TableFit.WIDTH_PROPERTY);
            if (System.getenv("COLUMNS") == null) {
                assertThat(TableFit.terminalWidth()).as("tests are not on a terminal").isEqualTo(TableFit.PIPED_WIDTH);
            }
        } finally {
            if (before != null) {
                System.setProperty(TableFit.WIDTH_PROPERTY, before);
            }
        }
    }

    @Test
    void wideKeepsEveryColumnWhole() {
        List<String> lines = table(TableFit.wide());
        assertThat(lines.get(0)).contains("created").contains("environment");
        assertThat(lines).noneMatch(l -> l.startsWith("(left out"));
    }
}
