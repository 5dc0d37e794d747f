package io.steward.importers.spire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.importers.spi.BadInputException;
import io.steward.importers.FormatGolden;
import io.steward.importers.FormatGolden.Result;
import io.steward.model.inventory.IdentityRecord;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SpireEntriesImporterTest {
    private static final Path DIR = FormatGolden.FIXTURES.resolve("spire");
    private final SpireEntriesImporter importer = new SpireEntriesImporter(Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC));

    @Test
    void entriesRebuildSpiffeIdsKeepColonSelectorsAndStringTimes() throws Exception {
        Result r = FormatGolden.assertGolden(importer, DIR.resolve("entry-show.json"));
        assertThat(r.source()).isEqualTo("spiffe:example.org");
        IdentityRecord exporter = r.identity("2b7d1f2a-3c4e-4d5f-8a9b-0c1d2e3f4a5b");
        assertThat(exporter.name()).isEqualTo("spiffe://example.org/ns/payments/sa/exporter");
        assertThat(exporter.attributes().get("selectors")).asList()
                .containsExactly("k8s:ns:payments", "k8s:sa:exporter", "k8s:pod-label:app:exporter");
        assertThat(exporter.createdAt()).as("Unix seconds as a string").hasToString("2019-03-12T17:04:26Z");
        assertThat(exporter.enabled()).as("expires_at \"0\" = none").isTrue();
        assertThat(exporter.ownerHint()).isEqualTo("k8s payments/exporter");
        IdentityRecord nested = r.identity("3c8e2a3b-4d5f-4e6a-9b0c-1d2e3f4a5b6c");
        assertThat(nested.kind()).isEqualTo("spire-downstream");
        assertThat(nested.enabled()).as("expired in 2020").isFalse();
        assertThat(nested.grants()).extracting(g -> g.privilege()).containsExactly("spire:admin", "spire:downstream");
        assertThat(r.identity("4d9f3b4c-5e6a-4f7b-8c1d-2e3f4a5b6c7d").kind()).isEqualTo("spire-node-alias");
    }

    @Test
    void prettyTextOutputIsRefusedWithTheCommandToRun() {
        assertThatThrownBy(() -> FormatGolden.run(importer, DIR.resolve("entry-show-pretty.txt")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("-output json");
    }
}
