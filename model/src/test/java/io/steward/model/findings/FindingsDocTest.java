package io.steward.model.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/FINDINGS.md describes every built-in rule with its severity and every reference by its exact name. */
class FindingsDocTest {
    @Test
    void catalogueDocumentNamesEveryRuleSeverityAndReference() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "FINDINGS.md")).replaceAll("\\s+", " ");
        for (RuleInfo r : FindingCatalogue.standard().infos()) {
            assertThat(doc).contains("| `" + r.id() + "` | " + r.severity().id() + " |");
            assertThat(doc).contains(r.explanation());
            for (String ref : r.references()) {
                String name = ref.replaceAll(" \\(.*", "").replace("CIS AWS Foundations: ", "");
                assertThat(doc).as(r.id() + " reference").contains(name);
            }
        }
    }
}
