package io.steward.app.demo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;

import static io.steward.app.demo.DemoFiles.JSON;

/**
 * The demo's GitHub organisation through the REST API (docs/FORMATS-SUPPORTED.md): fine-grained PATs with organisation
 * access and the pending requests, joined with {@code jq -s add} into one bare array as both are one series of
 * snapshots (the docs' {@code .000-07:00} timestamps, null expiry and last-used, expired tokens), the organisation's app installations (an object with {@code total_count}, one
 * suspended), and the deploy keys of the teams' repositories joined with {@code jq -s add} (public keys only,
 * {@code added_by} null and {@code enabled} absent on the old ones, some with write access).
 */
final class GithubExport implements DemoExport {
    static final int PATS = 90;
    static final int REQUESTS = 8;
    static final int DEPLOY_KEYS = 60;
    private static final String ORG_ID = "61820417";
    private static final DateTimeFormatter PACIFIC = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSxxx").withZone(ZoneOffset.ofHours(-7));
    private static final String[] PERMISSIONS = {"contents", "pull_requests", "issues", "actions", "metadata", "workflows", "secrets",
        "deployments"};
    private static final String[] LEVELS = {"read", "read", "write", "admin"};
    private static final String[][] APPS = {{"renovate", "contents:write,pull_requests:write,metadata:read"},
        {"dependabot-preview", "contents:read,metadata:read"}, {"codecov", "checks:write,statuses:write,metadata:read"},
        {"snyk", "contents:read,security_events:write"}, {"slack", "issues:read,pull_requests:read,metadata:read"},
        {"jira-cloud", "contents:read,issues:write,deployments:read"}, {"old-ci", "administration:admin,checks:write"},
        {"terraform-cloud", "contents:read,statuses:write,administration:write"}, {"acme-release-bot", "contents:write,actions:write"},
        {"sonarcloud", "checks:write,pull_requests:write"}, {"linear", "issues:write,pull_requests:read"},
        {"datadog-ci", "actions:read,checks:read"}};

    @Override
    public List<Path> write(Path dir, DemoOrg org) throws IOException {
        SplittableRandom r = new SplittableRandom(DemoLedger.SEED + 5);
        ArrayNode grants = JSON.arrayNode();
        for (int i = 0; i < PATS; i++) {
            grants.add(pat(org, i, false, r));
        }
        for (int i = 0; i < REQUESTS; i++) {
            grants.add(pat(org, PATS + i, true, r));
        }
        ArrayNode keys = JSON.arrayNode();
        for (int i = 0; i < DEPLOY_KEYS; i++) {
            keys.add(deployKey(org, i, r));
        }
        String o = DemoOrg.GITHUB_ORG;
        return List.of(DemoFiles.writeJson(dir, "github-" + o + "-personal-access-tokens-and-requests.json", grants),
                DemoFiles.writeJson(dir, "github-" + o + "-installations.json", installations(org, r)),
                DemoFiles.writeJson(dir, "github-" + o + "-deploy-keys.json", keys));
    }

    private static String pacific(Instant t) {
        return PACIFIC.format(t);
    }

    private static ObjectNode pat(DemoOrg org, int i, boolean request, SplittableRandom r) {
        DemoOrg.Person owner = org.owner("github", i);
        if (owner == null) {
            owner = org.people().get(i % org.people().size());
        }
        ObjectNode o = JSON.objectNode().put("id", 25_000 + i * 3);
        if (request) {
            o.put("reason", "Needed to automate " + DemoOrg.APPS[i % DemoOrg.APPS.length] + " for " + owner.team());
        }
        o.putObject("owner").put("login", owner.login()).put("id", 1_000_000 + org.people().indexOf(owner) * 97).put("type", "User")
                .put("site_admin", false);
        String selection = i % 5 == 0 ? "all" : i % 9 == 4 ? "none" : "subset";
        o.put("repository_selection", selection).put("repositories_url", "https://api.github.com/organizations/" + ORG_ID
                + (request ? "/personal-access-token-requests/" : "/personal-access-tokens/") + o.path("id").asInt() + "/repositories");
        ObjectNode permissions = o.putObject("permissions");
        ObjectNode repository = permissions.putObject("repository").put("metadata", "read");
        for (int p = 0; p < 1 + i % 3; p++) {
            repository.put(PERMISSIONS[(i + p * 3) % PERMISSIONS.length], LEVELS[(i + p) % LEVELS.length]);
        }
        if (i % 7 == 3) {
            permissions.putObject("organization").put("members", "read").put(i % 14 == 3 ? "administration" : "projects", i % 14 == 3 ? "write" : "read");
        }
        Instant granted = org.daysAgo(5 + r.nextInt(500) + r.nextDouble());
        o.put(request ? "created_at" : "access_granted_at", i % 2 == 0 ? pacific(granted) : granted.toString());
        o.put("token_id", 98_000 + i * 11).put("token_name", owner.login() + "-" + DemoOrg.APPS[(i * 5) % DemoOrg.APPS.length]);
        int expiry = i % 6;
        Instant expires = expiry == 0 ? null : granted.plusSeconds(86_400L * (expiry == 1 ? 30 : expiry == 2 ? 90 : 366));
        boolean expired = expires != null && expires.isBefore(org.now());
        o.put("token_expired", expired).put("token_expires_at", expires == null ? null : pacific(expires));
        Instant used = i % 4 == 3 || request ? null : org.daysAgo(r.nextInt(60) + r.nextDouble());
        if (used != null && used.isBefore(granted)) {
            used = granted;
        }
        o.put("token_last_used_at", used == null ? null : used.toString());
        return o;
    }

