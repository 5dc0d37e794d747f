package io.steward.model.findings;

import io.steward.model.owners.Assignment;
import io.steward.model.owners.CurrentOwner;

/** One change a bulk assignment would make: the identity, its owner now ({@code null} = none) and the new one. */
public record PlannedAssignment(String identityKey, String name, CurrentOwner previous, Assignment assignment) {
}
