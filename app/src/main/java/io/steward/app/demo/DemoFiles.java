package io.steward.app.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.steward.model.json.CanonicalJson;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.SplittableRandom;

/** What every demo export needs: pretty JSON files as the CLIs print them, and deterministic made-up ids. */
final class DemoFiles {
    static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String HEX = "0123456789abcdef";

    private DemoFiles() {
    }

    static Path writeJson(Path dir, String fileName, JsonNode root) throws IOException {
        Path file = dir.resolve(fileName);
        CanonicalJson.MAPPER.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
        return file;
    }

    /** A version-4-shaped GUID that is the same for the same {@code salt}: Entra object ids, SPIRE entry ids, Vault accessors. */
    static String guid(long salt) {
        SplittableRandom r = new SplittableRandom(salt);
        return hex(r, 8) + "-" + hex(r, 4) + "-4" + hex(r, 3) + "-" + "89ab".charAt(r.nextInt(4)) + hex(r, 3) + "-" + hex(r, 12);
    }

    static String hex(SplittableRandom r, int length) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(HEX.charAt(r.nextInt(16)));
        }
        return b.toString();
    }

    /** A decimal id of {@code length} digits (GCP uniqueIds, GitHub ids). */
    static String digits(SplittableRandom r, int length) {
        StringBuilder b = new StringBuilder(length).append(1 + r.nextInt(9));
        for (int i = 1; i < length; i++) {
            b.append(r.nextInt(10));
        }
        return b.toString();
    }

    static String day(Instant t) {
        return t.toString().substring(0, 10);
    }

    /** The owner's e-mail, or {@code null} when nobody is recorded. */
    static String email(DemoOrg.Person p) {
        return p == null ? null : p.email();
    }
}
