package io.steward.importers.vault;

import io.steward.importers.spi.AbstractImporter;
import io.steward.importers.spi.Cancellation;
import io.steward.importers.spi.Detection;
import io.steward.importers.spi.FileSample;
import io.steward.importers.spi.ImportProgress;
import io.steward.importers.spi.RecordSink;
import io.steward.importers.json.JsonRecord;
import io.steward.model.inventory.CredentialRecord;
import io.steward.model.inventory.GrantRecord;
import io.steward.model.inventory.IdentityRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Vault token lookups (docs/FORMATS-SUPPORTED.md): {@code vault token lookup -format=json [-accessor A]} and the
 * lookup APIs, one response or many concatenated (a loop over {@code vault list auth/token/accessors}).
 * The accessor is the id; {@code data.id} IS the token and the guard drops it before mapping.
 * {@code creation_time} is Unix seconds, {@code expire_time} null means never.
 */
public final class VaultTokensImporter extends AbstractImporter {
    public VaultTokensImporter() {
        super("vault-tokens", "1",
                "HashiCorp Vault token lookups: vault token lookup -format=json [-accessor], one or many concatenated");
    }

    @Override
    public Detection detect(FileSample sample) {
        return VaultLookups.detect(sample, data -> data.contains("accessor") && (data.contains("policies") || data.contains("display_name")),
                "data has accessor and policies: a Vault token lookup", "no Vault token lookup");
    }

    @Override
    public void read(Path file, RecordSink sink, ImportProgress progress, Cancellation cancel) throws IOException {
        VaultLookups.read(file, sink, progress, cancel, VaultTokensImporter::map);
    }

    private static IdentityRecord map(JsonRecord r) {
        String accessor = r.require("data.accessor", "the token accessor (Steward's id for a token)");
        Instant created = r.time("data.creation_time");
        Instant expires = r.time("data.expire_time");
        Map<String, String> meta = r.map("data.meta");
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("path", r.text("data.path"));
        attributes.put("tokenType", r.text("data.type"));
        attributes.put("entityId", r.text("data.entity_id"));
        attributes.put("orphan", r.bool("data.orphan", null));
        attributes.put("renewable", r.bool("data.renewable", null));
        attributes.put("ttlSeconds", r.number("data.ttl"));
        attributes.put("explicitMaxTtlSeconds", r.number("data.explicit_max_ttl"));
        attributes.put("numUses", r.number("data.num_uses"));
        if (expires == null && Long.valueOf(0).equals(r.number("data.ttl"))) {
            attributes.put("nonExpiring", Boolean.TRUE);
        }
        List<GrantRecord> grants = new ArrayList<>();
        for (String p : r.texts("data.policies")) {
            grants.add(new GrantRecord(p, null, "token-policy", null));
        }
        for (String p : r.texts("data.identity_policies")) {
            grants.add(new GrantRecord(p, null, "identity-policy", null));
        }
        return r.identity(accessor, "vault-token")
                .name(r.text("data.display_name"))
                .ownerHint(VaultLookups.ownerHint(meta))
                .createdAt(created != null ? created : r.time("data.issue_time"))
                .attributes(attributes)
                .tags(meta)
                .credentials(List.of(new CredentialRecord(accessor, null, "vault-token", Boolean.TRUE, created, null, null, expires)))
                .grants(grants)
                .build();
    }
}
