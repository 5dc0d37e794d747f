package io.steward.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.model.StewardPaths;
import io.steward.model.ledger.Tamper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.sql.DriverManager;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The attacks on the ledger that need the whole product to catch: the inventory edited under a verified chain,
 * consistent truncation caught by the witness and by a receipt, signer names, trusted keys, key protection,
 * read-only files, and an import racing another for a new ledger.
 */
class LedgerTrustCommandsTest extends CliTest {

    private Path imported() {
        Path csv = Fixtures.copy("service-accounts.csv", work);
        assertThat(steward("--actor", "alice", "import", csv.toString()).exit()).isZero();
        return csv;
    }

    @Test
    void importEndsWithACheckpointAndAReceiptThatVerifies() throws Exception {
        imported();
        CliRun.Result r = steward("--actor", "alice", "ledger", "checkpoint");
        String receipt = r.out().lines().filter(l -> l.startsWith("Receipt:")).findFirst().orElseThrow().substring(13).strip();

        assertThat(steward("ledger", "verify", "--receipt", receipt).exit()).isZero();
        assertThat(Files.readAllLines(StewardPaths.sidecarOf(ledger)).size()).isEqualTo(2); // the import's and this one
    }

    @Test
    void editedInventoryRowsFailVerificationThoughTheChainHolds() {
        imported();
        new Tamper(ledger).sql("DROP TRIGGER identity_only_current_changes", "UPDATE identity SET owner_hint = 'mallory', enabled = 0");

        CliRun.Result r = steward("ledger", "verify");

        assertThat(r.exit()).isEqualTo(ExitCodes.VERIFICATION_FAILED);
        assertThat(r.out()).contains("do not give the digest");
    }

    @Test
    void deletedRowsFailVerification() {
        imported();
        new Tamper(ledger).sql("DROP TRIGGER snapshot_facet_sealed_no_delete", "DELETE FROM snapshot_facet");
        assertThat(steward("ledger", "verify").out()).contains("do not give the digest");
    }

