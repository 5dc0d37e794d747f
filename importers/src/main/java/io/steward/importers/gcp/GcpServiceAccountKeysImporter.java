package io.steward.importers.gcp;

import io.steward.importers.spi.AbstractImporter;
import io.steward.importers.spi.Cancellation;
import io.steward.importers.spi.Detection;
import io.steward.importers.spi.FileSample;
import io.steward.importers.spi.ImportProgress;
import io.steward.importers.spi.JsonShape;
import io.steward.importers.spi.RecordSink;
import io.steward.importers.json.Envelopes;
import io.steward.importers.json.ScreenedJson;
import io.steward.model.inventory.IdentityRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code gcloud iam service-accounts keys list --format=json} (bare array), REST {@code {"keys":[…]}}, a
 * single key create response, or a downloaded key file (docs/FORMATS-SUPPORTED.md). {@code privateKeyData} and
 * {@code private_key} are refused by the guard before anything is mapped.
 */
public final class GcpServiceAccountKeysImporter extends AbstractImporter {
    public GcpServiceAccountKeysImporter() {
        super("gcp-service-account-keys", "1",
                "GCP service-account keys: gcloud iam service-accounts keys list --format=json, REST {\"keys\":[…]}, "
                + "a key create response or a JSON key file (metadata only; private keys are refused)");
    }

    @Override
    public Detection detect(FileSample sample) {
        JsonShape json = sample.json();
        Set<String> fields = json.root() == JsonShape.Root.OBJECT && !json.hasRootField("keys") ? json.rootFields()
                : Envelopes.recordFields(json, "keys");
        if (fields.contains("asset_type") || fields.contains("assetType")) {
            return Detection.no("Cloud Asset Inventory assets");
        }
        if (fields.contains("name") && (fields.contains("validAfterTime") || fields.contains("keyAlgorithm"))) {
            return Detection.likely(95, "records have name and validAfterTime/keyAlgorithm: GCP service-account keys");
        }
        if ("service_account".equals(json.rootString("type")) && fields.contains("private_key_id")) {
            return Detection.likely(95, "a GCP service-account key file");
        }
        return Detection.no("no GCP key records");
    }

    @Override
    public void read(Path file, RecordSink sink, ImportProgress progress, Cancellation cancel) throws IOException {
        java.util.SortedSet<String> accounts = new java.util.TreeSet<>();
        ScreenedJson.read(file, false, List.of("keys"), true, sink, progress, cancel, ScreenedJson.IGNORE_ENVELOPE, r -> {
            IdentityRecord key = GcpKeyMapper.map(r, "");
            sink.source(GcpNames.source((String) key.attributes().get("projectId")));
            key.links().stream().filter(l -> l.kind().equals("key-of")).forEach(l -> accounts.add(l.targetNativeId()));
            sink.identity(key);
        });
        // keys list is per account (--iam-account): the keys of one account must not replace another's
        sink.seriesPart(String.join(",", accounts));
    }
}
