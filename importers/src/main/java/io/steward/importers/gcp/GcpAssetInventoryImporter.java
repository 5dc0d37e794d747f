package io.steward.importers.gcp;

import io.steward.importers.spi.AbstractImporter;
import io.steward.importers.spi.Cancellation;
import io.steward.importers.spi.Detection;
import io.steward.importers.spi.FileSample;
import io.steward.importers.spi.ImportProgress;
import io.steward.importers.spi.RecordSink;
import io.steward.importers.json.Envelopes;
import io.steward.importers.json.JsonRecord;
import io.steward.importers.json.ScreenedJson;
import io.steward.model.inventory.IdentityRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Cloud Asset Inventory JSON (docs/FORMATS-SUPPORTED.md): the legacy snake_case style ({@code asset_type},
 * {@code iam_policy}) and the current camelCase one ({@code assetType}, {@code iamPolicy}); a bare array,
 * {@code {"assets":[…]}} or newline-delimited assets. Service accounts and keys become identities; every
 * asset's IAM policy becomes grants (on that asset) of the accounts it names. Grants can come before or
 * after their account, so identities are emitted at the end: memory grows with the number of identities,
 * not with the file.
 */
public final class GcpAssetInventoryImporter extends AbstractImporter {
    private static final Set<String> ACCOUNT_TYPES = Set.of("iam.googleapis.com/ServiceAccount", "google.iam.ServiceAccount");
    private static final Set<String> KEY_TYPES = Set.of("iam.googleapis.com/ServiceAccountKey", "google.iam.ServiceAccountKey");

    public GcpAssetInventoryImporter() {
        super("gcp-asset-inventory", "1",
                "GCP Cloud Asset Inventory JSON (gcloud asset list/export, asset_type or assetType): service accounts, keys, IAM policies");
    }

    @Override
    public Detection detect(FileSample sample) {
        Set<String> fields = Envelopes.recordFields(sample.json(), "assets");
        if (sample.json().root() == io.steward.importers.spi.JsonShape.Root.OBJECT && !sample.json().hasRootField("assets")) {
            fields = sample.json().rootFields(); // newline-delimited assets: the first one
        }
        if ((fields.contains("asset_type") || fields.contains("assetType")) && fields.contains("name")) {
            return Detection.likely(95, "records have name and asset_type/assetType: Cloud Asset Inventory");
        }
        return Detection.no("no asset_type/assetType records");
    }

    @Override
    public void read(Path file, RecordSink sink, ImportProgress progress, Cancellation cancel) throws IOException {
        List<IdentityRecord.Builder> accounts = new ArrayList<>();
        List<IdentityRecord> keys = new ArrayList<>();
        GcpPolicyGrants grants = new GcpPolicyGrants();
        TreeSet<String> projects = new TreeSet<>();
        ScreenedJson.read(file, false, List.of("assets"), true, sink, progress, cancel, ScreenedJson.IGNORE_ENVELOPE, r -> {
            String type = r.text("asset_type") != null ? r.text("asset_type") : r.text("assetType");
            if (type == null) {
                throw r.bad("assetType", "is missing; every Cloud Asset Inventory record has an asset type");
            }
            String policyField = r.node().has("iam_policy") ? "iam_policy" : "iamPolicy";
            if (r.at(policyField).isObject()) {
                grants.addPolicy(r, policyField, r.text("name"));
            }
            if (ACCOUNT_TYPES.contains(type)) {
                IdentityRecord.Builder b = GcpAccountMapper.map(r, "resource.data.").createdAt(created(r));
                accounts.add(b);
                addProject(projects, b.build());
            } else if (KEY_TYPES.contains(type)) {
                IdentityRecord key = GcpKeyMapper.map(r, "resource.data.");
                keys.add(key);
                addProject(projects, key);
            }
        });
        sink.source(projects.size() == 1 ? GcpNames.source(projects.first())
                : projects.isEmpty() ? GcpNames.source(grants.someProject()) : "gcp:cai");
        for (IdentityRecord.Builder b : accounts) {
            IdentityRecord account = b.build();
            sink.identity(b.grants(grants.takeGrantsOf((String) account.attributes().get("email"))).build());
        }
        keys.forEach(sink::identity);
        grants.emitRemaining(sink);
    }

    private static void addProject(Set<String> projects, IdentityRecord r) {
        Object p = r.attributes().get("projectId");
        if (p != null) {
            projects.add(p.toString());
        }
    }

    private static java.time.Instant created(JsonRecord r) {
        for (String path : List.of("resource.data.createTime", "createTime", "create_time")) {
            if (!r.at(path).isMissingNode()) {
                return r.time(path);
            }
        }
        return null;
    }
}
