package io.steward.app.ui.imports;

import io.steward.app.ui.common.Tone;
import io.steward.app.ui.common.Words;
import io.steward.importers.ImportReport;
import io.steward.model.inventory.SnapshotCounts;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The selected file of the import sheet, ready to show: its format and source, the counts a commit
 * would store, and the first warnings and refused secrets (never their values).
 */
public record PreviewDetails(String heading, String subtitle, List<Fact> facts, List<IssueRow> issues, String issuesNote) {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** One count: its label, value and how it should look (refused secrets stand out). */
    public record Fact(String label, String value, Tone tone) {
    }

    public static final PreviewDetails NONE = new PreviewDetails("No file selected", "", List.of(), List.of(),
            "Add files to see what an import would store.");

    public PreviewDetails {
        facts = List.copyOf(facts);
        issues = List.copyOf(issues);
    }

    static PreviewDetails of(ImportFile file) {
        ImportReport r = file.reportProperty().get();
        String heading = file.fileName();
        if (r == null) {
            String why = file.problemProperty().get();
            return new PreviewDetails(heading, file.status().label(), List.of(), List.of(),
                    why != null ? why : "The preview appears here once the file has been read.");
        }
        SnapshotCounts c = r.counts();
        String subtitle = (r.committed() ? "Imported as snapshot " + r.snapshot().id() + " · " : "Preview · nothing stored yet · ")
                + r.importerId() + " · source " + r.source()
                + (r.generatedAt() != null ? " · generated " + TIME.format(r.generatedAt()) : "")
                + " · " + Words.bytes(r.fileSize());
        List<Fact> facts = List.of(
                new Fact("Identities", Words.number(c.identities()), Tone.INFO),
                new Fact("Credentials", Words.number(c.credentials()), Tone.INFO),
                new Fact("Grants", Words.number(c.grants()), Tone.INFO),
                new Fact("Records read", Words.number(c.records()), Tone.INFO),
                new Fact("Duplicates", Words.number(c.duplicates()), c.duplicates() > 0 ? Tone.WARNING : Tone.INFO),
                new Fact("Warnings", Words.number(c.warnings()), c.warnings() > 0 ? Tone.WARNING : Tone.INFO),
                new Fact("Secrets refused", Words.number(c.refused()), c.refused() > 0 ? Tone.DANGER : Tone.INFO));
        List<IssueRow> issues = r.issues().stream().map(i -> IssueRow.of(file.fileName(), i)).toList();
        long total = c.warnings() + c.refused();
        String note;
        if (total == 0) {
            note = "No warnings and no secret values in this file.";
        } else if (issues.size() < total) {
            note = "Showing the first " + Words.number(issues.size()) + " of " + Words.count(total, "issue", "issues")
                    + "; all of them are stored with the snapshot. Secret values are never shown or stored.";
        } else {
            note = Words.count(total, "issue", "issues") + ". Secret values are never shown or stored: only where they were.";
        }
        return new PreviewDetails(heading, subtitle, facts, issues, note);
    }
}
