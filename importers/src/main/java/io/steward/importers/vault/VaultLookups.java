package io.steward.importers.vault;

import io.steward.importers.spi.Cancellation;
import io.steward.importers.spi.Detection;
import io.steward.importers.spi.FileSample;
import io.steward.importers.spi.ImportProgress;
import io.steward.importers.spi.JsonShape;
import io.steward.importers.spi.RecordSink;
import io.steward.importers.json.JsonRecord;
import io.steward.importers.json.ScreenedJson;
import io.steward.model.inventory.IdentityRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What Vault's lookup responses (tokens, SecretID accessors) share: one {@code {"data": {...}}} object per
 * lookup, one or many concatenated (a loop in a shell), all in the source {@code vault}, owners named in the
 * metadata map.
 */
final class VaultLookups {
    private VaultLookups() {
    }

    /** Likely (97) when the first lookup's {@code data} fields satisfy {@code isThisLookup}. */
    static Detection detect(FileSample sample, Predicate<Set<String>> isThisLookup, String yes, String no) {
        JsonShape json = sample.json();
        if (json.root() == JsonShape.Root.OBJECT && isThisLookup.test(json.elementFields("data."))) {
            return Detection.likely(97, yes);
        }
        return Detection.no(no);
    }

    /** Streams every lookup in the file, screened, into {@code map}. */
    static void read(Path file, RecordSink sink, ImportProgress progress, Cancellation cancel, Function<JsonRecord, IdentityRecord> map)
            throws IOException {
        sink.source("vault");
        java.util.SortedSet<String> ids = new java.util.TreeSet<>();
        ScreenedJson.read(file, false, List.of(), true, sink, progress, cancel, ScreenedJson.IGNORE_ENVELOPE, r -> {
            IdentityRecord identity = map.apply(r);
            ids.add(identity.nativeId());
            sink.identity(identity);
        });
        // lookups are taken a token (or SecretID) at a time: a lookup of one must not replace another's
        sink.seriesPart(String.join(",", ids));
    }

    /** The metadata keys that name a person, team or role, most specific first. */
    static String ownerHint(Map<String, String> meta) {
        for (String key : List.of("owner", "team", "username", "role_name", "service_account_name", "service_account_namespace")) {
            String v = meta.get(key);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