    @Test
    void theInventoryTablesAreAppendOnly() throws Exception {
        imported();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + ledger); var st = c.createStatement()) {
            for (String sql : List.of("UPDATE identity SET owner_hint = 'mallory'", "DELETE FROM identity", "DELETE FROM snapshot",
                    "UPDATE snapshot SET file_name = 'x'")) {
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> st.execute(sql)).hasMessageContaining("append-only");
            }
            st.execute("UPDATE identity SET current = current"); // the currency flag alone may change
        }
    }

    @Test
    void consistentTruncationOfLedgerAndSidecarIsCaughtByTheWitnessAndTheReceipt() throws Exception {
        imported();
        CliRun.Result first = steward("--actor", "alice", "ledger", "checkpoint");
        String receipt = first.out().lines().filter(l -> l.startsWith("Receipt:")).findFirst().orElseThrow().substring(13).strip();
        Path extra = work.resolve("shared-drive");
        assertThat(steward("--actor", "alice", "ledger", "checkpoint", "--witness", extra.toString()).exit()).isZero();
        // the attacker cuts the last checkpoint off the ledger and its line off the sidecar, consistently
        long head = new Tamper(ledger).head();
        new Tamper(ledger).deleteFrom(head);
        Path sidecar = StewardPaths.sidecarOf(ledger);
        List<String> lines = Files.readAllLines(sidecar);
        Files.write(sidecar, lines.subList(0, lines.size() - 1));

        CliRun.Result r = steward("ledger", "verify", "--witness", extra.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.VERIFICATION_FAILED);
        assertThat(r.out()).contains("has no checkpoint entry");

        // deeper: cut back before the receipt's checkpoint and drop every copy the attacker can reach
        new Tamper(ledger).deleteFrom(head - 3);
        Files.delete(sidecar);
        Files.walk(home.resolve("witness")).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        CliRun.Result withReceipt = steward("ledger", "verify", "--receipt", receipt);
        assertThat(withReceipt.exit()).isEqualTo(ExitCodes.VERIFICATION_FAILED);
        assertThat(withReceipt.out()).containsAnyOf("newest entries were deleted", "is missing");
    }

    @Test
    void actorNamesAreNormalisedAndInvisibleCharactersRefused() {
        TestLedgerFiles.entries(ledger, 3);
        CliRun.Result upper = steward("--actor", "ALICE", "ledger", "checkpoint");
        assertThat(upper.exit()).isZero();
        assertThat(upper.out()).contains("Signed by:   alice,");

        CliRun.Result hidden = steward("--actor", "alice\u200b", "ledger", "checkpoint");
        assertThat(hidden.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(hidden.err()).contains("U+200B");
        CliRun.Result newline = steward("--actor", "alice\nResult:              verified", "ledger", "verify");
        assertThat(newline.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(newline.out()).doesNotContain("verified");
    }

    @Test
    void trustListAddAndRemoveAreLedgerEntries() throws Exception {
        TestLedgerFiles.entries(ledger, 3);
        steward("--actor", "alice", "ledger", "checkpoint");
        CliRun.Result list = steward("ledger", "trust", "list");
        assertThat(list.out()).startsWith("alice  ");
        String alicesKey = list.out().strip().split("  ")[2];
        var other = java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String bobsKey = java.util.Base64.getEncoder().encodeToString(other.getPublic().getEncoded());

        assertThat(steward("--actor", "alice", "ledger", "trust", "add", "bob", bobsKey).exit()).isZero();
        assertThat(steward("--actor", "alice", "ledger", "trust", "add", "alice", bobsKey).exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(steward("ledger", "trust", "list").out()).contains("bob  ").contains(alicesKey);
        String fingerprint = steward("ledger", "trust", "list").out().lines().filter(l -> l.startsWith("bob")).findFirst().orElseThrow()
                .split("  ")[1];
        assertThat(steward("--actor", "alice", "ledger", "trust", "remove", fingerprint.substring(0, 12), "--yes").exit()).isZero();
        assertThat(steward("ledger", "show", "--kind", "ledger.key-trusted").out()).contains("ledger.key-trusted");
        assertThat(steward("ledger", "show", "--kind", "ledger.key-untrusted").out()).contains("ledger.key-untrusted");
        assertThat(steward("ledger", "verify").exit()).isZero();
    }

    @Test
    void importAndCheckpointRefuseAChainThatDoesNotVerify() {
        imported();
        new Tamper(ledger).editBody(1, "service-accounts", "service-accountz");
        Path csv = Fixtures.copy("credential-report-2024-11.csv", work);

        CliRun.Result r = steward("--actor", "alice", "import", csv.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.VERIFICATION_FAILED);
        assertThat(r.err()).contains("does not verify");
        assertThat(steward("--actor", "alice", "ledger", "checkpoint").exit()).isEqualTo(ExitCodes.VERIFICATION_FAILED);
    }

    @Test
    void aKeystoreUnderTheOldConstantPasswordIsReprotectedOnFirstUse() throws Exception {
        TestLedgerFiles.entries(ledger, 2);
        Path keys = home.resolve("keys");
        Files.createDirectories(keys);
        var pair = java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        var name = new org.bouncycastle.asn1.x500.X500Name("CN=carol");
        var holder = new org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder(name, java.math.BigInteger.ONE,
                new java.util.Date(), new java.util.Date(System.currentTimeMillis() + 86_400_000L), name, pair.getPublic())
                .build(new org.bouncycastle.operator.jcajce.JcaContentSignerBuilder("Ed25519").build(pair.getPrivate()));
        var cert = new org.bouncycastle.cert.jcajce.JcaX509CertificateConverter().getCertificate(holder);
        ks.setKeyEntry("steward-checkpoint", pair.getPrivate(), "steward".toCharArray(), new java.security.cert.Certificate[] {cert});
        try (var out = Files.newOutputStream(keys.resolve("carol.p12"))) {
            ks.store(out, "steward".toCharArray());
        }

        CliRun.Result r = steward("--actor", "carol", "ledger", "checkpoint");

        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("old built-in password").contains("now protected by your passphrase");
        KeyStore reloaded = KeyStore.getInstance("PKCS12");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> {
            try (var in = Files.newInputStream(keys.resolve("carol.p12"))) {
                reloaded.load(in, "steward".toCharArray());
            }
        }).isInstanceOf(java.io.IOException.class);
    }

    @Test
    void aReadOnlyLedgerIsVerifiedWithoutBeingChanged() throws Exception {
        imported();
        Path sideWal = Path.of(ledger + "-wal");
        Path sideShm = Path.of(ledger + "-shm");
        Files.deleteIfExists(sideWal);
        Files.deleteIfExists(sideShm);
        Files.setPosixFilePermissions(ledger, PosixFilePermissions.fromString("r--r--r--"));
        Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            CliRun.Result r = steward("ledger", "verify");
            assertThat(r.exit()).as(r.out() + r.err()).isZero();
            assertThat(steward("snapshots").exit()).isZero();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(ledger))).isEqualTo("r--r--r--");
            assertThat(sideWal).doesNotExist();
            assertThat(sideShm).doesNotExist();
        } finally {
            Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwx------"));
            Files.setPosixFilePermissions(ledger, PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void readsDoNotWaitForAWriterAndSayWhoHoldsTheLock() throws Exception {
        imported();
        try (var writer = DriverManager.getConnection("jdbc:sqlite:" + ledger); var st = writer.createStatement()) {
            st.execute("BEGIN IMMEDIATE"); // another Steward in the middle of a long import
            st.execute("INSERT INTO column_mapping VALUES ('s', 'i', '{}', '2026-01-01T00:00:00.000Z', 'x')");
            long t0 = System.nanoTime();
            CliRun.Result r = steward("snapshots");
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(steward("ledger", "verify").exit()).isZero();
            assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0)).isLessThan(10);
            st.execute("ROLLBACK");
        }
    }

    @Test
    void aFailedImportNeverDeletesALedgerAnotherImportCreated() throws Exception {
        Path good = Fixtures.copy("service-accounts.csv", work);
        Path bad = Fixtures.copy("bad-arn-credential-report.csv", work);
        for (int round = 0; round < 3; round++) {
            ledger = work.resolve("race-" + round + ".steward");
            CompletableFuture<CliRun.Result> ok = CompletableFuture.supplyAsync(() -> steward("--actor", "alice", "import", good.toString()));
            CompletableFuture<CliRun.Result> failed = CompletableFuture.supplyAsync(() -> steward("--actor", "bob", "import", bad.toString()));
            CompletableFuture<CliRun.Result> dry = CompletableFuture.supplyAsync(() -> steward("--actor", "bob", "import", "--dry-run",
                    good.toString()));
            assertThat(ok.get(120, TimeUnit.SECONDS).exit()).isZero();
            assertThat(failed.get(120, TimeUnit.SECONDS).exit()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(dry.get(120, TimeUnit.SECONDS).exit()).isZero();
            assertThat(ledger).exists();
            assertThat(steward("snapshots").out()).contains("service-accounts.csv");
        }
        try (var files = Files.list(work)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".new"));
        }
    }
}
