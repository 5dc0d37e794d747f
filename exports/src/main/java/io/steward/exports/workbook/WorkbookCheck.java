package io.steward.exports.workbook;

import java.nio.file.Path;
import java.util.List;

/** The outcome of checking a workbook against the ledger: how much was compared and every difference found. */
public record WorkbookCheck(Path workbook, long entryRowsChecked, int checkpointsChecked, List<WorkbookProblem> problems) {
    public WorkbookCheck {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
