package io.steward.importers.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.importers.FormatGolden;
import io.steward.importers.FormatGolden.Result;
import io.steward.model.inventory.CredentialRecord;
import io.steward.model.inventory.GrantRecord;
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
        IdentityRecord exporter = r.identity("payments/exporter");
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
        IdentityRecord defaultSa = r.identity("payments/default");
        assertThat(defaultSa.attributes()).containsEntry("uid", null).containsEntry("subKind", "namespace-default");
        IdentityRecord gke = r.identity("shop/inventory-sync");
        assertThat(gke.links().get(0).targetSource()).isEqualTo("gcp:acme-shop-prod");
        assertThat(gke.grants()).extracting(g -> g.privilege() + "@" + g.resource()).containsExactly("ClusterRole/cluster-admin@cluster");
        IdentityRecord runner = r.identity("ci/runner");
        assertThat(runner.attributes()).containsEntry("referencedOnly", true);
        assertThat(r.warnings()).extracting(i -> i.rule()).containsExactlyInAnyOrder("invalid-role-ref", "cluster-unnamed", "role-not-in-file",
                "other-kinds");
        assertThat(r.refused()).extracting(i -> i.field()).contains("data");
    }

    @Test
    void rawTypedListItemsTakeTheirKindFromTheList() throws Exception {
        Result r = FormatGolden.assertGolden(importer, DIR.resolve("raw-serviceaccountlist.json"));
        IdentityRecord api = r.identity("apps/workload-api");
        assertThat(api.links()).containsExactly(new LinkRecord("acts-as-entra-application",
                "entra:72f988bf-86f1-41af-91ab-2d7cd011db47", "6f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0"));
        assertThat(api.ownerHint()).isEqualTo("platform-team");
        assertThat(r.identity("kube-system/coredns").attributes()).containsEntry("subKind", "system-controller");
    }

    @Test
    void yamlListWithNullLabelsGroupSubjectsAndMissingSubjects() throws Exception {
        Result r = FormatGolden.assertGolden(importer, DIR.resolve("kubectl-rbac.yaml"));
        IdentityRecord builder = r.identity("ci/builder");
        assertThat(builder.tags()).isEmpty();
        assertThat(builder.grants()).extracting(g -> g.privilege()).containsExactly("ClusterRole/edit", "ClusterRole/system:discovery");
        assertThat(r.identities()).hasSize(1);
    }

    @Test
    void bindingsCarryTheRulesOfTheRolesInTheFile() throws Exception {
        Result r = FormatGolden.assertGolden(importer, DIR.resolve("kubectl-rbac-rules.yaml"));
        assertThat(r.identity("payments/deployer").grants()).as("a Role of the binding's namespace, listed after it")
                .containsExactly(
                        new GrantRecord("get,list,update,patch", "deployments.apps,deployments.extensions in namespace:payments",
                                "RoleBinding/payments/deployer-can-deploy -> Role/payments-deployer", null),
                        new GrantRecord("get", "secrets named payments-db-credentials,payments-api-key in namespace:payments",
                                "RoleBinding/payments/deployer-can-deploy -> Role/payments-deployer", null));
        assertThat(r.identity("payments/reporter").grants())
                .as("a ClusterRole bound by a RoleBinding applies in the namespace only; a Role not in the file stays a name")
                .containsExactly(
                        new GrantRecord("get,list,watch", "secrets,configmaps in namespace:payments",
                                "RoleBinding/payments/reporter-reads-secrets -> ClusterRole/secret-reader", null),
                        new GrantRecord("Role/legacy-reporter", "namespace:payments", "RoleBinding/payments/reporter-legacy", null));
        assertThat(r.identity("platform/operator").grants()).as("ClusterRoleBinding, wildcards, aggregated, missing")
                .containsExactly(
                        new GrantRecord("*", "*.* in cluster", "ClusterRoleBinding/operator-admin -> ClusterRole/everything", null),
                        new GrantRecord("*", "non-resource URLs *", "ClusterRoleBinding/operator-admin -> ClusterRole/everything", null),
                        new GrantRecord("ClusterRole/view", "cluster", "ClusterRoleBinding/operator-view", null),
                        new GrantRecord("ClusterRole/system:discovery", "cluster", "ClusterRoleBinding/operator-discovery", null));
        assertThat(r.identity("monitoring/prometheus").grants())
                .as("non-resource URLs only through the ClusterRoleBinding (to the account's group); an aggregated role's listed rules")
                .containsExactly(
                        new GrantRecord("get,list", "pods,nodes/metrics in namespace:monitoring",
                                "RoleBinding/monitoring/prometheus-metrics-in-namespace -> ClusterRole/metrics-scraper", null),
                        new GrantRecord("create,update,delete", "prometheusrules.monitoring.coreos.com in namespace:monitoring",
                                "RoleBinding/monitoring/prometheus-alerts -> ClusterRole/monitoring-edit", null),
                        new GrantRecord("get,list", "pods,nodes/metrics in cluster",
                                "ClusterRoleBinding/monitoring-scrape -> ClusterRole/metrics-scraper (group system:serviceaccounts:monitoring)", null),
                        new GrantRecord("get", "non-resource URLs /metrics,/metrics/cadvisor",
                                "ClusterRoleBinding/monitoring-scrape -> ClusterRole/metrics-scraper (group system:serviceaccounts:monitoring)", null));
        assertThat(r.warnings().stream().filter(i -> !i.rule().equals("cluster-unnamed")).toList())
                .extracting(i -> i.rule() + ": " + i.message()).containsExactly(
                "role-not-in-file: 2 bound roles are not in the file (Role/payments/legacy-reporter, ClusterRole/system:discovery); their "
                        + "grants name the role only. Export roles and clusterroles with the bindings (kubectl get serviceaccounts,secrets,"
                        + "roles,rolebindings,clusterroles,clusterrolebindings -A -o yaml) to see what they allow",
                "aggregated-role: ClusterRole view is aggregated (aggregationRule) and the file lists no rules for it; those grants "
                        + "name the role only");
    }

    @Test
    void multiDocumentYamlTokenSecretKeepsMetadataOnly() throws Exception {
        Result r = FormatGolden.assertGolden(importer, DIR.resolve("multi-doc-secret.yaml"));
        CredentialRecord token = r.identity("analytics/reporter").credentials().get(0);
        assertThat(token.active()).as("legacy-token-invalid-since set").isFalse();
        assertThat(token.nativeId()).isEqualTo("analytics/reporter-token");
        assertThat(r.refused()).extracting(i -> i.field()).containsExactly("stringData");
    }
}
