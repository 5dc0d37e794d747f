package io.steward.app.ui;

import java.util.List;

/** The console's pages, in navigation order; Ctrl+1..6 select them. */
public enum Page {
    INVENTORY("Inventory", "Every non-human identity from your imports", null),
    ACCOUNTABILITY("Accountability", "Who owns each identity",
            new PlannedFeature("owner assignment", List.of(
                    "Give every identity an accountable owner and a backup, with a reason recorded in the ledger.",
                    "Work through the queue of orphans: identities nobody owns.",
                    "Assign in bulk by rule, e.g. a tag or namespace that maps to a team."))),
    STEP_UP("Step-up", "Temporary elevation requests",
            new PlannedFeature("step-up decisions", List.of(
                    "Review requests from agents and workloads for a privilege, on a resource, for a limited time and task.",
                    "See what the policy rules say, then approve with an expiry or deny, with a reason; nobody can approve their own request.",
                    "Flag grants that a later inventory still shows after they expired."))),
    CAMPAIGNS("Campaigns", "Periodic access reviews",
            new PlannedFeature("review campaigns", List.of(
                    "Open a review for a period and scope; its items are frozen and go to their owners.",
                    "Certify, revoke, reduce or delegate each item, in bulk where safe.",
                    "Sign off with your key and close; revoke and reduce decisions become a remediation list."))),
    LEDGER("Ledger", "Append-only, hash-chained record of every decision", null),
    EXPORTS("Exports", "Evidence for auditors",
            new PlannedFeature("the attestation workbook", List.of(
                    "Export an Excel workbook an auditor can read: summary, attestations, remediation, findings, step-up decisions and ownership changes.",
                    "Include the ledger with its checkpoints and public keys, so the evidence can be checked against the ledger file.")));

    private final String title;
    private final String summary;
    private final PlannedFeature planned;

    Page(String title, String summary, PlannedFeature planned) {
        this.title = title;
        this.summary = summary;
        this.planned = planned;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    /** Null when the page works; otherwise what it will do and what brings it. */
    public PlannedFeature planned() {
        return planned;
    }

    /** 1 for the first page: the digit of its Ctrl shortcut. */
    public int shortcutDigit() {
        return ordinal() + 1;
    }
}
