package io.steward.model.owners;

import static io.steward.model.findings.GovernanceFixture.identity;
import static io.steward.model.findings.GovernanceFixture.people;
import static io.steward.model.findings.GovernanceFixture.person;
import static io.steward.model.findings.GovernanceFixture.snapshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.model.BadInputException;
import io.steward.model.ledger.Ledger;
import io.steward.model.store.Store;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnersTest {
    @TempDir
    Path dir;
    private Store store;
    private Owners owners;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("ledger.steward"));
        owners = new Owners(new Ledger(store));
        snapshot(store, "github:acme", null, w -> {
            w.add(identity("101", "api-token").name("deploy-bot").ownerHint("octocat").build());
            w.add(identity("102", "api-token").name("ci-token").build());
        });
        people(store, List.of(person("p1", "alice@example.com", "Alice Liddell", "payments", false, "octocat", "alice-vault"),
                person("p2", "bob@example.com", "Bob Builder", "platform", true)));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void assignmentIsOneEntryCarryingThePreviousOwnerWithTheProjectionInStep() {
        String key = "github:acme|101";
        CurrentOwner first = owners.assign("lead", key, Assignment.manual(OwnerRef.person("alice@example.com"), null, "wrote it"));
        CurrentOwner second = owners.assign("lead", key,
                Assignment.manual(OwnerRef.team("platform"), OwnerRef.person("alice@example.com"), "team took over"));

        var entry = new Ledger(store).entry(second.ledgerSeq()).orElseThrow();
        assertThat(entry.kind()).isEqualTo(OwnerEntries.ASSIGNED);
        assertThat(entry.subject()).isEqualTo(key);
        assertThat(entry.payload().get("previousOwner").asText()).isEqualTo("alice@example.com");
        assertThat(entry.payload().get("owner").asText()).isEqualTo("platform");
        assertThat(new Ledger(store).entry(first.ledgerSeq()).orElseThrow().payload().get("previousOwner").isNull()).isTrue();
        assertThat(owners.current(key)).hasValueSatisfying(c -> {
            assertThat(c.owner()).isEqualTo(OwnerRef.team("platform"));
            assertThat(c.backup()).isEqualTo(OwnerRef.person("alice@example.com"));
            assertThat(c.ledgerSeq()).isEqualTo(second.ledgerSeq());
        });
        assertThat(owners.history(key)).extracting(c -> c.owner().name()).containsExactly("alice@example.com", "platform");
    }

    @Test
    void ownersMatchByEmailPersonIdAndEveryLogin() {
        store.read(ctx -> {
            assertThat(OwnerNames.resolve(ctx, "Alice@Example.com", false)).isEqualTo(OwnerRef.person("alice@example.com"));
            assertThat(OwnerNames.resolve(ctx, "p1", false)).isEqualTo(OwnerRef.person("alice@example.com"));
            assertThat(OwnerNames.resolve(ctx, "octocat", false)).isEqualTo(OwnerRef.person("alice@example.com"));
            assertThat(OwnerNames.resolve(ctx, "alice-vault", false)).isEqualTo(OwnerRef.person("alice@example.com"));
            assertThat(OwnerNames.resolve(ctx, "Payments", false)).isEqualTo(OwnerRef.team("payments"));
            return null;
        });
    }

    @Test
    void unknownAndDepartedPeopleAreRefusedWithTheNearestNamesUnlessAllowed() {
        store.read(ctx -> {
            assertThatThrownBy(() -> OwnerNames.resolve(ctx, "alise@example.com", false))
                    .isInstanceOf(UnknownOwnerException.class)
                    .satisfies(e -> assertThat(((UnknownOwnerException) e).nearest()).first().isEqualTo("alice@example.com"))
                    .hasMessageContaining("--allow-unknown");
            assertThatThrownBy(() -> OwnerNames.resolve(ctx, "bob@example.com", false)).hasMessageContaining("has left");
            assertThat(OwnerNames.resolve(ctx, "contractor@example.com", true)).isEqualTo(OwnerRef.person("contractor@example.com"));
            return null;
        });
    }

    @Test
    void identitiesResolveByKeyNativeIdOrNameAndUnknownOnesAreRefused() {
        store.read(ctx -> {
            assertThat(KnownIdentities.resolve(ctx, "github:acme|101")).isEqualTo("github:acme|101");
            assertThat(KnownIdentities.resolve(ctx, "102")).isEqualTo("github:acme|102");
            assertThat(KnownIdentities.resolve(ctx, "Deploy-Bot")).isEqualTo("github:acme|101");
            assertThatThrownBy(() -> KnownIdentities.resolve(ctx, "nope")).isInstanceOf(BadInputException.class)
                    .hasMessageContaining("no current identity");
            return null;
        });
        long before = new Ledger(store).size();
        assertThatThrownBy(() -> owners.assign("lead", "github:acme|999",
                Assignment.manual(OwnerRef.person("alice@example.com"), null, "x"))).isInstanceOf(BadInputException.class);
        assertThat(new Ledger(store).size()).isEqualTo(before);
    }
}
