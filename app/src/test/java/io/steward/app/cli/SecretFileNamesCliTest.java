package io.steward.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Real export files whose names (and a folder name) hold tokens, imported, listed, shown and refused through the CLI
 * on a real ledger: no token reaches stdout, stderr, the log, the ledger file, its WAL or any other file Steward
 * writes; each name appears with {@code [redacted:RULE]} in the token's place and the rest readable.
 */
class SecretFileNamesCliTest extends CliTest {
    static final String GITHUB = "ghp_Zx9Kq2Lm4Np6Rs8Tv0Wx2Yz4Ab6Cd8Ef0Gh2";
    static final String GITHUB_2 = "ghp_Qw3Er5Ty7Ui9Op1As3Df5Gh7Jk9Lz1Xc3Vb5";
    static final String SLACK = "xoxb-2894561230-4471928374650-Hq8Lw2Nc5Rt9Vx3Bz6Pk1Dm4";
    static final String AWS_KEY_ID = "AKIAZ7QW3ERT5YUI9OPA";
    static final String JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJjaS1ib3QiLCJpYXQiOjE3MDAwMDAwMDB9.Tq8rN2vXk5LmP0sWc7YhBd3FjG9aZe1Ku4Io6Rt_y2E";
    static final List<String> TOKENS = List.of(GITHUB, GITHUB_2, SLACK, AWS_KEY_ID, JWT);

    @Test
    void tokensInFileAndFolderNamesAreRedactedEverywhereTheNameGoes() throws Exception {
        Path folder = Files.createDirectories(work.resolve("exports-" + SLACK));
        Path csv = copyAs("service-accounts.csv", folder.resolve(GITHUB + ".csv"));
        Path report = copyAs("credential-report-2024-11.csv", work.resolve(AWS_KEY_ID + "_credential_report.csv"));
        Path k8s = copyAs("k8s-prod-serviceaccounts.yaml", work.resolve("k8s-" + JWT + ".yaml"));
        List<String> said = new ArrayList<>();

        CliRun.Result imported = run(said, "import", csv.toString(), report.toString());
        CliRun.Result named = run(said, "import", "--source", "prod-eu", k8s.toString());
        CliRun.Result mapped = run(said, "import", "--again", "--map", "name=name", "--save-mapping", csv.toString());

        assertThat(imported.exit()).as(imported.err()).isEqualTo(ExitCodes.OK);
        assertThat(named.exit()).as(named.err()).isEqualTo(ExitCodes.OK);
        assertThat(mapped.exit()).as(mapped.err()).isEqualTo(ExitCodes.OK);
        assertThat(imported.out()).contains("exports-[redacted:slack-token]/[redacted:github-token].csv")
                .contains("source      csv:[redacted:github-token]")
                .contains("[redacted:github-token].csv, record 2 (line 3), field api_token")
                .contains("[redacted:aws-access-key-id]_credential_report.csv");
        assertThat(named.out()).contains("k8s-[redacted:jwt].yaml");
        for (String listing : List.of("snapshots", "mappings list", "ledger show", "inventory", "ledger verify")) {
            CliRun.Result r = run(said, listing.split(" "));
            assertThat(r.exit()).as(listing + ": " + r.err()).isEqualTo(ExitCodes.OK);
        }
        assertThat(String.join("\n", said)).contains("[redacted:github-token].csv").contains("csv:[redacted:github-token]");

        CliRun.Result dryRun = run(said, "import", "--dry-run", csv.toString());
        assertThat(dryRun.out()).contains("[redacted:github-token].csv");
        Path bad = copyAs("bad-arn-credential-report.csv", work.resolve(GITHUB_2 + ".csv"));
        CliRun.Result refused = run(said, "import", bad.toString());
        assertThat(refused.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(refused.err()).contains("[redacted:github-token].csv, line 4").contains("not the ARN of an IAM user");
        CliRun.Result missing = run(said, "import", work.resolve(GITHUB_2 + "-gone.csv").toString());
        assertThat(missing.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(missing.err()).contains("[redacted:github-token]-gone.csv: no such file");

        assertThat(String.join("\n", said)).as("stdout and stderr").satisfies(SecretFileNamesCliTest::holdsNoToken);
        Path log = home.resolve("logs").resolve("steward.log");
        assertThat(Files.readString(log)).contains("Imported [redacted:github-token].csv").satisfies(SecretFileNamesCliTest::holdsNoToken);
        for (Path written : writtenBySteward()) {
            String bytes = new String(Files.readAllBytes(written), StandardCharsets.ISO_8859_1);
            assertThat(bytes).as(written.toString()).satisfies(SecretFileNamesCliTest::holdsNoToken);
        }
        assertThat(writtenBySteward()).contains(ledger, log);
    }

    private CliRun.Result run(List<String> said, String... args) {
        CliRun.Result r = steward(args);
        said.add(r.out());
        said.add(r.err());
        return r;
    }

    /** Every file under the data folder and beside the ledger (ledger, -wal, -shm, checkpoints), not the exports read. */
    private List<Path> writtenBySteward() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(home, work)) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).filter(f -> root == home || f.getFileName().toString().startsWith(ledger.getFileName().toString()))
                        .forEach(files::add);
            }
        }
        return files;
    }

    private static void holdsNoToken(String text) {
        for (String token : TOKENS) {
            assertThat(text).doesNotContain(token);
            // nor its distinctive middle, in case a name was cut or lower-cased on its way
            String middle = token.substring(6, 18);
            assertThat(text).doesNotContain(middle).doesNotContain(middle.toLowerCase(java.util.Locale.ROOT));
        }
    }

    private static Path copyAs(String fixture, Path target) throws IOException {
        Path copied = Fixtures.copy(fixture, Files.createTempDirectory(target.getParent(), "fixture"));
        Files.move(copied, target);
        Files.delete(copied.getParent());
        return target;
    }
}
