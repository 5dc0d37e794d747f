package io.steward.model.owners;

import io.steward.model.BadInputException;
import java.util.List;

/** An owner or backup that the loaded people directory does not know (or who has left). Nothing was written. */
public final class UnknownOwnerException extends BadInputException {
    private final String given;
    private final List<String> nearest;

    public UnknownOwnerException(String given, String why, List<String> nearest) {
        super(null, null, "'" + given + "' " + why
                + (nearest.isEmpty() ? "" : "; nearest names: " + String.join(", ", nearest))
                + ". Check the spelling, import a newer people directory, or pass --allow-unknown.");
        this.given = given;
        this.nearest = List.copyOf(nearest);
    }

    public String given() {
        return given;
    }

    public List<String> nearest() {
        return nearest;
    }
}
