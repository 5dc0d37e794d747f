package io.steward.exports.workbook;

import com.fasterxml.jackson.databind.JsonNode;
import io.steward.model.campaigns.CampaignEntries;
import io.steward.model.ledger.EntryRow;
import io.steward.model.json.CanonicalJson;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * What a decision entry says about one item, for comparing Attestations rows. One bulk decision covers many
 * consecutive rows, so the last entry's payload is parsed once and its items indexed by item number.
 */
final class DecisionPayloads {
    private static long cachedSeq = -1;
    private static JsonNode cachedPayload;
    private static Map<Long, JsonNode> cachedItems;

    private DecisionPayloads() {
    }

    /** The decision the entry records: its action, or no-response for a close. */
    static synchronized String decision(EntryRow entry) {
        if (CampaignEntries.DECIDED.name().equals(entry.kind())) {
            return payload(entry).path("decision").asText("");
        }
        if (CampaignEntries.CLOSED.name().equals(entry.kind())) {
            return "no-response";
        }
        return "(a " + entry.kind() + " entry, not a decision)";
    }

    static synchronized String comment(EntryRow entry) {
        return CampaignEntries.DECIDED.name().equals(entry.kind()) ? text(payload(entry).get("comment")) : null;
    }

    /** A field of the entry's record of this row's item; null when the entry does not list items (a close). */
    static synchronized String itemField(EntryRow entry, String itemNo, String field) {
        if (!CampaignEntries.DECIDED.name().equals(entry.kind())) {
            return null;
        }
        payload(entry);
        try {
            JsonNode item = cachedItems.get(Long.parseLong(itemNo));
            return item == null ? "(item " + itemNo + " is not in entry " + entry.seq() + ")" : text(item.get(field));
        } catch (NumberFormatException e) {
            return "(not an item number: " + itemNo + ")";
        }
    }

    private static synchronized JsonNode payload(EntryRow entry) {
        if (entry.seq() != cachedSeq) {
            cachedPayload = entry.payload() == null ? CanonicalJson.MAPPER.nullNode()
                    : CanonicalJson.parse(entry.payload().getBytes(StandardCharsets.UTF_8));
            cachedItems = new HashMap<>();
            cachedPayload.path("items").forEach(i -> cachedItems.put(i.path("item").asLong(), i));
            cachedSeq = entry.seq();
        }
        return cachedPayload;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? "" : n.asText();
    }
}
