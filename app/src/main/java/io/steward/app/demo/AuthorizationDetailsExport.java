package io.steward.app.demo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.steward.app.demo.DemoOrg.Role;
import io.steward.app.demo.DemoOrg.User;
import io.steward.model.json.CanonicalJson;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * {@code aws iam get-account-authorization-details} of the demo account: the service users and CI bots with
 * owner tags (spelt {@code Owner}, {@code owner} or {@code team}, and missing on some: orphans), group
 * membership, inline and managed policies (one AdministratorAccess too many), and roles for Lambda, ECS,
 * GitHub OIDC and a cross-account partner, some never used ({@code RoleLastUsed: {}}). Policy statements
 * come both as a single object and as an array, as AWS writes them.
 */
final class AuthorizationDetailsExport implements DemoExport {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String ADMIN = "arn:aws:iam::aws:policy/AdministratorAccess";
    private static final String[] TAG_KEYS = {"Owner", "owner", "team"};
    private static final String[] TRUST = {"lambda.amazonaws.com", "ecs-tasks.amazonaws.com", "github-oidc", "partner"};

    @Override
    public List<Path> write(Path dir, DemoOrg org) throws IOException {
        ObjectNode root = JSON.objectNode();
        ArrayNode users = root.putArray("UserDetailList");
        for (User u : org.users()) {
            if (u.role() != Role.PERSON && !u.leavesThisMonth()) {
                users.add(user(org, u));
            }
        }
        root.set("GroupDetailList", groups(org));
        ArrayNode roles = root.putArray("RoleDetailList");
        for (int i = 0; i < roleCount(org); i++) {
            roles.add(role(org, i));
        }
        root.set("Policies", policies(org));
        root.put("IsTruncated", false);
        Path file = dir.resolve("aws-authorization-details-" + org.now().toString().substring(0, 10) + ".json");
        CanonicalJson.MAPPER.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
        return List.of(file);
    }

    private static ObjectNode user(DemoOrg org, User u) {
        ObjectNode o = JSON.objectNode();
        o.put("Path", u.path()).put("UserName", u.name()).put("UserId", "AIDA" + id(u.n())).put("Arn", u.arn())
                .put("CreateDate", u.created().toString());
        ArrayNode inline = o.putArray("UserPolicyList");
        if (u.n() % 3 == 0) {
            inline.addObject().put("PolicyName", "read-" + u.team() + "-bucket")
                    .set("PolicyDocument", document(statement("s3:GetObject", "arn:aws:s3:::" + u.team() + "-landing/*")));
        }
        ArrayNode groups = o.putArray("GroupList");
        groups.add(u.role() == Role.CI_BOT ? "deployers" : u.team() + "-services");
        ArrayNode attached = o.putArray("AttachedManagedPolicies");
        if (u.role() == Role.CI_BOT && u.n() % 5 == 0) {
            attached.addObject().put("PolicyName", "AdministratorAccess").put("PolicyArn", ADMIN);
        } else {
            attached.addObject().put("PolicyName", "AmazonSQSFullAccess").put("PolicyArn", "arn:aws:iam::aws:policy/AmazonSQSFullAccess");
        }
        ArrayNode tags = o.putArray("Tags");
        if (u.n() % 6 != 0) {
            tags.addObject().put("Key", TAG_KEYS[u.n() % TAG_KEYS.length]).put("Value", u.team());
            tags.addObject().put("Key", "Environment").put("Value", u.n() % 4 == 0 ? "staging" : "production");
        }
        return o;
    }

    private static ArrayNode groups(DemoOrg org) {
        ArrayNode groups = JSON.arrayNode();
        for (String team : DemoOrg.TEAMS) {
            ObjectNode g = groups.addObject();
            g.put("Path", "/").put("GroupName", team + "-services").put("GroupId", "AGPA" + id(team.hashCode()))
                    .put("Arn", "arn:aws:iam::" + org.account() + ":group/" + team + "-services").put("CreateDate", org.daysAgo(2500).toString());
            g.putArray("GroupPolicyList").addObject().put("PolicyName", team + "-queues")
                    .set("PolicyDocument", document(JSON.arrayNode().add(statement("sqs:SendMessage", "arn:aws:sqs:*:" + org.account() + ":" + team + "-*"))
                            .add(statement("sqs:ReceiveMessage", "arn:aws:sqs:*:" + org.account() + ":" + team + "-*"))));
            g.putArray("AttachedManagedPolicies");
        }
        ObjectNode deployers = groups.addObject();
        deployers.put("Path", "/").put("GroupName", "deployers").put("GroupId", "AGPA" + id(7)).put("Arn", "arn:aws:iam::" + org.account()
                + ":group/deployers").put("CreateDate", org.daysAgo(2000).toString());
        deployers.putArray("GroupPolicyList");
        deployers.putArray("AttachedManagedPolicies").addObject().put("PolicyName", "deploy-services")
                .put("PolicyArn", "arn:aws:iam::" + org.account() + ":policy/deploy-services");
        return groups;
    }

