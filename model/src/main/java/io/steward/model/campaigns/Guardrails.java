package io.steward.model.campaigns;

import io.steward.model.findings.Severity;

import com.fasterxml.jackson.databind.JsonNode;
import io.steward.model.campaigns.ReviewFacts.GrantFact;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The rules a decision must pass before anything is written. Each refusal names its rule and the items it
 * applies to; one refused item refuses the whole batch, so a bulk decision is all or nothing.
 */
final class Guardrails {
    static final String NOT_REVIEWER = "not-reviewer";
    static final String SEPARATION_OF_DUTIES = "separation-of-duties";
    static final String BULK_SEVERITY = "bulk-certify-severity";
    static final String BULK_AGENT = "bulk-certify-agent-standing-privilege";
    static final String COMMENT_REQUIRED = "comment-required";
    static final String REDUCE_NAMES_ACCESS = "reduce-names-access";

    private Guardrails() {
    }

    static void reviewerOnly(List<CampaignItem> items, String actor) {
        refuseIf(items, i -> !i.reviewer().equals(actor), NOT_REVIEWER,
                "only the item's reviewer decides it (" + actor + " is not the reviewer)");
    }

    /** Nobody decides an item whose identity holds an active step-up grant they requested. */
    static void separationOfDuties(List<CampaignItem> items, String actor, Map<String, List<GrantFact>> activeGrants) {
        refuseIf(items, i -> activeGrants.getOrDefault(i.identity(), List.of()).stream().anyMatch(g -> actor.equals(g.requester())),
                SEPARATION_OF_DUTIES, actor + " requested an active step-up grant for this identity and cannot review it");
    }

    static void decision(List<CampaignItem> items, Decision d, Map<Long, JsonNode> frozenForReduce) {
        boolean bulk = items.size() > 1;
        if (Decision.CERTIFY.equals(d.action()) && bulk) {
            refuseIf(items, i -> i.hasFinding("agent-standing-privilege"), BULK_AGENT,
                    "an AI agent holding a standing privilege is never certified in bulk; certify it on its own with a comment");
            refuseIf(items, i -> severity(i) != null && severity(i).rank() > d.bulkMaxSeverity().rank(), BULK_SEVERITY,
                    "a bulk certify only covers items whose findings are at most " + d.bulkMaxSeverity().id());
        }
        if (d.comment() == null) {
            if (!Decision.CERTIFY.equals(d.action())) {
                refuseIf(items, i -> true, COMMENT_REQUIRED, "a " + d.action() + " needs a comment saying why");
            }
            refuseIf(items, i -> severity(i) != null && severity(i).rank() >= Severity.HIGH.rank(), COMMENT_REQUIRED,
                    "certifying an item with a high or critical finding needs a comment");
        }
        if (Decision.REDUCE.equals(d.action())) {
            if (d.remove().isEmpty()) {
                refuseIf(items, i -> true, REDUCE_NAMES_ACCESS, "a reduce names the grants or credentials to remove (--remove)");
            }
            refuseIf(items, i -> !d.remove().stream().allMatch(name -> holds(frozenForReduce.get(i.id()), name)),
                    REDUCE_NAMES_ACCESS, "every name given to --remove must be a grant (privilege) or credential (id) the item"
                            + " held when frozen: " + String.join(", ", d.remove()));
        }
    }

    private static boolean holds(JsonNode frozen, String name) {
        for (JsonNode g : frozen.path("grants")) {
            if (name.equals(g.path("privilege").asText(null))) {
                return true;
            }
        }
        for (JsonNode c : frozen.path("credentials")) {
            if (name.equals(c.path("id").asText(null)) || name.equals(c.path("masked").asText(null))) {
                return true;
            }
        }
        return false;
    }

    private static Severity severity(CampaignItem i) {
        return ReviewFacts.severity(i.maxSeverity());
    }

    static void refuseIf(List<CampaignItem> items, Predicate<CampaignItem> refused, String rule, String reason) {
        List<Long> hit = new ArrayList<>();
        for (CampaignItem i : items) {
            if (refused.test(i)) {
                hit.add(i.itemNo());
            }
        }
        if (!hit.isEmpty()) {
            throw new CampaignRefused(rule, hit, reason);
        }
    }
}
