package io.steward.importers.github;

import io.steward.importers.spi.AbstractImporter;
import io.steward.importers.spi.Cancellation;
import io.steward.importers.spi.Detection;
import io.steward.importers.spi.FileSample;
import io.steward.importers.spi.ImportProgress;
import io.steward.importers.spi.JsonShape;
import io.steward.importers.spi.RecordSink;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * Pending fine-grained PAT requests on their own ({@code GET /orgs/{org}/personal-access-token-requests}: records
 * with {@code reason} and no {@code access_granted_at}). Mapped like the grants, but a series of its own: a
 * snapshot replaces the newest snapshot of its source and importer, and the requests must not replace the
 * granted tokens.
 */
public final class GithubPatRequestsImporter extends AbstractImporter {
    public GithubPatRequestsImporter() {
        super("github-pat-requests", "1",
                "GitHub fine-grained PAT requests awaiting approval: GET /orgs/{org}/personal-access-token-requests");
    }

    @Override
    public Detection detect(FileSample sample) {
        JsonShape json = sample.json();
        Set<String> fields = json.root() == JsonShape.Root.ARRAY ? json.elementFields(JsonShape.ROOT) : Set.of();
        if (fields.contains("token_id") && fields.contains("reason") && !fields.contains("access_granted_at")) {
            return Detection.likely(98, "records have token_id and reason but no access_granted_at: GitHub PAT requests");
        }
        return Detection.no("no PAT request records");
    }

    @Override
    public void read(Path file, RecordSink sink, ImportProgress progress, Cancellation cancel) throws IOException {
        GithubPatsImporter.readTokens(file, sink, progress, cancel);
    }
}