    /** How many roles the account has; role {@code i} is {@link #roleArn}. */
    static int roleCount(DemoOrg org) {
        return org.users().size() / 6;
    }

    /** The ARN of role {@code i}: the Kubernetes demo's service accounts assume some of them (EKS IRSA). */
    static String roleArn(DemoOrg org, int i) {
        return "arn:aws:iam::" + org.account() + ":role/" + roleName(i);
    }

    private static String roleName(int i) {
        String team = DemoOrg.TEAMS[i % DemoOrg.TEAMS.length];
        String app = DemoOrg.APPS[(i * 7) % DemoOrg.APPS.length];
        String kind = TRUST[i % TRUST.length];
        return team + "-" + app + "-" + (kind.startsWith("lambda") ? "lambda" : kind.startsWith("ecs") ? "task" : kind) + "-role-" + i;
    }

    private static ObjectNode role(DemoOrg org, int i) {
        String team = DemoOrg.TEAMS[i % DemoOrg.TEAMS.length];
        String app = DemoOrg.APPS[(i * 7) % DemoOrg.APPS.length];
        String kind = TRUST[i % TRUST.length];
        String name = roleName(i);
        ObjectNode o = JSON.objectNode();
        o.put("Path", "/").put("RoleName", name).put("RoleId", "AROA" + id(i + 100_000)).put("Arn", "arn:aws:iam::" + org.account() + ":role/" + name)
                .put("CreateDate", org.daysAgo(40 + (i * 37) % 2000).toString());
        ObjectNode principal = JSON.objectNode();
        switch (kind) {
            case "github-oidc" -> principal.put("Federated", "arn:aws:iam::" + org.account() + ":oidc-provider/token.actions.githubusercontent.com");
            case "partner" -> principal.put("AWS", "arn:aws:iam::999988887777:root");
            default -> principal.put("Service", kind);
        }
        ObjectNode trustStatement = JSON.objectNode().put("Effect", "Allow");
        trustStatement.set("Principal", principal);
        trustStatement.put("Action", kind.equals("github-oidc") ? "sts:AssumeRoleWithWebIdentity" : "sts:AssumeRole");
        o.set("AssumeRolePolicyDocument", JSON.objectNode().put("Version", "2012-10-17").set("Statement", JSON.arrayNode().add(trustStatement)));
        o.putArray("InstanceProfileList");
        o.putArray("RolePolicyList").addObject().put("PolicyName", app + "-data")
                .set("PolicyDocument", document(statement("dynamodb:*", "arn:aws:dynamodb:*:" + org.account() + ":table/" + team + "-*")));
        o.putArray("AttachedManagedPolicies").addObject().put("PolicyName", "CloudWatchLogsFullAccess")
                .put("PolicyArn", "arn:aws:iam::aws:policy/CloudWatchLogsFullAccess");
        ArrayNode tags = o.putArray("Tags");
        if (i % 5 != 0) {
            tags.addObject().put("Key", "team").put("Value", team);
        }
        ObjectNode lastUsed = o.putObject("RoleLastUsed");
        if (i % 4 != 3) {
            Instant used = org.daysAgo((i * 13) % 200 + 0.5);
            lastUsed.put("LastUsedDate", used.toString()).put("Region", DemoOrg.REGIONS[i % DemoOrg.REGIONS.length]);
        }
        return o;
    }

    private static ArrayNode policies(DemoOrg org) {
        ArrayNode policies = JSON.arrayNode();
        ObjectNode p = policies.addObject();
        p.put("PolicyName", "deploy-services").put("PolicyId", "ANPA" + id(42)).put("Arn", "arn:aws:iam::" + org.account() + ":policy/deploy-services")
                .put("Path", "/").put("DefaultVersionId", "v2").put("AttachmentCount", 1).put("IsAttachable", true)
                .put("CreateDate", org.daysAgo(1500).toString()).put("UpdateDate", org.daysAgo(100).toString());
        ArrayNode versions = p.putArray("PolicyVersionList");
        versions.addObject().put("VersionId", "v2").put("IsDefaultVersion", true).put("CreateDate", org.daysAgo(100).toString())
                .set("Document", document(JSON.arrayNode().add(statement("ecs:UpdateService", "*")).add(statement("iam:PassRole", "*"))));
        versions.addObject().put("VersionId", "v1").put("IsDefaultVersion", false).put("CreateDate", org.daysAgo(1500).toString())
                .set("Document", document(statement("*", "*")));
        return policies;
    }

    private static ObjectNode statement(String action, String resource) {
        return JSON.objectNode().put("Effect", "Allow").put("Action", action).put("Resource", resource);
    }

    /** A policy document; {@code statements} is one statement object or an array of them (AWS writes both). */
    private static ObjectNode document(com.fasterxml.jackson.databind.JsonNode statements) {
        ObjectNode d = JSON.objectNode().put("Version", "2012-10-17");
        d.set("Statement", statements);
        return d;
    }

    private static String id(int n) {
        return String.format("%016X", (n * 2_654_435_761L) & 0xFFFFFFFFFFFFL).substring(0, 16);
    }
}
