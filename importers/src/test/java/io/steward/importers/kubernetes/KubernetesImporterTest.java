package io.steward.importers.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.importers.FormatGolden;
import io.steward.importers.FormatGolden.Result;
import io.steward.model.inventory.CredentialRecord;
import io.steward.model.inventory.IdentityRecord;
import io.steward.model.inventory.LinkRecord;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class KubernetesImporterTest {
    private static final Path DIR = FormatGolden.FIXTURES.resolve("kubernetes");
    private final KubernetesImporter importer = new KubernetesImporter();

    @Test
    void mixedKubectlListGivesAccountsTokensGrantsAndCloudLinks() throws Exception {
        Result r = FormatGolden.assertGolden(importer, DIR.resolve("kubectl-mixed-list.json"));
        IdentityRecord exporter = r.identity("0b3c7f4e-6d2a-4c1b-9e8f-1a2b3c4d5e6f");
        assertThat(exporter.links()).containsExactly(new LinkRecord("assumes-aws-role", "aws:123456789012",
                "arn:aws:iam::123456789012:role/payments-exporter"));
        assertThat(exporter.ownerHint()).isEqualTo("payments");
        CredentialRecord token = exporter.credentials().get(0);
        assertThat(token.kind()).isEqualTo("legacy-sa-token");
        assertThat(token.lastUsedAt()).as("legacy-token-last-used is a date only").hasToString("2024-03-18T00:00:00Z");
        assertThat(token.expiresAt()).isNull();
        assertThat(exporter.grants()).extracting(g -> g.privilege())
                .as("direct binding, then the namespace's group binding; never the invalid CRB->Role")
                .containsExactly("ClusterRole/secret-reader", "ClusterRole/view");
        IdentityRecord defaultSa = r.identity("system:serviceaccount:payments:default");
        assertThat(defaultSa.attributes()).containsEntry("idFallback", "canonical-name").containsEntry("subKind", "namespace-default");
        IdentityRecord gke = r.identity("7e6d5c4b-3a29-4817-8f6e-5d4c3b2a1908");
        assertThat(gke.links().get(0).targetSource()).isEqualTo("gcp:acme-shop-prod");
        assertThat(gke.grants()).extracting(g -> g.privilege() + "@" + g.resource()).containsExactly("ClusterRole/cluster-admin@cluster");
        IdentityRecord runner = r.identity("system:serviceaccount:ci:runner");
        assertThat(runner.attributes()).containsEntry("referencedOnly", true);
        assertThat(r.warnings()).extracting(i -> i.rule()).containsExactlyInAnyOrder("invalid-role-ref", "other-kinds");
        assertThat(r.refused()).extracting(i -> i.field()).contains("data");
    }

    @Test
    void rawTypedListItemsTakeTheirKindFromTheList() throws Exception {
        Result r = FormatGolden.assertGolden(importer, DIR.resolve("raw-serviceaccountlist.json"));
        IdentityRecord api = r.identity("4c3b2a19-087e-46d5-c4b3-a29182736455");
        assertThat(api.links()).containsExactly(new LinkRecord("acts-as-entra-application",
                "entra:72f988bf-86f1-41af-91ab-2d7cd011db47", "6f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0"));
        assertThat(api.ownerHint()).isEqualTo("platform-team");
        assertThat(r.identity("3b2a1908-7e6d-45c4-b3a2-918273645546").attributes()).containsEntry("subKind", "system-controller");
    }

    @Test
    void yamlListWithNullLabelsGroupSubjectsAndMissingSubjects() throws Exception {
        Result r = FormatGolden.assertGolden(importer, DIR.resolve("kubectl-rbac.yaml"));
        IdentityRecord builder = r.identity("8d7c6b5a-4938-4271-a605-f4e3d2c1b0a9");
        assertThat(builder.tags()).isEmpty();
        assertThat(builder.grants()).extracting(g -> g.privilege()).containsExactly("ClusterRole/edit", "ClusterRole/system:discovery");
        assertThat(r.identities()).hasSize(1);
    }

    @Test
    void multiDocumentYamlTokenSecretKeepsMetadataOnly() throws Exception {
        Result r = FormatGolden.assertGolden(importer, DIR.resolve("multi-doc-secret.yaml"));
        CredentialRecord token = r.identity("1f2e3d4c-5b6a-4798-8a9b-0c1d2e3f4a5b").credentials().get(0);
        assertThat(token.active()).as("legacy-token-invalid-since set").isFalse();
        assertThat(token.nativeId()).isEqualTo("analytics/reporter-token");
        assertThat(r.refused()).extracting(i -> i.field()).containsExactly("stringData");
    }
}
