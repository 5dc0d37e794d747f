package io.steward.app.workbook;

import io.steward.app.BuildInfo;
import io.steward.app.Workspace;
import io.steward.exports.workbook.WorkbookExport;
import io.steward.model.ledger.VerifyProgress;

/** Builds the workbook export over a workspace, the same way for the command line and the console. */
public final class WorkbookJobs {
    private WorkbookJobs() {
    }

    public static WorkbookExport export(Workspace workspace) {
        return new WorkbookExport(workspace.store(), workspace.campaigns(),
                () -> workspace.verify(null, VerifyProgress.NONE, () -> false),
                workspace::checkpoint, BuildInfo.version());
    }
}
