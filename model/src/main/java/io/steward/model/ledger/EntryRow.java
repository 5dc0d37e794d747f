package io.steward.model.ledger;

/**
 * One ledger entry as an export restates it: the body's fields as stored text (time in the ledger's fixed-width
 * format, payload as canonical JSON) and the entry's hash in hex.
 */
public record EntryRow(long seq, String time, String actor, String kind, String subject, String payload, String hashHex) {
}
