package io.steward.importers.columns;

import io.steward.importers.spi.Importer;
import java.nio.file.Path;

/** A spreadsheet importer that can take an explicit {@link ColumnMapping} (from the user or saved for its source). */
public interface MappableImporter extends Importer {
    /** The same importer reading with {@code mapping} (explicit entries win over header matching). */
    MappableImporter withMapping(ColumnMapping mapping);

    /** The source a file of this importer describes (the key a saved mapping is stored under). */
    String sourceOf(Path file);

    /**
     * "nhi-inventory-2024-05.xlsx" → "sheet:nhi-inventory": dates and numbers in a file name change per export. Made from the
     * {@link io.steward.importers.secrets.SafeFileName}, so a token in the name never becomes (part of) a source.
     */
    static String sheetSource(Path file) {
        String name = io.steward.importers.secrets.SafeFileName.of(file).name().toLowerCase(java.util.Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String stem = (dot < 0 ? name : name.substring(0, dot)).replaceAll("[0-9]+", "").replaceAll("[^a-z]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return "sheet:" + (stem.isEmpty() ? "inventory" : stem);
    }
}
