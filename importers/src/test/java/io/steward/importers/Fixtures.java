package io.steward.importers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/** The format fixtures under src/test/resources/formats/<importer id>/, copied to a temp folder with a fixed time. */
final class Fixtures {
    /** Every fixture gets this modification time, so relative ages convert the same way in every run. */
    static final Instant EXPORTED_AT = Instant.parse("2024-12-05T00:00:00Z");

    private Fixtures() {
    }

    static Path root() {
        try {
            return Path.of(Fixtures.class.getResource("/formats").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Fixture files (not the expected outputs), as "importer-id/file" paths relative to the root. */
    static List<Path> all() {
        try (Stream<Path> files = Files.walk(root())) {
            return files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".expected.json"))
                    .map(p -> root().relativize(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The importer a fixture belongs to: its folder's name. */
    static String importerOf(Path relative) {
        return relative.getName(0).toString();
    }

    static Path copy(Path relative, Path dir) throws IOException {
        Path target = dir.resolve(relative.getFileName().toString());
        Files.copy(root().resolve(relative), target, StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(target, FileTime.from(EXPORTED_AT));
        return target;
    }

    /** Where the expected output of a fixture lives in the source tree (for -Dgolden.update=true). */
    static Path sourceExpected(Path relative) {
        return Path.of("src/test/resources/formats").resolve(relative.toString() + ".expected.json");
    }

    static Path expected(Path relative) {
        return root().resolve(relative.toString() + ".expected.json");
    }
}
