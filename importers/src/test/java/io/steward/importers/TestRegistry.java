package io.steward.importers;

import java.util.ArrayList;
import java.util.List;

/** Every importer: the standard ones and the formats branch's, in registry order. */
public final class TestRegistry {
    private TestRegistry() {
    }

    public static List<Importer> list() {
        List<Importer> all = new ArrayList<>(StandardImporters.list());
        List<Importer> more = new ArrayList<>(MoreFormats.platformImporters());
        more.addAll(MoreFormats.spreadsheetImporters());
        for (Importer i : more) {
            if (all.stream().noneMatch(existing -> existing.id().equals(i.id()))) {
                all.add(i);
            }
        }
        return all;
    }

    public static ImporterRegistry all() {
        return new ImporterRegistry(list());
    }
}
