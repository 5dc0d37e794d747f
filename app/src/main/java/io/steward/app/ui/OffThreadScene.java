package io.steward.app.ui;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.beans.property.SimpleStringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the console's full window content off the FX thread: JavaFX lets a node tree and its Scene be built, styled
 * and laid out on any thread while the scene belongs to no showing window. That is where the cold JVM's class
 * loading, CSS and skins of every page go (about a second), so the FX thread only swaps the finished scene in.
 * <p>
 * JavaFX's CSS engine keeps caches shared by all scenes that are not safe to use from two threads at once (styling a
 * scene here while the FX thread styled the window gave wrong colours), so this runs while the FX thread styles
 * nothing: the window shows an inert shell meanwhile (no input, no data loading). A content that cannot be built off
 * the FX thread is built on it instead (logged).
 */
final class OffThreadScene {
    private static final Logger LOG = LoggerFactory.getLogger(OffThreadScene.class);
    private static final int WARM_UP_ROUNDS = 3;

    private OffThreadScene() {
    }

    /**
     * Builds {@code root()} into a scene of this size with the console's stylesheet on a thread of its own, styles and
     * lays it out, and hands the scene to {@code ready} on the FX thread.
     */
    static void build(Supplier<Parent> root, double width, double height, Consumer<Scene> ready) {
        Thread builder = new Thread(() -> {
            Scene scene = null;
            try {
                warmUpTableCells(width, height);
                scene = styledAndLaidOut(root.get(), width, height);
            } catch (RuntimeException e) {
                LOG.warn("The console's window could not be built off the FX thread; building it on the FX thread", e);
            }
            Scene built = scene;
            Platform.runLater(() -> ready.accept(built != null ? built : styledAndLaidOut(root.get(), width, height)));
        }, "console-window");
        builder.setDaemon(true);
        builder.start();
    }

    private static Scene styledAndLaidOut(Parent root, double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(Objects.requireNonNull(StewardConsole.class.getResource("console.css")).toExternalForm());
        root.applyCss();
        root.layout();
        return scene;
    }

    /**
     * The pages' tables are empty until their data comes, so their rows and cells (skins, CSS) would first be made on
     * the FX thread, as the first page of data is shown, by code the JIT has not compiled yet: throwaway tables shaped
     * like the pages' (dense one-line rows, a column of labels) make rows and cells a few times here first. Each round
     * is a new table, so cells are created, not reused. More rounds shorten the first rows' stall less than they delay
     * the first page (docs/BENCHMARKS.md, "Pages start when first shown").
     */
    private static void warmUpTableCells(double width, double height) {
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            int first = round * 60;
            TableView<String> table = new TableView<>(FXCollections.observableArrayList(
                    IntStream.range(first, first + 60).mapToObj(i -> "row " + i).toList()));
            table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE, "one-line-rows");
            for (String name : List.of("Name", "Kind", "Source", "Owner", "Last used", "Created", "Environment")) {
                TableColumn<String, String> column = new TableColumn<>(name);
                column.setCellValueFactory(row -> new SimpleStringProperty(row.getValue() + " " + name));
                table.getColumns().add(column);
            }
            TableColumn<String, String> labels = new TableColumn<>("Risk");
            labels.setCellValueFactory(row -> new SimpleStringProperty(row.getValue()));
            labels.setCellFactory(column -> new LabelCell());
            table.getColumns().add(labels);
            styledAndLaidOut(table, width, height);
        }
    }

    /** A cell showing its value as a styled label, as the risk badges and status columns do. */
    private static final class LabelCell extends TableCell<String, String> {
        private final Label label = new Label();

        LabelCell() {
            label.getStyleClass().add(Styles.TEXT_SMALL);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            label.setText(item);
            setGraphic(empty ? null : label);
        }
    }
}
