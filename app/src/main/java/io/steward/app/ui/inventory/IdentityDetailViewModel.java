package io.steward.app.ui.inventory;

import io.steward.app.ui.common.BackgroundTask;
import io.steward.app.ui.common.DialogService;
import io.steward.app.ui.common.ErrorReport;
import io.steward.app.ui.common.TaskExecutor;
import io.steward.app.ui.common.LatestOnly;
import io.steward.app.ui.common.Times;
import io.steward.model.findings.Accountability;
import io.steward.model.findings.IdentityAccountability;
import io.steward.model.inventory.query.GrantView;
import io.steward.model.inventory.query.IdentityDetail;
import io.steward.model.inventory.query.IdentityRow;
import io.steward.model.inventory.query.InventoryQuery;
import io.steward.model.inventory.query.Risk;
import io.steward.model.inventory.query.Sourced;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The detail pane: one identity with its credentials, grants, links to other identities (which can be
 * followed, with Back) and its history across snapshots; and its accountability: the open findings (explanation,
 * evidence, fix, references, acceptance), owner and backup, ownership history and owner-hint suggestions. Loaded in
 * the background through the model's services; only the latest request is shown.
 */
public final class IdentityDetailViewModel {
    private final InventoryQuery query;
    private final Accountability accountability;
    private final DialogService dialogs;
    private final Clock clock;

    private final ReadOnlyObjectWrapper<IdentityDetail> detail = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("No identity selected");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper("Select an identity to see its credentials, grants, findings, owner, links and history.");
    private final ObservableList<Field> fields = FXCollections.observableArrayList();
    /** The one read-only view handed out: views listen to it, and listeners on a throw-away wrapper would be lost. */
    private final ObservableList<Field> fieldsView = FXCollections.unmodifiableObservableList(fields);
    private final ObservableList<DetailLines.Credential> credentials = FXCollections.observableArrayList();
    private final ObservableList<DetailLines.Credential> credentialsView = FXCollections.unmodifiableObservableList(credentials);
    private final ObservableList<Sourced<GrantView>> grants = FXCollections.observableArrayList();
    private final ObservableList<Sourced<GrantView>> grantsView = FXCollections.unmodifiableObservableList(grants);
    private final ObservableList<DetailLines.Link> links = FXCollections.observableArrayList();
    private final ObservableList<DetailLines.Link> linksView = FXCollections.unmodifiableObservableList(links);
    private final ObservableList<DetailLines.History> history = FXCollections.observableArrayList();
    private final ObservableList<DetailLines.History> historyView = FXCollections.unmodifiableObservableList(history);
    private final ObservableList<GovernanceLines.FindingLine> findings = FXCollections.observableArrayList();
    private final ObservableList<GovernanceLines.FindingLine> findingsView = FXCollections.unmodifiableObservableList(findings);
    private final ObservableList<Field> owner = FXCollections.observableArrayList();
    private final ObservableList<Field> ownerView = FXCollections.unmodifiableObservableList(owner);
    private final ObservableList<GovernanceLines.OwnershipChange> ownerHistory = FXCollections.observableArrayList();
    private final ObservableList<GovernanceLines.OwnershipChange> ownerHistoryView = FXCollections.unmodifiableObservableList(ownerHistory);
    private final ObservableList<GovernanceLines.SuggestionLine> suggestions = FXCollections.observableArrayList();
    private final ObservableList<GovernanceLines.SuggestionLine> suggestionsView = FXCollections.unmodifiableObservableList(suggestions);
    private final ReadOnlyObjectWrapper<Risk> risk = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final Deque<Long> backStack = new ArrayDeque<>();
    private final LatestOnly task;

    /** A labelled value of the identity (environment, owner, times, tags, ...). */
    public record Field(String label, String value) {
    }

    public IdentityDetailViewModel(InventoryQuery query, Accountability accountability, TaskExecutor executor, DialogService dialogs,
                                   Clock clock) {
        this.query = query;
        this.accountability = accountability;
        this.dialogs = dialogs;
        this.clock = clock;
        this.task = new LatestOnly(executor);
    }

    /** Shows an identity picked in the list; forgets the Back trail. */
    public void show(long identityId) {
        backStack.clear();
        load(identityId);
    }

    /** Follows a link, parent, child or history entry; Back returns. */
    public void open(long identityId) {
        IdentityDetail current = detail.get();
        if (current != null && current.identity().id() == identityId) {
            return;
        }
        if (current != null) {
            backStack.push(current.identity().id());
        }
        load(identityId);
    }

    public void back() {
        if (!backStack.isEmpty()) {
            load(backStack.pop());
        }
    }

    public void clear() {
        task.forget();
        backStack.clear();
        showNothing();
    }

    private void load(long identityId) {
        loading.set(true);
        canGoBack.set(!backStack.isEmpty());
        task.submit(BackgroundTask.<Optional<Loaded>>of("load identity", ctx -> query.detail(identityId)
                        .map(d -> new Loaded(d, IdentityAccountability.read(accountability, d.identity().key()))))
                .onSuccess(found -> found.ifPresentOrElse(this::apply, () -> gone(identityId)))
                .onFailure(e -> dialogs.showError("Cannot read the identity", ErrorReport.of(e).message(), e))
                .onFinished(() -> loading.set(false)));
    }

