package io.steward.app.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every dialog, notification and file chooser goes through here, so view models stay free of
 * controls and can be tested without a window.
 */
public interface DialogService {
    /**
     * Tells the user that something failed: {@code message} says what and what to do; the
     * exception only goes into the copyable details, never into the message.
     */
    void showError(String title, String message, Throwable details);

    void showInformation(String title, String message);

    /** Asks a yes/no question; true when the user chose {@code confirmLabel}. */
    boolean confirm(String title, String message, String confirmLabel);

    Optional<Path> chooseFileToOpen(String title, Path initialFolder, FileType... types);

    /** Several files at once; empty when the user cancelled. */
    List<Path> chooseFilesToOpen(String title, Path initialFolder, FileType... types);

    Optional<Path> chooseFileToSave(String title, Path initialFolder, String suggestedName, FileType... types);
}
