package io.steward.model.ledger;

import io.steward.model.store.OwnerOnlyFiles;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A keys folder that already exists is only used when it is this user's: wider permissions (a folder
 * unpacked from an archive, made by a tool with a loose umask) are narrowed to owner-only, together with
 * the files in it; a folder owned by someone else is refused rather than trusted.
 */
final class KeysFolder {
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private KeysFolder() {
    }

    static void check(Path dir) {
        if (!POSIX || !Files.isDirectory(dir)) {
            return;
        }
        try {
            String owner = Files.getOwner(dir).getName();
            String me = System.getProperty("user.name");
            if (me != null && !owner.equals(me)) {
                throw new ActorKeys.KeyException("The keys folder " + dir + " belongs to " + owner + ", not to you (" + me
                        + "): its keys cannot be trusted. Move it aside; Steward creates a new one.");
            }
            if (!java.util.Collections.disjoint(Files.getPosixFilePermissions(dir), OTHERS)) {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path f : (Iterable<Path>) files::iterator) {
                        if (Files.isRegularFile(f)) {
                            OwnerOnlyFiles.restrict(f);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new ActorKeys.KeyException("Cannot check the permissions of the keys folder " + dir + ": " + e.getMessage(), e);
        }
    }
}
