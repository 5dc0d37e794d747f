package io.steward.model.inventory;

import java.util.List;

/** An inventory row with its credentials and grants, as exports (CLI {@code --format json/csv}) need them. */
public record IdentityWithChildren(IdentityRow identity, List<CredentialRecord> credentials, List<GrantRecord> grants) {
}
