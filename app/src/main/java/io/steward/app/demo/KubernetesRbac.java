package io.steward.app.demo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;

import static io.steward.app.demo.DemoFiles.JSON;

/**
 * The RBAC objects of the demo cluster ({@link KubernetesExport}): the built-in ClusterRoles as
 * {@code kubectl get clusterroles -o json} shows them ({@code cluster-admin} with wildcards, {@code view} and
 * {@code edit} aggregated), the company's own, each team's Roles, and bindings with every subject shape.
 */
final class KubernetesRbac {
    private static final String RBAC = "rbac.authorization.k8s.io/v1";
    private static final String GROUP = "rbac.authorization.k8s.io";

    private KubernetesRbac() {
    }

    static List<ObjectNode> clusterRoles() {
        ObjectNode admin = role("ClusterRole", null, "cluster-admin");
        rule(admin, new String[] {"*"}, new String[] {"*"}, new String[] {"*"});
        admin.withArray("rules").addObject().<ObjectNode>set("nonResourceURLs", strings("*")).set("verbs", strings("*"));
        ObjectNode secretReader = role("ClusterRole", null, "secret-reader");
        rule(secretReader, new String[] {""}, new String[] {"secrets"}, new String[] {"get", "list", "watch"});
        ObjectNode scraper = role("ClusterRole", null, "metrics-scraper");
        rule(scraper, new String[] {""}, new String[] {"nodes", "nodes/metrics", "services", "endpoints", "pods"}, new String[] {"get", "list", "watch"});
        scraper.withArray("rules").addObject().<ObjectNode>set("nonResourceURLs", strings("/metrics", "/metrics/cadvisor"))
                .set("verbs", strings("get"));
        return List.of(admin, aggregated("view", "aggregate-to-view"), aggregated("edit", "aggregate-to-edit"), secretReader, scraper);
    }

    /** Each team namespace's deployer Role: a few resources, one narrowed by resourceNames. */
    static List<ObjectNode> teamRoles(String ns, Instant created) {
        ObjectNode deployer = role("Role", ns, ns + "-deployer");
        deployer.withObject("/metadata").put("creationTimestamp", created.toString());
        rule(deployer, new String[] {"apps"}, new String[] {"deployments", "statefulsets"}, new String[] {"get", "list", "watch", "update", "patch"});
        rule(deployer, new String[] {""}, new String[] {"configmaps", "services"}, new String[] {"*"});
        rule(deployer, new String[] {""}, new String[] {"secrets"}, new String[] {"get"})
                .set("resourceNames", strings(ns + "-db-credentials"));
        return List.of(deployer);
    }

    /** A RoleBinding of one account to a Role of its namespace or a ClusterRole (scoped to the namespace). */
    static ObjectNode roleBinding(String ns, String account, String roleKind, String roleName, boolean asUser) {
        ObjectNode b = binding("RoleBinding", ns, account + "-" + roleName, roleKind, roleName);
        ObjectNode subject = b.withArray("subjects").addObject();
        if (asUser) {
            subject.put("apiGroup", GROUP).put("kind", "User").put("name", "system:serviceaccount:" + ns + ":" + account);
        } else {
            subject.put("kind", "ServiceAccount").put("name", account).put("namespace", ns);
        }
        return b;
    }

    /** The cluster-wide bindings and the odd ones: a group of accounts, no subjects, a missing role, an invalid roleRef. */
    static List<ObjectNode> clusterBindings(Instant created) {
        ObjectNode builder = binding("ClusterRoleBinding", null, "ci-builder-admin", "ClusterRole", "cluster-admin");
        builder.withArray("subjects").addObject().put("apiGroup", GROUP).put("kind", "ServiceAccount").put("name", "builder").put("namespace", "ci");
        builder.withObject("/metadata").put("creationTimestamp", created.toString());
        ObjectNode scrape = binding("ClusterRoleBinding", null, "monitoring-scrape", "ClusterRole", "metrics-scraper");
        scrape.withArray("subjects").addObject().put("apiGroup", GROUP).put("kind", "Group").put("name", "system:serviceaccounts:monitoring");
        ObjectNode secrets = binding("ClusterRoleBinding", null, "payments-read-secrets", "ClusterRole", "secret-reader");
        secrets.withArray("subjects").addObject().put("kind", "ServiceAccount").put("name", "default").put("namespace", "payments");
        ObjectNode empty = binding("RoleBinding", "ci", "no-subjects", "Role", "ci-deployer");
        empty.putNull("subjects");
        ObjectNode missing = binding("RoleBinding", "ledger", "legacy-operator", "Role", "legacy-operator");
        missing.withArray("subjects").addObject().put("kind", "ServiceAccount").put("name", "default").put("namespace", "ledger");
        ObjectNode invalid = binding("ClusterRoleBinding", null, "misapplied-deployer", "Role", "search-deployer");
        invalid.withArray("subjects").addObject().put("kind", "ServiceAccount").put("name", "default").put("namespace", "search");
        return List.of(builder, scrape, secrets, empty, missing, invalid);
    }

    private static ObjectNode role(String kind, String ns, String name) {
        ObjectNode role = JSON.objectNode().put("apiVersion", RBAC).put("kind", kind);
        ObjectNode meta = role.putObject("metadata").put("name", name);
        if (ns != null) {
            meta.put("namespace", ns);
        }
        role.putArray("rules");
        return role;
    }

    private static ObjectNode rule(ObjectNode role, String[] apiGroups, String[] resources, String[] verbs) {
        ObjectNode rule = role.withArray("rules").addObject();
        rule.set("apiGroups", strings(apiGroups));
        rule.set("resources", strings(resources));
        rule.set("verbs", strings(verbs));
        return rule;
    }

    /** A built-in aggregated ClusterRole: its rules are filled in by the aggregation controller. */
    private static ObjectNode aggregated(String name, String label) {
        ObjectNode role = role("ClusterRole", null, name);
        role.withObject("/metadata").putObject("labels").put("kubernetes.io/bootstrapping", "rbac-defaults");
        role.putObject("aggregationRule").putArray("clusterRoleSelectors").addObject().putObject("matchLabels")
                .put("rbac.authorization.k8s.io/" + label, "true");
        return role;
    }

    private static ObjectNode binding(String kind, String ns, String name, String roleKind, String roleName) {
        ObjectNode b = JSON.objectNode().put("apiVersion", RBAC).put("kind", kind);
        ObjectNode meta = b.putObject("metadata").put("name", name);
        if (ns != null) {
            meta.put("namespace", ns);
        }
        b.putObject("roleRef").put("apiGroup", GROUP).put("kind", roleKind).put("name", roleName);
        b.putArray("subjects");
        return b;
    }

    private static ArrayNode strings(String... values) {
        ArrayNode a = JSON.arrayNode();
        for (String v : values) {
            a.add(v);
        }
        return a;
    }
}
