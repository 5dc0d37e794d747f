package io.steward.importers.spi;

import io.steward.importers.spi.AbstractImporter;
import io.steward.importers.spi.Importer;

import java.util.Objects;

/** What every importer shows in {@code steward formats} and records in its snapshots: its id, version and description. */
public abstract class AbstractImporter implements Importer {
    private final String id;
    private final String version;
    private final String description;

    /** @param version bumped when the mapping changes, so a snapshot records which mapping produced it */
    protected AbstractImporter(String id, String version, String description) {
        this.id = Objects.requireNonNull(id, "id");
        this.version = Objects.requireNonNull(version, "version");
        this.description = Objects.requireNonNull(description, "description");
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String version() {
        return version;
    }

    @Override
    public final String description() {
        return description;
    }
}
