package io.steward.app.ui.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The dialog boundary for view-model tests: records what would have been shown and answers file
 * choosers with a path the test sets. (The real dialogs are exercised by the TestFX tests.)
 */
public final class RecordingDialogService implements DialogService {
    public record Shown(String kind, String title, String message, Throwable error) {
    }

    public final List<Shown> shown = new ArrayList<>();
    public Path fileToChoose;
    public List<Path> filesToChoose = List.of();
    public boolean confirmAnswer;

    @Override
    public void showError(String title, String message, Throwable details) {
        shown.add(new Shown("error", title, message, details));
    }

    @Override
    public void showInformation(String title, String message) {
        shown.add(new Shown("information", title, message, null));
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        shown.add(new Shown("confirm", title, message, null));
        return confirmAnswer;
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, Path initialFolder, FileType... types) {
        shown.add(new Shown("open", title, String.valueOf(initialFolder), null));
        return Optional.ofNullable(fileToChoose);
    }

    /** The filters the last open-many chooser offered. */
    public List<FileType> lastOpenTypes = List.of();

    @Override
    public List<Path> chooseFilesToOpen(String title, Path initialFolder, FileType... types) {
        shown.add(new Shown("open-many", title, String.valueOf(initialFolder), null));
        lastOpenTypes = List.of(types);
        return filesToChoose;
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, Path initialFolder, String suggestedName, FileType... types) {
        shown.add(new Shown("save", title, suggestedName, null));
        return Optional.ofNullable(fileToChoose);
    }
}
