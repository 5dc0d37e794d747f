package io.steward.app.ui.imports;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

/** Files dropped anywhere on the window go to an import; the window shows that it will take them. */
public final class FileDrops {
    static final String DROP_TARGET_STYLE = "drop-target";

    private FileDrops() {
    }

    public static void install(Scene scene, Consumer<List<Path>> onDrop) {
        scene.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                if (!scene.getRoot().getStyleClass().contains(DROP_TARGET_STYLE)) {
                    scene.getRoot().getStyleClass().add(DROP_TARGET_STYLE);
                }
                e.consume();
            }
        });
        scene.addEventHandler(DragEvent.DRAG_EXITED_TARGET, e -> scene.getRoot().getStyleClass().remove(DROP_TARGET_STYLE));
        scene.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            scene.getRoot().getStyleClass().remove(DROP_TARGET_STYLE);
            if (e.getDragboard().hasFiles()) {
                // Folders too: the import sheet then says to name the export file inside it.
                List<Path> files = e.getDragboard().getFiles().stream().map(File::toPath).toList();
                e.setDropCompleted(!files.isEmpty());
                e.consume();
                if (!files.isEmpty()) {
                    onDrop.accept(files);
                }
            }
        });
    }
}
