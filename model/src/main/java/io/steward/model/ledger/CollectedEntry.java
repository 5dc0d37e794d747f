package io.steward.model.ledger;

import com.fasterxml.jackson.databind.JsonNode;

/** An entry of a kind a later check needs (trust changes, snapshots), read during verification's one pass. */
public record CollectedEntry(long seq, String actor, String kind, String subject, JsonNode payload) {
}
