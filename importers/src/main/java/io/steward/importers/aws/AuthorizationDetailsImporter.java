package io.steward.importers.aws;

import com.fasterxml.jackson.databind.JsonNode;
import io.steward.importers.spi.AbstractImporter;
import io.steward.importers.spi.Cancellation;
import io.steward.importers.spi.Detection;
import io.steward.importers.spi.FileSample;
import io.steward.importers.spi.ImportProgress;
import io.steward.importers.spi.RecordSink;
import io.steward.importers.json.JsonRecord;
import io.steward.importers.json.RootArrays;
import io.steward.model.inventory.GrantRecord;
import io.steward.model.inventory.IdentityRecord;
import io.steward.model.inventory.LinkRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code aws-authorization-details}: {@code aws iam get-account-authorization-details} JSON. One identity
 * per IAM user and per role; inline policies, attached managed policies and (for users) the policies of
 * their groups become grants; role trust principals become links and give the role its sub-kind;
 * {@code RoleLastUsed} gives last use; tags give owner and environment hints.
 * <p>
 * Two streaming passes: the first reads managed policies and groups (needed to resolve grants), the
 * second emits users and roles.
 */
public final class AuthorizationDetailsImporter extends AbstractImporter {
    public static final String ID = "aws-authorization-details";
    static final String USERS = "UserDetailList";
    static final String ROLES = "RoleDetailList";
    static final String GROUPS = "GroupDetailList";
    static final String POLICIES = "Policies";
    private static final Set<String> LISTS = Set.of(USERS, ROLES, GROUPS, POLICIES);
    private static final String AWS_MANAGED = "arn:aws:iam::aws:policy/";

    public AuthorizationDetailsImporter() {
        super(ID, "1",
                "AWS get-account-authorization-details JSON: IAM users and roles with their inline, managed and group policies");
    }

    @Override
    public Detection detect(FileSample sample) {
        if (sample.json().root() != io.steward.importers.spi.JsonShape.Root.OBJECT) {
            return Detection.no("not a JSON object");
        }
        long lists = LISTS.stream().filter(sample.json()::hasRootField).count();
        if (lists >= 2 || sample.json().hasRootField(USERS) || sample.json().hasRootField(ROLES)) {
            return Detection.certain("JSON object with " + String.join("/", sample.json().rootFields().stream()
                    .filter(LISTS::contains).toList()));
        }
        if (lists == 1) {
            return Detection.likely(60, "JSON object with an authorization-details list");
        }
        return Detection.no("none of UserDetailList, RoleDetailList, GroupDetailList, Policies");
    }

    /** A group's own policies, resolved in the first pass. */
    private record Group(String arn, JsonNode inline, JsonNode attached) {
    }

    private record Policy(String name, JsonNode document) {
    }

    @Override
    public void read(Path file, RecordSink sink, ImportProgress progress, Cancellation cancel) throws IOException {
        RootArrays arrays = new RootArrays(file, LISTS);
        Map<String, Policy> policies = new HashMap<>();
        Map<String, Group> groups = new HashMap<>();
        Map<String, JsonNode> scalars = arrays.scan(Set.of(POLICIES, GROUPS), (array, rec, line, node) -> {
            sink.screenJson(rec, line, array + "[" + rec + "]", node);
            JsonRecord r = new JsonRecord(file, rec, line, array, node);
            if (array.equals(POLICIES)) {
                policies.put(r.requiredText("Arn"), new Policy(r.text("PolicyName"), defaultVersion(node)));
            } else {
                groups.put(r.requiredText("GroupName"), new Group(r.text("Arn"), node.get("GroupPolicyList"),
                        node.get("AttachedManagedPolicies")));
            }
        }, ImportProgress.NONE, cancel);
        JsonNode truncated = scalars.get("IsTruncated");
        if (truncated != null && truncated.asBoolean(false)) {
            sink.warning(0, 0, "IsTruncated", "truncated-export", "the export says it is truncated (IsTruncated: true): "
                    + "identities on later pages are missing. Run the CLI without --max-items so it fetches every page");
        }
        Mapper mapper = new Mapper(file, sink, policies, groups);
        arrays.scan(Set.of(USERS, ROLES), (array, rec, line, node) -> {
            sink.screenJson(rec, line, array + "[" + rec + "]", node);
            JsonRecord r = new JsonRecord(file, rec, line, array, node);
            sink.identity(array.equals(USERS) ? mapper.user(r) : mapper.role(r));
        }, progress, cancel);
    }

    private static JsonNode defaultVersion(JsonNode policy) {
        for (JsonNode v : JsonRecord.asList(policy.get("PolicyVersionList"))) {
            if (v.path("IsDefaultVersion").asBoolean(false)) {
                return v.get("Document");
            }
        }
        return null;
    }

    /** Maps users and roles of one file (holds the first pass's policies and groups). */
    private static final class Mapper {
        private final Path file;
        private final RecordSink sink;
        private final Map<String, Policy> policies;
        private final Map<String, Group> groups;
        private final Set<String> warnedPolicies = new java.util.HashSet<>();

        Mapper(Path file, RecordSink sink, Map<String, Policy> policies, Map<String, Group> groups) {
            this.file = file;
            this.sink = sink;
            this.policies = policies;
            this.groups = groups;
        }

