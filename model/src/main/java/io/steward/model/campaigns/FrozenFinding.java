package io.steward.model.campaigns;

/** One finding an item had when its campaign opened (as frozen and hashed), with the item's decision now. */
public record FrozenFinding(long itemNo, String identity, String name, String owner, String decision, String rule, String severity) {
}
