package io.steward.app.demo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import static io.steward.app.demo.DemoFiles.JSON;

/**
 * {@code spire-server entry show -output json} of the demo's trust domain (docs/FORMATS-SUPPORTED.md): workload entries
 * for the cluster's namespaces and accounts (selectors {@code k8s:ns:…}, {@code k8s:sa:…}, values with colons),
 * node aliases parented by the server, a nested (downstream) SPIRE server, TTLs as numbers or strings,
 * {@code expires_at "0"} (none) or in the past, {@code created_at} as a string of Unix seconds.
 */
final class SpireExport implements DemoExport {
    static final String TRUST_DOMAIN = "prod.acme.example";
    static final int WORKLOADS = 64;

    @Override
    public List<Path> write(Path dir, DemoOrg org) throws IOException {
        SplittableRandom r = new SplittableRandom(DemoLedger.SEED + 7);
        ObjectNode root = JSON.objectNode();
        ArrayNode entries = root.putArray("entries");
        String agent = "/spire/agent/k8s_psat/prod-cluster/" + DemoFiles.hex(r, 8);
        for (int i = 0; i < WORKLOADS; i++) {
            String ns = DemoOrg.TEAMS[i % DemoOrg.TEAMS.length];
            String sa = DemoOrg.APPS[(i % DemoOrg.TEAMS.length + (i / DemoOrg.TEAMS.length) * 3) % DemoOrg.APPS.length];
            ObjectNode e = entry(entries, r, "/ns/" + ns + "/sa/" + sa, agent);
            selector(e, "k8s", "ns:" + ns);
            selector(e, "k8s", "sa:" + sa);
            if (i % 3 == 0) {
                selector(e, "k8s", "pod-label:app:" + sa);
            }
            if (i % 5 == 0) {
                e.put("x509_svid_ttl", "3600");
            } else {
                e.put("x509_svid_ttl", 0);
            }
            e.putArray("federates_with");
            if (i % 11 == 4) {
                e.withArray("federates_with").add("partner.example");
            }
            e.put("hint", i % 7 == 0 ? ns : "").put("admin", false).put("downstream", false)
                    .put("expires_at", i % 13 == 6 ? Long.toString(org.daysAgo(40).getEpochSecond()) : "0");
            e.putArray("dns_names");
            e.put("revision_number", Integer.toString(i % 4)).put("store_svid", false).put("jwt_svid_ttl", i % 2 == 0 ? 300 : 0)
                    .put("created_at", Long.toString(org.daysAgo(5 + r.nextInt(700) + r.nextDouble()).getEpochSecond()));
        }
        ObjectNode node = entry(entries, r, "/node-group/prod-cluster", "/spire/server");
        selector(node, "k8s_psat", "cluster:prod-cluster");
        node.put("expires_at", "0").put("revision_number", "1").put("created_at", Long.toString(org.daysAgo(900).getEpochSecond()));
        ObjectNode nested = entry(entries, r, "/nested-spire/edge", "/spire/server");
        selector(nested, "x509pop", "subject:cn:edge." + TRUST_DOMAIN);
        nested.put("x509_svid_ttl", "3600").put("admin", true).put("downstream", true)
                .put("expires_at", Long.toString(org.daysAgo(-200).getEpochSecond())).put("revision_number", "0")
                .put("created_at", Long.toString(org.daysAgo(1200).getEpochSecond()));
        root.put("next_page_token", "");
        return List.of(DemoFiles.writeJson(dir, "spire-entries-" + TRUST_DOMAIN + ".json", root));
    }

    private static ObjectNode entry(ArrayNode entries, SplittableRandom r, String path, String parent) {
        ObjectNode e = entries.addObject().put("id", DemoFiles.guid(r.nextLong()));
        e.putObject("spiffe_id").put("trust_domain", TRUST_DOMAIN).put("path", path);
        e.putObject("parent_id").put("trust_domain", TRUST_DOMAIN).put("path", parent);
        e.putArray("selectors");
        return e;
    }

    private static void selector(ObjectNode entry, String type, String value) {
        entry.withArray("selectors").addObject().put("type", type).put("value", value);
    }
}
