package io.steward.importers;

import io.steward.model.inventory.query.CountResult;
import io.steward.model.inventory.query.CredentialView;
import io.steward.model.inventory.query.Facet;
import io.steward.model.inventory.query.FacetValue;
import io.steward.model.inventory.query.GrantView;
import io.steward.model.inventory.query.IdentityDetail;
import io.steward.model.inventory.query.IdentityFilter;
import io.steward.model.inventory.query.IdentityRow;
import io.steward.model.inventory.query.IdentitySort;
import io.steward.model.inventory.query.InventoryQuery;
import io.steward.model.inventory.query.PageRequest;
import io.steward.model.inventory.query.Sourced;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two or three importers of one platform describing one principal show as ONE identity with the facts of all of
 * them, each fact keeping the snapshot it came from. Files written for the test, imported through the service.
 */
class OnePrincipalTest extends LedgerTestBase {
    private static final String ARN = "arn:aws:iam::123456789012:user/service/svc-etl";

    private static final String CREDENTIAL_REPORT = """
            user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,\
            access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,\
            access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,\
            cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated
            svc-etl,arn:aws:iam::123456789012:user/service/svc-etl,2019-05-07T18:55:12+00:00,false,N/A,N/A,N/A,false,\
            true,2019-05-07T18:56:01+00:00,2024-12-01T10:15:00+00:00,us-east-1,s3,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A
            svc-other,arn:aws:iam::123456789012:user/svc-other,2020-01-01T00:00:00+00:00,false,N/A,N/A,N/A,false,\
            false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A
            """;

    private static final String AUTHORIZATION_DETAILS = """
            {"UserDetailList": [{
              "Path": "/service/", "UserName": "svc-etl", "UserId": "AIDA1234567890EXAMPLE",
              "Arn": "arn:aws:iam::123456789012:user/service/svc-etl", "CreateDate": "2019-05-07T18:55:12Z",
              "AttachedManagedPolicies": [{"PolicyName": "AmazonSQSFullAccess", "PolicyArn": "arn:aws:iam::aws:policy/AmazonSQSFullAccess"}],
              "Tags": [{"Key": "Owner", "Value": "team-data@example.com"}]
            }], "GroupDetailList": [], "RoleDetailList": [], "Policies": []}
            """;

    private static final String COMPUTE = "812345678901-compute@developer.gserviceaccount.com";
    private static final String EXPORTER = "exporter@acme-prod.iam.gserviceaccount.com";

    private static final String SERVICE_ACCOUNTS = """
            [{"displayName": "Compute Engine default service account", "email": "%s",
              "name": "projects/acme-prod/serviceAccounts/%s", "projectId": "acme-prod", "uniqueId": "117263541892736451290"},
             {"displayName": "exporter", "email": "%s", "name": "projects/acme-prod/serviceAccounts/%s",
              "projectId": "acme-prod", "uniqueId": "104897362518394723011"}]
            """.formatted(COMPUTE, COMPUTE, EXPORTER, EXPORTER);

    private static final String POLICY = """
            {"bindings": [
              {"role": "roles/editor", "members": ["serviceAccount:%s", "user:bob@example.com"]},
              {"role": "roles/storage.objectViewer", "members": ["serviceAccount:%s"]}
            ], "etag": "BwX=", "version": 1}
            """.formatted(COMPUTE, EXPORTER);

    private static final String KEYS = """
            [{"keyAlgorithm": "KEY_ALG_RSA_2048", "keyOrigin": "GOOGLE_PROVIDED", "keyType": "USER_MANAGED",
              "name": "projects/acme-prod/serviceAccounts/%s/keys/3f1c2b9a8e7d6c5b4a3928171605f4e3d2c1b0a9",
              "validAfterTime": "2021-03-04T09:15:22Z", "validBeforeTime": "9999-12-31T23:59:59Z"}]
            """.formatted(COMPUTE);

    private InventoryQuery query() {
        return new InventoryQuery(store);
    }

    private void commit(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        ImportReport report = service.commit(file, ImportOptions.detect("tester"), ImportProgress.NONE, Cancellation.NEVER);
        assertThat(report.committed()).as(name).isTrue();
    }

    private List<IdentityRow> all() {
        return query().page(PageRequest.first(IdentityFilter.ALL, IdentitySort.NAME, false, 100)).rows();
    }