        IdentityRecord user(JsonRecord r) {
            AwsArn arn = arn(r);
            Map<String, String> tags = AwsTags.of(r.node().get("Tags"));
            List<GrantRecord> grants = new ArrayList<>();
            addInline(grants, r, r.node().get("UserPolicyList"), "");
            addAttached(grants, r, r.node().get("AttachedManagedPolicies"), "");
            List<String> groupNames = new ArrayList<>();
            for (JsonNode g : JsonRecord.asList(r.node().get("GroupList"))) {
                String name = g.asText();
                groupNames.add(name);
                Group group = groups.get(name);
                if (group == null) {
                    sink.warning(r.recordNo(), r.lineNo(), "GroupList", "unknown-group",
                            "a group of this user is not in GroupDetailList, so its policies are not known");
                    continue;
                }
                addInline(grants, r, group.inline(), "group:" + name + "/");
                addAttached(grants, r, group.attached(), "group:" + name + "/");
            }
            Map<String, Object> attributes = new TreeMap<>();
            attributes.put("userId", r.text("UserId"));
            attributes.put("path", r.text("Path"));
            attributes.put("groups", groupNames.isEmpty() ? null : groupNames);
            attributes.put("permissionsBoundary", boundary(r));
            return IdentityRecord.builder(r.requiredText("Arn"), CredentialReportRows.KIND_USER)
                    .name(r.requiredText("UserName")).createdAt(r.time("CreateDate"))
                    .ownerHint(AwsTags.owner(tags)).environment(AwsTags.environment(tags))
                    .attributes(attributes).tags(tags).grants(grants).at(r.recordNo(), r.lineNo()).build();
        }

        IdentityRecord role(JsonRecord r) {
            AwsArn arn = arn(r);
            Map<String, String> tags = AwsTags.of(r.node().get("Tags"));
            List<GrantRecord> grants = new ArrayList<>();
            addInline(grants, r, r.node().get("RolePolicyList"), "");
            addAttached(grants, r, r.node().get("AttachedManagedPolicies"), "");
            TrustPolicy trust = TrustPolicy.of(r.node().get("AssumeRolePolicyDocument"), arn.account());
            if (trust.unreadable()) {
                sink.warning(r.recordNo(), r.lineNo(), "AssumeRolePolicyDocument", "unreadable-policy",
                        "the trust policy is not a readable policy document; who may assume this role is unknown");
            }
            JsonRecord lastUsed = r.child("RoleLastUsed");
            Map<String, Object> attributes = new TreeMap<>();
            attributes.put("roleId", r.text("RoleId"));
            attributes.put("path", r.text("Path"));
            attributes.put("subKind", String.valueOf(r.text("Path")).startsWith("/aws-service-role/") ? "service-linked-role" : trust.subKind());
            attributes.put("permissionsBoundary", boundary(r));
            attributes.put("lastUsedRegion", lastUsed == null ? null : lastUsed.text("Region"));
            List<String> profiles = new ArrayList<>();
            for (JsonNode p : JsonRecord.asList(r.node().get("InstanceProfileList"))) {
                if (p.hasNonNull("InstanceProfileName")) {
                    profiles.add(p.get("InstanceProfileName").asText());
                }
            }
            attributes.put("instanceProfiles", profiles.isEmpty() ? null : profiles);
            List<LinkRecord> links = new ArrayList<>(trust.principals());
            return IdentityRecord.builder(r.requiredText("Arn"), "iam-role")
                    .name(r.requiredText("RoleName")).createdAt(r.time("CreateDate"))
                    .lastUsedAt(lastUsed == null ? null : lastUsed.time("LastUsedDate"))
                    .ownerHint(AwsTags.owner(tags)).environment(AwsTags.environment(tags))
                    .attributes(attributes).tags(tags).grants(grants).links(links).at(r.recordNo(), r.lineNo()).build();
        }

        private AwsArn arn(JsonRecord r) {
            AwsArn arn = AwsArn.parseIam(r.requiredText("Arn"));
            if (arn == null) {
                throw r.bad("Arn", "not an IAM ARN (expected arn:aws:iam::<12-digit account>:...)");
            }
            sink.source(arn.source());
            return arn;
        }

        private static String boundary(JsonRecord r) {
            JsonRecord b = r.child("PermissionsBoundary");
            return b == null ? null : b.text("PermissionsBoundaryArn");
        }

        private void addInline(List<GrantRecord> grants, JsonRecord r, JsonNode list, String viaPrefix) {
            for (JsonNode p : JsonRecord.asList(list)) {
                String name = p.path("PolicyName").asText("?");
                addDocument(grants, r, p.get("PolicyDocument"), viaPrefix + "inline:" + name);
            }
        }

        private void addAttached(List<GrantRecord> grants, JsonRecord r, JsonNode list, String viaPrefix) {
            // The official example shows AttachedManagedPolicies as an object: asList accepts both.
            for (JsonNode p : JsonRecord.asList(list)) {
                String policyArn = p.path("PolicyArn").asText(null);
                if (policyArn == null) {
                    continue;
                }
                String name = p.path("PolicyName").asText(policyArn.substring(policyArn.lastIndexOf('/') + 1));
                grants.add(new GrantRecord(policyArn, null, viaPrefix + "managed", null));
                Policy policy = policies.get(policyArn);
                // AWS-managed documents are well known by name and can list thousands of actions: keep the attachment only.
                if (policy != null && !policyArn.startsWith(AWS_MANAGED)) {
                    addDocument(grants, r, policy.document(), viaPrefix + "managed:" + name);
                }
            }
        }

        private void addDocument(List<GrantRecord> grants, JsonRecord r, JsonNode document, String via) {
            PolicyGrants.Result result = PolicyGrants.of(document, via);
            grants.addAll(result.grants());
            if ((result.truncated() || result.unreadable()) && warnedPolicies.add(via + "#" + r.recordNo())) {
                sink.warning(r.recordNo(), r.lineNo(), via, result.unreadable() ? "unreadable-policy" : "policy-too-large",
                        result.unreadable() ? "a policy document is not readable JSON; its grants are unknown"
                                : "a policy document allows more than " + PolicyGrants.MAX_PER_DOCUMENT
                                        + " action/resource pairs; only the first were kept");
            }
        }
    }
}
