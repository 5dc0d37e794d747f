package io.steward.model.stepup;

import static io.steward.model.db.Tables.FINDING;
import static io.steward.model.db.Tables.STEPUP_DECISION;
import static io.steward.model.stepup.StepUpFixture.BOT;
import static io.steward.model.stepup.StepUpFixture.ETL;
import static io.steward.model.stepup.StepUpFixture.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.model.inventory.Timestamps;
import io.steward.model.ledger.LedgerEntry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StepUpServiceTest {
    @TempDir
    Path dir;
    StepUpFixture f;

    @BeforeEach
    void open() {
        f = new StepUpFixture(dir);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private void importRequests(String... lines) throws Exception {
        f.service.importFile(f.file(dir, "requests.jsonl", lines), "importer");
    }

    private long entries(String kind) {
        return f.ledger.page(0, 10_000, false, kind).size();
    }

    @Test
    void importIsIdempotentOnIdAndEachRequestIsALedgerEntry() throws Exception {
        Path file = f.file(dir, "r.json", "[" + request("R1", "deploy-bot", "deploy-bot", "read", "staging", "PT1H") + ","
                + request("R2", "etl-runner", ETL, "s3:PutObject", "production", "PT4H") + "]");

        assertThat(f.service.importFile(file, "me")).isEqualTo(new StepUpService.ImportResult(2, 0));
        assertThat(f.service.importFile(file, "me")).isEqualTo(new StepUpService.ImportResult(0, 2));

        List<LedgerEntry> requested = f.ledger.page(0, 100, false, StepUpEntries.REQUESTED);
        assertThat(requested).extracting(LedgerEntry::subject).containsExactly("R1", "R2");
        assertThat(requested.get(0).payload().get("identityKey").asText()).isEqualTo(BOT);
        assertThat(requested.get(1).payload().get("tools").get(0).asText()).isEqualTo("aws s3 cp");
    }

    @Test
    void aFileWithMalformedRequestsIsRefusedWithEveryReasonAndNothingCommitted() throws Exception {
        long before = f.ledger.size();
        Path file = f.file(dir, "bad.jsonl",
                request("OK1", "deploy-bot", "deploy-bot", "read", "staging", "PT1H"),
                request("BAD1", "deploy-bot", "no-such-identity", "read", "staging", "PT1H"),
                request("BAD2", "deploy-bot", "deploy-bot", "read", "staging", "one hour"),
                "{\"id\":\"BAD3\",\"requestedAt\":\"yesterday\"}",
                "not json",
                request("OK1", "deploy-bot", "deploy-bot", "read", "staging", "PT1H"));

        assertThatThrownBy(() -> f.service.importFile(file, "me"))
                .isInstanceOf(RequestsRefusedException.class)
                .satisfies(e -> assertThat(((RequestsRefusedException) e).problems()).extracting(p -> p.request() + "/" + p.field())
                        .contains("BAD1/target", "BAD2/ttl", "BAD3/requestedAt", "BAD3/requester", "BAD3/justification",
                                "#5 (line 5)/null", "OK1/id"))
                .hasMessageContaining("bad.jsonl")
                .hasMessageContaining("request BAD2, field ttl: 'one hour' is not a positive ISO-8601 duration");
        assertThat(f.ledger.size()).isEqualTo(before);
        assertThat(f.query.list(StepUpQuery.Filter.ALL, f.clock.instant(), 100)).isEmpty();
    }

    @Test
    void theRequesterCanNeverApproveTheirOwnRequest() throws Exception {
        importRequests(request("R1", "ana@example.com", "deploy-bot", "read", "staging", "PT1H"));

        assertThatThrownBy(() -> f.service.approve("R1", "ana@example.com", null, "mine"))
                .isInstanceOf(DecisionRefusedException.class)
                .hasMessageContaining("cannot approve it")
                .extracting(e -> ((DecisionRefusedException) e).rule()).isEqualTo(BuiltInRules.NO_SELF_APPROVAL);
        assertThatThrownBy(() -> f.service.approve("R1", "ana", null, "same person, login name"))
                .isInstanceOf(DecisionRefusedException.class).hasMessageContaining("cannot approve it");
        assertThat(entries(StepUpEntries.APPROVED)).isZero();
    }

    @Test
    void theDatabaseRefusesASelfApprovalEvenWhenTheServiceIsBypassed() throws Exception {
        importRequests(request("R1", "ana@example.com", "deploy-bot", "read", "staging", "PT1H"));
        long seq = f.ledger.append("x", io.steward.model.ledger.TestEntries.DECISION, "R1", new io.steward.model.ledger.TestEntries.Note(1, "note")).seq();

        assertThatThrownBy(() -> f.store.write(tx -> tx.insertInto(STEPUP_DECISION)
                .set(STEPUP_DECISION.LEDGER_SEQ, seq).set(STEPUP_DECISION.REQUEST_ID, "R1").set(STEPUP_DECISION.DECISION, "approved")
                .set(STEPUP_DECISION.ACTOR, " ANA@example.com").set(STEPUP_DECISION.DECIDED_AT, Timestamps.format(f.clock.instant()))
                .set(STEPUP_DECISION.REASON, "sneaky").set(STEPUP_DECISION.POLICY, "{}").execute()))
                .isInstanceOf(org.jooq.exception.DataAccessException.class)
                .hasMessageContaining("the requester cannot approve their own request");
    }

    @Test
    void onlyTheOwnerTheBackupOrADelegateMayApprove() throws Exception {
        importRequests(request("R1", "deploy-bot", "deploy-bot", "read", "staging", "PT1H"),
                request("R2", "deploy-bot", "deploy-bot", "read", "staging", "PT1H"),
                request("R3", "etl-runner", ETL, "read", "staging", "PT1H"));

        assertThatThrownBy(() -> f.service.approve("R1", "carla", null, "why not"))
                .isInstanceOf(DecisionRefusedException.class)
                .hasMessageContaining("carla is none of them (the owner is ana@example.com, the backup ben@example.com)");
        assertThat(f.service.approve("R1", "ana", null, "ok").role()).isEqualTo(ApproverRole.OWNER);
        assertThat(f.service.approve("R2", "ben@example.com", null, "ok").role()).isEqualTo(ApproverRole.BACKUP);
        // etl-runner is owned by team platform: dan, a member, is a delegate
        Decision delegated = f.service.approve("R3", "dan", null, "ok");
        assertThat(delegated.role()).isEqualTo(ApproverRole.DELEGATE);
        assertThat(delegated.granted()).isTrue();
    }

    @Test
    void anExpiredRequestCannotBeApproved() throws Exception {
        importRequests(request("R1", "deploy-bot", "deploy-bot", "read", "staging", "PT1H"));
        f.clock.advance(Duration.ofHours(25));

        assertThatThrownBy(() -> f.service.approve("R1", "ana", null, "late"))
                .isInstanceOf(DecisionRefusedException.class)
                .extracting(e -> ((DecisionRefusedException) e).rule()).isEqualTo(BuiltInRules.REQUEST_EXPIRED);
        assertThat(f.query.list(StepUpQuery.Filter.EXPIRED, f.clock.instant(), 10)).extracting(RequestSummary::id).containsExactly("R1");
    }

    @Test
    void productionPrivilegedNeedsTwoDistinctApproversAndTheTtlIsCapped() throws Exception {
        importRequests(request("R1", "etl-runner", ETL, "s3:PutObject", "production", "PT4H"));

        assertThatThrownBy(() -> f.service.approve("R1", "ana", Duration.ofHours(2), "too long"))
                .isInstanceOf(DecisionRefusedException.class)
                .hasMessageContaining("exceeds the cap of PT1H")
                .extracting(e -> ((DecisionRefusedException) e).rule()).isEqualTo(BuiltInRules.TTL_WITHIN_CAPS);

        Decision first = f.service.approve("R1", "ana", null, "looks right");
        assertThat(first.granted()).isFalse();
        assertThat(first.approval()).isEqualTo(1);
        assertThat(first.approvalsRequired()).isEqualTo(2);
        assertThat(f.query.list(StepUpQuery.Filter.PENDING, f.clock.instant(), 10)).singleElement()
                .satisfies(s -> assertThat(s.approvals()).isEqualTo(1))
                .satisfies(s -> assertThat(s.approvalsRequired()).isEqualTo(2));
        assertThatThrownBy(() -> f.service.approve("R1", "ANA@example.com", null, "again"))
                .isInstanceOf(DecisionRefusedException.class)
                .extracting(e -> ((DecisionRefusedException) e).rule()).isEqualTo(BuiltInRules.DISTINCT_APPROVERS);

        f.clock.advance(Duration.ofMinutes(5));
        Decision second = f.service.approve("R1", "ben", Duration.ofMinutes(30), "agreed");
        assertThat(second.granted()).isTrue();
        assertThat(second.ttl()).isEqualTo(Duration.ofMinutes(30));
        assertThat(second.expiresAt()).isEqualTo(f.clock.instant().plus(Duration.ofMinutes(30)));
        LedgerEntry approved = f.ledger.page(Long.MAX_VALUE, 1, true, StepUpEntries.APPROVED).get(0);
        assertThat(approved.payload().get("policy").get("applied").toString()).contains("production-privileged: approvals 2, cap PT1H");
        assertThat(approved.payload().get("granted").asBoolean()).isTrue();
        assertThat(f.query.list(StepUpQuery.Filter.ACTIVE, f.clock.instant(), 10)).singleElement()
                .satisfies(s -> assertThat(s.grantExpiresAt()).isEqualTo(second.expiresAt()));
        f.clock.advance(Duration.ofMinutes(31));
        assertThat(f.query.list(StepUpQuery.Filter.EXPIRED, f.clock.instant(), 10)).extracting(RequestSummary::state)
                .containsExactly(RequestState.EXPIRED);
    }

    @Test
    void withoutATtlTheGrantGetsTheSmallerOfRequestAndPolicyCap() throws Exception {
        importRequests(request("R1", "etl-runner", ETL, "read", "staging", "PT20M"),
                request("R2", "etl-runner", ETL, "s3:PutObject", "staging", "P2D"));

        assertThat(f.service.approve("R1", "ana", null, "ok").ttl()).isEqualTo(Duration.ofMinutes(20));
        assertThat(f.service.approve("R2", "ana", null, "ok").ttl()).isEqualTo(Duration.ofHours(8));
        assertThatThrownBy(() -> f.service.approve("R1", "ben", null, "again")).isInstanceOf(DecisionRefusedException.class)
                .extracting(e -> ((DecisionRefusedException) e).rule()).isEqualTo(BuiltInRules.DECIDED_ONCE);
    }

    @Test
    void thePolicyDeniesAStandingGrantForAnAgentWithItsMessage() throws Exception {
        importRequests(request("R1", "deploy-bot", "deploy-bot", "read", "staging", "P7D"));

        assertThatThrownBy(() -> f.service.approve("R1", "ana", null, "sure"))
                .isInstanceOf(DecisionRefusedException.class)
                .hasMessageContaining("agents never get standing grants")
                .extracting(e -> ((DecisionRefusedException) e).rule()).isEqualTo("agents-never-standing");
        assertThat(entries(StepUpEntries.APPROVED)).isZero();
    }

    @Test
    void thePolicyDeniesWhileTheTargetHasAnOpenCriticalFinding() throws Exception {
        importRequests(request("R1", "etl-runner", ETL, "read", "staging", "PT1H"));
        f.store.write(tx -> tx.insertInto(FINDING).set(FINDING.IDENTITY_KEY, ETL).set(FINDING.RULE, "overprivileged")
                .set(FINDING.SEVERITY, "critical").set(FINDING.EVIDENCE, "{}").set(FINDING.FIRST_SEEN_AT, Timestamps.format(f.clock.instant()))
                .set(FINDING.LAST_SEEN_AT, Timestamps.format(f.clock.instant())).execute());

        assertThatThrownBy(() -> f.service.approve("R1", "ana", null, "ok"))
                .isInstanceOf(DecisionRefusedException.class)
                .hasMessageContaining("open critical finding");
        assertThat(f.query.detail("R1", f.clock.instant()).findings()).extracting(FindingFact::rule).containsExactly("overprivileged");
    }

    @Test
    void denyClosesTheRequestAndRevokeEndsAGrantEarly() throws Exception {
        importRequests(request("R1", "etl-runner", ETL, "read", "staging", "PT1H"),
                request("R2", "etl-runner", ETL, "read", "staging", "PT1H"));

        Decision denied = f.service.deny("R1", "ana", "not needed");
        assertThat(denied.policy()).isNotNull();
        assertThatThrownBy(() -> f.service.approve("R1", "ben", null, "x")).isInstanceOf(DecisionRefusedException.class);

        f.service.approve("R2", "ana", null, "ok");
        f.clock.advance(Duration.ofMinutes(10));
        f.service.revoke("R2", "ben", "task done");
        assertThatThrownBy(() -> f.service.revoke("R2", "ben", "again")).isInstanceOf(DecisionRefusedException.class)
                .hasMessageContaining("already revoked");

        assertThat(f.query.list(StepUpQuery.Filter.ALL, f.clock.instant(), 10)).extracting(RequestSummary::state)
                .containsExactlyInAnyOrder(RequestState.DENIED, RequestState.REVOKED);
        assertThat(entries(StepUpEntries.DENIED)).isEqualTo(1);
        LedgerEntry revoked = f.ledger.page(Long.MAX_VALUE, 1, true, StepUpEntries.REVOKED).get(0);
        assertThat(revoked.payload().get("reason").asText()).isEqualTo("task done");
        assertThat(f.query.detail("R2", f.clock.instant()).decisions()).extracting(StepUpQuery.DecisionRow::decision)
                .containsExactly("approved", "revoked");
    }

    @Test
    void anUnknownRequestIsBadInput() {
        assertThatThrownBy(() -> f.service.approve("NOPE", "ana", null, "x")).isInstanceOf(UnknownRequestException.class);
        assertThatThrownBy(() -> f.query.detail("NOPE", f.clock.instant())).isInstanceOf(UnknownRequestException.class);
    }

    @Test
    void aRequestEnteredByHandTakesTheTargetsEnvironment() {
        StepUpRequest r = f.service.request(null, "deploy-bot", "deploy-bot", "read", null, null, Duration.ofMinutes(30),
                "chat with ana", null, List.of(), "ana");

        assertThat(r.environment()).isEqualTo("production");
        assertThat(r.identityKey()).isEqualTo(BOT);
        assertThat(entries(StepUpEntries.REQUESTED)).isEqualTo(1);
        assertThatThrownBy(() -> f.service.request("X", "me", "nobody", "read", null, "dev", Duration.ofMinutes(5), "j", null, List.of(), "ana"))
                .isInstanceOf(RequestsRefusedException.class).hasMessageContaining("field target");
    }
}
