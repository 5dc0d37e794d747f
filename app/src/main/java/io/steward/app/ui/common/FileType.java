package io.steward.app.ui.common;

import java.util.List;

/** A file-chooser filter, e.g. {@code new FileType("Checkpoints", "*.checkpoints")}. */
public record FileType(String description, List<String> patterns) {
    public FileType(String description, String... patterns) {
        this(description, List.of(patterns));
    }

    public static final FileType ANY = new FileType("All files", "*");
}
