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
import io.steward.model.inventory.CredentialRecord;
import io.steward.model.inventory.IdentityRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fine-grained personal access tokens with organisation access (docs/FORMATS-SUPPORTED.md):
 * {@code GET /orgs/{org}/personal-access-tokens} (grants), and a file that holds grants and requests together.
 * A file of requests only is {@link GithubPatRequestsImporter}'s: a series of its own, so importing the
 * requests does not replace the granted tokens. A human owns each token; it is a delegated credential, so the
 * owner's login is the owner hint.
 */
public final class GithubPatsImporter extends AbstractImporter {
    static final String KIND = "fine-grained-pat";

    public GithubPatsImporter() {
        super("github-fine-grained-pats", "1",
                "GitHub fine-grained PATs with organisation access: GET /orgs/{org}/personal-access-tokens and -requests");
    }

    @Override
    public Detection detect(FileSample sample) {
        JsonShape json = sample.json();
        Set<String> fields = json.root() == JsonShape.Root.ARRAY ? json.elementFields(JsonShape.ROOT) : Set.of();
        if (fields.contains("token_id") && fields.contains("token_name") && fields.contains("owner")) {
            return Detection.likely(97, "records have token_id, token_name and owner: GitHub fine-grained PAT grants");
        }
        return Detection.no("no token_id/token_name records");
    }

    @Override
    public void read(Path file, RecordSink sink, ImportProgress progress, Cancellation cancel) throws IOException {
        readTokens(file, sink, progress, cancel);
    }

    /** Grants and requests alike: one identity per token. */
    static void readTokens(Path file, RecordSink sink, ImportProgress progress, Cancellation cancel) throws IOException {
        ScreenedJson.read(file, false, List.of(), false, sink, progress, cancel, ScreenedJson.IGNORE_ENVELOPE, r -> {
            String source = GithubPermissions.organizationSource(r.text("repositories_url"));
            sink.source(source == null ? "github" : source);
            sink.identity(map(r));
        });
    }

    private static IdentityRecord map(JsonRecord r) {
        String tokenId = r.require("token_id", "the token's id");
        boolean request = r.node().has("reason") || !r.node().has("access_granted_at");
        boolean expired = Boolean.TRUE.equals(r.bool("token_expired", Boolean.FALSE));
        Instant granted = request ? r.time("created_at") : r.time("access_granted_at");
        Instant lastUsed = r.time("token_last_used_at");
        Instant expires = r.time("token_expires_at");
        String selection = r.text("repository_selection");
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put(request ? "requestId" : "grantId", r.text("id"));
        attributes.put("status", request ? "requested" : "granted");
        attributes.put("repositorySelection", selection);
        attributes.put("ownerType", r.text("owner.type"));
        attributes.put("reason", r.text("reason"));
        String org = "organization";
        return r.identity(tokenId, KIND)
                .name(r.text("token_name"))
                .ownerHint(r.text("owner.login"))
                .enabled(!expired)
                .createdAt(granted)
                .lastUsedAt(lastUsed)
                .attributes(attributes)
                .credentials(List.of(new CredentialRecord(tokenId, null, KIND, !expired, granted, null, lastUsed, expires)))
                .grants(GithubPermissions.grouped(r.at("permissions"), org, "repositories:" + (selection == null ? "unknown" : selection),
                        request ? "pat-request" : "pat-grant"))
                .build();
    }
}
