package io.steward.importers;

import io.steward.importers.spi.BadInputException;
import io.steward.importers.spi.Detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Detection over the whole fixture tree: every fixture is recognised as the importer of its folder, and
 * every fixture under a {@code refused/} folder is refused (by detection or by the importer) with a message
 * that names the file. A fixture in a folder without an expectation fails the test, so new fixtures must
 * be declared here.
 */
class FixtureDetectionTest {
    /** Folder (relative to the fixture root) → the importer that must be detected for every file in it. */
    private static final Map<String, String> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("gcp/service-accounts", "gcp-service-accounts");
        EXPECTED.put("gcp/keys", "gcp-service-account-keys");
        EXPECTED.put("gcp/policy", "gcp-iam-policy");
        EXPECTED.put("gcp/cai/search-all-resources.csv", "gcp-asset-csv");
        EXPECTED.put("gcp/cai", "gcp-asset-inventory");
        EXPECTED.put("entra", "entra");
        EXPECTED.put("kubernetes", "kubernetes");
        EXPECTED.put("github/org-pat", "github-fine-grained-pats");
        EXPECTED.put("github/org-pat-requests", "github-pat-requests");
        EXPECTED.put("github/org-installations", "github-app-installations");
        EXPECTED.put("github/repo-deploy-keys", "github-deploy-keys");
        EXPECTED.put("vault/token-lookups", "vault-tokens");
        EXPECTED.put("vault/approle-list", "vault-approle-roles");
        EXPECTED.put("vault/secret-id-lookups", "vault-approle-secret-ids");
        EXPECTED.put("spire", "spire-entries");
        EXPECTED.put("people", "people-directory");
        EXPECTED.put("real-shaped/credential-report", "aws-credential-report");
        EXPECTED.put("real-shaped/gcp-policy", "gcp-iam-policy");
        EXPECTED.put("real-shaped/github-deploy-keys", "github-deploy-keys");
        EXPECTED.put("real-shaped/github-installations", "github-app-installations");
        EXPECTED.put("real-shaped/k8s-", "kubernetes");
        EXPECTED.put("real-shaped/vault-approle-list", "vault-approle-roles");
        EXPECTED.put("real-shaped/vault-token", "vault-tokens");
    }

    private final ImporterRegistry registry = StandardImporters.registry();

    static List<Path> fixtures() throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(FormatGolden.FIXTURES)) {
            walk.filter(Files::isRegularFile).filter(FixtureDetectionTest::isFixture).sorted().forEach(out::add);
        }
        return out;
    }

    static boolean isFixture(Path p) {
        String name = p.getFileName().toString();
        String rel = FormatGolden.FIXTURES.relativize(p).toString().replace('\\', '/');
        return !name.endsWith(FormatGolden.SUFFIX) && !name.endsWith(".seeded") && !name.endsWith(".xml")
                && rel.contains("/") && !rel.startsWith("bench/") && !rel.contains("/generated/")
                && !rel.startsWith("secret-corpus/") // the secret guard's corpus: SecretGuardRatesTest reads it
                && !rel.startsWith("formats/"); // the AWS and generic CSV fixtures: GoldenFileTest detects each of them
    }

    static String expected(Path fixture) {
        String rel = FormatGolden.FIXTURES.relativize(fixture).toString().replace('\\', '/');
        String best = null;
        for (String prefix : EXPECTED.keySet()) {
            if (rel.startsWith(prefix) && (best == null || prefix.length() > best.length())) {
                best = prefix;
            }
        }
        return best == null ? null : EXPECTED.get(best);
    }

    @TestFactory
    Stream<DynamicTest> everyFixtureIsDetectedAsItsOwnFormat() throws IOException {
        return fixtures().stream().filter(p -> !p.toString().contains("refused")).map(p -> DynamicTest.dynamicTest(
                FormatGolden.FIXTURES.relativize(p).toString(), () -> {
                    String id = expected(p);
                    assertThat(id).as("declare the expected importer of %s in FixtureDetectionTest.EXPECTED", p).isNotNull();
                    assertThat(registry.detect(p).id()).as("importer detected for %s", p).isEqualTo(id);
                }));
    }

    @TestFactory
    Stream<DynamicTest> refusedFixturesAreRefusedWithTheFileNamed() throws IOException {
        return fixtures().stream().filter(p -> p.toString().contains("refused")).map(p -> DynamicTest.dynamicTest(
                FormatGolden.FIXTURES.relativize(p).toString(), () -> {
                    Throwable t = catchThrowable(() -> FormatGolden.run(registry.detect(p), p));
                    assertThat(t).isInstanceOf(BadInputException.class);
                    assertThat(t.getMessage()).contains(p.getFileName().toString());
                }));
    }

    @Test
    void unknownJsonIsRefusedListingTheKnownFormats(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path file = dir.resolve("mystery.json");
        Files.writeString(file, "[{\"hostname\":\"web-1\",\"cpu\":4}]");
        assertThatThrownBy(() -> registry.detect(file)).isInstanceOf(FormatNotRecognisedException.class)
                .hasMessageContaining("JSON array whose first element has fields hostname, cpu")
                .hasMessageContaining("gcp-service-accounts").hasMessageContaining("--format");
    }

    @Test
    void aFileTwoFormatsClaimEquallyIsRefusedAsAmbiguous(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        // Kubernetes List items that also look like GCP service accounts: both claim it with the same confidence.
        Path file = dir.resolve("both.json");
        Files.writeString(file, "{\"apiVersion\":\"v1\",\"kind\":\"List\",\"items\":[{\"apiVersion\":\"v1\",\"kind\":\"X\",\"metadata\":{}}],"
                + "\"accounts\":[{\"email\":\"a@p.iam.gserviceaccount.com\",\"uniqueId\":\"1\"}]}");
        assertThatThrownBy(() -> registry.detect(file)).isInstanceOf(FormatNotRecognisedException.class)
                .hasMessageContaining("more than one format").hasMessageContaining("kubernetes").hasMessageContaining("gcp-service-accounts");
    }
}
