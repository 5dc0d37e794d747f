package io.steward.importers.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import io.steward.importers.json.JsonRecord;
import io.steward.model.inventory.GrantRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Roles and ClusterRoles in the file (docs/FORMATS-SUPPORTED.md) and what a binding to one of them allows: one grant
 * per rule, read as {@code kubectl describe role} shows it. The privilege is the verbs ({@code get,list,watch},
 * {@code *}); the resource is the resources with their API group ({@code deployments.apps}, {@code secrets} for
 * the core group, {@code *.*}), {@code named …} when the rule lists resourceNames, and the binding's scope
 * ({@code in namespace:payments} / {@code in cluster}); non-resource URLs ({@code /metrics}) are cluster-wide
 * and grant nothing through a RoleBinding, as in Kubernetes.
 */
final class RbacRoles {
    /** A role's rules; {@code aggregated} when it has an aggregationRule (its rules are the controller's to fill in). */
    record Role(List<Rule> rules, boolean aggregated) {
    }

    record Rule(List<String> verbs, List<String> apiGroups, List<String> resources, List<String> resourceNames,
                List<String> nonResourceUrls) {
    }

    private final Map<String, Role> roles = new HashMap<>();

    static String key(String kind, String namespace, String name) {
        return "ClusterRole".equals(kind) ? "ClusterRole/" + name : "Role/" + namespace + "/" + name;
    }

    void add(JsonRecord r, String kind) {
        String name = r.require("metadata.name", "the role's name");
        String ns = r.text("metadata.namespace") != null ? r.text("metadata.namespace") : "default";
        List<Rule> rules = new ArrayList<>();
        List<JsonNode> nodes = r.list("rules");
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode n = nodes.get(i);
            List<String> verbs = strings(n.path("verbs"));
            if (verbs.isEmpty()) {
                throw r.bad("rules[" + i + "].verbs", "is missing or empty; every RBAC rule names the verbs it allows");
            }
            rules.add(new Rule(verbs, strings(n.path("apiGroups")), strings(n.path("resources")), strings(n.path("resourceNames")),
                    strings(n.path("nonResourceURLs"))));
        }
        boolean aggregated = r.at("aggregationRule").isObject();
        roles.put(key(kind, ns, name), new Role(rules, aggregated));
    }

    /** The role bound, or {@code null} when the file does not hold it. */
    Role find(String kind, String namespace, String name) {
        return roles.get(key(kind, namespace, name));
    }

    boolean isEmpty() {
        return roles.isEmpty();
    }

    /** What {@code role} allows when bound with {@code scope} ({@code cluster} or {@code namespace:NS}). */
    static List<GrantRecord> grants(Role role, String scope, String via) {
        List<GrantRecord> out = new ArrayList<>();
        boolean cluster = "cluster".equals(scope);
        for (Rule rule : role.rules()) {
            String verbs = String.join(",", rule.verbs());
            if (!rule.resources().isEmpty()) {
                out.add(new GrantRecord(verbs, resources(rule) + " in " + scope, via, null));
            }
            if (!rule.nonResourceUrls().isEmpty() && cluster) {
                out.add(new GrantRecord(verbs, "non-resource URLs " + String.join(",", rule.nonResourceUrls()), via, null));
            }
        }
        return out;
    }

    /** {@code deployments.apps,statefulsets.apps}, {@code secrets named db-credentials}, {@code *.*}. */
    private static String resources(Rule rule) {
        List<String> groups = rule.apiGroups().isEmpty() ? List.of("") : rule.apiGroups();
        List<String> out = new ArrayList<>();
        for (String group : groups) {
            for (String resource : rule.resources()) {
                out.add(group.isEmpty() ? resource : resource + "." + group);
            }
        }
        String names = rule.resourceNames().isEmpty() ? "" : " named " + String.join(",", rule.resourceNames());
        return String.join(",", out) + names;
    }

    /** The strings of a JSON array as written ({@code ""} is the core API group, so it is kept). */
    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array.isArray()) {
            array.forEach(v -> {
                if (v.isTextual()) {
                    out.add(v.textValue());
                }
            });
        } else if (array.isTextual()) {
            out.add(array.textValue());
        }
        return out;
    }
}
