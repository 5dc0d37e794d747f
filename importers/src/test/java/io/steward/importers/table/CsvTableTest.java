package io.steward.importers.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.importers.spi.BadInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableTest {
    @TempDir
    Path dir;

    private List<String> rows(Path file) throws Exception {
        List<String> out = new ArrayList<>();
        CsvTable.open(file).read((cells, rowNo, lineNo) -> out.add(rowNo + "@" + lineNo + ":" + String.join("|", cells)));
        return out;
    }

    @Test
    void rowsOfVaryingWidthAboveAndBelowTheHeaderAreReadWithBomSemicolonsAndMultiLineCells() throws Exception {
        Path file = dir.resolve("inventory.csv");
        Files.write(file, ("\ufeffService accounts Q2\n\nid;name;owner\nSA-1;\"svc\nbackup\";team-a\nTotal;2\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(rows(file)).containsExactly("1@1:Service accounts Q2", "2@3:id|name|owner", "3@4:SA-1|svc\nbackup|team-a",
                "4@6:Total|2");
    }

    @Test
    void invalidUtf8IsRefusedWithTheLineAndNoValue() throws Exception {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, "id,name\nSA-1,Jos\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> rows(file)).isInstanceOf(BadInputException.class).hasMessageContaining("latin1.csv")
                .hasMessageContaining("not valid UTF-8").hasMessageNotContaining("Jos");
    }
}
