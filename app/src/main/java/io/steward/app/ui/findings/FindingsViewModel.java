package io.steward.app.ui.findings;

import io.steward.app.ui.common.BackgroundTask;
import io.steward.app.ui.common.BannerText;
import io.steward.app.ui.common.ErrorReport;
import io.steward.app.ui.common.LatestOnly;
import io.steward.app.ui.common.TaskExecutor;
import io.steward.app.ui.common.TaskHandle;
import io.steward.app.ui.common.Tone;
import io.steward.app.ui.common.Words;
import io.steward.model.findings.Acceptance;
import io.steward.model.findings.Finding;
import io.steward.model.findings.FindingCount;
import io.steward.model.findings.FindingFilter;
import io.steward.model.findings.FindingGrouping;
import io.steward.model.findings.Findings;
import io.steward.model.findings.RefreshReport;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Findings page's state and commands, free of controls: the counts of the chosen grouping, the findings behind the
 * chosen count a page at a time (keyset pages from SQL, never all of them in memory), the selected finding's details,
 * accepting its risk or ending an acceptance, recomputing findings with progress, and the rule catalogue. Ledger work
 * runs on the task executor; results arrive on the UI thread.
 */
public final class FindingsViewModel {
    public static final int PAGE = 200;
    /** The end date offered for a new acceptance: a quarter from today. */
    static final int DEFAULT_ACCEPT_DAYS = 90;
    private static final double INDETERMINATE = -1;

    /** Which findings the table lists besides the chosen count: all open ones, only those not accepted, only accepted. */
    public enum Show {
        ALL("open and accepted", null), OPEN("open, not accepted", false), ACCEPTED("accepted only", true);

        private final String label;
        private final Boolean accepted;

