package io.steward.importers.github;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.importers.FormatGolden;
import io.steward.importers.FormatGolden.Result;
import io.steward.model.inventory.IdentityRecord;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

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
        Result r = FormatGolden.assertGolden(new GithubPatsImporter(), DIR.resolve("org-pat-requests-secret.json"));
        IdentityRecord changelog = r.identity("98720");
        assertThat(changelog.attributes()).containsEntry("status", "requested").containsEntry("requestId", "25390");
        assertThat(changelog.createdAt()).hasToString("2024-02-01T10:00:00Z");
        assertThat(r.refused()).extracting(i -> i.field()).containsExactly("reason");
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
