package io.steward.importers;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.model.inventory.ImportIssue;
import io.steward.importers.spi.BadInputException;
import io.steward.importers.spi.FileSample;
import io.steward.importers.spi.Importer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The secret guard's false-positive rate on real-shaped files of every platform, not only the generated credential
 * report: every fixture that holds no seeded secret (no {@code .seeded} file beside it) must import with no value
 * refused. A refusal there is a public id or harmless value taken for a secret.
 */
class SecretFalsePositivesTest {
    @Test
    void cleanFixturesOfEveryPlatformRefuseNothing() throws Exception {
        List<String> falsePositives = new ArrayList<>();
        long files = 0;
        long identities = 0;
        for (Path fixture : FixtureDetectionTest.fixtures()) {
            boolean seeded = Files.exists(fixture.resolveSibling(fixture.getFileName() + ".seeded"));
            if (seeded || fixture.toString().contains("refused") || fixture.getFileName().toString().contains("secret")) {
                continue;
            }
            Importer importer = StandardImporters.registry().detect(FileSample.of(fixture));
            if (importer.readsWorkbooks() || importer.id().equals("people-directory")) {
                continue; // workbooks and people are screened by the spreadsheet tests
            }
            FormatGolden.Result r;
            try {
                r = FormatGolden.run(importer, fixture);
            } catch (BadInputException e) {
                continue; // a fixture of input the importer refuses as a whole (e.g. SPIRE's pretty text)
            }
            files++;
            identities += r.identities().size();
            for (ImportIssue i : r.refused()) {
                falsePositives.add(fixture + " " + i.where() + " " + i.rule());
            }
        }
        System.out.printf("secret guard over %d clean real-shaped files (%d identities): %d values refused%n", files, identities,
                falsePositives.size());
        assertThat(files).as("clean fixtures of several platforms").isGreaterThan(15);
        assertThat(falsePositives).isEmpty();
    }
}
