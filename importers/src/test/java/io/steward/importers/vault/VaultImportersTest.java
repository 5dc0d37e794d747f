package io.steward.importers.vault;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.importers.FormatGolden;
import io.steward.importers.FormatGolden.Result;
import io.steward.model.inventory.IdentityRecord;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class VaultImportersTest {
    private static final Path DIR = FormatGolden.FIXTURES.resolve("vault");

    @Test
    void tokenLookupsUseTheAccessorDropTheTokenAndParseEveryTimeShape() throws Exception {
        Result r = FormatGolden.assertGolden(new VaultTokensImporter(), DIR.resolve("token-lookups-secret.json"));
        IdentityRecord approle = r.identity("8609694a-cdbc-db9b-d345-e782dbb562ed");
        assertThat(approle.createdAt()).as("Unix seconds int").hasToString("2018-04-17T15:35:54Z");
        assertThat(approle.credentials().get(0).expiresAt()).as("nanoseconds with -04:00").hasToString("2018-05-19T15:35:54.466476215Z");
        assertThat(approle.ownerHint()).isEqualTo("payments-batch");
        assertThat(approle.grants()).extracting(g -> g.privilege() + "/" + g.via())
                .containsExactly("default/token-policy", "payments-read/token-policy", "dev-group-policy/identity-policy");
        IdentityRecord root = r.identity("cA3yOjJYF7C4i8Zr5Bb9hXkQ");
        assertThat(root.credentials().get(0).expiresAt()).as("null expire_time = never").isNull();
        assertThat(root.attributes()).containsEntry("nonExpiring", true);
        assertThat(r.identity("Jx8nQ2wV9bT5rL3kF7dH1sM6").ownerHint()).isEqualTo("test");
        assertThat(r.refused()).extracting(i -> i.field()).containsExactlyInAnyOrder("data.id", "data.id", "auth.client_token");
    }

    @Test
    void appRoleListsFromTheCliTheApiAndAnEmptyMount() throws Exception {
        Result cli = FormatGolden.assertGolden(new VaultAppRolesImporter(), DIR.resolve("approle-list-cli.json"));
        assertThat(cli.identities()).extracting(IdentityRecord::nativeId)
                .containsExactly("auth/approle/role/dev", "auth/approle/role/payments-batch", "auth/approle/role/prod");
        Result api = FormatGolden.assertGolden(new VaultAppRolesImporter(), DIR.resolve("approle-list-api.json"));
        assertThat(api.identities()).extracting(IdentityRecord::name).containsExactly("ci-runner", "reporting");
        Result empty = FormatGolden.assertGolden(new VaultAppRolesImporter(), DIR.resolve("approle-list-empty.txt"));
        assertThat(empty.identities()).isEmpty();
        assertThat(empty.source()).isEqualTo("vault");
    }

    @Test
    void secretIdLookupsGoZeroTimeIsNeverAndGeneratedSecretIdIsRefused() throws Exception {
        Result r = FormatGolden.assertGolden(new VaultSecretIdsImporter(), DIR.resolve("secret-id-lookups-secret.json"));
        IdentityRecord host = r.identity("84896a0c-1347-aa90-a4f6-aca8b7558780");
        assertThat(host.credentials().get(0).expiresAt()).isNull();
        assertThat(host.ownerHint()).isEqualTo("team-payments");
        assertThat(host.name()).isEqualTo("batch-host-1");
        assertThat(r.identity("9a8b7c6d-1347-aa90-a4f6-aca8b7558781").credentials().get(0).expiresAt())
                .hasToString("2024-01-01T00:10:00Z");
        assertThat(r.refused()).extracting(i -> i.field()).containsExactly("data.secret_id");
    }
}