        Show(String label, Boolean accepted) {
            this.label = label;
            this.accepted = accepted;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final Findings findings;
    private final String actor;
    private final TaskExecutor executor;
    private final Clock clock;
    private final LatestOnly countLoads;
    private final LatestOnly pageLoads;

    private final ReadOnlyObjectWrapper<FindingGrouping> grouping = new ReadOnlyObjectWrapper<>(FindingGrouping.RULE);
    private final ObservableList<FindingCount> counts = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<FindingCount> chosen = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Show> show = new ReadOnlyObjectWrapper<>(Show.ALL);
    private final ObservableList<Finding> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Finding> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper pageInfo = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper hasNext = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasPrevious = new ReadOnlyBooleanWrapper();
    private final StringProperty acceptUntil = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper refreshing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper refreshProgress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyObjectWrapper<BannerText> refreshStatus = new ReadOnlyObjectWrapper<>();
    private final ObservableList<RuleRow> rules = FXCollections.observableArrayList();

    /** The "after" cursor of each page before the one shown (null for the first page). */
    private final List<Finding> earlierPages = new ArrayList<>();
    private Finding shownAfter;
    private long total;
    private TaskHandle refresh;

    public FindingsViewModel(Findings findings, String actor, TaskExecutor executor, Clock clock) {
        this.findings = findings;
        this.actor = actor;
        this.executor = executor;
        this.clock = clock;
        this.countLoads = new LatestOnly(executor);
        this.pageLoads = new LatestOnly(executor);
        acceptUntil.set(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(DEFAULT_ACCEPT_DAYS).toString());
    }

    // ---- loading -------------------------------------------------------------------------------------------------

    /** First load: the catalogue, the counts and the first page. */
    public void start() {
        loadRules();
        reload();
    }

    /** Counts and the page shown again (after a decision or a recomputation), keeping the selected finding selected. */
    public void reload() {
        loadCounts();
        Finding keep = selected.get();
        loadPage(shownAfter, keep == null ? -1 : keep.id());
    }

    private void loadCounts() {
        FindingGrouping g = grouping.get();
        countLoads.submit(BackgroundTask.of("count findings", ctx -> findings.counts().by(g))
                .onSuccess(list -> {
                    counts.setAll(list);
                    FindingCount c = chosen.get();
                    if (c != null) { // the same group with its new numbers
                        list.stream().filter(n -> n.key().equals(c.key())).findFirst().ifPresent(chosen::set);
                    }
                })
                .onFailure(e -> failed("Cannot count findings", e)));
    }

    private void loadRules() {
        executor.submit(BackgroundTask.of("finding rules", ctx -> RuleRow.of(findings.catalogue(), findings.settings()))
                .onSuccess(rules::setAll)
                .onFailure(e -> failed("Cannot read the rule settings", e)));
    }

    /** The filter behind the chosen count (all open findings when none is chosen), narrowed by {@link #showProperty()}. */
    public FindingFilter filter() {
        FindingFilter f = chosen.get() == null ? FindingFilter.ALL : chosen.get().filter();
        return new FindingFilter(f.rule(), f.severity(), f.source(), f.owner(), f.reference(), show.get().accepted, f.identityKey());
    }

    private void firstPage() {
        earlierPages.clear();
        loadPage(null, -1);
    }

    private void loadPage(Finding after, long keepId) {
        FindingFilter f = filter();
        pageLoads.submit(BackgroundTask.of("load findings", ctx -> {
                    long n = findings.pages().count(f);
                    return new Page(n, findings.pages().page(f, after, PAGE + 1));
                })
                .onSuccess(p -> apply(p, after, keepId))
                .onFailure(e -> failed("Cannot read findings", e)));
    }

    private record Page(long total, List<Finding> rows) {
    }

    private void apply(Page p, Finding after, long keepId) {
        shownAfter = after;
        total = p.total();
        List<Finding> page = p.rows().size() > PAGE ? p.rows().subList(0, PAGE) : p.rows();
        rows.setAll(page);
        hasNext.set(p.rows().size() > PAGE);
        hasPrevious.set(!earlierPages.isEmpty());
        long first = (long) earlierPages.size() * PAGE + 1;
        String what = chosen.get() == null ? "" : " for " + grouping.get().label() + " " + chosen.get().label();
        pageInfo.set(page.isEmpty() ? "No finding" + what + " (" + show.get() + ")"
                : "Findings " + Words.number(first) + "–" + Words.number(first + page.size() - 1) + " of " + Words.number(total) + what);
        select(page.stream().filter(x -> x.id() == keepId).findFirst().orElse(page.isEmpty() ? null : page.get(0)));
    }

    // ---- choosing ------------------------------------------------------------------------------------------------

    /** Counts by {@code g}; the table lists every open finding again until a count is chosen. */
    public void group(FindingGrouping g) {
        if (g == grouping.get()) {
            return;
        }
        grouping.set(g);
        chosen.set(null);
        counts.clear();
        loadCounts();
        firstPage();
    }

    /** The next grouping, in the order of {@link FindingGrouping} (the G key). */
    public void nextGrouping() {
        FindingGrouping[] all = FindingGrouping.values();
        group(all[(grouping.get().ordinal() + 1) % all.length]);
    }

    /** Lists the findings behind {@code count}; null lists all. */
    public void choose(FindingCount count) {
        FindingCount was = chosen.get();
        if (count == null ? was == null : was != null && was.key().equals(count.key()) && was.grouping() == count.grouping()) {
            return;
        }
        chosen.set(count);
        firstPage();
    }

    public void show(Show s) {
        if (s != show.get()) {
            show.set(s);
            firstPage();
        }
    }

    public void nextPage() {
        if (hasNext.get() && !rows.isEmpty()) {
            earlierPages.add(shownAfter);
            loadPage(rows.get(rows.size() - 1), -1);
        }
    }

    public void previousPage() {
        if (!earlierPages.isEmpty()) {
            loadPage(earlierPages.remove(earlierPages.size() - 1), -1);
        }
    }

    /** The finding whose explanation, evidence, fix and references are shown; null clears them. */
    public void select(Finding f) {
        selected.set(f);
        details.set(f == null ? "" : FindingDetails.of(f, clock.instant()));
    }

    // ---- risk acceptance -----------------------------------------------------------------------------------------

    /** Accepts the selected finding's risk through the date typed (inclusive, UTC) for the reason typed. */
    public void accept() {
        Finding f = needSelection();
        if (f == null || needReason("accept the risk") == null) {
            return;
        }
        LocalDate last;
        try {
            last = LocalDate.parse(acceptUntil.get().strip());
        } catch (DateTimeParseException e) {
            status.set("Accept until: '" + acceptUntil.get() + "' is not a date. Write YYYY-MM-DD, e.g. "
                    + LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(DEFAULT_ACCEPT_DAYS) + ". Nothing was recorded.");
            return;
        }
        String why = reason.get().strip();
        // Through that day: open again from the next midnight UTC, as `findings accept --until` does.
        var until = last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        executor.submit(BackgroundTask.<Acceptance>of("accept risk", ctx -> findings.accept(actor, f.identityKey(), f.rule().id(), until, why))
                .onSuccess(a -> decided("Accepted " + a.rule() + " on " + name(f) + " through " + last + " (ledger entry "
                        + a.ledgerSeq() + ")."))
                .onFailure(e -> refused("Not accepted", e)));
    }

    /** Ends the selected finding's acceptance now, for the reason typed: the finding is open again. */
    public void endAcceptance() {
        Finding f = needSelection();
        if (f == null) {
            return;
        }
        if (f.acceptance() == null) {
            status.set("The selected finding is not accepted: there is no acceptance to end.");
            return;
        }
        String why = needReason("end the acceptance");
        if (why == null) {
            return;
        }
        executor.submit(BackgroundTask.<Acceptance>of("end acceptance", ctx -> findings.endAcceptance(actor, f.identityKey(), f.rule().id(), why))
                .onSuccess(a -> decided("Ended the acceptance of " + a.rule() + " on " + name(f) + ": it is open again."))
                .onFailure(e -> refused("Not ended", e)));
    }

    /** Says what Enter in the reason field will do. */
    public void promptReason(String action) {
        status.set("Type the reason, then Enter to " + action + "; Esc leaves it.");
    }

    private Finding needSelection() {
        Finding f = selected.get();
        if (f == null) {
            status.set("Select a finding first.");
        }
        return f;
    }

    private String needReason(String what) {
        String why = reason.get() == null ? "" : reason.get().strip();
        if (why.isEmpty()) {
            status.set("Type a reason first (R), then " + what + ". Nothing was recorded.");
            return null;
        }
        return why;
    }

    private void decided(String outcome) {
        reason.set("");
        status.set(outcome);
        reload();
    }

    private static String name(Finding f) {
        return f.identityName() == null ? f.identityKey() : f.identityName();
    }

    // ---- recomputing ---------------------------------------------------------------------------------------------

    /** Recomputes every current identity's findings (as {@code steward findings --refresh}); Cancel rolls it back. */
    public void refreshFindings() {
        if (refreshing.get()) {
            return;
        }
        refreshing.set(true);
        refreshProgress.set(INDETERMINATE);
        refreshStatus.set(new BannerText(Tone.RUNNING, "Computing findings", "Running every rule over the current inventory."));
        refresh = executor.submit(BackgroundTask.<RefreshReport>of("refresh findings", ctx -> findings.refresh((rule, done, of) -> {
                    if (ctx.isCancelled()) {
                        throw new CancellationException(); // rolls the transaction back: nothing changes
                    }
                    ctx.progress(done, of);
                }))
                .onProgress((done, of) -> {
                    refreshProgress.set(of <= 0 ? INDETERMINATE : (double) done / of);
                    refreshStatus.set(new BannerText(Tone.RUNNING, "Computing findings", "Rule " + Math.min(done + 1, of) + " of " + of + "."));
                })
                .onSuccess(r -> {
                    refreshStatus.set(new BannerText(Tone.SUCCESS, "Findings computed", Words.count(r.opened(), "new finding", "new findings")
                            + ", " + Words.number(r.stillOpen()) + " still open, " + Words.number(r.resolved()) + " resolved, in "
                            + Words.number(r.millis()) + " ms."));
                    reload();
                })
                .onCancelled(() -> refreshStatus.set(new BannerText(Tone.WARNING, "Computing findings cancelled",
                        "Nothing changed: the findings are those of the last computation.")))
                .onFailure(e -> refreshStatus.set(new BannerText(Tone.DANGER, "Findings could not be computed", ErrorReport.of(e).message())))
                .onFinished(() -> {
                    refreshing.set(false);
                    refreshProgress.set(0);
                    refresh = null;
                }));
    }

    public void cancelRefresh() {
        if (refresh != null) {
            refresh.cancel();
        }
    }

    public void dismissRefresh() {
        refreshStatus.set(null);
    }

    private void refused(String title, Throwable e) {
        status.set(title + ": " + ErrorReport.of(e).message() + " Nothing was recorded.");
    }

    private void failed(String title, Throwable e) {
        status.set(title + ": " + ErrorReport.of(e).message());
    }

    // ---- properties ----------------------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<FindingGrouping> groupingProperty() {
        return grouping.getReadOnlyProperty();
    }

