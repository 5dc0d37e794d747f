package io.steward.app.demo;

import io.steward.app.Workspace;
import io.steward.importers.spi.Cancellation;
import io.steward.importers.ImportOptions;
import io.steward.importers.spi.ImportProgress;
import io.steward.importers.ImportService;
import io.steward.model.findings.Accountability;
import io.steward.model.findings.Finding;
import io.steward.model.findings.FindingFilter;
import io.steward.model.findings.Findings;
import io.steward.model.findings.PlannedAssignment;
import io.steward.model.findings.Orphan;
import io.steward.model.findings.Suggestion;
import io.steward.model.owners.Assignment;
import io.steward.model.owners.OwnerRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo's accountability: a few AI agents (one with standing admin access), owners assigned at an earlier review
 * (some of whom have since left: the orphan queue's "owner left"), a handful of accepted risks, and a rules file
 * ({@value #RULES_FILE}, beside the ledger) that assigns most of the remaining orphans when applied.
 */
public final class DemoOwnership {
    public static final String RULES_FILE = "owners.rules";

    private DemoOwnership() {
    }

    public static void apply(Path dir, Workspace workspace, ImportService imports, List<String> leavers) {
        String actor = workspace.actor();
        Clock clock = workspace.clock();
        try {
            Path agents = Files.writeString(dir.resolve(DemoLedger.EXPORTS_FOLDER).resolve("ai-agents.csv"), agentsCsv(clock.instant()),
                    StandardCharsets.UTF_8);
            imports.commit(agents, ImportOptions.detect(actor), ImportProgress.NONE, Cancellation.NEVER);
            Files.writeString(dir.resolve(RULES_FILE), rules(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo's ownership files into " + dir + ": " + e.getMessage(), e);
        }
        Accountability accountability = workspace.accountability();
        earlierReview(accountability, actor, leavers);
        // Accepted for two months from today, even when the demo describes an earlier day.
        acceptSomeRisks(accountability.findings(), actor, Instant.now().isAfter(clock.instant()) ? Instant.now() : clock.instant());
    }

    /**
     * Every other hinted identity was assigned at last year's review, to whoever its hint named, leavers included; the
     * GitHub apps went to whoever installed them, people who have left since.
     */
    private static void earlierReview(Accountability accountability, String actor, List<String> leavers) {
        List<Suggestion> hinted = accountability.suggestions(10_000);
        List<PlannedAssignment> plan = new ArrayList<>();
        for (int i = 0; i < hinted.size(); i += 2) {
            Suggestion s = hinted.get(i);
            OwnerRef owner;
            try {
                owner = accountability.owners().owner(s.hint(), true);
            } catch (IllegalArgumentException e) {
                continue;
            }
            plan.add(new PlannedAssignment(s.identityKey(), s.name(), null,
                    new Assignment(owner, null, "assigned at the 2024 access review", "manual")));
        }
        int n = 0;
        for (Orphan o : accountability.orphans(100_000, 0)) {
            if (o.kind().equals("github-app-installation") && !leavers.isEmpty()) {
                plan.add(new PlannedAssignment(o.identityKey(), o.name(), null, new Assignment(
                        OwnerRef.person(leavers.get(n++ % leavers.size())), null, "installed the app; assigned at the 2024 access review",
                        "manual")));
            }
        }
        accountability.apply(actor, plan);
    }

    /** One accepted finding of a few rules, as owners do when a fix is scheduled. */
    private static void acceptSomeRisks(Findings findings, String actor, Instant now) {
        String[][] accepted = {
            {"stale-credential", "rotation scheduled with the Q3 vault migration"},
            {"no-expiry", "vendor integration cannot renew tokens; contract ends this year"},
            {"overprivileged", "break-glass account, reviewed monthly"},
        };
        Instant until = now.plus(Duration.ofDays(60));
        for (String[] a : accepted) {
            List<Finding> open = findings.open(FindingFilter.ALL.withRule(a[0]), 1);
            if (!open.isEmpty()) {
                findings.accept(actor, open.get(0).identityKey(), a[0], until, a[1]);
            }
        }
    }

    private static String agentsCsv(Instant now) {
        String created = now.minus(Duration.ofDays(40)).toString().substring(0, 10);
        return "ID,Name,Type,Owner,Permissions,Environment,Created\n"
                + "agent-001,support-triage-agent,AI Agent,ml,roles/owner,production," + created + "\n"
                + "agent-002,code-review-agent,AI Agent,ml,contents:read|pull_requests:write,production," + created + "\n"
                + "agent-003,finops-report-agent,AI Agent,,roles/viewer,production," + created + "\n"
                + "agent-004,incident-runbook-agent,AI Agent,data-platform,cluster-admin,production," + created + "\n";
    }

    /**
     * Team rules for most of the inventory. Left for the console's orphan queue: GitHub tokens, keys and apps (their owner
     * hints name the people who made them), the AI agents, the root account, and what people who have left owned.
     */
    private static String rules() {
        StringBuilder b = new StringBuilder("# Bulk ownership rules for the demo company (format: docs/OWNERSHIP.md).\n"
                + "# First matching rule wins. Try: steward owner apply-rules " + RULES_FILE + " --dry-run\n"
                + "# GitHub tokens and keys, AI agents and what leavers owned are left for the orphan queue.\n");
        for (String team : DemoOrg.TEAMS) {
            b.append("name=svc-").append(team).append("-* owner=team:").append(team)
                    .append(" reason=\"service users named after the team\"\n");
        }
        b.append("name=ci-* owner=team:platform reason=\"CI deployers\"\n".replace("platform", DemoOrg.TEAMS[3]));
        b.append("source=gcp* owner=team:").append(DemoOrg.TEAMS[3]).append(" reason=\"GCP projects are run by data platform\"\n");
        b.append("source=entra* owner=team:").append(DemoOrg.TEAMS[4]).append(" reason=\"Entra is run by identity\"\n");
        b.append("source=kubernetes* owner=team:").append(DemoOrg.TEAMS[3]).append(" reason=\"cluster workloads\"\n");
        b.append("source=vault* owner=team:").append(DemoOrg.TEAMS[4]).append(" reason=\"Vault is run by identity\"\n");
        b.append("source=spiffe* owner=team:").append(DemoOrg.TEAMS[3]).append(" reason=\"SPIRE workloads\"\n");
        b.append("source=aws:* name=*.* owner=team:").append(DemoOrg.TEAMS[4])
                .append(" reason=\"people's IAM users, until they move to single sign-on\"\n");
        b.append("# roles and CMDB accounts carry their team in the name\n");
        for (String team : DemoOrg.TEAMS) {
            b.append("source=aws:* name=").append(team).append("-* owner=team:").append(team).append(" reason=\"roles named after the team\"\n");
        }
        for (String team : DemoOrg.TEAMS) {
            b.append("source=csv:cmdb* name=*-").append(team).append("* owner=team:").append(team)
                    .append(" reason=\"CMDB accounts named after the team\"\n");
        }
        return b.toString();
    }
}
