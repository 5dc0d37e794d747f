package io.steward.app.cli;

import io.steward.app.Workspace;
import io.steward.model.findings.Accountability;
import io.steward.model.findings.Findings;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** The findings and accountability services over a workspace, and the date argument they share. */
final class GovernanceServices {
    private GovernanceServices() {
    }

    static Findings findings(Workspace w) {
        return w.findings();
    }

    static Accountability accountability(Workspace w) {
        return w.accountability();
    }

    /** YYYY-MM-DD, inclusive: the acceptance holds through that day (UTC) and ends at the next midnight. */
    static java.time.Instant endOfDay(String date) {
        try {
            return LocalDate.parse(date.strip()).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new io.steward.model.BadInputException(null, "--until", "'" + date + "' is not a date: write YYYY-MM-DD, e.g. 2026-03-31");
        }
    }
}
