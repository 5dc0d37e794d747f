package io.steward.model.inventory.query;

/** A privilege an identity holds, as stored: role/policy/action, resource, how it is held, condition. */
public record GrantView(String privilege, String resource, String via, String condition) {
    /** What makes two grants "the same grant" across snapshots: the privilege on the resource through the same path. */
    String key() {
        return privilege + '\u001f' + resource + '\u001f' + via;
    }
}
