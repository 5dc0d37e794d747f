package io.steward.importers;

import io.steward.importers.spi.Cancellation;
import io.steward.importers.spi.ImportProgress;

import io.steward.importers.secrets.SecretGuard;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each fixture is detected as the importer of its folder and read to exactly the normalised output beside
 * it ({@code <fixture>.expected.json}: source, generated-at, identities with children, warnings and refusals).
 * Regenerate after an intended mapping change with {@code -Dgolden.update=true}, then review the diff.
 */
class GoldenFileTest {
    private static final ImporterRegistry REGISTRY = StandardImporters.registry();

    @TempDir
    Path dir;

    static Stream<Path> fixtures() {
        return Fixtures.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void detectsItsFormat(Path fixture) throws Exception {
        Path file = Fixtures.copy(fixture, dir);
        assertThat(REGISTRY.detect(file).id()).isEqualTo(Fixtures.importerOf(fixture));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void readsToTheExpectedRecords(Path fixture) throws Exception {
        Path file = Fixtures.copy(fixture, dir);
        List<Object> events = new ArrayList<>();
        ScreeningSink sink = new ScreeningSink(io.steward.importers.secrets.SafeFileName.of(file), SecretGuard.standard(), FormatGolden.AS_OF, e -> events.add(GoldenJson.of(e)));
        REGISTRY.require(Fixtures.importerOf(fixture)).read(file, sink, ImportProgress.NONE, Cancellation.NEVER);
        String actual = GoldenJson.MAPPER.writeValueAsString(events) + "\n";
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(Fixtures.sourceExpected(fixture), actual);
        }
        assertThat(actual).isEqualTo(Files.readString(Fixtures.expected(fixture)));
    }
}
