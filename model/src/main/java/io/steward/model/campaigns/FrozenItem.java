package io.steward.model.campaigns;

import io.steward.model.findings.Severity;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.steward.model.campaigns.ReviewFacts.FindingFact;
import io.steward.model.campaigns.ReviewFacts.GrantFact;
import io.steward.model.campaigns.ReviewFacts.Ownership;
import io.steward.model.json.CanonicalJson;
import io.steward.model.ledger.Hashes;
import io.steward.model.ledger.Ledger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.List;

/**
 * An identity's state as a reviewer is asked about it: facts, credentials, grants, open findings, owner and
 * active step-up grants, as canonical JSON (the same serialisation the ledger hashes) and its SHA-256.
 */
record FrozenItem(Candidate candidate, Ownership ownership, List<FindingFact> findings, Severity maxSeverity,
                  String json, String hash) {

    static FrozenItem freeze(Candidate c, Ownership ownership, List<FindingFact> findings, List<GrantFact> grants,
                             MessageDigest digest) {
        ObjectNode n = CanonicalJson.MAPPER.createObjectNode();
        n.put("identity", c.key);
        n.put("name", c.name);
        n.put("kind", c.kind);
        n.put("source", c.source);
        n.put("environment", c.environment);
        if (c.enabled == null) {
            n.putNull("enabled");
        } else {
            n.put("enabled", c.enabled);
        }
        n.put("createdAt", c.createdAt);
        n.put("lastUsedAt", c.lastUsedAt);
        n.set("credentials", c.credentials());
        n.set("grants", c.grants());
        ArrayNode f = n.putArray("findings");
        List<FindingFact> sorted = findings.stream()
                .sorted(Comparator.comparing(FindingFact::rule)).toList();
        Severity max = null;
        for (FindingFact fact : sorted) {
            f.addObject().put("rule", fact.rule()).put("severity", fact.severity().id());
            max = max == null || fact.severity().rank() > max.rank() ? fact.severity() : max;
        }
        if (ownership == null) {
            n.putNull("owner");
        } else {
            n.putObject("owner").put("owner", ownership.owner()).put("backup", ownership.backup());
        }
        ArrayNode g = n.putArray("stepUpGrants");
        for (GrantFact grant : grants) {
            g.addObject().put("request", grant.request()).put("privilege", grant.privilege()).put("resource", grant.resource())
                    .put("requester", grant.requester())
                    .put("expiresAt", grant.expiresAt() == null ? null : Ledger.TIME.format(grant.expiresAt()));
        }
        byte[] bytes = CanonicalJson.bytes(n);
        digest.reset();
        String hash = Hashes.hex(digest.digest(bytes));
        return new FrozenItem(c, ownership, sorted, max, new String(bytes, StandardCharsets.UTF_8), hash);
    }

    String findingRules() {
        return findings.isEmpty() ? null : String.join(",", findings.stream().map(FindingFact::rule).distinct().toList());
    }
}
