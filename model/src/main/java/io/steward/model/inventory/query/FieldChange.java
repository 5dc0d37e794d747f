package io.steward.model.inventory.query;

/** One identity field that differs, as stored text ({@code null} = unknown / none). */
public record FieldChange(String field, String before, String after) {
}
