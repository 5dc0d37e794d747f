package io.steward.model.ledger;

/** Entry kinds for tests that need entries of some kind, with small payloads. */
public final class TestEntries {
    /** Payload {"n": n, "note": "..."}. */
    public record Note(long n, String note) {
    }

    /** Payload {"i": i}. */
    public record Counter(long i) {
    }

    /** The shape of a review decision, for benchmarks. */
    public record Review(String campaign, String comment, String decision) {
    }

    /** The shape of a step-up decision, for benchmarks. */
    public record StepUp(String decision, String reason, String ttl) {
    }

    public static final EntryKind<Note> DECISION = EntryKind.of("test.decision", Note.class);
    public static final EntryKind<Counter> BULK = EntryKind.of("test.bulk", Counter.class);
    /** Named like real kinds so pages and filters show familiar names; the payload is a {@link Note}. */
    public static final EntryKind<Note> OWNER_NOTE = EntryKind.of("owner.assigned", Note.class);
    public static final EntryKind<Note> SNAPSHOT_NOTE = EntryKind.of("snapshot.imported", Note.class);
    public static final EntryKind<Review> REVIEW = EntryKind.of("campaign.decision", Review.class);
    public static final EntryKind<StepUp> STEP_UP = EntryKind.of("stepup.decided", StepUp.class);

    private TestEntries() {
    }

    public static Note note(long n) {
        return new Note(n, "entry " + n);
    }
}
