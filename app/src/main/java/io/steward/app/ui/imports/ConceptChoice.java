package io.steward.app.ui.imports;

import io.steward.importers.columns.Concept;

/** One entry of a column's concept list: a concept, or "ignore" ({@code concept} null). */
public record ConceptChoice(Concept concept) {
    public static final ConceptChoice IGNORE = new ConceptChoice(null);

    public boolean ignored() {
        return concept == null;
    }

    /** The id used in saved mappings and on the command line. */
    public String id() {
        return concept == null ? Concept.IGNORE : concept.id();
    }

    @Override
    public String toString() {
        return concept == null ? "ignore (not read)" : concept.id() + " — " + concept.meaning();
    }
}
