package io.steward.importers.secrets;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The name of an imported file as Steward may store, print and log it: each secret in the file name or in a folder
 * name of its path replaced by {@code [redacted:RULE]} ({@code ghp_….csv} → {@code [redacted:github-token].csv}), the
 * rest kept readable. The ledger is append-only, so a token that reached a snapshot's file name, a source or an entry
 * could never be removed: every name an import shows or keeps comes from here, and the real path only opens the file.
 * Made once per file.
 *
 * @param path  the real path, only for reading the file
 * @param name  the file name, redacted
 * @param shown the whole path as given, each part redacted (for messages)
 */
public record SafeFileName(Path path, String name, String shown) {
    public SafeFileName {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(shown, "shown");
    }

    public static SafeFileName of(Path path) {
        SecretGuard guard = SecretGuard.standard();
        Path last = path.getFileName();
        String name = guard.redactName(last == null ? path.toString() : last.toString());
        return new SafeFileName(path, name, redactParts(path, guard));
    }

    /** The path shown with each part redacted on its own (a folder name and the file name are judged separately). */
    private static String redactParts(Path path, SecretGuard guard) {
        boolean changed = false;
        StringBuilder b = new StringBuilder();
        Path root = path.getRoot();
        if (root != null) {
            b.append(root);
        }
        String separator = path.getFileSystem().getSeparator();
        for (int i = 0; i < path.getNameCount(); i++) {
            if (i > 0) {
                b.append(separator);
            }
            String part = path.getName(i).toString();
            String safe = guard.redactName(part);
            changed |= safe != part;
            b.append(safe);
        }
        return changed ? b.toString() : path.toString();
    }

    /** Whether anything was redacted. */
    public boolean redacted() {
        return !shown.equals(path.toString());
    }

    @Override
    public String toString() {
        return shown;
    }
}
