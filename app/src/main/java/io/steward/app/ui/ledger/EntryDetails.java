package io.steward.app.ui.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.steward.model.json.CanonicalJson;
import io.steward.model.ledger.Ledger;
import io.steward.model.ledger.LedgerEntry;

/** The selected entry, ready to display: every field as text and the payload as indented JSON. */
public record EntryDetails(String heading, String time, String actor, String kind, String subject,
                           String hash, String prevHash, String payloadJson) {

    public static final EntryDetails NONE = new EntryDetails("No entry selected", "", "", "", "", "", "",
            "Select an entry to see its payload and hashes.");

    /** "by alice at 2026-01-31T09:15:00.000Z". */
    public String byline() {
        return actor.isEmpty() ? "" : "by " + actor + " at " + time;
    }

    public static EntryDetails of(LedgerEntry e) {
        if (e == null) {
            return NONE;
        }
        return new EntryDetails("Entry " + e.seq() + " · " + e.kind(),
                e.time() == null ? "" : Ledger.TIME.format(e.time()), e.actor(), e.kind(),
                e.subject() == null || e.subject().isEmpty() ? "—" : e.subject(),
                e.hash(), e.prevHash(), prettyJson(e));
    }

    private static String prettyJson(LedgerEntry e) {
        try {
            return CanonicalJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(e.payload());
        } catch (JsonProcessingException ex) {
            return String.valueOf(e.payload());
        }
    }
}
