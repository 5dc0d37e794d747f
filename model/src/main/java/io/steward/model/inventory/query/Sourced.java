package io.steward.model.inventory.query;

/** A credential or grant of a merged identity with the row it was read from. */
public record Sourced<T>(T fact, FactOrigin origin) {
}