    private static ObjectNode installations(DemoOrg org, SplittableRandom r) {
        ObjectNode root = JSON.objectNode().put("total_count", APPS.length);
        ArrayNode list = root.putArray("installations");
        for (int i = 0; i < APPS.length; i++) {
            ObjectNode in = list.addObject();
            long id = 31_400_000L + i * 131;
            in.put("id", id).putObject("account").put("login", DemoOrg.GITHUB_ORG).put("id", Long.parseLong(ORG_ID)).put("type", "Organization");
            in.put("repository_selection", i % 3 == 0 ? "all" : "selected")
                    .put("access_tokens_url", "https://api.github.com/app/installations/" + id + "/access_tokens")
                    .put("repositories_url", "https://api.github.com/installation/repositories")
                    .put("html_url", "https://github.com/organizations/" + DemoOrg.GITHUB_ORG + "/settings/installations/" + id)
                    .put("app_id", 1_000 + i * 7_919).put("app_slug", APPS[i][0]).put("target_id", Long.parseLong(ORG_ID))
                    .put("target_type", "Organization");
            ObjectNode permissions = in.putObject("permissions");
            for (String p : APPS[i][1].split(",")) {
                permissions.put(p.substring(0, p.indexOf(':')), p.substring(p.indexOf(':') + 1));
            }
            in.putArray("events").add("push").add("pull_request");
            in.put("created_at", org.daysAgo(300 + r.nextInt(2000) + r.nextDouble()).toString()).put("updated_at", org.daysAgo(r.nextInt(300) + r.nextDouble()).toString());
            in.putNull("single_file_name");
            in.put("has_multiple_single_files", false).putArray("single_file_paths");
            if (APPS[i][0].equals("old-ci")) {
                in.putObject("suspended_by").put("login", org.people().get(7).login()).put("id", 1_000_679).put("type", "User");
                in.put("suspended_at", org.daysAgo(200).toString());
            } else {
                in.putNull("suspended_by");
                in.putNull("suspended_at");
            }
        }
        return root;
    }

    private static ObjectNode deployKey(DemoOrg org, int i, SplittableRandom r) {
        String repo = DemoOrg.TEAMS[i % DemoOrg.TEAMS.length] + "-" + DemoOrg.APPS[(i * 3) % DemoOrg.APPS.length];
        long id = 70_000_000L + i * 1_013;
        boolean old = i % 6 == 5;
        DemoOrg.Person adder = org.owner("github-keys", i);
        ObjectNode k = JSON.objectNode().put("id", id).put("key", ed25519(r))
                .put("url", "https://api.github.com/repos/" + DemoOrg.GITHUB_ORG + "/" + repo + "/keys/" + id)
                .put("title", (i % 4 == 0 ? "deploy@" : "ci-") + repo + (old ? " (jenkins)" : ""))
                .put("verified", !old).put("created_at", org.daysAgo(old ? 1500 + r.nextInt(900) : 10 + r.nextInt(700)).toString())
                .put("read_only", i % 5 != 2).put("added_by", old || adder == null ? null : adder.login())
                .put("last_used", i % 4 == 1 ? null : org.daysAgo(r.nextInt(120) + r.nextDouble()).toString());
        if (!old) {
            k.put("enabled", i % 13 != 7);
        }
        return k;
    }

    /** A public key in OpenSSH wire format: "ssh-ed25519", then 32 made-up key bytes. */
    private static String ed25519(SplittableRandom r) {
        byte[] type = "ssh-ed25519".getBytes(StandardCharsets.US_ASCII);
        ByteBuffer b = ByteBuffer.allocate(4 + type.length + 4 + 32);
        b.putInt(type.length).put(type).putInt(32);
        for (int i = 0; i < 32; i++) {
            b.put((byte) r.nextInt(256));
        }
        return "ssh-ed25519 " + Base64.getEncoder().encodeToString(b.array());
    }
}
