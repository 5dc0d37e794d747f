package io.steward.importers;

import io.steward.model.ledger.Ledger;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.core.FileAppender;
import io.steward.model.store.Store;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.slf4j.LoggerFactory;

/**
 * Every fixture with a {@code .seeded} file beside it (one seeded secret per line) is imported for real
 * into a fresh ledger, with logging captured to a file; then the database, its WAL and shared-memory files
 * and the log are searched byte by byte for each seeded value: there must be no hit, and the import must
 * report at least one refusal.
 */
class SeededSecretsNeverLandTest {
    @TestFactory
    Stream<DynamicTest> seededSecretsAreNeverWritten() throws IOException {
        List<Path> seeded = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(FormatGolden.FIXTURES)) {
            walk.filter(p -> p.getFileName().toString().endsWith(".seeded")).sorted().forEach(seeded::add);
        }
        assertThat(seeded).as("fixtures with seeded secrets").hasSizeGreaterThanOrEqualTo(10);
        return seeded.stream().map(s -> DynamicTest.dynamicTest(FormatGolden.FIXTURES.relativize(s).toString(), () -> check(s)));
    }

    private static void check(Path seededFile) throws Exception {
        String name = seededFile.getFileName().toString();
        Path fixture = seededFile.resolveSibling(name.substring(0, name.length() - ".seeded".length()));
        List<String> secrets = Files.readAllLines(seededFile, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        Path dir = Files.createTempDirectory("steward-seeded-");
        Path ledger = dir.resolve("ledger.db");
        Path log = dir.resolve("import.log");
        FileAppender<ch.qos.logback.classic.spi.ILoggingEvent> appender = logTo(log);
        try (Store store = Store.open(ledger)) {
            ImportService service = new ImportService(new Ledger(store, java.time.Clock.systemUTC()), StandardImporters.registry(), io.steward.importers.secrets.SecretGuard.standard(), java.time.Clock.systemUTC());
            ImportReport report = service.commit(fixture, ImportOptions.detect("seed-test"), ImportProgress.NONE, Cancellation.NEVER);
            assertThat(report.counts().refused()).as("refusals reported for %s", fixture).isPositive();
            assertNoHits(dir, secrets, fixture);
        } finally {
            appender.stop();
            ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(appender);
        }
        assertNoHits(dir, secrets, fixture); // after close: the WAL has been checkpointed into the database
        deleteTree(dir);
    }

    private static void assertNoHits(Path dir, List<String> secrets, Path fixture) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(Files::isRegularFile).toList();
        }
        assertThat(files).extracting(p -> p.getFileName().toString()).contains("ledger.db", "import.log");
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            for (String secret : secrets) {
                assertThat(SecretCorpusTest.indexOf(bytes, secret.getBytes(StandardCharsets.UTF_8)))
                        .as("seeded secret from %s found in %s", fixture, f.getFileName()).isEqualTo(-1);
            }
        }
    }

    private static FileAppender<ch.qos.logback.classic.spi.ILoggingEvent> logTo(Path file) {
        LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(ctx);
        encoder.setPattern("%d %-5level %logger - %msg%n%ex");
        encoder.start();
        FileAppender<ch.qos.logback.classic.spi.ILoggingEvent> appender = new FileAppender<>();
        appender.setContext(ctx);
        appender.setFile(file.toString());
        appender.setEncoder(encoder);
        appender.start();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(ch.qos.logback.classic.Level.DEBUG);
        root.addAppender(appender);
        return appender;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
