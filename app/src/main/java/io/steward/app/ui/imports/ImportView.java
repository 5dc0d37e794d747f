package io.steward.app.ui.imports;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import io.steward.app.ui.common.Controls;
import io.steward.app.ui.common.StatusBanner;
import io.steward.app.ui.common.Tone;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The import sheet, shown over the Inventory page: the files on the left, the selected file's format
 * and preview on the right (counts, warnings, refused secrets), progress and the actions below.
 */
public final class ImportView {
    private final ImportViewModel vm;
    private final VBox root = new VBox(14);
    /** True while the selected file waits for a column mapping: Enter previews with it rather than importing. */
    private final javafx.beans.property.BooleanProperty mappingAsked = new javafx.beans.property.SimpleBooleanProperty();

    public ImportView(ImportViewModel vm) {
        this.vm = vm;
        root.setId("importSheet");
        root.getStyleClass().add("import-sheet");
        root.setAccessibleText("Import inventory files");
        HBox body = new HBox(16, filesPane(), previewPane());
        VBox.setVgrow(body, Priority.ALWAYS);
        root.getChildren().addAll(header(), body, footer());
        growWithTheWindow();
    }

    /** The sheet takes most of the window at any size, so a bigger window shows more files and preview. */
    private void growWithTheWindow() {
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                root.maxWidthProperty().bind(scene.widthProperty().multiply(0.92));
                root.maxHeightProperty().bind(scene.heightProperty().multiply(0.9));
                root.prefWidthProperty().bind(root.maxWidthProperty());
                root.prefHeightProperty().bind(root.maxHeightProperty());
            }
        });
    }

    public Node node() {
        return root;
    }

    private static Node header() {
        Label title = new Label("Import inventory files", new FontIcon(Feather.UPLOAD));
        title.getStyleClass().add(Styles.TITLE_3);
        Label summary = new Label("Each file becomes one dated snapshot. Secret values found in a file are refused:"
                + " Steward lists where they were and never stores them.");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.setWrapText(true);
        return new VBox(4, title, summary);
    }

    private Node filesPane() {
        ListView<ImportFile> list = new ListView<>(vm.files());
        list.setId("importFiles");
        list.setAccessibleText("Files to import");
        list.getStyleClass().add(Styles.DENSE);
        list.setCellFactory(v -> new FileCell());
        list.setPlaceholder(new Label("No files yet"));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, file) -> {
            if (file != null) {
                vm.select(file);
            }
        });
        vm.selectedProperty().addListener((obs, old, file) -> {
            if (file != list.getSelectionModel().getSelectedItem()) {
                list.getSelectionModel().select(file);
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                vm.remove(list.getSelectionModel().getSelectedItem());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        Button add = Controls.button("Add files…", Feather.PLUS, "importAddFiles", "Choose more files to import");
        add.setOnAction(e -> vm.chooseFiles());
        add.disableProperty().bind(vm.importingProperty());
        Button remove = Controls.button("Remove", Feather.TRASH_2, "importRemoveFile", "Remove the selected file from this import");
        remove.setOnAction(e -> vm.remove(list.getSelectionModel().getSelectedItem()));
        remove.disableProperty().bind(vm.importingProperty().or(list.getSelectionModel().selectedItemProperty().isNull()));
        for (Button b : new Button[] {add, remove}) {
            b.getStyleClass().add(Styles.SMALL);
        }
        VBox box = new VBox(8, list, new HBox(6, add, remove));
        box.setPrefWidth(290);
        box.setMinWidth(240);
        return box;
    }

    private Node previewPane() {
        Label heading = new Label();
        heading.setId("importPreviewHeading");
        heading.getStyleClass().add(Styles.TITLE_4);
        heading.textProperty().bind(Bindings.createStringBinding(() -> vm.detailsProperty().get().heading(), vm.detailsProperty()));
        Label subtitle = new Label();
        subtitle.setId("importPreviewSubtitle");
        subtitle.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        subtitle.setWrapText(true);
        subtitle.textProperty().bind(Bindings.createStringBinding(() -> vm.detailsProperty().get().subtitle(), vm.detailsProperty()));

        FlowPane facts = new FlowPane(6, 6);
        facts.setId("importFacts");
        vm.detailsProperty().addListener((obs, old, now) -> facts.getChildren().setAll(now.facts().stream().map(ImportView::tile).toList()));

        TableView<IssueRow> issues = IssueTable.create("importIssues", javafx.collections.FXCollections.observableArrayList(),
                "Warnings and refused secrets of the selected file; values are never shown");
        vm.detailsProperty().addListener((obs, old, now) -> issues.getItems().setAll(now.issues()));
        VBox.setVgrow(issues, Priority.ALWAYS);

        Label note = new Label();
        note.setId("importIssuesNote");
        note.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        note.setWrapText(true);
        note.textProperty().bind(Bindings.createStringBinding(() -> vm.detailsProperty().get().issuesNote(), vm.detailsProperty()));

        // While a mapping is asked for, the editor takes the room of the preview it replaces.
        for (Node previewOnly : new Node[] {issues, note}) {
            previewOnly.visibleProperty().bind(mappingAsked.not());
            previewOnly.managedProperty().bind(mappingAsked.not());
        }
        VBox box = new VBox(10, new VBox(2, heading, subtitle), formatRow(), sourceRow(), mappingEditor(), savedMappingRow(), facts, issues, note);
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMinWidth(360);
        return box;
    }

    /** When the selected file's columns were read with a mapping saved earlier: say so, and let it be forgotten. */
    private Node savedMappingRow() {
        Label text = new Label();
        text.setId("savedMappingNote");
        text.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        text.setWrapText(true);
        Button forget = Controls.button("Forget it and map again", Feather.ROTATE_CCW, "forgetSavedMapping",
                "Forget the column mapping saved for this source and read the file again; its columns are matched afresh or you are asked");
        forget.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        forget.setMinWidth(Button.USE_PREF_SIZE);
        forget.setOnAction(e -> vm.forgetSavedMapping());
        forget.disableProperty().bind(vm.importingProperty());
        HBox row = new HBox(8, text, forget);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(text, Priority.ALWAYS);
        Runnable update = () -> {
            ImportFile f = vm.selectedProperty().get();
            var saved = f == null || f.status() != ImportFileStatus.READY ? null : f.savedMapping();
            row.setVisible(saved != null);
            row.setManaged(saved != null);
            if (saved != null) {
                text.setText("Columns read with the mapping saved for " + saved.source() + " by " + saved.savedBy() + " on "
                        + saved.savedAt().substring(0, Math.min(10, saved.savedAt().length())) + ".");
            }
        };
        vm.selectedProperty().addListener((obs, old, now) -> update.run());
        vm.detailsProperty().addListener((obs, old, now) -> update.run());
        update.run();
        return row;
    }

    /**
     * The Source field, shown for formats whose files do not name their system (a Kubernetes export names no cluster):
     * the name typed here (Enter or leaving the field) reads the file again and is remembered for files named alike.
     */
    private Node sourceRow() {
        javafx.scene.control.TextField name = new javafx.scene.control.TextField();
        name.setId("importSourceName");
        name.setPromptText("cluster name, e.g. prod-eu (else the file's own, or the one remembered)");
        name.setAccessibleText("Source: the cluster this export is from");
        HBox.setHgrow(name, Priority.ALWAYS);
        Label caption = new Label("_Source");
        caption.setMnemonicParsing(true);
        caption.setLabelFor(name);
        caption.setMinWidth(Region.USE_PREF_SIZE);
        Label problem = new Label();
        problem.setId("importSourceProblem");
        problem.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        Runnable apply = () -> problem.setText(java.util.Objects.requireNonNullElse(vm.nameSource(name.getText()), ""));
        name.setOnAction(e -> apply.run());
        name.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                apply.run();
            }
        });
        HBox row = new HBox(10, caption, name, problem);
        row.setAlignment(Pos.CENTER_LEFT);
        Runnable update = () -> {
            boolean needed = vm.selectedNeedsSourceName();
            row.setVisible(needed);
            row.setManaged(needed);
            ImportFile f = vm.selectedProperty().get();
            name.setText(f == null || f.sourceName() == null ? "" : f.sourceName());
            problem.setText("");
        };
        vm.selectedProperty().addListener((obs, old, now) -> update.run());
        vm.detailsProperty().addListener((obs, old, now) -> update.run());
        update.run();
        return row;
    }

    /** The selected file's format: detected, or chosen from the registry's ids. */
    private Node formatRow() {
        ComboBox<FormatChoice> format = new ComboBox<>(vm.formats());
        format.setId("importFormat");
        format.setAccessibleText("Format of the selected file");
        format.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(format, Priority.ALWAYS);
        vm.selectedProperty().addListener((obs, old, file) -> {
            if (old != null) {
                format.valueProperty().unbindBidirectional(old.formatProperty());
            }
            if (file != null) {
                format.valueProperty().bindBidirectional(file.formatProperty());
            }
        });
        BooleanBinding locked = Bindings.createBooleanBinding(() -> {
            ImportFile f = vm.selectedProperty().get();
            return f == null || vm.importingProperty().get() || f.status() == ImportFileStatus.IMPORTED;
        }, vm.selectedProperty(), vm.importingProperty(), vm.detailsProperty());
        format.disableProperty().bind(locked);

        Label detected = new Label();
        detected.setId("importDetected");
        detected.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        detected.setMinWidth(Region.USE_PREF_SIZE);
        detected.textProperty().bind(Bindings.createStringBinding(() -> {
            ImportFile f = vm.selectedProperty().get();
            String id = f == null ? null : f.detectedFormatProperty().get();
            return id == null ? "" : "read as " + id;
        }, vm.selectedProperty(), vm.detailsProperty()));

        Label caption = new Label("Format");
        caption.setLabelFor(format);
        caption.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(10, caption, format, detected);
        row.setAlignment(Pos.CENTER_LEFT);

        Label problem = new Label();
        problem.setId("importProblem");
        problem.getStyleClass().addAll(Styles.DANGER, "problem");
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.setGraphic(new FontIcon(Feather.ALERT_OCTAGON));
        Runnable showProblem = () -> {
            ImportFile f = vm.selectedProperty().get();
            String text = f == null ? null : f.problemProperty().get();
            problem.setText(text);
            problem.setVisible(text != null);
            problem.setManaged(text != null);
        };
        vm.detailsProperty().addListener((obs, old, now) -> showProblem.run());
        showProblem.run();
        return new VBox(8, row, problem);
    }

    /** The selected file's column-mapping editor, while it has one and is not imported yet. */
    private Node mappingEditor() {
        VBox holder = new VBox();
        holder.setId("columnMappingHolder");
        ColumnMappingEditor[] shown = {null};
        javafx.beans.binding.BooleanBinding locked = vm.importingProperty().or(vm.previewingProperty());
        Runnable update = () -> {
            ImportFile f = vm.selectedProperty().get();
            ColumnMappingEditor editor = f == null || f.status() == ImportFileStatus.IMPORTED ? null : f.mappingEditor();
            mappingAsked.set(editor != null && f.status() == ImportFileStatus.NEEDS_MAPPING);
            if (editor == shown[0]) {
                return;
            }
            shown[0] = editor;
            if (editor == null) {
                holder.getChildren().clear();
            } else {
                ColumnMappingPane pane = new ColumnMappingPane(editor, vm::previewWithMapping, locked);
                pane.previewButton().defaultButtonProperty().bind(mappingAsked);
                VBox.setVgrow(pane.node(), Priority.ALWAYS);
                holder.getChildren().setAll(pane.node());
            }
            holder.setVisible(editor != null);
            holder.setManaged(editor != null);
        };
        vm.detailsProperty().addListener((obs, old, now) -> update.run());
        vm.selectedProperty().addListener((obs, old, now) -> update.run());
        update.run();
        mappingAsked.addListener((obs, old, asked) -> VBox.setVgrow(holder, asked ? Priority.ALWAYS : Priority.NEVER));
        return holder;
    }

    private static Node tile(PreviewDetails.Fact fact) {
        Label value = new Label(fact.value());
        value.getStyleClass().addAll(Styles.TITLE_4, "fact-value");
        Label label = new Label(fact.label());
        label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        VBox tile = new VBox(0, value, label);
        tile.getStyleClass().addAll("fact", toneClass(fact.tone()));
        tile.setId("fact" + fact.label().replace(" ", ""));
        tile.setAccessibleText(fact.label() + ": " + fact.value());
        return tile;
    }

    private static String toneClass(Tone tone) {
        return switch (tone) {
            case WARNING -> Styles.WARNING;
            case DANGER -> Styles.DANGER;
            default -> "plain";
        };
    }

    private Node footer() {
        StatusBanner banner = new StatusBanner("importStatus");
        banner.show(vm.statusProperty().get());
        vm.statusProperty().addListener((obs, old, now) -> banner.show(now));

        ProgressBar bar = new ProgressBar();
        bar.setId("importProgress");
        bar.setAccessibleText("Import progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(vm.progressProperty());
        HBox.setHgrow(bar, Priority.ALWAYS);
        Label progressText = new Label();
        progressText.setId("importProgressText");
        progressText.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        progressText.textProperty().bind(vm.progressTextProperty());
        BooleanBinding working = vm.previewingProperty().or(vm.importingProperty());
        VBox progress = new VBox(4, bar, progressText);
        progress.visibleProperty().bind(working);
        progress.managedProperty().bind(working);

        Button cancel = Controls.button("Cancel", Feather.X, "importCancel",
                "Stop the running preview or import; a cancelled import stores nothing of the file it was reading");
        cancel.setOnAction(e -> vm.cancel());
        cancel.disableProperty().bind(working.not());
        Button close = Controls.button("Close", null, "importClose", "Close the import sheet");
        close.setOnAction(e -> vm.close());
        close.disableProperty().bind(vm.importingProperty());
        close.setCancelButton(true);
        Button importButton = Controls.button("Import", Feather.CHECK, "importCommit", "Import every listed file, one snapshot each");
        importButton.getStyleClass().add(Styles.ACCENT);
        importButton.setOnAction(e -> vm.importAll());
        importButton.defaultButtonProperty().bind(mappingAsked.not());
        importButton.disableProperty().bind(vm.canImportProperty().not());
        importButton.textProperty().bind(Bindings.createStringBinding(
                () -> vm.files().size() > 1 ? "Import " + vm.files().size() + " files" : "Import", vm.files()));
        HBox actions = new HBox(8, cancel, new Spacer(), close, importButton);
        actions.setAlignment(Pos.CENTER_LEFT);
        return new VBox(10, banner.node(), progress, actions);
    }

    /** A file with an icon and the words of its state. */
    private static final class FileCell extends ListCell<ImportFile> {
        FileCell() {
            setPrefWidth(0); // long names end in … rather than scrolling the list sideways
        }

        @Override
        protected void updateItem(ImportFile file, boolean empty) {
            super.updateItem(file, empty);
            textProperty().unbind();
            if (empty || file == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label name = new Label(file.fileName());
            name.getStyleClass().add(Styles.TEXT_BOLD);
            Label state = new Label();
            state.getStyleClass().add(Styles.TEXT_SMALL);
            state.textProperty().bind(Bindings.createStringBinding(() -> describe(file), file.statusProperty(), file.reportProperty()));
            FontIcon icon = new FontIcon();
            icon.iconCodeProperty().bind(Bindings.createObjectBinding(() -> StatusBanner.iconOf(file.status().tone()), file.statusProperty()));
            icon.getStyleClass().add("file-state-icon");
            VBox text = new VBox(1, name, state);
            text.setMinWidth(0);
            HBox row = new HBox(8, icon, text);
            row.setAlignment(Pos.CENTER_LEFT);
            row.setMinWidth(0);
            setText(null);
            setGraphic(row);
            setAccessibleText(file.fileName() + ": " + describe(file));
        }

        private static String describe(ImportFile file) {
            if (file.status() == ImportFileStatus.IMPORTED && file.reportProperty().get() != null) {
                return "Imported as snapshot " + file.reportProperty().get().snapshot().id();
            }
            return file.status().label();
        }
    }
}
