package io.steward.app.workbook;

import io.steward.app.BuildInfo;
import io.steward.app.Workspace;
import io.steward.exports.workbook.WorkbookExport;
import io.steward.model.campaigns.CampaignService;
import io.steward.model.campaigns.GovernanceFacts;
import io.steward.model.findings.FindingCatalogue;
import io.steward.model.ledger.ActorKeys;
import io.steward.model.ledger.Checkpoints;
import io.steward.model.ledger.VerifyProgress;
import java.time.Clock;
import java.util.Map;

/** Builds the workbook export over a workspace, the same way for the command line and the console. */
public final class WorkbookJobs {
    private WorkbookJobs() {
    }

    public static WorkbookExport export(Workspace workspace) {
        return new WorkbookExport(workspace.store(), campaigns(workspace),
                () -> workspace.verify(null, VerifyProgress.NONE, () -> false),
                workspace::checkpoint, BuildInfo.version());
    }

    /**
     * Campaigns, for reading only: the export lists campaigns and items and never opens or decides one, so the
     * review facts (owners, findings, step-up grants) are never consulted and no step-up source is wired here.
     */
    public static CampaignService campaigns(Workspace workspace) {
        return new CampaignService(workspace.ledger(), GovernanceFacts.of(FindingCatalogue.standard(), ctx -> Map.of()),
                new Checkpoints(workspace.ledger(), new ActorKeys(workspace.keysDir())), Clock.systemUTC());
    }
}
