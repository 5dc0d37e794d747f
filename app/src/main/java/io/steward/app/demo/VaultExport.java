package io.steward.app.demo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.steward.model.json.CanonicalJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static io.steward.app.demo.DemoFiles.JSON;

/**
 * The demo's Vault (docs/FORMATS-SUPPORTED.md), as the loops an operator runs print it: {@code vault token lookup
 * -format=json -accessor A} for every accessor (so {@code data.id} is empty: no token is in the file; Unix-second
 * creation times, nanosecond issue times with a local offset, a root token and periodic tokens that never expire,
 * {@code meta: null}), {@code vault list -format=json auth/approle/role} (a bare array), and {@code vault write
 * auth/approle/role/R/secret-id-accessor/lookup} for the SecretIDs (accessors only; never-expiring
 * {@code 0001-01-01T00:00:00Z}, owners in metadata or none).
 */
final class VaultExport implements DemoExport {
    static final int TOKENS = 70;
    static final int ROLES = 20;
    private static final DateTimeFormatter NANOS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSSxxx");
    private static final String BASE62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    @Override
    public List<Path> write(Path dir, DemoOrg org) throws IOException {
        SplittableRandom r = new SplittableRandom(DemoLedger.SEED + 6);
        List<ObjectNode> tokens = new ArrayList<>();
        tokens.add(token(org, r, "root", "auth/token/root", null, new String[] {"root"}, org.daysAgo(1300), 0));
        for (int i = 0; i < TOKENS; i++) {
            tokens.add(login(org, i, r));
        }
        ArrayNode roles = JSON.arrayNode();
        List<ObjectNode> secretIds = new ArrayList<>();
        for (int i = 0; i < ROLES; i++) {
            roles.add(role(i));
            for (int s = 0; s < 1 + i % 3; s++) {
                secretIds.add(secretId(org, i * 3 + s, r));
            }
        }
        return List.of(stream(dir, "vault-token-lookups.json", tokens), DemoFiles.writeJson(dir, "vault-approle-roles.json", roles),
                stream(dir, "vault-approle-secret-id-lookups.json", secretIds));
    }

