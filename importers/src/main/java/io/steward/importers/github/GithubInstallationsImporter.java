package io.steward.importers.github;

import io.steward.importers.spi.AbstractImporter;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GitHub App installations of an organisation (docs/FORMATS-SUPPORTED.md): {@code GET /orgs/{org}/installations}, an
 * object {@code {total_count, installations:[…]}}. Enabled = not suspended. A {@code total_count} above the
 * installations read means a page is missing, which is reported.
 */
public final class GithubInstallationsImporter extends AbstractImporter {
    public GithubInstallationsImporter() {
        super("github-app-installations", "1",
                "GitHub App installations: GET /orgs/{org}/installations ({total_count, installations:[…]})");
    }

    @Override
    public Detection detect(FileSample sample) {
        JsonShape json = sample.json();
        if (json.root() == JsonShape.Root.OBJECT && json.hasRootField("installations")
                && (json.hasRootField("total_count") || json.elementFields("installations").contains("app_slug"))) {
            return Detection.likely(97, "an object with total_count and installations: GitHub App installations");
        }
        return Detection.no("no installations list");
    }

    @Override
    public void read(Path file, RecordSink sink, ImportProgress progress, Cancellation cancel) throws IOException {
        long[] total = {-1};
        long[] read = {0};
        ScreenedJson.read(file, false, List.of("installations"), false, sink, progress, cancel, (envelope, had) -> {
            if (envelope.has("total_count")) {
                total[0] = envelope.path("total_count").asLong();
            }
        }, r -> {
            read[0]++;
            String account = r.text("account.login");
            sink.source(account == null ? "github" : "github:" + account);
            sink.identity(map(r));
        });
        if (total[0] > read[0]) {
            sink.warning(0, 0, "total_count", "incomplete-page", "total_count is " + total[0] + " but the file holds " + read[0]
                    + " installations: fetch every page (per_page=100 and the Link header) and import the complete list");
        }
    }

    private static IdentityRecord map(JsonRecord r) {
        String id = r.require("id", "the installation id");
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("appId", r.text("app_id"));
        attributes.put("appSlug", r.text("app_slug"));
        attributes.put("clientId", r.text("client_id"));
        attributes.put("targetType", r.text("target_type"));
        attributes.put("repositorySelection", r.text("repository_selection"));
        attributes.put("suspendedBy", r.text("suspended_by.login"));
        attributes.put("events", r.texts("events"));
        String selection = r.text("repository_selection");
        String account = r.text("account.login");
        return r.identity(id, "github-app-installation")
                .name(r.text("app_slug"))
                .enabled(r.time("suspended_at") == null)
                .createdAt(r.time("created_at"))
                .attributes(attributes)
                .grants(GithubPermissions.flat(r.at("permissions"), (account == null ? "" : account + "/")
                        + "repositories:" + (selection == null ? "unknown" : selection), "app-installation"))
                .build();
    }
}