    public ObservableList<FindingCount> counts() {
        return FXCollections.unmodifiableObservableList(counts);
    }

    /** The count whose findings are listed; null = all open findings. */
    public ReadOnlyObjectProperty<FindingCount> chosenProperty() {
        return chosen.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Show> showProperty() {
        return show.getReadOnlyProperty();
    }

    /** The page of findings shown. */
    public ObservableList<Finding> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public ReadOnlyObjectProperty<Finding> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pageInfoProperty() {
        return pageInfo.getReadOnlyProperty();
    }

    /** The outcome of the last action, or why it was refused. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasNextProperty() {
        return hasNext.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasPreviousProperty() {
        return hasPrevious.getReadOnlyProperty();
    }

    /** The last day an acceptance holds, YYYY-MM-DD (UTC). */
    public StringProperty acceptUntilProperty() {
        return acceptUntil;
    }

    /** Why the risk is accepted, or why the acceptance ends. */
    public StringProperty reasonProperty() {
        return reason;
    }

    public ReadOnlyBooleanProperty refreshingProperty() {
        return refreshing.getReadOnlyProperty();
    }

    /** 0..1, or -1 before the first rule has run. */
    public ReadOnlyDoubleProperty refreshProgressProperty() {
        return refreshProgress.getReadOnlyProperty();
    }

    /** What the last recomputation did; null hides the banner. */
    public ReadOnlyObjectProperty<BannerText> refreshStatusProperty() {
        return refreshStatus.getReadOnlyProperty();
    }

    /** The rule catalogue with the thresholds in force. */
    public ObservableList<RuleRow> rules() {
        return FXCollections.unmodifiableObservableList(rules);
    }

    public long total() {
        return total;
    }
}
