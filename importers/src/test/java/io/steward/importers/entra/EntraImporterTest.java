package io.steward.importers.entra;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.importers.FormatGolden;
import io.steward.importers.FormatGolden.Result;
import io.steward.model.inventory.CredentialRecord;
import io.steward.model.inventory.IdentityRecord;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EntraImporterTest {
    private static final Path DIR = FormatGolden.FIXTURES.resolve("entra");
    private final EntraImporter importer = new EntraImporter();

    @Test
    void azSpListGivesKindsManagedIdentityTypesAndCredentialExpiry() throws Exception {
        Result r = FormatGolden.assertGolden(importer, DIR.resolve("az-sp-list.json"));
        assertThat(r.source()).isEqualTo("entra:3f6d2c1b-0a9e-4d8c-b7a6-5f4e3d2c1b0a");
        IdentityRecord batch = r.identity("11111111-aaaa-4bbb-8ccc-000000000001");
        assertThat(batch.createdAt()).as("7 fractional digits").hasToString("2021-09-09T19:50:29.308638100Z");
        assertThat(batch.ownerHint()).isEqualTo("owner: team-payments");
        assertThat(batch.credentials()).extracting(CredentialRecord::kind).containsExactly("client-secret", "certificate");
        assertThat(batch.credentials().get(0).expiresAt()).hasToString("2025-03-01T00:00:00Z");
        assertThat(r.identity("11111111-aaaa-4bbb-8ccc-000000000002").attributes())
                .as("ARM id first, flag second: matched by shape").containsEntry("managedIdentityType", "user-assigned")
                .containsKey("azureResourceId");
        assertThat(r.identity("11111111-aaaa-4bbb-8ccc-000000000003").attributes()).containsEntry("managedIdentityType", "system-assigned");
        assertThat(r.identity("11111111-aaaa-4bbb-8ccc-000000000003").kind()).isEqualTo("managed-identity");
        assertThat(r.identity("11111111-aaaa-4bbb-8ccc-000000000004").attributes()).containsEntry("microsoftFirstParty", true);
        IdentityRecord vendor = r.identity("11111111-aaaa-4bbb-8ccc-000000000005");
        assertThat(vendor.attributes()).containsEntry("thirdParty", true);
        assertThat(vendor.enabled()).isFalse();
        assertThat(vendor.ownerHint()).isEqualTo("vendor-ops@vendor.example");
    }

    @Test
    void concatenatedGraphPagesAreReadWholeAndAnOpenNextLinkWarns() throws Exception {
        Result pages = FormatGolden.assertGolden(importer, DIR.resolve("graph-sp-pages.json"));
        assertThat(pages.identities()).hasSize(3);
        assertThat(pages.warnings()).isEmpty();
        Result incomplete = FormatGolden.assertGolden(importer, DIR.resolve("graph-sp-page-incomplete.json"));
        assertThat(incomplete.warnings()).extracting(i -> i.rule()).containsExactly("incomplete-page");
    }

    @Test
    void applicationCredentialsJoinTheServicePrincipalOnAppIdAndSecretTextIsRefused() throws Exception {
        Result r = FormatGolden.assertGolden(importer, DIR.resolve("sps-and-apps-secret.json"));
        IdentityRecord batch = r.identity("11111111-aaaa-4bbb-8ccc-000000000001");
        assertThat(batch.credentials()).extracting(CredentialRecord::nativeId).containsExactly(
                "aaaaaaaa-0000-4000-8000-000000000001", "bbbbbbbb-0000-4000-8000-000000000001", "cccccccc-0000-4000-8000-000000000001");
        assertThat(batch.attributes()).containsEntry("applicationObjectId", "33333333-aaaa-4bbb-8ccc-000000000001");
        IdentityRecord orphan = r.identity("33333333-aaaa-4bbb-8ccc-000000000009");
        assertThat(orphan.kind()).isEqualTo("app-registration");
        assertThat(orphan.credentials().get(0).expiresAt()).hasToString("2299-12-31T00:00:00Z");
        assertThat(r.refused()).extracting(i -> i.field())
                .contains("passwordCredentials[0].secretText", "description");
    }

    @Test
    void legacyAadGraphShapeWithPasswordValueRefused() throws Exception {
        Result r = FormatGolden.assertGolden(importer, DIR.resolve("legacy-aad-graph-secret.json"));
        IdentityRecord legacy = r.identity("44444444-aaaa-4bbb-8ccc-000000000001");
        assertThat(legacy.credentials().get(0).expiresAt()).as("space-separated Python timestamp").hasToString("2020-12-18T19:10:08Z");
        assertThat(r.refused()).extracting(i -> i.field()).containsExactly("passwordCredentials[0].value");
    }

    @Test
    void createForRbacOutputKeepsTheAppAndRefusesThePassword() throws Exception {
        Result r = FormatGolden.assertGolden(importer, DIR.resolve("create-for-rbac-secret.json"));
        assertThat(r.identity("66666666-aaaa-4bbb-8ccc-000000000001").kind()).isEqualTo("service-principal");
        assertThat(r.refused()).extracting(i -> i.field()).containsExactly("password");
        assertThat(r.source()).isEqualTo("entra:3f6d2c1b-0a9e-4d8c-b7a6-5f4e3d2c1b0a");
    }

    @Test
    void applicationListAloneGivesRegistrations() throws Exception {
        Result r = FormatGolden.assertGolden(importer, DIR.resolve("az-app-list.json"));
        assertThat(r.identities()).extracting(IdentityRecord::kind).containsExactly("app-registration");
    }
}
