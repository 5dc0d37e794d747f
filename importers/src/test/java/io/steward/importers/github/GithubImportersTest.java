package io.steward.importers.github;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.importers.Cancellation;
import io.steward.importers.FormatGolden;
import io.steward.importers.FormatGolden.Result;
import io.steward.importers.ImportOptions;
import io.steward.importers.ImportProgress;
import io.steward.importers.ImportReport;
import io.steward.importers.ImportService;
import io.steward.importers.StandardImporters;
import io.steward.model.inventory.IdentityRecord;
import io.steward.model.inventory.query.IdentityFilter;
import io.steward.model.inventory.query.InventoryQuery;
import io.steward.model.store.Store;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GithubImportersTest {
    private static final Path DIR = FormatGolden.FIXTURES.resolve("github");

    @Test
    void patGrantsKeepOwnerExpiryLastUseAndGroupedPermissions() throws Exception {
        Result r = FormatGolden.assertGolden(new GithubPatsImporter(), DIR.resolve("org-pat-grants-secret.json"));
        assertThat(r.source()).isEqualTo("github:organization/652551");
        IdentityRecord bot = r.identity("98716");
        assertThat(bot.ownerHint()).isEqualTo("octocat");
        assertThat(bot.createdAt()).as("-07:00 offset normalised").hasToString("2023-05-16T15:47:09Z");
        assertThat(bot.credentials().get(0).expiresAt()).hasToString("2023-11-16T15:47:09Z");
        assertThat(bot.grants()).extracting(g -> g.privilege() + "@" + g.resource())
                .containsExactly("members:read@organization", "metadata:read@repositories:all", "contents:write@repositories:all");
        IdentityRecord triage = r.identity("98717");
        assertThat(triage.enabled()).isFalse();
        assertThat(triage.credentials().get(0).expiresAt()).as("null = no expiry").isNull();
        assertThat(triage.name()).as("a token pasted into the name is refused with the name").isNull();
        assertThat(r.refused()).extracting(i -> i.field()).containsExactly("token_name");
    }

    @Test
    void patRequestsAreMarkedRequestedAndUseCreatedAt() throws Exception {
        Result r = FormatGolden.assertGolden(new GithubPatRequestsImporter(), DIR.resolve("org-pat-requests-secret.json"));
        IdentityRecord changelog = r.identity("98720");
        assertThat(changelog.attributes()).containsEntry("status", "requested").containsEntry("requestId", "25390");
        assertThat(changelog.createdAt()).hasToString("2024-02-01T10:00:00Z");
        assertThat(r.refused()).extracting(i -> i.field()).containsExactly("reason");
    }

    @Test
    void requestsAreASeriesOfTheirOwnSoTheyNeverReplaceTheGrantedTokens(@TempDir Path dir) throws Exception {
        try (Store store = Store.open(dir.resolve("ledger.steward"))) {
            ImportService imports = new ImportService(new io.steward.model.ledger.Ledger(store, java.time.Clock.systemUTC()),
                    StandardImporters.registry(), io.steward.importers.secrets.SecretGuard.standard(), java.time.Clock.systemUTC());
            ImportReport grants = imports.commit(DIR.resolve("org-pat-grants-secret.json"), ImportOptions.detect("t"),
                    ImportProgress.NONE, Cancellation.NEVER);
            ImportReport requests = imports.commit(DIR.resolve("org-pat-requests-secret.json"), ImportOptions.detect("t"),
                    ImportProgress.NONE, Cancellation.NEVER);

            assertThat(grants.importerId()).isEqualTo("github-fine-grained-pats");
            assertThat(requests.importerId()).isEqualTo("github-pat-requests");
            long current = new InventoryQuery(store)
                    .count(IdentityFilter.ALL).count();
            assertThat(current).isEqualTo(grants.counts().identities() + requests.counts().identities());
        }
    }

    @Test
    void appInstallationsSuspendedIsDisabledAndAShortPageWarns() throws Exception {
        Result r = FormatGolden.assertGolden(new GithubInstallationsImporter(), DIR.resolve("org-installations-secret.json"));
        assertThat(r.source()).isEqualTo("github:acme");
        assertThat(r.identity("25381001").enabled()).isTrue();
        assertThat(r.identity("25381002").enabled()).isFalse();
        assertThat(r.identity("25381002").attributes()).containsEntry("suspendedBy", "security-admin");
        assertThat(r.warnings()).extracting(i -> i.rule()).containsExactly("incomplete-page");
        assertThat(r.refused()).extracting(i -> i.field()).containsExactly("single_file_name");
    }

    @Test
    void deployKeysKeepAFingerprintNeverTheKeyAndWriteKeysGrantWrite() throws Exception {
        Result r = FormatGolden.assertGolden(new GithubDeployKeysImporter(), DIR.resolve("repo-deploy-keys-secret.json"));
        IdentityRecord runner = r.identity("acme/payments/keys/1");
        assertThat(runner.credentials().get(0).nativeId()).matches("sha256:[0-9a-f]{64}");
        assertThat(runner.grants().get(0).privilege()).isEqualTo("read");
        IdentityRecord jenkins = r.identity("acme/payments/keys/2");
        assertThat(jenkins.grants().get(0).privilege()).isEqualTo("write");
        assertThat(jenkins.enabled()).as("enabled absent in older responses").isNull();
        assertThat(r.refused()).as("public keys are not refused; the token in a title is")
                .extracting(i -> i.field()).containsExactly("title");
    }
}
