package io.steward.app.cli;

import io.steward.app.LedgerFileArgument;
import io.steward.app.Workspace;
import io.steward.importers.ImportOptions;
import io.steward.importers.spi.Cancellation;
import io.steward.importers.spi.ImportProgress;
import io.steward.model.StewardPaths;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The training run behind the installers' class-data-sharing archive (docs/INSTALLERS.md): in one JVM started
 * with {@code -XX:ArchiveClassesAtExit}, runs the everyday short commands (help, ledger verify and show,
 * inventory as table, csv and json) on a ledger in a temporary data folder that holds an import and a signed
 * checkpoint, as a user's does, so the archive holds the classes
 * they load and every later start maps them instead of loading them. Prints nothing; exits non-zero, naming the
 * command, when one of them fails. Usage: {@code StartupTraining} (no arguments).
 */
public final class StartupTraining {
    private StartupTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path home = Files.createTempDirectory("steward-training-");
        int exit = 0;
        try {
            StewardPaths paths = new StewardPaths(home);
            String ledger = home.resolve(StewardPaths.LEDGER_FILE_NAME).toString();
            try (Workspace workspace = Workspace.openOrCreate(Path.of(ledger), "training", paths.keysDir())) {
                entries(workspace, home);
            }
            List<List<String>> commands = List.of(List.of("--help"), List.of("--version"),
                    List.of("ledger", "verify", "--ledger", ledger), List.of("ledger", "show", "--ledger", ledger),
                    List.of("inventory", "--ledger", ledger), List.of("inventory", "--ledger", ledger, "--format", "csv"),
                    List.of("inventory", "--ledger", ledger, "--format", "json"));
            for (List<String> command : commands) {
                StringWriter err = new StringWriter();
                // as Launcher.main runs them, without its System.exit
                int code = StewardCli.run(paths, workspace -> 0, new PrintWriter(new StringWriter()), new PrintWriter(err),
                        LedgerFileArgument.toOptions(command.toArray(String[]::new)));
                if (code != 0) {
                    System.err.println("training: steward " + String.join(" ", command) + " exited " + code + ": " + err.toString().strip());
                    exit = 1;
                }
            }
        } finally {
            deleteTree(home);
        }
        System.exit(exit);
    }

    /** Four users of a generated IAM credential report: a root, a human with a password and MFA, two keys' users. */
    private static final String REPORT = String.join("\n",
            "user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,"
                    + "access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,"
                    + "access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,"
                    + "access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,"
                    + "cert_2_last_rotated",
            "<root_account>,arn:aws:iam::666385237404:root,2013-11-27T00:00:00+00:00,not_supported,2025-05-02T12:00:00+00:00,"
                    + "not_supported,not_supported,true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A",
            "walter.lopez4a,arn:aws:iam::666385237404:user/walter.lopez4a,2025-03-26T20:32:14+00:00,true,2025-05-10T02:33:32+00:00,"
                    + "2025-05-16T14:35:22+00:00,N/A,true,true,2025-04-15T20:22:14+00:00,2025-05-02T01:30:00+00:00,eu-central-1,ssm,"
                    + "false,N/A,N/A,N/A,N/A,false,N/A,false,N/A",
            "risk-etl-g,arn:aws:iam::666385237404:user/risk-etl-g,2023-01-28T00:19:10+00:00,false,N/A,N/A,N/A,false,true,"
                    + "2023-09-27T21:08:05+00:00,N/A,N/A,N/A,true,2023-10-23T04:44:05+00:00,2024-11-04T10:00:00+00:00,sa-east-1,"
                    + "cloudwatch,false,N/A,false,N/A",
            "search-crawler-1,arn:aws:iam::666385237404:user/search-crawler-1,2016-11-22T20:28:51+00:00,false,N/A,N/A,N/A,false,"
                    + "true,2024-03-20T02:33:00+00:00,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A") + "\n";

    /**
     * What a user's ledger holds, so that the commands below load what they load on real data: an import (a snapshot
     * with its row digest) and a signed checkpoint (sidecar, witness, signature check). The key and its passphrase are
     * made for this run, in the temporary data folder, and deleted with it; the OS credential store is not asked.
     */
    private static void entries(Workspace workspace, Path home) throws IOException {
        Path report = home.resolve("credential-report.csv");
        Files.writeString(report, REPORT, StandardCharsets.UTF_8);
        workspace.imports().commit(report, ImportOptions.detect("training"), ImportProgress.NONE, Cancellation.NEVER);
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        char[] passphrase = Base64.getEncoder().encodeToString(random).toCharArray();
        workspace.keyPassphrase(creating -> Optional.of(passphrase.clone()));
        workspace.checkpoint();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
