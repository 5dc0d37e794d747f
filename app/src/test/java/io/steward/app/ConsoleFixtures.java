package io.steward.app;

import io.steward.importers.Cancellation;
import io.steward.importers.ImportOptions;
import io.steward.importers.ImportProgress;
import io.steward.importers.ImportService;
import io.steward.importers.StandardImporters;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Real-shaped inventory exports under src/test/resources/console-fixtures, copied into a test's folder so an
 * import reads a real file on disk: AWS credential reports of one account in June and July 2025 (a
 * duplicate row in June; July adds, removes and rotates), a spreadsheet of service accounts with an
 * API token in one row (a secret to refuse), and a credential report with a malformed date on line 4.
 */
public final class ConsoleFixtures {
    public static final String JUNE = "credential-report-2025-06.csv";
    public static final String JULY = "credential-report-2025-07.csv";
    public static final String SERVICE_ACCOUNTS = "service-accounts.csv";
    public static final String BAD_DATE = "bad-date-credential-report.csv";

    private ConsoleFixtures() {
    }

    /** Copies the named fixtures into {@code dir} and imports each as one snapshot, in order, through the real import. */
    public static void importInto(Workspace workspace, Path dir, String... names) {
        ImportService service = workspace.imports();
        for (String name : names) {
            Path file = Files.exists(dir.resolve(name)) ? dir.resolve(name) : copy(dir, name);
            service.commit(file, ImportOptions.detect(workspace.actor()), ImportProgress.NONE, Cancellation.NEVER);
        }
    }

    public static Path copy(Path dir, String name) {
        try (InputStream in = Objects.requireNonNull(ConsoleFixtures.class.getResourceAsStream("/console-fixtures/" + name), name)) {
            Path target = dir.resolve(name);
            Files.copy(in, target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
