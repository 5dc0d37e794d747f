package io.steward.app.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.importers.columns.ColumnMapping;
import io.steward.importers.columns.Concept;
import io.steward.importers.columns.MappingRequest;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The mapping editor's rows, pre-filling, live validation and resulting mapping, without the JavaFX toolkit. */
class ColumnMappingEditorTest {
    private static MappingRequest request() {
        return new MappingRequest(Path.of("robots 2024-08.csv"), "generic-csv", "csv:robots",
                List.of("Kennung", "Bezeichnung", "owner", "", "Notiz"), Map.of("owner", Concept.OWNER), Concept.INVENTORY,
                EnumSet.of(Concept.ID, Concept.NAME),
                List.of(List.of("R-1", "scanner", "team-ops", "", "a"), List.of("R-2", "", "team-it", "", "b"),
                        List.of("R-3", "plotter", "", "", "c"), List.of("R-4", "x", "y", "", "d")));
    }

    @Test
    void oneRowPerNamedHeaderWithSamplesAndAutomaticMatchesPreFilled() {
        ColumnMappingEditor editor = new ColumnMappingEditor(request());

        assertThat(editor.rows()).extracting(ColumnMappingEditor.Row::header).containsExactly("Kennung", "Bezeichnung", "owner", "Notiz");
        assertThat(editor.rows().get(0).samples()).isEqualTo("R-1 · R-2 · R-3");
        assertThat(editor.rows().get(1).samples()).as("blanks left out").isEqualTo("scanner · plotter · x");
        assertThat(editor.rows()).extracting(r -> r.choiceProperty().get().id()).containsExactly("ignore", "ignore", "owner", "ignore");
        assertThat(editor.choices().get(0)).isEqualTo(ConceptChoice.IGNORE);
        assertThat(editor.choices()).extracting(ConceptChoice::id).contains("id", "name", "owner", "tags").doesNotContain("email");
        assertThat(editor.source()).isEqualTo("csv:robots");
        assertThat(editor.rememberProperty().get()).as("remember is on by default").isTrue();
        assertThat(editor.requirement()).startsWith("Map at least one column to id or name");
    }

    @Test
    void validatesAsTheUserChoosesAndGivesAnExplicitMapping() {
        ColumnMappingEditor editor = new ColumnMappingEditor(request());
        assertThat(editor.validProperty().get()).isFalse();
        assertThat(editor.messageProperty().get()).isEqualTo("Not yet: no column is mapped to id or name.");

        editor.rows().get(0).choiceProperty().set(new ConceptChoice(Concept.ID));
        assertThat(editor.validProperty().get()).isTrue();
        assertThat(editor.messageProperty().get()).isEqualTo("Ready: id from 'Kennung'; owner from 'owner'; 2 ignored.");

        editor.rows().get(2).choiceProperty().set(ConceptChoice.IGNORE);
        editor.rows().get(1).choiceProperty().set(new ConceptChoice(Concept.NAME));
        assertThat(editor.mapping()).isEqualTo(ColumnMapping.fromIds(Map.of("Kennung", "id", "Bezeichnung", "name", "owner", "ignore",
                "Notiz", "ignore")));

        editor.rows().get(0).choiceProperty().set(ConceptChoice.IGNORE);
        editor.rows().get(1).choiceProperty().set(ConceptChoice.IGNORE);
        assertThat(editor.validProperty().get()).isFalse();
    }
}
