package io.steward.importers.aws;

import com.fasterxml.jackson.databind.JsonNode;
import io.steward.importers.spi.AbstractImporter;
import io.steward.importers.spi.BadInputException;
import io.steward.importers.spi.Cancellation;
import io.steward.importers.spi.Detection;
import io.steward.importers.spi.FileSample;
import io.steward.importers.spi.ImportProgress;
import io.steward.importers.spi.JsonShape;
import io.steward.importers.spi.RecordSink;
import io.steward.importers.json.JsonRecord;
import io.steward.importers.json.RootArrays;
import io.steward.model.inventory.CredentialRecord;
import io.steward.model.inventory.IdentityRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * {@code aws-access-keys}: {@code aws iam list-access-keys} JSON ({@code AccessKeyMetadata[]}), and the
 * output of {@code create-access-key} ({@code AccessKey}), whose {@code SecretAccessKey} the guard refuses.
 * One identity per key, id = the access key id (an identifier, not a secret), shown masked. The output
 * names users but not accounts, so the source is the user ({@code aws:user/<name>}), or
 * {@code aws:access-keys} when a file lists several users.
 */
public final class AccessKeysImporter extends AbstractImporter {
    public static final String ID = "aws-access-keys";
    private static final Pattern KEY_ID = Pattern.compile("(AKIA|ASIA|ABIA|ACCA|AIDA|AROA)[A-Z0-9]{12,124}");
    private static final long MAX_BYTES = 64L << 20;

    public AccessKeysImporter() {
        super(ID, "1",
                "AWS list-access-keys JSON (AccessKeyMetadata), or create-access-key output with its secret refused");
    }

    @Override
    public Detection detect(FileSample sample) {
        JsonShape json = sample.json();
        if (json.root() == JsonShape.Root.OBJECT && json.hasRootField("AccessKeyMetadata")) {
            return Detection.certain("JSON object with AccessKeyMetadata");
        }
        if (json.root() == JsonShape.Root.OBJECT && json.hasRootField("AccessKey")
                && json.elementFields("AccessKey.").contains("AccessKeyId")) {
            return Detection.certain("create-access-key output (AccessKey)");
        }
        return Detection.no("no AccessKeyMetadata");
    }

    @Override
    public void read(Path file, RecordSink sink, ImportProgress progress, Cancellation cancel) throws IOException {
        JsonNode root = RootArrays.readSmall(file, MAX_BYTES);
        if (!root.isObject()) {
            throw BadInputException.wholeFile(file, "expected a JSON object with AccessKeyMetadata");
        }
        List<JsonNode> keys;
        String listName;
        if (root.has("AccessKeyMetadata")) {
            listName = "AccessKeyMetadata";
            JsonNode list = root.get("AccessKeyMetadata");
            if (!list.isArray()) {
                throw new BadInputException(file, 0, 0, listName, "AccessKeyMetadata must be a JSON array");
            }
            keys = JsonRecord.asList(list);
        } else if (root.has("AccessKey") && root.get("AccessKey").isObject()) {
            listName = "AccessKey";
            keys = List.of(root.get("AccessKey"));
        } else {
            throw BadInputException.wholeFile(file, "there is no AccessKeyMetadata list, so this is not list-access-keys output");
        }
        if (root.path("IsTruncated").asBoolean(false)) {
            sink.warning(0, 0, "IsTruncated", "truncated-export",
                    "the output says it is truncated (IsTruncated: true): keys on later pages are missing");
        }
        Set<String> users = new LinkedHashSet<>();
        for (JsonNode k : keys) {
            if (!k.isObject()) {
                throw new BadInputException(file, 0, 0, listName, "each access key must be a JSON object");
            }
            users.add(k.path("UserName").asText(""));
        }
        if (keys.isEmpty()) {
            throw BadInputException.wholeFile(file, "the list holds no access keys, so it does not say whose keys they are;"
                    + " there is nothing to import");
        }
        sink.source(users.size() == 1 ? "aws:user/" + users.iterator().next() : "aws:access-keys");
        long rec = 0;
        for (JsonNode node : keys) {
            rec++;
            cancel.check();
            sink.screenJson(rec, 0, listName + "[" + rec + "]", node);
            sink.identity(key(new JsonRecord(file, rec, 0, listName + "[" + rec + "]", node)));
            progress.update(Files.size(file) * rec / keys.size(), Files.size(file), rec);
        }
    }

    private IdentityRecord key(JsonRecord r) {
        String keyId = r.requiredText("AccessKeyId");
        if (!KEY_ID.matcher(keyId).matches()) {
            throw r.bad("AccessKeyId", "not an AWS access key id (AKIA… or ASIA…, upper-case letters and digits)");
        }
        String user = r.requiredText("UserName");
        String status = r.requiredText("Status");
        Boolean active = switch (status) {
            case "Active" -> Boolean.TRUE;
            case "Inactive" -> Boolean.FALSE;
            default -> throw r.bad("Status", "expected Active or Inactive");
        };
        Instant created = r.time("CreateDate");
        String masked = mask(keyId);
        Map<String, Object> attributes = new TreeMap<>();
        attributes.put("userName", user);
        attributes.put("temporary", keyId.startsWith("ASIA"));
        CredentialRecord credential = new CredentialRecord(keyId, masked, "aws-access-key", active, created, created, null, null);
        return IdentityRecord.builder(keyId, CredentialReportRows.KIND_ACCESS_KEY)
                .name(user + " access key " + masked.substring(masked.length() - 4)).enabled(active).createdAt(created)
                .attributes(attributes).credentials(new ArrayList<>(List.of(credential))).at(r.recordNo(), r.lineNo()).build();
    }

    /** AKIA************WXYZ: the prefix says the kind of key, the last four identify it to a person. */
    static String mask(String keyId) {
        return keyId.substring(0, 4) + "*".repeat(keyId.length() - 8) + keyId.substring(keyId.length() - 4);
    }
}
