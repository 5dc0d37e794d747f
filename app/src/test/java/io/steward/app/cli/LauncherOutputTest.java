package io.steward.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The real launcher in its own process writing to a real stdout (a file here, as `> out.json` would): machine output
 * goes through the one buffered writer and arrives whole, row for row the same as in-process; an error after some
 * output comes after that output; --version sets up no logging. And the installers' training run works.
 */
class LauncherOutputTest extends CliTest {
    private static final String MAIN = "io.steward.app.launch.Launcher";

    @Test
    void jsonAndCsvOnStdoutArriveWholeAndMatchTheInProcessOutput() throws Exception {
        Path report = Fixtures.copy("credential-report-2024-11.csv", work);
        assertThat(steward("import", report.toString()).exit()).isZero();

        Run json = launch("--ledger", ledger.toString(), "inventory", "--format", "json", "--limit", "0");
        Run csv = launch("--ledger", ledger.toString(), "inventory", "--format", "csv", "--limit", "0");

        assertThat(json.exit()).as(json.err()).isZero();
        assertThat(csv.exit()).as(csv.err()).isZero();
        List<JsonNode> rows = JsonOutput.array(json.out());
        assertThat(rows).hasSizeGreaterThan(2);
        assertThat(json.out()).isEqualTo(steward("inventory", "--format", "json", "--limit", "0").out());
        assertThat(csv.out()).isEqualTo(steward("inventory", "--format", "csv", "--limit", "0").out());
        assertThat(csv.out().lines().count()).isEqualTo(rows.size() + 1L);
    }

    @Test
    void versionPrintsOnlyTheVersionAndStartsNoLogFile() throws Exception {
        Run version = launch("--version");

        assertThat(version.exit()).isZero();
        assertThat(version.out()).isEqualTo("steward " + io.steward.app.BuildInfo.version() + System.lineSeparator());
        assertThat(version.err()).isEmpty();
        assertThat(home.resolve("logs")).doesNotExist();
    }

    @Test
    void anErrorLineComesAfterWhatWasPrintedBeforeIt() throws Exception {
        Run missing = launch("--ledger", work.resolve("none.steward").toString(), "inventory", "--format", "json");

        assertThat(missing.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(missing.out()).isEmpty();
        assertThat(missing.err()).startsWith("steward: There is no ledger at");
    }

    /** Stdout that fails (a reader gone, a full disk): the command says so on stderr and does not exit 0. */
    @Test
    void outputThatCannotBeWrittenIsReported() throws Exception {
        Path report = Fixtures.copy("credential-report-2024-11.csv", work);
        assertThat(steward("import", report.toString()).exit()).isZero();
        int[] writes = new int[1];
        java.io.Writer broken = new java.io.Writer() {
            @Override
            public void write(char[] buf, int off, int len) throws java.io.IOException {
                writes[0]++;
                throw new java.io.IOException("Broken pipe");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.io.StringWriter err = new java.io.StringWriter();

        int exit = StewardCli.run(new io.steward.model.StewardPaths(home), w -> 0, new java.io.PrintWriter(broken),
                new java.io.PrintWriter(err), "--ledger", ledger.toString(), "inventory", "--format", "json");

        assertThat(exit).isEqualTo(ExitCodes.INTERNAL_ERROR);
        assertThat(err.toString()).contains("steward: the output could not be written in full");
        assertThat(writes[0]).as("writes tried").isPositive();
    }

    /** The installers' class-data-sharing training run: every command in it succeeds, and it prints nothing. */
    @Test
    void theStartupTrainingRunsEveryCommandCleanly() throws Exception {
        Run training = launchMain(StartupTraining.class.getName());

        assertThat(training.exit()).as(training.err()).isZero();
        assertThat(training.out()).isEmpty();
        assertThat(training.err()).isEmpty();
    }

    private record Run(int exit, String out, String err) {
    }

    private int runs;

    private Run launch(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of(MAIN));
        all.addAll(List.of(args));
        return launchMain(all.toArray(String[]::new));
    }

    private Run launchMain(String... mainAndArgs) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-Dsteward.home=" + home, "-cp", System.getProperty("java.class.path")));
        command.addAll(List.of(mainAndArgs));
        Path out = work.resolve("launch-" + ++runs + ".out");
        Path err = work.resolve("launch-" + runs + ".err");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("steward did not finish in 2 minutes: " + Files.readString(err));
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
