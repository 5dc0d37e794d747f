package io.steward.importers.vault;

import io.steward.importers.spi.AbstractImporter;
import io.steward.importers.spi.Cancellation;
import io.steward.importers.spi.Detection;
import io.steward.importers.spi.FileSample;
import io.steward.importers.spi.ImportProgress;
import io.steward.importers.spi.RecordSink;
import io.steward.importers.json.JsonRecord;
import io.steward.model.inventory.CredentialRecord;
import io.steward.model.inventory.IdentityRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * AppRole SecretID accessor lookups (docs/FORMATS-SUPPORTED.md):
 * {@code vault write -format=json auth/approle/role/R/secret-id-accessor/lookup secret_id_accessor=A}, one or
 * many concatenated. A generate response has the same shape plus {@code secret_id}, which the guard refuses.
 * {@code expiration_time} 0001-01-01 (Go zero time) means never.
 */
public final class VaultSecretIdsImporter extends AbstractImporter {
    public VaultSecretIdsImporter() {
        super("vault-approle-secret-ids", "1",
                "HashiCorp Vault AppRole secret-id accessor lookups (metadata of SecretIDs; secret_id values are refused)");
    }

    @Override
    public Detection detect(FileSample sample) {
        return VaultLookups.detect(sample, data -> data.contains("secret_id_accessor"),
                "data has secret_id_accessor: a Vault AppRole SecretID lookup", "no secret_id_accessor");
    }

    @Override
    public void read(Path file, RecordSink sink, ImportProgress progress, Cancellation cancel) throws IOException {
        VaultLookups.read(file, sink, progress, cancel, VaultSecretIdsImporter::map);
    }

    private static IdentityRecord map(JsonRecord r) {
        String accessor = r.require("data.secret_id_accessor", "the SecretID accessor");
        Instant created = r.time("data.creation_time");
        Instant expires = r.time("data.expiration_time");
        Map<String, String> metadata = r.map("data.metadata");
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("numUses", r.number("data.secret_id_num_uses"));
        attributes.put("ttlSeconds", r.number("data.secret_id_ttl"));
        attributes.put("cidrList", r.texts("data.cidr_list"));
        attributes.put("tokenBoundCidrs", r.texts("data.token_bound_cidrs"));
        attributes.put("lastUpdated", r.time("data.last_updated_time"));
        return r.identity(accessor, "approle-secret-id")
                .name(metadata.getOrDefault("name", accessor))
                .ownerHint(VaultLookups.ownerHint(metadata))
                .createdAt(created)
                .attributes(attributes)
                .tags(metadata)
                .credentials(List.of(new CredentialRecord(accessor, null, "approle-secret-id", Boolean.TRUE, created, null, null, expires)))
                .build();
    }
}
