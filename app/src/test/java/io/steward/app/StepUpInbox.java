package io.steward.app;

import static io.steward.model.findings.GovernanceFixture.grant;
import static io.steward.model.findings.GovernanceFixture.identity;
import static io.steward.model.findings.GovernanceFixture.person;

import io.steward.app.demo.DemoStepUp;
import io.steward.model.findings.GovernanceFixture;
import io.steward.model.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * A small real ledger holding the demo's step-up inbox (see {@link DemoStepUp}): a people directory (bob),
 * six service accounts with grants, owned by {@code actor} with bob as backup, and the demo's requests, decisions
 * and the grant still present after its expiry. For the Step-up page's view-model and UI tests.
 */
public final class StepUpInbox {
    private StepUpInbox() {
    }

    public static void create(Path ledger, Path keys, String actor, Clock clock) {
        try (Store store = Store.open(ledger)) {
            // The person working the inbox is not in the directory, as in the demo; bob is, and becomes the backup.
            GovernanceFixture.people(store, List.of(person("p2", "bob@example.com", "Bob", "platform", false, "bob")));
            GovernanceFixture.snapshot(store, "aws:1", clock.instant().minus(Duration.ofHours(1)), w -> {
                for (String name : List.of("billing-api", "db-migrator", "deploy-role", "nightly-backfill", "support-bot", "web-lb")) {
                    w.add(identity(name, "service-account").environment("production")
                            .grants(List.of(grant("s3:GetObject", "arn:aws:s3:::" + name))).build());
                }
            });
        }
        try (Workspace w = Workspace.openOrCreate(ledger, actor, keys, clock)) {
            DemoStepUp.add(w);
        }
    }
}