    /** One pretty JSON object after another, as a shell loop of vault commands prints them. */
    private static Path stream(Path dir, String name, List<ObjectNode> objects) throws IOException {
        StringBuilder text = new StringBuilder();
        for (ObjectNode o : objects) {
            text.append(CanonicalJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(o)).append('\n');
        }
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static String role(int i) {
        return DemoOrg.TEAMS[i % DemoOrg.TEAMS.length] + "-" + DemoOrg.APPS[(i * 7 + 2 + i / DemoOrg.TEAMS.length) % DemoOrg.APPS.length];
    }

    /** A token from a login: AppRole, Kubernetes, GitHub Actions JWT or LDAP; some periodic (never expire). */
    private static ObjectNode login(DemoOrg org, int i, SplittableRandom r) {
        String team = DemoOrg.TEAMS[i % DemoOrg.TEAMS.length];
        String app = DemoOrg.APPS[(i * 5) % DemoOrg.APPS.length];
        Instant created = org.daysAgo(r.nextInt(i % 10 == 0 ? 700 : 30) + r.nextDouble());
        ObjectNode meta = JSON.objectNode();
        String display;
        String path;
        switch (i % 4) {
            case 0 -> {
                display = "approle";
                path = "auth/approle/login";
                meta.put("role_name", role(i % ROLES));
            }
            case 1 -> {
                display = "kubernetes-" + team + "-" + app;
                path = "auth/kubernetes/login";
                meta.put("role", team + "-workloads").put("service_account_name", app).put("service_account_namespace", team)
                        .put("service_account_uid", DemoFiles.guid(r.nextLong()));
            }
            case 2 -> {
                display = "jwt-repo:" + DemoOrg.GITHUB_ORG + "/" + team + "-" + app + ":ref:refs/heads/main";
                path = "auth/jwt/login";
                meta = null;
            }
            default -> {
                DemoOrg.Person p = org.people().get((i * 13) % org.people().size());
                display = "ldap-" + p.login();
                path = "auth/ldap/login/" + p.login();
                meta.put("username", p.login());
            }
        }
        int ttl = i % 10 == 0 ? 0 : 3600 * (1 + i % 24);
        ObjectNode t = token(org, r, display, path, meta, new String[] {"default", team + "-read", i % 8 == 0 ? team + "-write" : team + "-kv"},
                created, ttl);
        if (i % 2 == 0) {
            t.withObject("/data").putArray("identity_policies").add(team + "-group");
        }
        if (i % 10 == 0) {
            t.withObject("/data").put("period", 86_400);
        }
        if (i % 4 == 2) {
            t.withObject("/data").put("type", "batch").put("orphan", true).put("renewable", false);
        }
        return t;
    }

    /** A lookup by accessor; {@code ttl} 0 = never expires (root or periodic), with expire_time null. */
    private static ObjectNode token(DemoOrg org, SplittableRandom r, String display, String path, ObjectNode meta, String[] policies,
                                    Instant created, int ttl) {
        ObjectNode root = JSON.objectNode().put("request_id", DemoFiles.guid(r.nextLong())).put("lease_id", "").put("lease_duration", 0)
                .put("renewable", false);
        ObjectNode d = root.putObject("data");
        d.put("accessor", accessor(r)).put("creation_time", created.getEpochSecond()).put("creation_ttl", ttl)
                .put("display_name", display).put("entity_id", meta == null ? "" : DemoFiles.guid(r.nextLong()))
                .put("expire_time", ttl == 0 ? null : NANOS.format(created.plusSeconds(ttl).atOffset(ZoneOffset.ofHours(-4))))
                .put("explicit_max_ttl", 0).put("id", "").put("issue_time", NANOS.format(created.atOffset(ZoneOffset.ofHours(-4))));
        d.set("meta", meta);
        d.put("num_uses", 0).put("orphan", meta == null).put("path", path);
        ArrayNode p = d.putArray("policies");
        for (String policy : policies) {
            p.add(policy);
        }
        long remaining = ttl == 0 ? 0 : Math.max(0, created.plusSeconds(ttl).getEpochSecond() - org.now().getEpochSecond());
        d.put("renewable", ttl != 0).put("ttl", remaining).put("type", "service");
        root.putNull("warnings");
        return root;
    }

    private static String accessor(SplittableRandom r) {
        StringBuilder b = new StringBuilder(24);
        for (int i = 0; i < 24; i++) {
            b.append(BASE62.charAt(r.nextInt(BASE62.length())));
        }
        return b.toString();
    }

    private static ObjectNode secretId(DemoOrg org, int n, SplittableRandom r) {
        Instant created = org.daysAgo(1 + r.nextInt(600) + r.nextDouble());
        ObjectNode root = JSON.objectNode().put("request_id", DemoFiles.guid(r.nextLong()));
        ObjectNode d = root.putObject("data");
        d.putArray("cidr_list").add(n % 3 == 0 ? "10.0.0.0/8" : "10." + (n % 200) + ".0.0/16");
        String utc = NANOS.format(created.atOffset(ZoneOffset.UTC)).replace("+00:00", "Z");
        int ttl = n % 4 == 0 ? 0 : 86_400 * 30;
        d.put("creation_time", utc).put("expiration_time", ttl == 0 ? "0001-01-01T00:00:00Z" : created.plusSeconds(ttl).toString())
                .put("last_updated_time", utc);
        DemoOrg.Person owner = org.owner("vault", n);
        if (owner == null || n % 5 == 3) {
            d.putNull("metadata");
        } else {
            d.putObject("metadata").put("owner", owner.email()).put("name", role(n / 3) + "-host-" + (1 + n % 3));
        }
        d.put("secret_id_accessor", DemoFiles.guid(r.nextLong())).put("secret_id_num_uses", n % 6 == 1 ? 10 : 0).put("secret_id_ttl", ttl);
        d.putArray("token_bound_cidrs");
        return root;
    }
}