    @Test
    void credentialReportAndAuthorizationDetailsOfOneAccountShowOnceWithKeysAndGrants() throws Exception {
        commit("credential-report.csv", CREDENTIAL_REPORT);
        commit("authorization-details.json", AUTHORIZATION_DETAILS);

        List<IdentityRow> users = all().stream().filter(r -> r.nativeId().equals(ARN)).toList();
        assertThat(users).as("one row for the user, not one per importer").hasSize(1);
        IdentityRow user = users.get(0);
        assertThat(user.key()).isEqualTo(ARN);
        assertThat(user.lastUsedAt()).as("last use from the credential report").isEqualTo(Instant.parse("2024-12-01T10:15:00Z"));
        assertThat(user.ownerHint()).as("owner hint from the authorization details' tags").isEqualTo("team-data@example.com");
        assertThat(query().count(IdentityFilter.ALL)).isEqualTo(new CountResult(all().size(), true));
        assertThat(query().facets(IdentityFilter.ALL).of(Facet.KIND)).contains(new FacetValue("iam-user", 2));
        IdentityFilter byOwnerHint = IdentityFilter.ALL.withOwnerHint("team-data@example.com");
        assertThat(query().page(PageRequest.first(byOwnerHint, IdentitySort.LAST_USED, true, 10)).rows())
                .as("a filter matches the owner hint another importer states").extracting(IdentityRow::key).containsExactly(ARN);
        assertThat(query().facets(IdentityFilter.ALL).of(Facet.OWNER_HINT)).contains(new FacetValue("team-data@example.com", 1));
        assertThat(query().facets(IdentityFilter.ALL.withKind("iam-user")).of(Facet.OWNER_HINT))
                .contains(new FacetValue("team-data@example.com", 1), new FacetValue(null, 1));
        assertThat(query().count(IdentityFilter.ALL.withOwnerHint(IdentityFilter.UNKNOWN).withKind("iam-user").withText("svc-etl")))
                .isEqualTo(new CountResult(0, true));

        IdentityDetail detail = query().detailByKey(ARN).orElseThrow();
        assertThat(detail.rows()).extracting(IdentityDetail::importerId)
                .containsExactlyInAnyOrder("aws-credential-report", "aws-authorization-details");
        assertThat(detail.allChildren()).as("the access key, from the credential report").singleElement()
                .satisfies(k -> assertThat(k.kind()).isEqualTo("access-key"));
        assertThat(detail.allGrants()).extracting(g -> g.fact().privilege()).contains("arn:aws:iam::aws:policy/AmazonSQSFullAccess");
        assertThat(detail.allGrants()).allSatisfy(g -> assertThat(g.origin().importerId()).isEqualTo("aws-authorization-details"));
        assertThat(detail.tags()).containsEntry("Owner", "team-data@example.com");
        assertThat(query().resolve(ARN)).singleElement().satisfies(r -> assertThat(r.key()).isEqualTo(ARN));
        assertThat(query().resolve("svc-etl")).as("by name").singleElement().satisfies(r -> assertThat(r.key()).isEqualTo(ARN));
    }

    @Test
    void gcpPolicyServiceAccountListAndKeysShowOnce() throws Exception {
        // The policy first: its member names the account by e-mail before the list says what its uniqueId is.
        commit("policy.json", POLICY);
        commit("service-accounts.json", SERVICE_ACCOUNTS);
        commit("keys.json", KEYS);

        List<IdentityRow> rows = all();
        assertThat(rows).extracting(IdentityRow::key).doesNotHaveDuplicates();
        List<IdentityRow> compute = rows.stream().filter(r -> r.key().equals("gcp:acme-prod|117263541892736451290")).toList();
        assertThat(compute).as("the default compute account once").singleElement()
                .satisfies(r -> assertThat(r.name()).isEqualTo("Compute Engine default service account"));
        assertThat(rows).as("policy, list and key rows of two accounts list as two principals").hasSize(2);

        IdentityDetail detail = query().detail(compute.get(0).id()).orElseThrow();
        assertThat(detail.rows()).extracting(IdentityDetail::importerId)
                .containsExactlyInAnyOrder("gcp-service-accounts", "gcp-iam-policy", "gcp-service-account-keys");
        List<Sourced<GrantView>> grants = detail.allGrants();
        assertThat(grants).singleElement().satisfies(g -> {
            assertThat(g.fact().privilege()).isEqualTo("roles/editor");
            assertThat(g.origin().importerId()).isEqualTo("gcp-iam-policy");
        });
        List<Sourced<CredentialView>> keys = detail.allCredentials();
        assertThat(keys).singleElement().satisfies(k -> {
            assertThat(k.fact().nativeId()).startsWith("3f1c2b9a");
            assertThat(k.origin().importerId()).isEqualTo("gcp-service-account-keys");
        });
        assertThat(query().resolve(COMPUTE)).as("the e-mail resolves to the principal").singleElement()
                .satisfies(r -> assertThat(r.key()).isEqualTo("gcp:acme-prod|117263541892736451290"));
        assertThat(query().count(IdentityFilter.ALL)).isEqualTo(new CountResult(2, true));
        assertThat(query().facets(IdentityFilter.ALL).of(Facet.SOURCE)).containsExactly(new FacetValue("gcp:acme-prod", 2));
    }

    @Test
    void aReimportOfTheAccountListKeepsOneRowPerPrincipal() throws Exception {
        commit("service-accounts.json", SERVICE_ACCOUNTS);
        commit("policy.json", POLICY);
        commit("keys.json", KEYS);
        Files.writeString(dir.resolve("service-accounts-2.json"), SERVICE_ACCOUNTS.replace("exporter\",", "exporter v2\","));
        commit("service-accounts-2.json", Files.readString(dir.resolve("service-accounts-2.json")));

        assertThat(all()).hasSize(2).extracting(IdentityRow::name).contains("exporter v2");
        assertThat(query().detailByKey("gcp:acme-prod|104897362518394723011").orElseThrow().allGrants())
                .extracting(g -> g.fact().privilege()).containsExactly("roles/storage.objectViewer");
    }
}
