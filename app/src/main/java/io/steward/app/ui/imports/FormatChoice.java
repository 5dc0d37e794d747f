package io.steward.app.ui.imports;

import io.steward.importers.spi.Importer;

/**
 * An entry of the format picker: {@link #DETECT} (let the content decide) or one importer of the
 * registry, by id.
 */
public record FormatChoice(String formatId, String label) {
    public static final FormatChoice DETECT = new FormatChoice(null, "Detect from the content");

    public static FormatChoice of(Importer importer) {
        return new FormatChoice(importer.id(), importer.id() + " — " + importer.description());
    }

    public boolean detects() {
        return formatId == null;
    }

    @Override
    public String toString() {
        return label;
    }
}
