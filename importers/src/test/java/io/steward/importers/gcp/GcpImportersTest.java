package io.steward.importers.gcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.importers.spi.BadInputException;
import io.steward.importers.FormatGolden;
import io.steward.importers.FormatGolden.Result;
import io.steward.model.inventory.IdentityRecord;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class GcpImportersTest {
    private static final Path DIR = FormatGolden.FIXTURES.resolve("gcp");

    @Test
    void gcloudListGivesAccountsWithSubKindsAndDisabledOnlyWhenPresent() throws Exception {
        Result r = FormatGolden.assertGolden(new GcpServiceAccountsImporter(), DIR.resolve("service-accounts/gcloud-list.json"));
        assertThat(r.source()).isEqualTo("gcp:acme-payments-prod");
        IdentityRecord exporter = r.identity("104897362518394723011");
        assertThat(exporter.enabled()).as("disabled is omitted when false").isTrue();
        assertThat(exporter.ownerHint()).contains("team-payments");
        assertThat(r.identity("110293847561029384756").enabled()).isFalse();
        assertThat(r.identity("110293847561029384756").attributes()).containsEntry("oauth2ClientId",
                "legacy-batch-client.apps.googleusercontent.com");
        assertThat(r.identity("117263541892736451290").attributes()).containsEntry("subKind", "google-managed-default");
        assertThat(r.identity("108812736450918273645").attributes()).containsEntry("subKind", "google-managed-default");
        assertThat(r.identity("110293847561029384756").name()).as("no displayName: the e-mail")
                .isEqualTo("legacy-batch@acme-payments-prod.iam.gserviceaccount.com");
    }

    @Test
    void restPageWithNextPageTokenWarnsThatTheListIsIncomplete() throws Exception {
        Result r = FormatGolden.assertGolden(new GcpServiceAccountsImporter(), DIR.resolve("service-accounts/rest-accounts-page.json"));
        assertThat(r.identity("101112131415161718192").attributes()).containsEntry("subKind", "service-agent");
        assertThat(r.warnings()).extracting(i -> i.rule()).containsExactly("incomplete-page");
    }

    @Test
    void keysKeepTheValidityWindowAndNeverExpiresIsNoExpiry() throws Exception {
        Result r = FormatGolden.assertGolden(new GcpServiceAccountKeysImporter(), DIR.resolve("keys/gcloud-keys-list.json"));
        IdentityRecord userKey = r.identities().get(0);
        assertThat(userKey.credentials().get(0).expiresAt()).as("9999-12-31 means never").isNull();
        assertThat(userKey.credentials().get(0).kind()).isEqualTo("user-managed-key");
        assertThat(userKey.links().get(0).targetNativeId()).isEqualTo("settlement-exporter@acme-payments-prod.iam.gserviceaccount.com");
        IdentityRecord systemKey = r.identities().get(1);
        assertThat(systemKey.credentials().get(0).kind()).isEqualTo("google-managed-key");
        assertThat(systemKey.credentials().get(0).expiresAt()).hasToString("2026-05-03T02:10:00Z");
        IdentityRecord exposed = r.identities().get(2);
        assertThat(exposed.enabled()).isFalse();
        assertThat(exposed.attributes()).containsEntry("disableReason", "SERVICE_ACCOUNT_KEY_DISABLE_REASON_EXPOSED");
    }

    @Test
    void restKeysWithWildcardProjectTakeTheProjectFromTheEmail() throws Exception {
        Result r = FormatGolden.assertGolden(new GcpServiceAccountKeysImporter(), DIR.resolve("keys/rest-keys.json"));
        assertThat(r.source()).isEqualTo("gcp:acme-data-dev");
    }

    @Test
    void keyCreateResponseAndKeyFileKeepMetadataAndRefuseThePrivateKey() throws Exception {
        Result create = FormatGolden.assertGolden(new GcpServiceAccountKeysImporter(), DIR.resolve("keys/create-response-secret.json"));
        assertThat(create.refused()).extracting(i -> i.field()).contains("privateKeyData");
        assertThat(create.identities()).hasSize(1);
        Result file = FormatGolden.assertGolden(new GcpServiceAccountKeysImporter(), DIR.resolve("keys/key-file-secret.json"));
        assertThat(file.refused()).extracting(i -> i.field()).contains("private_key");
        assertThat(file.identities().get(0).credentials().get(0).nativeId()).isEqualTo("3f1c2b9a8e7d6c5b4a3928171605f4e3d2c1b0a9");
    }

    @Test
    void policyBindingsBecomeGrantsWithConditionsDeletedAndFederatedMembers() throws Exception {
        Result r = FormatGolden.assertGolden(new GcpIamPolicyImporter(), DIR.resolve("policy/project-policy.json"));
        IdentityRecord deployer = r.identity("serviceAccount:ci-deployer@acme-payments-prod.iam.gserviceaccount.com");
        assertThat(deployer.grants()).extracting(g -> g.privilege()).containsExactly("roles/owner", "roles/storage.objectAdmin");
        assertThat(deployer.grants().get(1).condition()).startsWith("exports-bucket-only: resource.name.startsWith(");
        IdentityRecord deleted = r.identity(
                "deleted:serviceAccount:old-reporting@acme-payments-prod.iam.gserviceaccount.com?uid=112233445566778899001");
        assertThat(deleted.attributes()).containsEntry("orphanedGrants", true).containsEntry("uniqueId", "112233445566778899001");
        assertThat(r.identities()).filteredOn(i -> i.kind().equals("workload")).hasSize(2);
        assertThat(r.warnings()).extracting(i -> i.rule()).containsExactly("not-imported-people");
    }

    @Test
    void policyInGcloudsDefaultYamlReadsTheSame() throws Exception {
        Result r = FormatGolden.assertGolden(new GcpIamPolicyImporter(), DIR.resolve("policy/project-policy.yaml"));
        assertThat(r.identity("serviceAccount:ci-deployer@acme-payments-prod.iam.gserviceaccount.com").grants())
                .extracting(g -> g.privilege()).containsExactly("roles/owner");
    }

    @Test
    void caiLegacyStyleJoinsProjectPolicyGrantsOntoTheAccount() throws Exception {
        Result r = FormatGolden.assertGolden(new GcpAssetInventoryImporter(), DIR.resolve("cai/assets-legacy.json"));
        IdentityRecord api = r.identity("115599887766554433221");
        assertThat(api.grants()).extracting(g -> g.privilege(), g -> g.resource())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("roles/editor",
                        "//cloudresourcemanager.googleapis.com/projects/998877665544"));
        assertThat(r.identities()).hasSize(1);
    }

    @Test
    void caiCamelCaseReadsAccountsKeysAndResourcePolicies() throws Exception {
        Result r = FormatGolden.assertGolden(new GcpAssetInventoryImporter(), DIR.resolve("cai/assets-camel.json"));
        assertThat(r.identity("121212343434565656787").enabled()).isFalse();
        assertThat(r.identities()).extracting(IdentityRecord::kind)
                .containsExactly("service-account", "service-account-key", "service-account", "workload");
    }

    @Test
    void caiSearchCsvWithEmptyCreateTimeAndJsonLabels() throws Exception {
        Result r = FormatGolden.assertGolden(new GcpAssetCsvImporter(), DIR.resolve("cai/search-all-resources.csv"));
        IdentityRecord sync = r.identity("121212343434565656787");
        assertThat(sync.createdAt()).isNull();
        assertThat(sync.enabled()).isFalse();
        assertThat(sync.tags()).containsEntry("team", "shop-backend");
        assertThat(r.warnings()).extracting(i -> i.rule()).containsExactly("other-asset-types");
    }

    @Test
    void invalidDocsJsonIsRefusedWithLineAndReason() {
        assertThatThrownBy(() -> FormatGolden.run(new GcpIamPolicyImporter(), DIR.resolve("refused/policy-docs-trailing-comma.json")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("line 10").hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> FormatGolden.run(new GcpServiceAccountKeysImporter(), DIR.resolve("refused/keys-docs-example.json")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("not valid JSON");
    }
}
