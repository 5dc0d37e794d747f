package io.steward.importers.realshaped;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.importers.spi.FileSample;
import io.steward.importers.FormatGolden;
import io.steward.importers.FormatGolden.Result;
import io.steward.importers.FormatNotRecognisedException;
import io.steward.importers.StandardImporters;
import io.steward.importers.aws.CredentialReportImporter;
import io.steward.importers.gcp.GcpIamPolicyImporter;
import io.steward.importers.github.GithubDeployKeysImporter;
import io.steward.importers.github.GithubInstallationsImporter;
import io.steward.importers.kubernetes.KubernetesImporter;
import io.steward.importers.vault.VaultAppRolesImporter;
import io.steward.importers.vault.VaultTokensImporter;
import io.steward.model.inventory.GrantRecord;
import io.steward.model.inventory.IdentityRecord;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Real-shaped exports written for these tests (not copied from anywhere), one per way a real file used to be lost,
 * misdated or refused as a whole; each is a golden file beside its expected normalised output.
 */
class RealShapedFilesTest {
    private static final Path DIR = FormatGolden.FIXTURES.resolve("real-shaped");

    @Test
    void aWrappedCredentialReportIsAsOfItsOwnGeneratedTime() throws Exception {
        Result r = FormatGolden.assertGolden(new CredentialReportImporter(), DIR.resolve("credential-report-placebo.json"));
        assertThat(r.generatedAt()).as("the placebo datetime object, not the import clock").isEqualTo(Instant.parse("2016-12-01T10:04:31Z"));
        assertThat(r.identities()).extracting(IdentityRecord::nativeId).contains("arn:aws:iam::644160558196:user/deploy-bot");
    }

    @Test
    void aVaultTokenPastItsExpireTimeIsNotActive() throws Exception {
        Result r = FormatGolden.assertGolden(new VaultTokensImporter(), DIR.resolve("vault-token-expired.json"));
        assertThat(r.identities().get(0).credentials().get(0).active()).as("expiry comes before active").isFalse();
    }

    @Test
    void publicGcpMembersAreGrantsOfTheirOwn() throws Exception {
        Result r = FormatGolden.assertGolden(new GcpIamPolicyImporter(), DIR.resolve("gcp-policy-public.json"));
        IdentityRecord anyone = r.identity("allUsers");
        assertThat(anyone.kind()).isEqualTo("public-access");
        assertThat(anyone.attributes()).containsEntry("publicAccess", true);
        assertThat(anyone.grants()).extracting(GrantRecord::privilege).containsExactly("roles/storage.objectViewer");
        assertThat(r.identity("allAuthenticatedUsers").grants()).extracting(GrantRecord::privilege).containsExactly("roles/run.invoker");
        assertThat(r.warnings()).extracting(i -> i.message()).singleElement().asString().contains("1 binding members are people");
    }

    @Test
    void aShortenedDeployKeyIsAWarningOnItsRecordNotARefusedFile() throws Exception {
        Result r = FormatGolden.assertGolden(new GithubDeployKeysImporter(), DIR.resolve("github-deploy-keys-shortened.json"));
        assertThat(r.identities()).hasSize(2);
        assertThat(r.identity("octo-org/site/keys/1").credentials().get(0).nativeId()).isEqualTo("key:1");
        assertThat(r.identity("octo-org/site/keys/2").credentials().get(0).nativeId()).startsWith("sha256:");
        assertThat(r.warnings()).extracting(i -> i.rule(), i -> i.recordNo()).containsExactly(org.assertj.core.groups.Tuple.tuple(
                "malformed-public-key", 1L));
        assertThat(r.refused()).isEmpty();
    }

    @Test
    void anEnvelopeLessVaultListIsDetectedByItsPayload() throws Exception {
        Path file = DIR.resolve("vault-approle-list-no-envelope.json");
        assertThat(StandardImporters.registry().detect(FileSample.of(file)).id()).isEqualTo("vault-approle-roles");
        Result r = FormatGolden.assertGolden(new VaultAppRolesImporter(), file);
        assertThat(r.identities()).extracting(IdentityRecord::nativeId)
                .containsExactly("auth/approle/role/billing-sync", "auth/approle/role/report-exporter");
    }

    @Test
    void aGraphqlNodeIdIsAPublicIdNotASecret() throws Exception {
        Result r = FormatGolden.assertGolden(new GithubInstallationsImporter(), DIR.resolve("github-installations-node-id.json"));
        assertThat(r.refused()).as("node_id values are high-entropy by design").isEmpty();
        assertThat(r.identities()).hasSize(1);
    }

    @Test
    void aRestructuredTextPageIsNotAnInventory() {
        Path file = DIR.resolve("refused/service-accounts.rst");
        assertThatThrownBy(() -> StandardImporters.registry().detect(FileSample.of(file)))
                .isInstanceOf(FormatNotRecognisedException.class).hasMessageContaining("not an inventory");
    }

    @Test
    void kubernetesObjectsWithNullAnnotationsAndLabelsImport() throws Exception {
        Result r = FormatGolden.assertGolden(new KubernetesImporter(), DIR.resolve("k8s-secrets-null-annotations.yaml"));
        assertThat(r.identity("ci/builder").tags()).isEmpty();
        assertThat(r.identity("payments/payments-api").credentials()).extracting(c -> c.kind()).containsExactly("legacy-sa-token");
        assertThat(r.refused()).extracting(i -> i.rule()).containsOnly("k8s-secret-data");
    }

    @Test
    void kubernetesFilesOfOneClusterAreSeriesOfTheirKindsAndIdsAreNamespaceSlashName() throws Exception {
        Result accounts = FormatGolden.assertGolden(new KubernetesImporter(), DIR.resolve("k8s-prod-serviceaccounts.yaml"));
        Result bindings = FormatGolden.run(new KubernetesImporter(), DIR.resolve("k8s-prod-rolebindings.yaml"));
        assertThat(accounts.seriesPart()).isEqualTo("ServiceAccount");
        assertThat(bindings.seriesPart()).isEqualTo("RoleBinding");
        assertThat(accounts.source()).isEqualTo("kubernetes:unnamed");
        assertThat(accounts.warnings()).extracting(i -> i.rule()).contains("cluster-unnamed");
        IdentityRecord api = accounts.identity("payments/payments-api");
        assertThat(api.aliases()).contains("2f6a1c0e-7b3d-4e21-9a55-0c8d1e4f7a10", "system:serviceaccount:payments:payments-api");
        assertThat(bindings.identity("payments/payments-api").grants()).extracting(GrantRecord::privilege).containsExactly("ClusterRole/edit");
    }

    @Test
    void theClusterComesFromTheFileElseTheUsersName() throws Exception {
        Result named = FormatGolden.assertGolden(new KubernetesImporter(), DIR.resolve("k8s-named-cluster.json"));
        assertThat(named.source()).isEqualTo("kubernetes:eu-west-prod");
        assertThat(named.warnings()).isEmpty();
        KubernetesImporter importer = new KubernetesImporter();
        Result given = FormatGolden.run(importer.withSourceName("staging", true), DIR.resolve("k8s-staging-serviceaccounts.yaml"));
        assertThat(given.source()).isEqualTo("kubernetes:staging");
        Result remembered = FormatGolden.run(importer.withSourceName("kubernetes:somewhere", false), DIR.resolve("k8s-named-cluster.json"));
        assertThat(remembered.source()).as("the file's own name wins over a remembered one").isEqualTo("kubernetes:eu-west-prod");
        assertThatThrownBy(() -> importer.normaliseSource("prod|eu")).isInstanceOf(IllegalArgumentException.class);
    }
}
