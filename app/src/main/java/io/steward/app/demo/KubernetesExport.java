package io.steward.app.demo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static io.steward.app.demo.DemoFiles.JSON;

/**
 * {@code kubectl get serviceaccounts,secrets,roles,rolebindings,clusterroles,clusterrolebindings -A -o json} of
 * the demo's production cluster (docs/FORMATS-SUPPORTED.md): one {@code kind: List} of mixed kinds. Every team has a
 * namespace with its {@code default} account and its workloads' accounts (Helm labels, owner annotations, some
 * {@code labels: null}); workloads act as the demo's AWS roles (EKS IRSA), GCP service accounts (GKE Workload
 * Identity) and Entra managed identities (Azure Workload Identity), so those links resolve across the demo.
 * Legacy token Secrets carry metadata only (no {@code data}), with the date-only last-used and invalid-since
 * labels. RBAC: team Roles, ClusterRoles with wildcards, non-resource URLs and an aggregation rule, bindings to
 * ServiceAccount, User and Group subjects, a binding without subjects, one to a role that is not in the file,
 * and a ClusterRoleBinding to a namespaced Role (invalid).
 */
final class KubernetesExport implements DemoExport {
    /** The GCP team accounts (by index) that a Kubernetes service account acts as. */
    static final int[] GKE_ACCOUNTS = {1, 4, 9, 17, 22, 30, 41, 58, 63, 77};
    private static final String[] CONTROLLERS = {"attachdetach-controller", "bootstrap-signer", "certificate-controller", "clusterrole-aggregation-controller",
        "coredns", "cronjob-controller", "daemon-set-controller", "deployment-controller", "endpoint-controller", "generic-garbage-collector",
        "horizontal-pod-autoscaler", "job-controller", "kube-proxy", "namespace-controller", "node-controller", "replicaset-controller",
        "service-account-controller", "statefulset-controller", "aws-node", "ebs-csi-controller-sa"};

    private final List<ObjectNode> accounts = new ArrayList<>();
    private final List<ObjectNode> secrets = new ArrayList<>();
    private final List<ObjectNode> rbac = new ArrayList<>();
    /** The demo cluster: its identities' source is kubernetes:prod-eu. */
    public static final String CLUSTER = "prod-eu";

    @Override
    public List<Path> write(Path dir, DemoOrg org) throws IOException {
        KubernetesExport cluster = new KubernetesExport();
        cluster.build(org, new SplittableRandom(DemoLedger.SEED + 4));
        ObjectNode list = JSON.objectNode().put("apiVersion", "v1");
        ArrayNode items = list.putArray("items");
        cluster.accounts.forEach(items::add);
        cluster.secrets.forEach(items::add);
        cluster.rbac.forEach(items::add);
        // the cluster's name as older API servers wrote it on every object; without it the import would ask for --source
        items.forEach(item -> ((ObjectNode) item.path("metadata")).put("clusterName", CLUSTER));
        list.put("kind", "List").putObject("metadata").put("resourceVersion", "");
        return List.of(DemoFiles.writeJson(dir, "kubectl-prod-cluster-rbac.json", list));
    }

    private void build(DemoOrg org, SplittableRandom r) {
        for (String controller : CONTROLLERS) {
            account("kube-system", controller, org.daysAgo(1400), r);
        }
        account("kube-system", "default", org.daysAgo(1400), r);
        rbac.addAll(KubernetesRbac.clusterRoles());
        for (int t = 0; t < DemoOrg.TEAMS.length; t++) {
            String ns = DemoOrg.TEAMS[t];
            account(ns, "default", org.daysAgo(1000 - t * 20), r);
            rbac.addAll(KubernetesRbac.teamRoles(ns, org.daysAgo(900 - t * 10)));
            for (int a = 0; a < 6; a++) {
                String app = DemoOrg.APPS[(t + a * 3) % DemoOrg.APPS.length];
                ObjectNode sa = account(ns, app, org.daysAgo(10 + r.nextInt(900) + r.nextDouble()), r);
                owned(sa, org, t * 6 + a);
                rbac.add(KubernetesRbac.roleBinding(ns, app, a % 3 == 0 ? "Role" : "ClusterRole", a % 3 == 0 ? ns + "-deployer"
                        : a % 3 == 1 ? "view" : "edit", a == 5));
                if ((t * 6 + a) % 4 == 1) {
                    int teamRoles = AuthorizationDetailsExport.roleCount(org) / DemoOrg.TEAMS.length;
                    annotate(sa, "eks.amazonaws.com/role-arn", AuthorizationDetailsExport.roleArn(org, t + DemoOrg.TEAMS.length * (a % teamRoles)));
                }
                if ((t * 6 + a) % 9 == 2) {
                    legacyToken(org, sa, r);
                }
            }
        }
        for (int i : GKE_ACCOUNTS) {
            String[] workload = GcpExport.workload(i);
            ObjectNode sa = account(workload[0], workload[1] + "-gke", org.daysAgo(20 + r.nextInt(500) + r.nextDouble()), r);
            annotate(sa, "iam.gke.io/gcp-service-account", GcpExport.email(i));
            owned(sa, org, 500 + i);
        }
        for (int i = 0; i < EntraExport.MANAGED_IDENTITIES; i += 3) {
            ObjectNode sa = account(DemoOrg.TEAMS[i % DemoOrg.TEAMS.length], "azure-sync-" + i, org.daysAgo(30 + i), r);
            sa.withObject("/metadata").withObject("/labels").put("azure.workload.identity/use", "true");
            annotate(sa, "azure.workload.identity/client-id", EntraExport.managedIdentityClientId(i));
            annotate(sa, "azure.workload.identity/tenant-id", EntraExport.TENANT);
        }
        quirks(org, r);
    }

