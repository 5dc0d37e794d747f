package io.steward.importers.vault;

import io.steward.importers.spi.AbstractImporter;
import io.steward.importers.spi.BadInputException;
import io.steward.importers.spi.Cancellation;
import io.steward.importers.spi.Detection;
import io.steward.importers.spi.FileSample;
import io.steward.importers.spi.ImportProgress;
import io.steward.importers.spi.JsonShape;
import io.steward.importers.spi.RecordSink;
import io.steward.importers.json.ScreenedJson;
import io.steward.model.inventory.IdentityRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Vault AppRole role lists (docs/FORMATS-SUPPORTED.md): {@code vault list -format=json auth/approle/role} (a bare
 * array of names), the API ({@code {"data":{"keys":[…]}}}), and the CLI's "No value found at …" for an
 * empty mount, which is an empty list. The mount is assumed to be {@code auth/approle}.
 */
public final class VaultAppRolesImporter extends AbstractImporter {
    private static final Pattern NAMES = Pattern.compile("\\A\\s*\\[\\s*(\"[^\"{}]*\"\\s*(,\\s*\"[^\"{}]*\"\\s*)*)?\\]?\\s*\\z");
    private static final String EMPTY = "No value found at ";

    private static final java.util.Set<String> ENVELOPE_FIELDS = java.util.Set.of("request_id", "lease_id", "renewable",
            "lease_duration", "data", "wrap_info", "warnings", "auth", "mount_type");

    public VaultAppRolesImporter() {
        super("vault-approle-roles", "1",
                "HashiCorp Vault AppRole role list: vault list -format=json auth/approle/role, or LIST /v1/auth/approle/role");
    }

    @Override
    public Detection detect(FileSample sample) {
        JsonShape json = sample.json();
        // keyed on the payload ({data:{keys:[…]}}), not on request_id & co., which tools that re-shape responses strip
        if (json.root() == JsonShape.Root.OBJECT && json.elementFields("data.").contains("keys")
                && ENVELOPE_FIELDS.containsAll(json.rootFields())) {
            return Detection.likely(90, "a Vault LIST response ({data:{keys:[…]}})");
        }
        if (sample.text().startsWith(EMPTY) && sample.text().contains("approle")) {
            return Detection.likely(90, "vault list's 'No value found at' message for an empty AppRole mount");
        }
        if (json.root() == JsonShape.Root.ARRAY && NAMES.matcher(sample.text()).matches() && sample.text().contains("\"")) {
            return Detection.likely(60, "a bare JSON array of names, as vault list prints");
        }
        return Detection.no("not a Vault list");
    }

    @Override
    public void read(Path file, RecordSink sink, ImportProgress progress, Cancellation cancel) throws IOException {
        sink.source("vault");
        if (FileSample.of(file).text().startsWith(EMPTY)) {
            return;
        }
        ScreenedJson.read(file, false, List.of("data.keys"), false, sink, progress, cancel, ScreenedJson.IGNORE_ENVELOPE, r -> {
            if (!r.node().isTextual()) {
                throw new BadInputException(file, r.recordNo(), r.lineNo(), null, "expected a role name (text) in the list");
            }
            String role = r.node().textValue();
            sink.identity(IdentityRecord.builder("auth/approle/role/" + role, "approle").name(role)
                    .attributes(java.util.Map.of("mount", "auth/approle")).at(r.recordNo(), r.lineNo()).build());
        });
    }
}
