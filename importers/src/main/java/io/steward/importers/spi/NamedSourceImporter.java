package io.steward.importers.spi;

import java.nio.file.Path;
import java.util.Locale;

/**
 * An importer whose files may not say which system they describe (a Kubernetes export does not name its cluster):
 * the user names it ({@code steward import --source}, the import sheet's Source field), Steward remembers the name for
 * the file-name pattern ({@link RememberedSources}), and the importer uses it when the file does not name itself.
 */
public interface NamedSourceImporter extends Importer {
    /**
     * The same importer, reading with {@code source} (already normalised): {@code explicit} (the user named it for this
     * import) wins over what the file says; a remembered name is used only when the file does not name its source.
     */
    NamedSourceImporter withSourceName(String source, boolean explicit);

    /**
     * The source for what the user typed: {@code prod-eu} or {@code kubernetes:prod-eu} → {@code kubernetes:prod-eu}.
     *
     * @throws IllegalArgumentException when the name is blank or holds characters a source cannot (a usage error)
     */
    String normaliseSource(String typed);

    /**
     * "pods-prod-eu-2024-11-02.yaml" → "pods-prod-eu": dates and numbers in a file name change per export. Made from the
     * {@link io.steward.importers.secrets.SafeFileName}, so a token in the name is never remembered.
     */
    static String filePattern(Path file) {
        String name = io.steward.importers.secrets.SafeFileName.of(file).name().toLowerCase(Locale.ROOT);
        int dot = name.indexOf('.');
        String stem = dot <= 0 ? name : name.substring(0, dot);
        String trimmed = stem.replaceAll("[0-9]{2,}", "").replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return trimmed.isEmpty() ? "export" : trimmed;
    }
}
