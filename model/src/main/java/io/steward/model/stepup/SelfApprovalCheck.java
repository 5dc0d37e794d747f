package io.steward.model.stepup;

import static io.steward.model.db.Tables.LEDGER_VIEW;

import com.fasterxml.jackson.databind.JsonNode;
import io.steward.model.json.CanonicalJson;
import io.steward.model.store.Store;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The verifier's separation-of-duties check, over the ledger entries themselves (not the projection tables, which
 * anyone holding the file could edit): a {@code stepup.approved} entry whose actor is the requester of the request
 * it approves is a violation. Fed entries in seq order.
 */
public final class SelfApprovalCheck {
    /** The first violation: the approving entry and what it says. */
    public record Violation(long seq, String requestId, String actor) {
        public String message() {
            return "entry " + seq + " records " + actor + " approving step-up request " + requestId
                    + ", which they requested themselves; a requester can never approve their own request";
        }
    }

    private final Map<String, String> requesters = new HashMap<>();

    /** Looks at one entry; returns the violation it shows, if any. */
    public Optional<Violation> accept(long seq, String kind, String actor, String subject, JsonNode payload) {
        if (StepUpEntries.REQUESTED.equals(kind)) {
            requesters.put(subject, norm(payload.path("requester").asText(null)));
        } else if (StepUpEntries.APPROVED.equals(kind)) {
            String requester = requesters.get(subject);
            if (requester != null && requester.equals(norm(actor))) {
                return Optional.of(new Violation(seq, subject, actor));
            }
        }
        return Optional.empty();
    }

    /** Reads the step-up entries of a ledger in order and returns the first violation. */
    public static Optional<Violation> scan(Store store) {
        SelfApprovalCheck check = new SelfApprovalCheck();
        return store.read(ctx -> {
            try (var cursor = ctx.select(LEDGER_VIEW.SEQ, LEDGER_VIEW.KIND, LEDGER_VIEW.ACTOR, LEDGER_VIEW.SUBJECT, LEDGER_VIEW.PAYLOAD)
                    .from(LEDGER_VIEW).where(LEDGER_VIEW.KIND.in(StepUpEntries.REQUESTED, StepUpEntries.APPROVED))
                    .orderBy(LEDGER_VIEW.SEQ).fetchLazy()) {
                for (var r : cursor) {
                    JsonNode payload = CanonicalJson.parse(r.value5().getBytes(StandardCharsets.UTF_8));
                    Optional<Violation> v = check.accept(r.value1(), r.value2(), r.value3(), r.value4(), payload);
                    if (v.isPresent()) {
                        return v;
                    }
                }
            }
            return Optional.<Violation>empty();
        });
    }

    private static String norm(String s) {
        return s == null ? null : s.strip().toLowerCase(Locale.ROOT);
    }
}
