package io.steward.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.model.ledger.EntryKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/LEDGER.md documents every entry kind the app registers: a {@code ### `kind`} heading under
 * {@code ## Entry kinds} with a table row for each payload field.
 */
class EntryKindDocsTest {
    static final Path LEDGER_MD = Path.of("..", "docs", "LEDGER.md");

    @Test
    void everyRegisteredKindHasItsHeadingAndEveryPayloadFieldARow() throws Exception {
        String section = entryKindsSection(Files.readString(LEDGER_MD));
        List<String> missing = new ArrayList<>();
        for (EntryKind<?> kind : Workspace.entryKinds().all()) {
            String doc = kindSection(section, kind.name());
            if (doc == null) {
                missing.add(kind.name() + ": no heading ### `" + kind.name() + "`");
                continue;
            }
            for (var component : kind.payloadType().getRecordComponents()) {
                if (!doc.contains("| `" + component.getName() + "` |")) {
                    missing.add(kind.name() + ": no table row for field `" + component.getName() + "`");
                }
            }
        }
        assertThat(missing).as("kinds or fields missing from docs/LEDGER.md ## Entry kinds").isEmpty();
        assertThat(Workspace.entryKinds().all()).isNotEmpty();
    }

    @Test
    void theCheckFindsAKindThatIsNotDocumented() throws Exception {
        String section = entryKindsSection(Files.readString(LEDGER_MD));
        assertThat(kindSection(section, "no.such-kind")).isNull();
        assertThat(kindSection(section, "checkpoint")).contains("| `headHash` |");
    }

    private static String entryKindsSection(String markdown) {
        int start = markdown.indexOf("\n## Entry kinds\n");
        assertThat(start).as("docs/LEDGER.md has a section ## Entry kinds").isPositive();
        int end = markdown.indexOf("\n## ", start + 1);
        return end < 0 ? markdown.substring(start) : markdown.substring(start, end);
    }

    /** The text under {@code ### `name`} up to the next heading, or null. */
    private static String kindSection(String section, String name) {
        Matcher m = Pattern.compile("\\n### `" + Pattern.quote(name) + "`\\n").matcher(section);
        if (!m.find()) {
            return null;
        }
        int end = section.indexOf("\n### ", m.end());
        return end < 0 ? section.substring(m.end()) : section.substring(m.end(), end);
    }
}
