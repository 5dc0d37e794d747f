package io.steward.model.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** One appended entry, as stored: its canonical body and the hashes that chain it. */
public record LedgerEntry(long seq, Instant time, String actor, String kind, String subject, JsonNode payload,
                          String prevHash, String hash) {
}