    /** The odd ones docs/FORMATS-SUPPORTED.md lists: no uid, null labels, cluster-wide bindings, odd subjects. */
    private void quirks(DemoOrg org, SplittableRandom r) {
        ObjectNode builder = account("ci", "builder", org.daysAgo(700), r);
        builder.withObject("/metadata").remove("uid");
        builder.withObject("/metadata").putNull("labels");
        builder.withObject("/metadata").putNull("annotations");
        legacyToken(org, builder, r);
        account("ci", "default", org.daysAgo(700), r);
        account("monitoring", "default", org.daysAgo(800), r);
        ObjectNode prometheus = account("monitoring", "prometheus", org.daysAgo(800), r);
        prometheus.withObject("/metadata").withObject("/labels").put("app.kubernetes.io/managed-by", "Helm");
        annotate(prometheus, "meta.helm.sh/release-name", "kube-prometheus-stack");
        rbac.addAll(KubernetesRbac.clusterBindings(org.daysAgo(650)));
        ObjectNode opaque = secret("ci", "registry-mirror", org.daysAgo(300), r);
        opaque.put("type", "Opaque");
        secrets.add(opaque);
    }

    private ObjectNode account(String ns, String name, Instant created, SplittableRandom r) {
        ObjectNode sa = JSON.objectNode().put("apiVersion", "v1").put("kind", "ServiceAccount");
        sa.putObject("metadata").put("creationTimestamp", created.toString()).put("name", name).put("namespace", ns)
                .put("resourceVersion", Integer.toString(1000 + r.nextInt(900_000))).put("uid", DemoFiles.guid(r.nextLong()));
        if (ns.startsWith("kube-") && name.endsWith("-controller")) {
            sa.put("automountServiceAccountToken", false);
        }
        accounts.add(sa);
        return sa;
    }

    /** The owner: an e-mail annotation, a team label, the Helm release, or nothing. */
    private static void owned(ObjectNode sa, DemoOrg org, int n) {
        ObjectNode labels = sa.withObject("/metadata").withObject("/labels");
        String ns = sa.path("metadata").path("namespace").asText();
        labels.put("app.kubernetes.io/name", sa.path("metadata").path("name").asText());
        DemoOrg.Person owner = org.owner("kubernetes", n);
        if (owner == null) {
            return;
        }
        switch (n % 3) {
            case 0 -> annotate(sa, "acme.example/owner", owner.email());
            case 1 -> labels.put("team", ns);
            default -> {
                labels.put("app.kubernetes.io/managed-by", "Helm").put("helm.sh/chart", sa.path("metadata").path("name").asText() + "-1.4.2");
                annotate(sa, "meta.helm.sh/release-name", ns + "-" + sa.path("metadata").path("name").asText());
            }
        }
    }

    private static void annotate(ObjectNode sa, String key, String value) {
        sa.withObject("/metadata").withObject("/annotations").put(key, value);
    }

    /** A pre-1.24 token Secret of {@code sa}: metadata only, with the last-used label (date only) when it was used since 1.26. */
    private void legacyToken(DemoOrg org, ObjectNode sa, SplittableRandom r) {
        ObjectNode meta = (ObjectNode) sa.path("metadata");
        String name = meta.path("name").asText();
        Instant created = Instant.parse(meta.path("creationTimestamp").asText()).plusSeconds(5 + r.nextInt(600));
        ObjectNode secret = secret(meta.path("namespace").asText(), name + "-token-" + DemoFiles.hex(r, 5), created, r);
        secret.put("type", "kubernetes.io/service-account-token");
        ObjectNode annotations = secret.withObject("/metadata").putObject("annotations").put("kubernetes.io/service-account.name", name);
        if (meta.has("uid")) {
            annotations.put("kubernetes.io/service-account.uid", meta.path("uid").asText());
        }
        int shape = secrets.size() % 4;
        if (shape != 3) {
            ObjectNode labels = secret.withObject("/metadata").putObject("labels");
            Instant used = org.daysAgo(shape == 0 ? 1 + r.nextInt(10) : 100 + r.nextInt(300));
            labels.put("kubernetes.io/legacy-token-last-used", DemoFiles.day(used.isBefore(created) ? created : used));
            if (shape == 2) {
                labels.put("kubernetes.io/legacy-token-invalid-since", DemoFiles.day(org.daysAgo(30)));
            }
        }
        secrets.add(secret);
        ((ArrayNode) sa.withArray("secrets")).addObject().put("name", secret.path("metadata").path("name").asText());
    }

    private static ObjectNode secret(String ns, String name, Instant created, SplittableRandom r) {
        ObjectNode secret = JSON.objectNode().put("apiVersion", "v1").put("kind", "Secret");
        secret.putObject("metadata").put("creationTimestamp", created.toString()).put("name", name).put("namespace", ns)
                .put("uid", DemoFiles.guid(r.nextLong()));
        return secret;
    }
}
