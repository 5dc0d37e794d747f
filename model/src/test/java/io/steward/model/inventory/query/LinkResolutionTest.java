package io.steward.model.inventory.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.model.inventory.IdentityRecord;
import io.steward.model.inventory.LinkRecord;
import io.steward.model.store.Store;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Links between platforms resolve to the current identity they name, by its stable id or by an alias the source
 * gives it: a Kubernetes service account names a GCP service account by e-mail (whose stable id is the numeric
 * uniqueId) and an Entra application by client id (the service principal's stable id is its object id).
 */
class LinkResolutionTest {
    static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
    static final String GSA = "payments-api@acme-prod.iam.gserviceaccount.com";
    static final String CLIENT_ID = "22222222-aaaa-4bbb-8ccc-000000000001";

    @TempDir
    Path dir;
    Store store;
    SnapshotFixtures fixtures;
    InventoryQuery query;

    @BeforeEach
    void setUp() {
        store = Store.open(dir.resolve("ledger.steward"));
        fixtures = new SnapshotFixtures(store);
        query = new InventoryQuery(store);
        fixtures.write("gcp:acme-prod", "gcp-service-accounts", T0, List.of(
                IdentityRecord.builder("104897362518394723011", "service-account").aliases(GSA).name("payments api").build()));
        fixtures.write("entra:tenant-1", "entra", T0, List.of(
                IdentityRecord.builder("9a8b7c6d-0000-0000-0000-000000000001", "service-principal").aliases(CLIENT_ID)
                        .name("payments-sp")
                        .links(List.of(new LinkRecord("registration", "entra:tenant-1", CLIENT_ID))).build()));
        fixtures.write("k8s:prod", "kubernetes", T0, List.of(IdentityRecord.builder("prod/payments/payments-api", "service-account")
                .links(List.of(new LinkRecord("acts-as-gcp-service-account", "gcp:acme-prod", GSA),
                        new LinkRecord("acts-as-entra-application", "entra:tenant-1", CLIENT_ID),
                        new LinkRecord("assumes-aws-role", "aws:111111111111", "arn:aws:iam::111111111111:role/missing")))
                .build()));
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void linksResolveByStableIdOrAliasAndNeverToTheIdentityItself() {
        IdentityRow pod = query.findByNativeId("prod/payments/payments-api").get(0);
        List<LinkView> links = query.detail(pod.id()).orElseThrow().links();

        assertThat(links).extracting(l -> l.target() == null ? null : l.target().name())
                .containsExactly("payments api", "payments-sp", null);

        IdentityRow sp = query.findByNativeId("9a8b7c6d-0000-0000-0000-000000000001").get(0);
        assertThat(query.detail(sp.id()).orElseThrow().links()).singleElement()
                .satisfies(l -> assertThat(l.target()).as("its own appId is no link to itself").isNull());
    }

    @Test
    void aNewerSnapshotOfTheTargetIsWhatTheLinkShows() {
        fixtures.write("gcp:acme-prod", "gcp-service-accounts", T0.plusSeconds(86_400), List.of(
                IdentityRecord.builder("104897362518394723011", "service-account").aliases(GSA).name("payments api v2").build()));
        IdentityRow pod = query.findByNativeId("prod/payments/payments-api").get(0);

        assertThat(query.detail(pod.id()).orElseThrow().links().get(0).target().name()).isEqualTo("payments api v2");
    }
}
