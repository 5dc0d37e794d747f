package io.steward.importers.gcp;

import com.fasterxml.jackson.databind.JsonNode;
import io.steward.importers.RecordSink;
import io.steward.importers.json.JsonRecord;
import io.steward.model.inventory.GrantRecord;
import io.steward.model.inventory.IdentityRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * IAM policy bindings (FORMATS.md §2c) gathered per non-human member: {@code serviceAccount:},
 * {@code deleted:serviceAccount:} (an orphaned grant), and workload-identity federation
 * {@code principal://} / {@code principalSet://} (an NHI with no key). People, groups, domains and
 * {@code allUsers} are not NHIs: they are counted and reported once, not imported.
 */
final class GcpPolicyGrants {
    private static final String SA = "serviceAccount:";
    private static final String DELETED_SA = "deleted:serviceAccount:";

    private final Map<String, Member> members = new LinkedHashMap<>();
    private long skippedPeople;
    private long bindings;

    private static final class Member {
        final String member;
        final long recordNo;
        final long lineNo;
        final List<GrantRecord> grants = new ArrayList<>();

        Member(String member, long recordNo, long lineNo) {
            this.member = member;
            this.recordNo = recordNo;
            this.lineNo = lineNo;
        }
    }

    /** One binding object {role, members[], condition?} found in record {@code r} at {@code field}. */
    void addBinding(JsonRecord r, JsonNode binding, String field, String resource) {
        JsonRecord b = new JsonRecord(r.file(), binding, r.recordNo(), r.lineNo());
        String role = b.text("role");
        if (role == null) {
            throw r.bad(field + ".role", "is missing; every policy binding names a role");
        }
        bindings++;
        String condition = condition(b);
        for (String member : b.texts("members")) {
            if (!isNonHuman(member)) {
                skippedPeople++;
                continue;
            }
            members.computeIfAbsent(member, m -> new Member(m, r.recordNo(), r.lineNo()))
                    .grants.add(new GrantRecord(role, resource, "policy-binding", condition));
        }
    }

    /** Every binding of a policy object ({bindings:[…]}) at {@code path} of the record. */
    void addPolicy(JsonRecord r, String path, String resource) {
        List<JsonNode> list = r.list(path + ".bindings");
        for (int i = 0; i < list.size(); i++) {
            addBinding(r, list.get(i), path + ".bindings[" + i + "]", resource);
        }
    }

    private static String condition(JsonRecord b) {
        String expression = b.text("condition.expression");
        if (expression == null) {
            return null;
        }
        String title = b.text("condition.title");
        return title == null ? expression : title + ": " + expression;
    }

    static boolean isNonHuman(String member) {
        return member.startsWith(SA) || member.startsWith(DELETED_SA) || member.startsWith("principal://")
                || member.startsWith("principalSet://");
    }

    /** Takes the grants held by {@code serviceAccount:<email>} (they then belong to that account's identity). */
    List<GrantRecord> takeGrantsOf(String email) {
        Member m = email == null ? null : members.remove(SA + email);
        return m == null ? List.of() : m.grants;
    }

    /** The first service account's project, for naming the source of a bare policy file. */
    String someProject() {
        for (String member : members.keySet()) {
            String project = GcpNames.projectOfEmail(email(member));
            if (project != null) {
                return project;
            }
        }
        return null;
    }

    long bindings() {
        return bindings;
    }

    /** Emits an identity for every member not taken by an account record, and the skipped-people note. */
    void emitRemaining(RecordSink sink) {
        for (Member m : members.values()) {
            sink.identity(identity(m));
        }
        if (skippedPeople > 0) {
            sink.warning(0, 0, "members", "not-imported-people",
                    skippedPeople + " binding members are people, groups, domains or allUsers; Steward inventories "
                            + "non-human identities, so they were not imported");
        }
    }

    private static IdentityRecord identity(Member m) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        String member = m.member;
        IdentityRecord.Builder b;
        if (member.startsWith(SA) || member.startsWith(DELETED_SA)) {
            String email = email(member);
            boolean deleted = member.startsWith(DELETED_SA);
            attributes.put("email", email);
            attributes.put("subKind", GcpNames.subKind(email));
            attributes.put("projectId", GcpNames.projectOfEmail(email));
            if (deleted) {
                attributes.put("deleted", Boolean.TRUE);
                int uid = member.indexOf("?uid=");
                attributes.put("uniqueId", uid < 0 ? null : member.substring(uid + 5));
                attributes.put("orphanedGrants", Boolean.TRUE);
            }
            // The member names the account by e-mail (a deleted one also by its uniqueId): the account's own record
            // has that e-mail as an alias, so both describe one principal.
            String uid = (String) attributes.get("uniqueId");
            b = IdentityRecord.builder(member, GcpAccountMapper.KIND).name(email).enabled(deleted ? Boolean.FALSE : null)
                    .principal(uid != null ? uid : email);
        } else {
            boolean set = member.startsWith("principalSet://");
            attributes.put("federation", set ? "principalSet" : "principal");
            attributes.put("pool", pool(member));
            b = IdentityRecord.builder(member, "workload").name(member.substring(member.indexOf("://") + 3));
        }
        attributes.put("policyMember", member);
        return b.attributes(attributes).grants(m.grants).at(m.recordNo, m.lineNo).build();
    }

    /** serviceAccount:EMAIL or deleted:serviceAccount:EMAIL?uid=N → EMAIL. */
    static String email(String member) {
        String rest = member.startsWith(DELETED_SA) ? member.substring(DELETED_SA.length())
                : member.startsWith(SA) ? member.substring(SA.length()) : null;
        if (rest == null) {
            return null;
        }
        int q = rest.indexOf('?');
        return q < 0 ? rest : rest.substring(0, q);
    }

    private static String pool(String member) {
        int at = member.indexOf("/workloadIdentityPools/");
        if (at < 0) {
            return null;
        }
        int start = at + "/workloadIdentityPools/".length();
        int end = member.indexOf('/', start);
        return end < 0 ? member.substring(start) : member.substring(start, end);
    }
}
