package io.steward.app.ui.imports;

import atlantafx.base.theme.Styles;
import io.steward.app.ui.common.Controls;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Shows a {@link ColumnMappingEditor}: per header of the file its first values and a concept list, the
 * requirement, a live verdict, "Remember for SOURCE" and "Preview with this mapping" (Alt+P, or Enter
 * while the editor is shown).
 */
final class ColumnMappingPane {
    private final VBox root = new VBox(8);
    private final Button preview;

    ColumnMappingPane(ColumnMappingEditor editor, Runnable onPreview, ObservableBooleanValue locked) {
        root.setId("columnMapping");
        root.getStyleClass().add("column-mapping");
        root.setAccessibleText("Column mapping of " + editor.fileName());
        Label title = new Label("What do the columns of " + editor.fileName() + " mean?", new FontIcon(Feather.COLUMNS));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        Label requirement = new Label(editor.requirement());
        requirement.setId("mappingRequirement");
        requirement.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        requirement.setWrapText(true);

        ScrollPane scroll = new ScrollPane(grid(editor));
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(editor.rows().size(), 8) * 40.0 + 24);
        scroll.setMinHeight(120);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Label verdict = new Label();
        verdict.setId("mappingValidation");
        verdict.setWrapText(true);
        verdict.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        verdict.textProperty().bind(editor.messageProperty());
        verdict.setFocusTraversable(false);
        Runnable tone = () -> {
            verdict.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
            verdict.getStyleClass().add(editor.validProperty().get() ? Styles.SUCCESS : Styles.DANGER);
            verdict.setAccessibleText("Mapping check: " + editor.messageProperty().get());
        };
        editor.messageProperty().addListener((obs, old, now) -> tone.run());
        tone.run();

        CheckBox remember = new CheckBox("_Remember for " + editor.source());
        remember.setId("mappingRemember");
        remember.setMnemonicParsing(true);
        remember.selectedProperty().bindBidirectional(editor.rememberProperty());
        remember.setTooltip(new Tooltip("Save this mapping when the file is imported, so the next import of " + editor.source()
                + " reads its columns without asking"));
        remember.setAccessibleText("Remember this mapping for " + editor.source());

        preview = Controls.button("_Preview with this mapping", Feather.EYE, "mappingPreview",
                "Read the file again with this mapping (nothing is stored until you import)");
        preview.setMnemonicParsing(true);
        preview.getStyleClass().add(Styles.ACCENT);
        preview.disableProperty().bind(Bindings.createBooleanBinding(() -> !editor.validProperty().get() || locked.get(),
                editor.validProperty(), locked));
        preview.setOnAction(e -> onPreview.run());

        HBox actions = new HBox(12, remember, new atlantafx.base.controls.Spacer(), preview);
        actions.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(title, requirement, scroll, verdict, actions);
    }

    private static GridPane grid(ColumnMappingEditor editor) {
        GridPane grid = new GridPane();
        grid.setId("mappingRows");
        grid.setHgap(12);
        grid.setVgap(6);
        ColumnConstraints header = new ColumnConstraints(110, javafx.scene.layout.Region.USE_COMPUTED_SIZE, 220);
        ColumnConstraints samples = new ColumnConstraints(80, 160, Double.MAX_VALUE);
        samples.setHgrow(Priority.ALWAYS);
        ColumnConstraints concept = new ColumnConstraints(150, 190, 260);
        grid.getColumnConstraints().addAll(header, samples, concept);
        grid.addRow(0, caption("Column"), caption("First values"), caption("Means"));
        int i = 1;
        for (ColumnMappingEditor.Row row : editor.rows()) {
            Label name = new Label(row.header());
            name.getStyleClass().add(Styles.TEXT_BOLD);
            Label values = new Label(row.samples());
            values.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            values.setTooltip(new Tooltip(row.samples()));
            ComboBox<ConceptChoice> choice = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(editor.choices()));
            choice.setId("mapping-" + (i - 1));
            choice.setButtonCell(new ShortChoiceCell()); // the id when closed; the list says what each means
            choice.valueProperty().bindBidirectional(row.choiceProperty());
            choice.setMaxWidth(Double.MAX_VALUE);
            choice.setAccessibleText("Meaning of column " + row.header());
            choice.setTooltip(new Tooltip("What column '" + row.header() + "' means; first values: " + row.samples()));
            name.setLabelFor(choice);
            grid.addRow(i++, name, values, choice);
        }
        return grid;
    }

    /** A closed concept list shows the concept id only, so it fits; the open list shows id and meaning. */
    private static final class ShortChoiceCell extends javafx.scene.control.ListCell<ConceptChoice> {
        @Override
        protected void updateItem(ConceptChoice item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.id());
        }
    }

    private static Label caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        return l;
    }

    Node node() {
        return root;
    }

    Button previewButton() {
        return preview;
    }
}
