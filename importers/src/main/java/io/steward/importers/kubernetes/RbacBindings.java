package io.steward.importers.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import io.steward.importers.RecordSink;
import io.steward.importers.json.JsonRecord;
import io.steward.model.inventory.GrantRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * RoleBindings and ClusterRoleBindings (FORMATS.md §4c) as grants of service accounts: ServiceAccount
 * subjects (with or without {@code apiGroup}), Users named {@code system:serviceaccount:<ns>:<name>}, and
 * the groups {@code system:serviceaccounts} / {@code system:serviceaccounts:<ns>} that grant to many
 * accounts at once. Missing or null {@code subjects} grant nothing; a ClusterRoleBinding to a Role is
 * invalid and is reported, not imported.
 */
final class RbacBindings {
    private static final String SA_USER = "system:serviceaccount:";
    private static final String SA_GROUP = "system:serviceaccounts";

    /** A grant to every service account of a namespace ({@code null} = all namespaces). */
    record GroupGrant(String namespace, GrantRecord grant) {
    }

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
        String resource = cluster ? "cluster" : "namespace:" + (bindingNs == null ? "default" : bindingNs);
        String via = kind + "/" + (cluster || bindingNs == null ? "" : bindingNs + "/") + bindingName;
        GrantRecord grant = new GrantRecord(roleKind + "/" + roleName, resource, via, null);
        List<JsonNode> subjects = r.list("subjects");
        for (int i = 0; i < subjects.size(); i++) {
            JsonRecord s = new JsonRecord(r.file(), subjects.get(i), r.recordNo(), r.lineNo());
            String subjectKind = s.text("kind");
            String name = s.text("name");
            if (subjectKind == null || name == null) {
                throw r.bad("subjects[" + i + "]", "needs a kind and a name");
            }
            if ("ServiceAccount".equals(subjectKind)) {
                String ns = s.text("namespace") != null ? s.text("namespace") : bindingNs;
                if (ns == null) {
                    throw r.bad("subjects[" + i + "].namespace", "is missing for a ServiceAccount subject of a cluster-wide binding");
                }
                account.apply(ns, name).grants.add(grant);
            } else if ("User".equals(subjectKind) && name.startsWith(SA_USER)) {
                String[] parts = name.substring(SA_USER.length()).split(":", 2);
                if (parts.length == 2) {
                    account.apply(parts[0], parts[1]).grants.add(grant);
                }
            } else if ("Group".equals(subjectKind) && (name.equals(SA_GROUP) || name.startsWith(SA_GROUP + ":"))) {
                String ns = name.equals(SA_GROUP) ? null : name.substring(SA_GROUP.length() + 1);
                groupGrants.add(new GroupGrant(ns, new GrantRecord(grant.privilege(), grant.resource(),
                        via + " (group " + name + ")", null)));
            }
        }
    }
}
