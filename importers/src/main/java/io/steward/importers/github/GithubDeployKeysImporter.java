package io.steward.importers.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import io.steward.model.inventory.GrantRecord;
import io.steward.model.inventory.IdentityRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deploy keys of a repository (docs/FORMATS-SUPPORTED.md): {@code GET /repos/{owner}/{repo}/keys}. Only a SHA-256
 * fingerprint of the public key is kept (hex); a write key ({@code read_only: false}) is a write grant;
 * {@code enabled} is a newer field and may be absent.
 */
public final class GithubDeployKeysImporter extends AbstractImporter {
    private static final Pattern PUBLIC_KEY = Pattern.compile("^(ssh-ed25519|ssh-rsa|ssh-dss|ecdsa-sha2-nistp\\d+|sk-[a-z0-9-]+@openssh\\.com)"
            + " ([A-Za-z0-9+/]+={0,2})(?: .*)?$");
    /** A key that names its algorithm but whose blob is cut or damaged (docs examples print "ssh-rsa AAA..."). */
    private static final Pattern DAMAGED_PUBLIC_KEY = Pattern.compile("^(ssh-ed25519|ssh-rsa|ssh-dss|ecdsa-sha2-nistp\\d+|sk-[a-z0-9-]+@openssh\\.com)"
            + "(?:\\s.*)?$");
    private static final Pattern REPO = Pattern.compile("/repos/([^/]+)/([^/]+)/keys/");

    public GithubDeployKeysImporter() {
        super("github-deploy-keys", "1",
                "GitHub deploy keys: GET /repos/{owner}/{repo}/keys (public keys kept as fingerprints only)");
    }

    @Override
    public Detection detect(FileSample sample) {
        JsonShape json = sample.json();
        Set<String> fields = json.root() == JsonShape.Root.ARRAY ? json.elementFields(JsonShape.ROOT) : Set.of();
        if (fields.contains("key") && fields.contains("read_only") && fields.contains("title")) {
            return Detection.likely(97, "records have key, title and read_only: GitHub deploy keys");
        }
        return Detection.no("no deploy-key records");
    }

    @Override
    public void read(Path file, RecordSink sink, ImportProgress progress, Cancellation cancel) throws IOException {
        java.util.SortedSet<String> repos = new java.util.TreeSet<>();
        ScreenedJson.read(file, false, List.of(), false, sink, progress, cancel, ScreenedJson.IGNORE_ENVELOPE,
                GithubDeployKeysImporter::fingerprintPublicKey, r -> {
                    String[] repo = repo(r);
                    sink.source("github:" + repo[0]);
                    repos.add(repo[0] + "/" + repo[1]);
                    sink.identity(map(r, repo[0] + "/" + repo[1], sink));
                });
        // deploy keys are listed per repository: one repository's keys must not replace another's
        sink.seriesPart(String.join(",", repos));
    }

    /** Replaces a recognised SSH public key by its fingerprint before screening; anything else is left to the guard. */
    static void fingerprintPublicKey(JsonNode node) {
        if (!(node instanceof ObjectNode obj) || !obj.path("key").isTextual()) {
            return;
        }
        String key = obj.path("key").textValue().strip();
        Matcher m = PUBLIC_KEY.matcher(key);
        String fingerprint = m.matches() ? sha256Hex(m.group(2)) : null;
        if (fingerprint != null) {
            obj.remove("key");
            obj.put("key_algorithm", m.group(1));
            obj.put("key_sha256", fingerprint);
            return;
        }
        Matcher damaged = DAMAGED_PUBLIC_KEY.matcher(key);
        if (damaged.matches()) {
            // a public key, but not a whole one: nothing to fingerprint, nothing secret either
            obj.remove("key");
            obj.put("key_algorithm", damaged.group(1));
        }
    }

    private static String sha256Hex(String base64) {
        try {
            byte[] blob = Base64.getDecoder().decode(base64.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(blob));
        } catch (NoSuchAlgorithmException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String[] repo(JsonRecord r) {
        String url = r.require("url", "the key's API url (it names the repository)");
        Matcher m = REPO.matcher(url);
        if (!m.find()) {
            throw r.bad("url", "does not name a repository (expected …/repos/OWNER/REPO/keys/ID)");
        }
        return new String[] {m.group(1), m.group(2)};
    }

    private static IdentityRecord map(JsonRecord r, String repo, RecordSink sink) {
        String id = r.require("id", "the key id");
        boolean readOnly = !Boolean.FALSE.equals(r.bool("read_only", Boolean.TRUE));
        Boolean enabled = r.bool("enabled", null);
        String fingerprint = r.text("key_sha256");
        if (fingerprint == null) {
            // the key is not a secret and not the identity: warn and import the deploy key without its fingerprint
            sink.warning(r.recordNo(), r.lineNo(), "key", "malformed-public-key", "the key is not a whole SSH public key "
                    + "(ssh-ed25519/ssh-rsa/ecdsa-…/sk-… followed by base64), so it has no fingerprint; the deploy key was imported without one");
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("repository", repo);
        attributes.put("keyAlgorithm", r.text("key_algorithm"));
        attributes.put("verified", r.bool("verified", null));
        var created = r.time("created_at");
        var lastUsed = r.time("last_used");
        return r.identity(repo + "/keys/" + id, "deploy-key")
                .name(r.text("title"))
                .ownerHint(r.text("added_by"))
                .enabled(enabled)
                .createdAt(created)
                .lastUsedAt(lastUsed)
                .attributes(attributes)
                .credentials(List.of(new CredentialRecord(fingerprint != null ? "sha256:" + fingerprint : "key:" + id, null, "ssh-deploy-key", enabled, created, null,
                        lastUsed, null)))
                .grants(List.of(new GrantRecord(readOnly ? "read" : "write", "repository:" + repo, "deploy-key", null)))
                .build();
    }
}
