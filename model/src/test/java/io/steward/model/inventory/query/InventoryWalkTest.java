package io.steward.model.inventory.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.model.inventory.CredentialRecord;
import io.steward.model.inventory.GrantRecord;
import io.steward.model.inventory.IdentityRecord;
import io.steward.model.store.Store;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link InventoryQuery#walk}, what a listing (CLI output, console export) reads: the same pages and children as
 * {@link InventoryQuery#page} and {@link InventoryQuery#childrenOf}, a row limit, one state of the ledger while it runs,
 * and a sink that stops it.
 */
class InventoryWalkTest {
    static final String AWS = "aws:111111111111";
    static final String GCP = "gcp:shop-prod";
    static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

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
        fixtures.write(AWS, "aws-credential-report", T0, identities("aws", 23));
        fixtures.write(GCP, "gcp-service-accounts", T0, identities("gcp", 8));
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    /** Every third identity without credentials, every other one without grants; the rest with one to three of each. */
    static List<IdentityRecord> identities(String prefix, int n) {
        List<IdentityRecord> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<CredentialRecord> credentials = new ArrayList<>();
            for (int c = 0; c < (i % 3 == 0 ? 0 : i % 3 + 1); c++) {
                credentials.add(new CredentialRecord("key" + c, "AKIA****" + i + c, "aws-access-key", c % 2 == 0,
                        T0.minusSeconds(86_400L * c), c == 1 ? null : T0.minusSeconds(60L * i), null, null));
            }
            List<GrantRecord> grants = new ArrayList<>();
            for (int g = 0; g < (i % 2 == 0 ? 0 : i % 4); g++) {
                grants.add(new GrantRecord("policy/" + prefix + g, g == 0 ? "*" : "arn:" + i, "attached", null));
            }
            list.add(IdentityRecord.builder(prefix + "-id-" + String.format("%03d", i), i % 2 == 0 ? "iam-user" : "role")
                    .name(prefix + "-" + (i * 7 % 11)).lastUsedAt(i % 3 == 0 ? null : T0.minusSeconds(30L * i))
                    .credentials(credentials).grants(grants).at(i + 1, i + 2).build());
        }
        return list;
    }

    @Test
    void pagesAndChildrenAreWhatPageAndChildrenOfGiveInEverySort() {
        for (IdentitySort sort : IdentitySort.values()) {
            for (boolean descending : new boolean[] {false, true}) {
                PageRequest first = PageRequest.first(IdentityFilter.ALL, sort, descending, 5);
                List<List<IdentityRow>> expectedPages = new ArrayList<>();
                IdentityPage page = query.page(first);
                expectedPages.add(page.rows());
                while (page.hasNext()) {
                    page = query.page(first.next(page.next()));
                    expectedPages.add(page.rows());
                }
                List<List<IdentityRow>> pages = new ArrayList<>();
                List<PrincipalChildren> children = new ArrayList<>();
                long handed = query.walk(first, 0, InventoryQuery.Children.LISTED, (rows, c) -> {
                    pages.add(rows);
                    children.add(c);
                });
                assertThat(pages).as(sort + (descending ? " desc" : " asc")).isEqualTo(expectedPages);
                assertThat(handed).isEqualTo(31);
                for (int i = 0; i < pages.size(); i++) {
                    if (pages.get(i).isEmpty()) {
                        assertThat(children.get(i).credentials()).isEmpty();
                        continue;
                    }
                    PrincipalChildren expected = query.childrenOf(pages.get(i));
                    for (IdentityRow r : pages.get(i)) {
                        assertThat(children.get(i).credentialsOf(r.key())).isEqualTo(expected.credentialsOf(r.key()));
                        assertThat(children.get(i).grantsOf(r.key())).isEqualTo(expected.grantsOf(r.key()));
                    }
                }
                // counted: the same numbers, no lists
                List<PrincipalChildren> counted = new ArrayList<>();
                query.walk(first, 0, InventoryQuery.Children.COUNTED, (rows, c) -> counted.add(c));
                for (int i = 0; i < pages.size(); i++) {
                    assertThat(counted.get(i).credentials()).isEmpty();
                    for (IdentityRow r : pages.get(i)) {
                        assertThat(counted.get(i).credentialCount(r.key())).isEqualTo(children.get(i).credentialsOf(r.key()).size());
                        assertThat(counted.get(i).grantCount(r.key())).isEqualTo(children.get(i).grantsOf(r.key()).size());
                    }
                }
            }
        }
        // the fixtures' children did arrive: a principal with three credentials, in stored order
        List<CredentialView> credentials = new ArrayList<>();
        query.walk(PageRequest.first(IdentityFilter.ALL, IdentitySort.NAME, false, 50), 0, InventoryQuery.Children.LISTED, (rows, c) -> rows.stream()
                .filter(r -> r.nativeId().equals("aws-id-002")).forEach(r -> credentials.addAll(c.credentialsOf(r.key()))));
        assertThat(credentials).extracting(CredentialView::nativeId).containsExactly("key0", "key1", "key2");
        assertThat(credentials.get(1).lastRotatedAt()).isNull();
    }

    @Test
    void aLimitStopsMidPageAndChildrenWithoutBeingAskedAreEmpty() {
        List<Integer> sizes = new ArrayList<>();
        List<IdentityRow> rows = new ArrayList<>();
        long handed = query.walk(PageRequest.first(IdentityFilter.ALL, IdentitySort.NAME, false, 5), 12, InventoryQuery.Children.NONE, (page, children) -> {
            sizes.add(page.size());
            rows.addAll(page);
            assertThat(children.credentials()).isEmpty();
            assertThat(children.grants()).isEmpty();
        });
        assertThat(handed).isEqualTo(12);
        assertThat(sizes).containsExactly(5, 5, 2);
        List<IdentityRow> all = query.page(PageRequest.first(IdentityFilter.ALL, IdentitySort.NAME, false, 100)).rows();
        assertThat(rows).isEqualTo(all.subList(0, 12));
        assertThatThrownBy(() -> query.walk(PageRequest.first(IdentityFilter.ALL, IdentitySort.NAME, false, 5), -1, InventoryQuery.Children.NONE, (p, c) -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anImportCommittedDuringTheWalkIsNotSeenByIt() {
        List<IdentityRow> before = query.page(PageRequest.first(IdentityFilter.ALL, IdentitySort.NAME, false, 100)).rows();
        List<IdentityRow> walked = new ArrayList<>();
        query.walk(PageRequest.first(IdentityFilter.ALL, IdentitySort.NAME, false, 4), 0, InventoryQuery.Children.NONE, (rows, children) -> {
            if (walked.isEmpty()) {
                // a newer GCP snapshot replaces the current one, committed on another connection between two pages
                fixtures.write(GCP, "gcp-service-accounts", T0.plusSeconds(60), identities("gcp2", 3));
            }
            walked.addAll(rows);
        });
        assertThat(walked).isEqualTo(before);
        List<IdentityRow> after = query.page(PageRequest.first(IdentityFilter.ALL, IdentitySort.NAME, false, 100)).rows();
        assertThat(after).hasSize(23 + 3).isNotEqualTo(before);
    }

    @Test
    void aSinkThatThrowsStopsTheWalkAndTheLedgerStaysUsable() {
        List<Integer> pages = new ArrayList<>();
        assertThatThrownBy(() -> query.walk(PageRequest.first(IdentityFilter.ALL, IdentitySort.NAME, false, 5), 0, InventoryQuery.Children.LISTED, (rows, c) -> {
            pages.add(rows.size());
            if (pages.size() == 2) {
                throw new java.util.concurrent.CancellationException("stop");
            }
        })).isInstanceOf(java.util.concurrent.CancellationException.class);
        assertThat(pages).containsExactly(5, 5);
        fixtures.write(AWS, "aws-credential-report", T0.plusSeconds(60), identities("aws", 2)); // no read transaction left open
        assertThat(query.count(IdentityFilter.ALL).count()).isEqualTo(2 + 8);
    }
}
