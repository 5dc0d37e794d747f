package io.steward.model.stepup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console's reads: pages and counts of each list, grants and history, and the report of one request. */
class StepUpQueryTest {
    @TempDir
    Path dir;
    StepUpFixture f;

    @BeforeEach
    void requests() throws Exception {
        f = new StepUpFixture(dir);
        f.service.importFile(f.file(dir, "r.jsonl",
                StepUpFixture.request("R1", "agent:x", "etl-runner", "s3:PutObject", "production", "PT1H"),
                StepUpFixture.request("R2", "agent:y", "lab-svc", "s3:GetObject", "dev", "PT1H"),
                StepUpFixture.request("R3", "agent:y", "lab-svc", "s3:PutObject", "dev", "PT1H"),
                StepUpFixture.request("R4", "agent:z", "deploy-bot", "s3:GetObject", "staging", "PT1H")), "admin");
        f.service.approve("R2", "carla", Duration.ofMinutes(20), "lab run");
        f.clock.advance(Duration.ofMinutes(1));
        f.service.deny("R3", "carla", "read is enough");
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void pagesCountAndOrderEachList() {
        Instant now = f.clock.instant();
        assertThat(f.query.count(StepUpQuery.Filter.PENDING, now)).isEqualTo(2);
        List<String> paged = new ArrayList<>();
        paged.addAll(ids(f.query.page(StepUpQuery.Filter.PENDING, now, 0, 1)));
        paged.addAll(ids(f.query.page(StepUpQuery.Filter.PENDING, now, 1, 1)));
        assertThat(paged).containsExactly("R1", "R4").isEqualTo(ids(f.query.list(StepUpQuery.Filter.PENDING, now, 10)));
        assertThat(f.query.page(StepUpQuery.Filter.PENDING, now, 2, 1)).isEmpty();

        assertThat(f.query.page(StepUpQuery.Filter.GRANTS, now, 0, 10)).extracting(RequestSummary::id, RequestSummary::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("R2", RequestState.ACTIVE));
        assertThat(ids(f.query.page(StepUpQuery.Filter.HISTORY, now, 0, 10))).containsExactly("R3", "R2");
        assertThat(f.query.count(StepUpQuery.Filter.HISTORY, now)).isEqualTo(2);

        f.clock.advance(Duration.ofMinutes(30)); // R2's grant has ended
        assertThat(f.query.page(StepUpQuery.Filter.GRANTS, f.clock.instant(), 0, 10)).singleElement()
                .extracting(RequestSummary::state).isEqualTo(RequestState.EXPIRED);
        f.clock.advance(Duration.ofDays(1)); // R1 and R4 lapsed undecided: out of the inbox, into the history
        assertThat(f.query.count(StepUpQuery.Filter.PENDING, f.clock.instant())).isZero();
        assertThat(ids(f.query.page(StepUpQuery.Filter.HISTORY, f.clock.instant(), 0, 10))).containsExactly("R4", "R1", "R3", "R2");
    }

    @Test
    void theReportSaysWhatEachRuleDecided() {
        List<String> lines = RequestReport.lines(f.query.detail("R1", f.clock.instant()), f.service.evaluate("R1", "dan"), "dan");
        assertThat(lines.get(0)).isEqualTo("R1  (pending)");
        assertThat(lines).contains("  requester      agent:x", "  owner          team:platform", "  production-privileged: approvals 2, cap PT1H",
                "  => allowed; 2 approval(s), cap PT1H", "  none yet");
        List<String> denied = RequestReport.lines(f.query.detail("R3", f.clock.instant()), f.service.evaluate("R3", "carla"), "carla");
        assertThat(denied.get(0)).isEqualTo("R3  (denied)");
        assertThat(denied).anyMatch(l -> l.matches("  #\\d+ \\S+ denied by carla: read is enough"));
    }

    private static List<String> ids(List<RequestSummary> rows) {
        return rows.stream().map(RequestSummary::id).toList();
    }
}
