package io.steward.importers.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import io.steward.importers.spi.RecordSink;
import io.steward.importers.json.JsonRecord;
import io.steward.model.inventory.GrantRecord;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * RoleBindings and ClusterRoleBindings (docs/FORMATS-SUPPORTED.md) as grants of service accounts: ServiceAccount
 * subjects (with or without {@code apiGroup}), Users named {@code system:serviceaccount:<ns>:<name>}, and
 * the groups {@code system:serviceaccounts} / {@code system:serviceaccounts:<ns>} that grant to many
 * accounts at once. Missing or null {@code subjects} grant nothing; a ClusterRoleBinding to a Role is
 * invalid and is reported, not imported. Roles may come after the bindings in the file, so bindings are
 * resolved at the end ({@link #resolve}): to the rules of the bound role when the file holds it
 * ({@link RbacRoles}), else to a grant naming the role, with one warning for the file.
 */
final class RbacBindings {
    private static final String SA_USER = "system:serviceaccount:";
    private static final String SA_GROUP = "system:serviceaccounts";
    private static final int NAMES_IN_WARNING = 5;

    /** Grants to every service account of a namespace ({@code null} = all namespaces). */
    record GroupGrant(String namespace, List<GrantRecord> grants) {
    }

    /** A binding as read: the role it names, where it applies, and who it names. */
    private record Binding(String roleKind, String roleName, String roleNamespace, String scope, String via,
                           List<ServiceAccountState> accounts, List<String> groups) {
    }

    private final List<Binding> bindings = new ArrayList<>();
    private final List<GroupGrant> groupGrants = new ArrayList<>();

    List<GroupGrant> groupGrants() {
        return groupGrants;
    }

    void add(JsonRecord r, String kind, RecordSink sink, BiFunction<String, String, ServiceAccountState> account) {
        boolean cluster = "ClusterRoleBinding".equals(kind);
        String bindingNs = r.text("metadata.namespace");
        String bindingName = r.require("metadata.name", "the binding's name");
        String roleKind = r.require("roleRef.kind", "the kind of role bound (Role or ClusterRole)");
        String roleName = r.require("roleRef.name", "the name of the role bound");
        if (cluster && "Role".equals(roleKind)) {
            sink.warning(r.recordNo(), r.lineNo(), "roleRef.kind", "invalid-role-ref", "ClusterRoleBinding " + bindingName
                    + " refers to a namespaced Role, which Kubernetes does not allow; the binding grants nothing and was not imported");
            return;
        }
        String ns = bindingNs == null ? "default" : bindingNs;
        String via = kind + "/" + (cluster || bindingNs == null ? "" : bindingNs + "/") + bindingName;
        Binding binding = new Binding(roleKind, roleName, ns, cluster ? "cluster" : "namespace:" + ns, via, new ArrayList<>(),
                new ArrayList<>());
        List<JsonNode> subjects = r.list("subjects");
        for (int i = 0; i < subjects.size(); i++) {
            JsonRecord s = new JsonRecord(r.file(), subjects.get(i), r.recordNo(), r.lineNo());
            String subjectKind = s.text("kind");
            String name = s.text("name");
            if (subjectKind == null || name == null) {
                throw r.bad("subjects[" + i + "]", "needs a kind and a name");
            }
            if ("ServiceAccount".equals(subjectKind)) {
                String subjectNs = s.text("namespace") != null ? s.text("namespace") : bindingNs;
                if (subjectNs == null) {
                    throw r.bad("subjects[" + i + "].namespace", "is missing for a ServiceAccount subject of a cluster-wide binding");
                }
                binding.accounts().add(account.apply(subjectNs, name));
            } else if ("User".equals(subjectKind) && name.startsWith(SA_USER)) {
                String[] parts = name.substring(SA_USER.length()).split(":", 2);
                if (parts.length == 2) {
                    binding.accounts().add(account.apply(parts[0], parts[1]));
                }
            } else if ("Group".equals(subjectKind) && (name.equals(SA_GROUP) || name.startsWith(SA_GROUP + ":"))) {
                binding.groups().add(name);
            }
        }
        bindings.add(binding);
    }

    /** Turns every binding into grants, with the rules of the bound role when {@code roles} holds it. */
    void resolve(RbacRoles roles, RecordSink sink) {
        Set<String> missing = new LinkedHashSet<>();
        Set<String> aggregated = new LinkedHashSet<>();
        for (Binding b : bindings) {
            RbacRoles.Role role = roles.find(b.roleKind(), b.roleNamespace(), b.roleName());
            String roleLabel = b.roleKind() + "/" + b.roleName();
            if (b.accounts().isEmpty() && b.groups().isEmpty()) {
                continue; // grants nothing to a service account: whether its role is in the file does not matter
            }
            if (role == null) {
                missing.add(RbacRoles.key(b.roleKind(), b.roleNamespace(), b.roleName()));
            } else if (role.rules().isEmpty() && role.aggregated()) {
                aggregated.add(b.roleName());
            }
            for (ServiceAccountState s : b.accounts()) {
                s.grants.addAll(grants(role, roleLabel, b.scope(), b.via(), ""));
            }
            for (String group : b.groups()) {
                String ns = group.equals(SA_GROUP) ? null : group.substring(SA_GROUP.length() + 1);
                groupGrants.add(new GroupGrant(ns, grants(role, roleLabel, b.scope(), b.via(), " (group " + group + ")")));
            }
        }
        if (!missing.isEmpty()) {
            sink.warning(0, 0, "roleRef", "role-not-in-file", (missing.size() == 1 ? "1 bound role is" : missing.size() + " bound roles are")
                    + " not in the file ("
                    + names(missing) + "); their grants name the role only. Export roles and clusterroles with the bindings "
                    + "(kubectl get serviceaccounts,secrets,roles,rolebindings,clusterroles,clusterrolebindings -A -o yaml) to see what they allow");
        }
        if (!aggregated.isEmpty()) {
            sink.warning(0, 0, "aggregationRule", "aggregated-role", (aggregated.size() == 1 ? "ClusterRole " + names(aggregated) + " is"
                    : "ClusterRoles " + names(aggregated) + " are") + " aggregated (aggregationRule) and the file lists no rules for "
                    + (aggregated.size() == 1 ? "it" : "them") + "; those grants name the role only");
        }
    }

    /**
     * The rules of the role as grants; the role's name when it is not in the file or lists no rules (an
     * aggregated ClusterRole), or when its rules grant nothing in this scope (non-resource URLs through a RoleBinding).
     */
    private static List<GrantRecord> grants(RbacRoles.Role role, String roleLabel, String scope, String via, String group) {
        if (role != null) {
            List<GrantRecord> resolved = RbacRoles.grants(role, scope, via + " -> " + roleLabel + group);
            if (!resolved.isEmpty()) {
                return resolved;
            }
        }
        return List.of(new GrantRecord(roleLabel, scope, via + group, null));
    }

    private static String names(Set<String> names) {
        return String.join(", ", names.stream().limit(NAMES_IN_WARNING).toList()) + (names.size() > NAMES_IN_WARNING
                ? " and " + (names.size() - NAMES_IN_WARNING) + " more" : "");
    }
}
