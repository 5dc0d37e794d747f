package io.steward.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.model.ledger.Hashes;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {
    @Test
    void keysAreSortedAtEveryLevelWithoutWhitespace() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("z", 1);
        inner.put("a", List.of(true, "é\n\"q\""));
        Map<String, Object> outer = new LinkedHashMap<>();
        outer.put("b", inner);
        outer.put("a", null);
        assertThat(CanonicalJson.string(CanonicalJson.tree(outer)))
                .isEqualTo("{\"a\":null,\"b\":{\"a\":[true,\"é\\n\\\"q\\\"\"],\"z\":1}}");
    }

    @Test
    void fractionsAreRefused() {
        assertThatThrownBy(() -> CanonicalJson.bytes(CanonicalJson.tree(Map.of("x", 1.5))))
                .hasMessageContaining("integers only");
    }

    /** The worked example in docs/LEDGER.md: keep the two in step. */
    @Test
    void documentedWorkedExampleHashes() {
        String body = "{\"actor\":\"alice\",\"kind\":\"owner.assigned\",\"payload\":{\"owner\":\"team-payments\"},"
                + "\"seq\":1,\"subject\":\"arn:aws:iam::123456789012:user/ci-deployer\",\"time\":\"2026-11-28T10:00:00.000Z\"}";
        byte[] hash = Hashes.entryHash(Hashes.sha256(), Hashes.GENESIS, body.getBytes(StandardCharsets.UTF_8));
        assertThat(Hashes.hex(hash)).isEqualTo(DOCUMENTED_HASH);
    }

    static final String DOCUMENTED_HASH = "ea90faffd145e70960d1e2dd403450449c9eade2a7c7c5aef98c55dc9b054f02";
}
