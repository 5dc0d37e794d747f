package io.steward.importers.gcp;

import io.steward.importers.spi.AbstractImporter;
import io.steward.importers.spi.Cancellation;
import io.steward.importers.spi.Detection;
import io.steward.importers.spi.FileSample;
import io.steward.importers.spi.ImportProgress;
import io.steward.importers.spi.RecordSink;
import io.steward.importers.json.Envelopes;
import io.steward.importers.json.ScreenedJson;
import io.steward.model.inventory.IdentityRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code gcloud iam service-accounts list --format=json} (a bare array) and the REST list
 * ({@code {"accounts":[…], "nextPageToken"}}), docs/FORMATS-SUPPORTED.md
 */
public final class GcpServiceAccountsImporter extends AbstractImporter {
    public GcpServiceAccountsImporter() {
        super("gcp-service-accounts", "1",
                "GCP service accounts: gcloud iam service-accounts list --format=json, or the REST {\"accounts\":[…]} list");
    }

    @Override
    public Detection detect(FileSample sample) {
        Set<String> fields = Envelopes.recordFields(sample.json(), "accounts");
        if (fields.contains("asset_type") || fields.contains("assetType")) {
            return Detection.no("Cloud Asset Inventory assets");
        }
        if (fields.contains("email") && (fields.contains("uniqueId") || fields.contains("oauth2ClientId"))) {
            return Detection.likely(95, "records have email and uniqueId: GCP service accounts");
        }
        return Detection.no("no email/uniqueId records");
    }

    @Override
    public void read(Path file, RecordSink sink, ImportProgress progress, Cancellation cancel) throws IOException {
        ScreenedJson.read(file, false, List.of("accounts"), false, sink, progress, cancel, (envelope, had) -> {
            if (!envelope.path("nextPageToken").asText("").isEmpty()) {
                sink.warning(0, 0, "nextPageToken", "incomplete-page", "the file is one page of a longer list (nextPageToken "
                        + "is set); accounts on later pages are not in this snapshot. Use gcloud, which fetches every page");
            }
        }, r -> {
            IdentityRecord account = GcpAccountMapper.map(r, "").build();
            sink.source(GcpNames.source((String) account.attributes().get("projectId")));
            sink.identity(account);
        });
    }
}