    /** The identity and its accountability, read together in the background. */
    private record Loaded(IdentityDetail detail, IdentityAccountability accountability) {
    }

    private void apply(Loaded loaded) {
        apply(loaded.detail());
        Instant now = clock.instant();
        IdentityAccountability g = loaded.accountability();
        risk.set(g.risk());
        findings.setAll(g.findings().stream().map(f -> GovernanceLines.FindingLine.of(f, now)).toList());
        owner.setAll(GovernanceLines.owner(g.owner().orElse(null), now));
        List<GovernanceLines.OwnershipChange> changes = new ArrayList<>(g.history().stream()
                .map(o -> GovernanceLines.OwnershipChange.of(o, now)).toList());
        java.util.Collections.reverse(changes); // newest first
        ownerHistory.setAll(changes);
        suggestions.setAll(g.suggestions().stream().map(GovernanceLines.SuggestionLine::of).toList());
    }

    private void apply(IdentityDetail d) {
        Instant now = clock.instant();
        IdentityRow r = d.identity();
        detail.set(d);
        heading.set(r.name());
        subtitle.set(r.kind() + " · " + r.source() + (d.current() ? "" : " · an older snapshot (#" + r.snapshotId() + "), not the current one"));
        List<Field> f = new ArrayList<>();
        f.add(new Field("Key", r.key()));
        f.add(new Field("Stable id", r.nativeId()));
        f.add(new Field("Environment", orDash(r.environment())));
        f.add(new Field("Owner hint", r.ownerHint() == null ? "none" : r.ownerHint()));
        f.add(new Field("Enabled", r.enabled() == null ? "not stated" : r.enabled() ? "yes" : "no"));
        f.add(new Field("Created", Times.both(r.createdAt(), now, "unknown")));
        f.add(new Field("Last used", Times.both(r.lastUsedAt(), now, "never, or not recorded")));
        if (!d.tags().isEmpty()) {
            f.add(new Field("Tags", join(d.tags())));
        }
        if (!d.attributes().isEmpty()) {
            f.add(new Field("Facts", join(d.attributes())));
        }
        // Every importer that describes this principal, each with the snapshot its facts come from.
        f.add(new Field(d.merged().isEmpty() ? "Snapshot" : "Described by",
                d.rows().stream().map(m -> m.origin().label()).collect(Collectors.joining(", "))));
        fields.setAll(f);
        boolean several = !d.merged().isEmpty();
        credentials.setAll(d.allCredentials().stream()
                .map(c -> DetailLines.Credential.of(c.fact(), now, several ? c.origin().label() : null)).toList());
        grants.setAll(d.allGrants());
        List<DetailLines.Link> l = new ArrayList<>();
        if (d.parent() != null) {
            l.add(DetailLines.Link.to("belongs to", d.parent()));
        }
        d.allChildren().forEach(c -> l.add(DetailLines.Link.to("has", c)));
        d.allLinks().forEach(link -> l.add(DetailLines.Link.of(link)));
        links.setAll(l);
        history.setAll(d.history().stream().map(h -> DetailLines.History.of(h, r.id())).toList());
    }

    private void gone(long identityId) {
        showNothing();
        heading.set("Identity not found");
        subtitle.set("Row " + identityId + " is no longer in the ledger's inventory.");
    }

    private void showNothing() {
        detail.set(null);
        heading.set("No identity selected");
        subtitle.set("Select an identity to see its credentials, grants, findings, owner, links and history.");
        fields.clear();
        credentials.clear();
        grants.clear();
        links.clear();
        history.clear();
        findings.clear();
        owner.clear();
        ownerHistory.clear();
        suggestions.clear();
        risk.set(null);
        canGoBack.set(false);
        loading.set(false);
    }

    private static String join(Map<String, ?> map) {
        return new TreeMap<>(map).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    // ---- properties ---------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<IdentityDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty subtitleProperty() {
        return subtitle.getReadOnlyProperty();
    }

    public ObservableList<Field> fields() {
        return fieldsView;
    }

    public ObservableList<DetailLines.Credential> credentials() {
        return credentialsView;
    }

    public ObservableList<Sourced<GrantView>> grants() {
        return grantsView;
    }

    public ObservableList<DetailLines.Link> links() {
        return linksView;
    }

    public ObservableList<DetailLines.History> history() {
        return historyView;
    }

    /** Open findings, worst first; accepted ones say until when. */
    public ObservableList<GovernanceLines.FindingLine> findings() {
        return findingsView;
    }

    /** Owner, backup, reason and when assigned; or "none assigned". */
    public ObservableList<Field> owner() {
        return ownerView;
    }

    /** Every owner assignment, newest first. */
    public ObservableList<GovernanceLines.OwnershipChange> ownerHistory() {
        return ownerHistoryView;
    }

    /** Owner hints offered for an identity without an owner, with their source. */
    public ObservableList<GovernanceLines.SuggestionLine> suggestions() {
        return suggestionsView;
    }

    /** The worst open, not accepted, finding and the count (as the row's badge); null while nothing is shown. */
    public ReadOnlyObjectProperty<Risk> riskProperty() {
        return risk.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
