package io.steward.model.stepup.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PolicyTest {
    static Map<String, Object> input(String environment, boolean privileged, long ttlSeconds, String kind, List<Map<String, Object>> findings) {
        Map<String, Object> request = new HashMap<>();
        request.put("id", "r1");
        request.put("environment", environment);
        request.put("privileged", privileged);
        request.put("ttlSeconds", ttlSeconds);
        request.put("requesterIsAgent", false);
        request.put("privilege", "write");
        Map<String, Object> target = new HashMap<>();
        target.put("kind", kind);
        target.put("key", "aws|x");
        return Map.of("request", request, "target", target, "owner", Map.of("owner", "ana@example.com"),
                "actor", Map.of("name", "ana@example.com", "role", "owner"), "findings", findings, "approvals", 0L);
    }

    @Test
    void defaultPolicyRequiresTwoApprovalsAndOneHourForPrivilegedProduction() {
        PolicyResult result = Policy.defaultPolicy().evaluate(input("production", true, 4 * 3600, "service-account", List.of()));

        assertThat(result.denied()).isFalse();
        assertThat(result.approvals()).isEqualTo(2);
        assertThat(result.cap()).isEqualTo(Duration.ofHours(1));
        assertThat(result.applied()).extracting(RuleResult::rule).containsExactly("production-privileged", "privileged-same-day");
    }

    @Test
    void defaultPolicyDeniesStandingGrantsToAgents() {
        PolicyResult result = Policy.defaultPolicy().evaluate(input("staging", false, 7 * 24 * 3600, "ai-agent", List.of()));

        assertThat(result.denied()).isTrue();
        assertThat(result.denials()).singleElement().asString().contains("agents never get standing grants").contains("agents-never-standing");
        assertThat(result.approvals()).isEqualTo(1);
    }

    @Test
    void defaultPolicyDeniesWhenTheTargetHasAnOpenCriticalFinding() {
        PolicyResult result = Policy.defaultPolicy().evaluate(input("dev", false, 600, "service-account",
                List.of(Map.of("rule", "overprivileged", "severity", "critical"))));

        assertThat(result.denials()).singleElement().asString().contains("open critical finding");
        PolicyResult low = Policy.defaultPolicy().evaluate(input("dev", false, 600, "service-account",
                List.of(Map.of("rule", "stale-credential", "severity", "medium"))));
        assertThat(low.denied()).isFalse();
        assertThat(low.cap()).isNull();
    }

    @Test
    void eachEffectCombinesSmallestCapAndLargestApprovalCount() {
        Policy policy = Policy.parse("mine.policy", """
                rule a: when request.environment == "production" then cap PT2H, approvals 2
                rule b: when request.ttlSeconds > 60
                  then cap PT30M
                rule c: when request.privilege.startsWith("write") then approvals 3
                rule d: when request.environment == "lab" then deny "no \\"lab\\" access"
                """);

        PolicyResult result = policy.evaluate(input("production", false, 3600, "service-account", List.of()));
        assertThat(result.cap()).isEqualTo(Duration.ofMinutes(30));
        assertThat(result.approvals()).isEqualTo(3);
        assertThat(result.denied()).isFalse();
        assertThat(policy.evaluate(input("lab", false, 10, "x", List.of())).denials())
                .containsExactly("no \"lab\" access (rule d)");
    }

    @Test
    void aConditionThatCannotBeEvaluatedDenies() {
        Policy policy = Policy.parse("p", "rule missing-field: when request.nosuchfield == 1 then approvals 2\n");

        PolicyResult result = policy.evaluate(input("dev", false, 10, "x", List.of()));

        assertThat(result.denied()).isTrue();
        assertThat(result.rules().get(0).error()).isNotBlank();
    }

    @Test
    void aBrokenPolicyNamesRuleLineAndColumnOfEveryProblem() {
        String text = """
                # header comment
                rule ok: when request.privileged then approvals 2

                rule broken-cel:
                  when request.environment == "production" &&
                  then cap PT1H
                rule bad-effect: when true then cap forever
                rule ok: when false then approvals 2
                rule no-then: when request.privileged
                """;

        assertThatThrownBy(() -> Policy.parse("bad.policy", text))
                .isInstanceOf(PolicyException.class)
                .satisfies(e -> {
                    List<PolicyProblem> problems = ((PolicyException) e).problems();
                    assertThat(problems).extracting(PolicyProblem::rule)
                            .containsExactlyInAnyOrder("broken-cel", "bad-effect", "ok", "no-then");
                    PolicyProblem cel = problems.stream().filter(p -> p.rule().equals("broken-cel")).findFirst().orElseThrow();
                    assertThat(cel.line()).isEqualTo(5);
                    assertThat(cel.column()).isGreaterThan(40);
                    PolicyProblem effect = problems.stream().filter(p -> p.rule().equals("bad-effect")).findFirst().orElseThrow();
                    assertThat(effect.line()).isEqualTo(7);
                    assertThat(effect.column()).isEqualTo(33);
                    assertThat(effect.message()).contains("ISO-8601 duration");
                    assertThat(e.getMessage()).contains("bad.policy:7:33: rule bad-effect:");
                });
    }

    @Test
    void aTypeErrorIsReportedAtItsColumn() {
        assertThatThrownBy(() -> Policy.parse("t.policy", "rule typo: when requst.environment == \"x\" then approvals 2\n"))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("t.policy:1:17: rule typo:")
                .hasMessageContaining("requst");
        assertThatThrownBy(() -> Policy.parse("t.policy", "rule notbool: when request.ttlSeconds + 1 then approvals 2\n"))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("rule notbool");
    }
}
