package io.steward.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code steward import --map/--save-mapping} and {@code steward mappings list|show|forget}, in-process on real
 * CSV files with headers Steward does not recognise and a real ledger file.
 */
class MappingsCommandTest extends CliTest {

    private Path robots(String name, String... rows) throws Exception {
        Path file = work.resolve(name);
        Files.writeString(file, "Kennung;Bezeichnung;Verantwortlich;Notiz\n" + String.join("\n", rows) + "\n");
        return file;
    }

    @Test
    void unrecognisedHeadersExitThreeWithTheHeadersTheConceptsAndTheCommandLineToFixIt() throws Exception {
        Path file = robots("robots 2024-08.csv", "R-1;scanner;team-ops;ghp_" + ImportCommandTest.TOKEN_TAIL);

        CliRun.Result r = steward("import", file.toString());

        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("steward: " + file + ", line 1: the columns do not say which one is id or name")
                .contains("Headers found in robots 2024-08.csv (source csv:robots, read as generic-csv):")
                .containsPattern("\"Kennung\" +\\(not recognised\\) +e\\.g\\. R-1")
                .contains("Concepts (at least one of id, name is required):")
                .containsPattern("\\n  owner +the person or team responsible")
                .containsPattern("\\n  ignore +a column Steward should not read")
                .contains("steward import \"" + file + "\" --map \"Kennung=CONCEPT\" --map \"Bezeichnung=CONCEPT\""
                        + " --map \"Verantwortlich=CONCEPT\" --map \"Notiz=CONCEPT\" --save-mapping");
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).as("a sample value that looks like a secret is hidden").doesNotContain(ImportCommandTest.TOKEN_TAIL)
                .containsPattern("\"Notiz\" +\\(not recognised\\) +e\\.g\\. \\(hidden");
        assertThat(ledger).as("bad input leaves no ledger behind").doesNotExist();
    }

    @Test
    void aSavedMappingImportsTheNextFileOfTheSourceUntilItIsForgotten() throws Exception {
        Path august = robots("robots 2024-08.csv", "R-1;scanner;team-ops;x");
        CliRun.Result mapped = steward("import", august.toString(), "--map", "Kennung=id", "--map", "Bezeichnung=name",
                "--map", "Verantwortlich=owner", "--map", "Notiz=ignore", "--save-mapping");
        assertThat(mapped.exit()).as(mapped.err()).isEqualTo(ExitCodes.OK);
        assertThat(mapped.out()).contains("format      generic-csv").contains("source      csv:robots").contains("1 identities");

        CliRun.Result list = steward("mappings", "list");
        assertThat(list.exit()).isEqualTo(ExitCodes.OK);
        assertThat(list.out()).contains("csv:robots").contains("generic-csv");
        CliRun.Result show = steward("mappings", "show", "csv:robots", "--format", "csv");
        assertThat(show.exit()).isEqualTo(ExitCodes.OK);
        assertThat(show.out()).contains("generic-csv,Kennung,id").contains("generic-csv,Bezeichnung,name")
                .contains("generic-csv,Verantwortlich,owner").contains("generic-csv,Notiz,ignore");

        CliRun.Result september = steward("import", robots("robots 2024-09.csv", "R-1;scanner;team-ops;x", "R-2;printer;team-it;y")
                .toString());
        assertThat(september.exit()).as(september.err()).isEqualTo(ExitCodes.OK);
        assertThat(september.out()).contains("source      csv:robots").contains("2 identities");

        CliRun.Result forget = steward("mappings", "forget", "csv:robots");
        assertThat(forget.exit()).isEqualTo(ExitCodes.OK);
        assertThat(forget.out()).contains("Forgot the generic-csv mapping of csv:robots (4 columns");
        assertThat(steward("mappings", "list").out()).doesNotContain("csv:robots");
        assertThat(steward("import", robots("robots 2024-10.csv", "R-1;scanner;team-ops;x").toString()).exit())
                .as("asks again once forgotten").isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void anXlsxIsMappedTheSameWay() throws Exception {
        Path file = work.resolve("roboter-2024.xlsx");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             java.io.OutputStream out = Files.newOutputStream(file)) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.createSheet("Roboter");
            String[][] cells = {{"Kennung", "Bezeichnung", "Verantwortlich"}, {"R-1", "scanner", "team-ops"}};
            for (int r = 0; r < cells.length; r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
                for (int c = 0; c < cells[r].length; c++) {
                    row.createCell(c).setCellValue(cells[r][c]);
                }
            }
            book.write(out);
        }

        CliRun.Result refused = steward("import", file.toString());
        assertThat(refused.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(refused.err()).contains("(source sheet:roboter, read as generic-xlsx)")
                .contains("--map \"Kennung=CONCEPT\" --map \"Bezeichnung=CONCEPT\" --map \"Verantwortlich=CONCEPT\" --save-mapping");

        CliRun.Result mapped = steward("import", file.toString(), "--map", "Kennung=id", "--map", "Verantwortlich=owner", "--save-mapping");
        assertThat(mapped.exit()).as(mapped.err()).isEqualTo(ExitCodes.OK);
        assertThat(mapped.out()).contains("format      generic-xlsx").contains("source      sheet:roboter");
        assertThat(steward("mappings", "show", "sheet:roboter", "--format", "csv").out()).contains("generic-xlsx,Kennung,id")
                .contains("generic-xlsx,Verantwortlich,owner");
    }

    @Test
    void aMappingWithoutSaveIsUsedOnce() throws Exception {
        CliRun.Result once = steward("import", robots("robots.csv", "R-1;scanner;team-ops;x").toString(), "--map", "Kennung=id");
        assertThat(once.exit()).as(once.err()).isEqualTo(ExitCodes.OK);
        assertThat(steward("mappings", "list").out()).doesNotContain("csv:robots");
    }

    @Test
    void aBadMapIsAUsageErrorAndAnUnknownSourceIsBadInput() throws Exception {
        Path file = robots("robots.csv", "R-1;scanner;team-ops;x");

        CliRun.Result unknownConcept = steward("import", file.toString(), "--map", "Kennung=colour");
        assertThat(unknownConcept.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknownConcept.err()).contains("unknown concept 'colour'").contains("id, name, kind");

        CliRun.Result noEquals = steward("import", file.toString(), "--map", "Kennung");
        assertThat(noEquals.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(noEquals.err()).contains("is not HEADER=CONCEPT");

        assertThat(steward("import", file.toString(), "--save-mapping").exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(ledger).doesNotExist();

        steward("import", file.toString(), "--map", "Kennung=id");
        CliRun.Result forget = steward("mappings", "forget", "csv:nothing");
        assertThat(forget.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(forget.err()).contains("no column mapping is saved for source 'csv:nothing'").contains("No mapping is saved yet");
        assertThat(steward("mappings").exit()).isEqualTo(ExitCodes.USAGE);
    }
}
