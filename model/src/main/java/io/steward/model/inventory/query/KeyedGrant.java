package io.steward.model.inventory.query;

/** A grant of a current identity, named by the identity's key. */
public record KeyedGrant(String identityKey, String privilege, String resource) {
}
