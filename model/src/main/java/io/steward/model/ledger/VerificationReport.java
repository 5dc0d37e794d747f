package io.steward.model.ledger;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of a verification. {@code failure} is one plain sentence naming the first entry or
 * checkpoint that does not hold and why; {@code failedSeq} is that entry's seq where there is one.
 */
public record VerificationReport(boolean ok, long entriesChecked, long headSeq, String headHash,
                                 int checkpointsChecked, Path checkpointsFile, Long failedSeq, String failure,
                                 List<String> notes) {
    public VerificationReport {
        notes = List.copyOf(notes);
    }
}
