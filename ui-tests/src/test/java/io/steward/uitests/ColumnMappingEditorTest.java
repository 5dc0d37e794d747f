package io.steward.uitests;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.app.ui.imports.ImportFileStatus;
import io.steward.app.ui.imports.ImportViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * The import sheet's column-mapping editor in the real console, headless, on a real ledger file: a CSV
 * whose headers Steward does not know opens the editor instead of a dead end; the user maps the columns
 * with the mouse and the keyboard, previews, imports; the next file of the same source needs no editor.
 */
class ColumnMappingEditorTest extends ConsoleTest {
    @Test
    void unknownColumnsAreMappedPreviewedImportedAndTheNextFileOfTheSourceIsAutomatic() throws Exception {
        start(dir.resolve("mapping.steward"));
        ImportViewModel imports = console.inventoryPage().imports();

        drop(robots("robots-2024-08.csv", "R-1;scanner;team-ops;2024-05-01", "R-2;printer;;2024-04-02"));
        waitUntil(() -> imports.files().get(0).status() == ImportFileStatus.NEEDS_MAPPING);
        waitUntil(() -> robot.lookup("#columnMapping").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(robot.lookup("#importStatusTitle").queryAs(Label.class).getText())
                .isEqualTo("1 file needs a column mapping: robots-2024-08.csv");
        assertThat(robot.lookup("#mappingRequirement").queryAs(Label.class).getText()).startsWith("Map at least one column to id or name");
        Label verdict = robot.lookup("#mappingValidation").queryAs(Label.class);
        assertThat(verdict.getText()).isEqualTo("Not yet: no column is mapped to id or name.");
        Button preview = robot.lookup("#mappingPreview").queryAs(Button.class);
        assertThat(preview.isDisabled()).isTrue();
        assertThat(robot.lookup("#importCommit").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("R-1 · R-2").tryQuery()).as("sample values beside the header").isPresent();
        assertThat(combo(3).getValue().id()).as("'Zuletzt' is no synonym: ignored until chosen").isEqualTo("ignore");
        assertThat(combo(2).getAccessibleText()).isEqualTo("Meaning of column Verantwortlich");
        CheckBox remember = robot.lookup("#mappingRemember").queryAs(CheckBox.class);
        assertThat(remember.isSelected()).isTrue();
        assertThat(remember.getText()).isEqualTo("_Remember for csv:robots");
        for (Node n : robot.lookup("#columnMapping").queryAs(javafx.scene.Parent.class).lookupAll(".combo-box, .button, .check-box")) {
            assertThat(n.getAccessibleText()).as(n.toString()).isNotBlank();
        }

        choose(0, "id — ");
        assertThat(verdict.getText()).isEqualTo("Ready: id from 'Kennung'; 3 ignored.");
        // The keyboard for the others: F4 opens a column's list, Down moves, Enter picks.
        chooseByKeyboard(1, "name — ");
        chooseByKeyboard(2, "owner — ");
        chooseByKeyboard(3, "last-used — ");
        assertThat(verdict.getText()).isEqualTo("Ready: id from 'Kennung'; name from 'Bezeichnung'; owner from 'Verantwortlich';"
                + " last-used from 'Zuletzt'.");
        assertThat(preview.isDisabled()).isFalse();
        assertThat(preview.isDefaultButton()).as("Enter previews while the mapping is asked for").isTrue();

        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitUntil(() -> imports.files().get(0).status() == ImportFileStatus.READY);
        assertThat(robot.lookup("#importPreviewSubtitle").queryAs(Label.class).getText()).contains("generic-csv · source csv:robots");
        assertThat(robot.lookup("#factIdentities").queryAs(Node.class).getAccessibleText()).isEqualTo("Identities: 2");

        robot.clickOn("#importCommit");
        waitUntil(() -> imports.files().get(0).status() == ImportFileStatus.IMPORTED);
        assertThat(workspace.mappings().find("csv:robots", "generic-csv")).isPresent();
        assertThat(robot.lookup("#columnMapping").tryQuery()).as("the editor goes once the file is imported").isEmpty();

        drop(robots("robots-2024-09.csv", "R-1;scanner;team-ops;2024-06-01", "R-3;plotter;team-it;2024-06-02"));
        waitUntil(() -> imports.files().size() == 1 && imports.files().get(0).status() == ImportFileStatus.READY);
        assertThat(robot.lookup("#columnMapping").tryQuery()).as("the saved mapping reads the next file").isEmpty();
        assertThat(robot.lookup("#importCommit").queryAs(Button.class).isDefaultButton()).isTrue();
        robot.clickOn("#importCommit");
        waitUntil(() -> imports.files().get(0).status() == ImportFileStatus.IMPORTED);
        int snapshots = workspace.snapshots().list().size();
        assertThat(snapshots).isEqualTo(2);

        // the sheet says a saved mapping read the file, and forgetting it brings the editor back
        drop(robots("robots-2024-10.csv", "R-1;scanner;team-ops;2024-07-01"));
        waitUntil(() -> imports.files().size() == 1 && imports.files().get(0).status() == ImportFileStatus.READY);
        Label savedNote = robot.lookup("#savedMappingNote").queryAs(Label.class);
        waitUntil(savedNote::isVisible);
        assertThat(savedNote.getText()).startsWith("Columns read with the mapping saved for csv:robots by alice on ");
        robot.clickOn("#forgetSavedMapping");
        waitUntil(() -> imports.files().get(0).status() == ImportFileStatus.NEEDS_MAPPING);
        waitUntil(() -> robot.lookup("#columnMapping").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(workspace.mappings().find("csv:robots", "generic-csv")).isEmpty();
    }

    private Path robots(String name, String... rows) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, "Kennung;Bezeichnung;Verantwortlich;Zuletzt\n" + String.join("\n", rows) + "\n");
        return file;
    }

    @SuppressWarnings("unchecked")
    private ComboBox<io.steward.app.ui.imports.ConceptChoice> combo(int row) {
        return robot.lookup("#mapping-" + row).queryAs(ComboBox.class);
    }

    /** Opens a column's list with the mouse and clicks the concept whose text starts with {@code prefix}. */
    private void choose(int row, String prefix) throws Exception {
        robot.clickOn(combo(row));
        waitUntil(() -> combo(row).isShowing());
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match((javafx.scene.control.ListCell<?> c) -> c.getText() != null
                && c.getText().startsWith(prefix)).queryAs(javafx.scene.control.ListCell.class));
        waitUntil(() -> combo(row).getValue().toString().startsWith(prefix) && !combo(row).isShowing());
    }

    /** Focuses a column's list, opens it with F4 and walks down to the concept whose text starts with {@code prefix}. */
    private void chooseByKeyboard(int row, String prefix) throws Exception {
        ComboBox<io.steward.app.ui.imports.ConceptChoice> combo = combo(row);
        robot.interact(combo::requestFocus);
        waitUntil(combo::isFocused);
        robot.press(KeyCode.F4).release(KeyCode.F4);
        waitUntil(combo::isShowing);
        int from = combo.getItems().indexOf(combo.getValue());
        int to = (int) combo.getItems().stream().takeWhile(c -> !c.toString().startsWith(prefix)).count();
        for (int i = from; i < to; i++) {
            robot.press(KeyCode.DOWN).release(KeyCode.DOWN);
        }
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitUntil(() -> combo.getValue().toString().startsWith(prefix) && !combo.isShowing());
    }
}
