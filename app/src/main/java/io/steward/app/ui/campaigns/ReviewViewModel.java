package io.steward.app.ui.campaigns;

import io.steward.app.ui.common.BackgroundTask;
import io.steward.app.ui.common.TaskExecutor;
import io.steward.model.campaigns.CampaignItem;
import io.steward.model.campaigns.CampaignRefused;
import io.steward.model.campaigns.CampaignService;
import io.steward.model.campaigns.Decision;
import io.steward.model.campaigns.ItemFilter;
import io.steward.model.campaigns.ReviewerProgress;
import io.steward.model.campaigns.SignOffStatement;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The review screen's state and commands, free of controls: items paged from SQL (never all 10,000 at once),
 * the selected item's details, the decision inputs, per-reviewer progress and sign-off. All ledger work runs
 * on the task executor; results come back on the UI thread.
 */
public final class ReviewViewModel {
    static final int PAGE = 300;

    private final CampaignService service;
    private final String actor;
    private final TaskExecutor executor;
    private final ObservableList<CampaignItem> items = FXCollections.observableArrayList();
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);
    private final StringProperty campaign = new SimpleStringProperty();
    private final StringProperty details = new SimpleStringProperty("");
    private final StringProperty comment = new SimpleStringProperty("");
    private final StringProperty remove = new SimpleStringProperty("");
    private final StringProperty delegateTo = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty progress = new SimpleStringProperty("");
    private final BooleanProperty mineOnly = new SimpleBooleanProperty(true);
    private final ObjectProperty<ItemFilter> filter = new SimpleObjectProperty<>(ItemFilter.ALL);
    private long total;
    private boolean loading;
    private long generation;
    private boolean detailsLoading;
    private boolean detailsWanted;

    public ReviewViewModel(CampaignService service, String actor, TaskExecutor executor) {
        this.service = service;
        this.actor = actor;
        this.executor = executor;
        selected.addListener((o, was, now) -> loadDetails());
        mineOnly.addListener((o, was, now) -> reload());
        filter.addListener((o, was, now) -> reload());
    }

    public ObservableList<CampaignItem> items() {
        return items;
    }

    public IntegerProperty selectedProperty() {
        return selected;
    }

    public StringProperty campaignProperty() {
        return campaign;
    }

    public StringProperty detailsProperty() {
        return details;
    }

    public StringProperty commentProperty() {
        return comment;
    }

    public StringProperty removeProperty() {
        return remove;
    }

    public StringProperty delegateToProperty() {
        return delegateTo;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty progressProperty() {
        return progress;
    }

    public BooleanProperty mineOnlyProperty() {
        return mineOnly;
    }

    public ObjectProperty<ItemFilter> filterProperty() {
        return filter;
    }

    public String actor() {
        return actor;
    }

    public long total() {
        return total;
    }

    public void open(String name) {
        campaign.set(name);
        reload();
    }

    private ItemFilter effectiveFilter() {
        return filter.get().withReviewer(mineOnly.get() ? actor : null);
    }

    public void reload() {
        reload(null);
    }

    /** Reloads the items; {@code outcome}, when given, stays on the status line instead of the key help. */
    private void reload(String outcome) {
        String name = campaign.get();
        if (name == null) {
            return;
        }
        long gen = ++generation;
        ItemFilter f = effectiveFilter();
        loading = true;
        executor.submit(BackgroundTask.of("load review items", ctx -> new Loaded(service.items().count(name, f),
                        service.items().page(name, f, 0, PAGE), progressText(name)))
                .onSuccess(l -> {
                    if (gen != generation) {
                        return;
                    }
                    total = l.total();
                    items.setAll(l.page());
                    progress.set(l.progress());
                    selected.set(-1);
                    selected.set(items.isEmpty() ? -1 : 0);
                    status.set(outcome != null ? outcome : items.isEmpty() ? "No item matches."
                            : total + " items; J/K next/previous, C certify, R revoke, E reduce, D delegate, M comment.");
                })
                .onFailure(this::failed)
                .onFinished(() -> loading = false));
    }

    private record Loaded(long total, List<CampaignItem> page, String progress) {
    }

    private String progressText(String name) {
        return service.items().progress(name).stream().map(ReviewViewModel::progressOf).collect(Collectors.joining(" · "));
    }

    private static String progressOf(ReviewerProgress p) {
        return p.reviewer() + " " + p.decided() + "/" + p.items() + (p.signedOff() ? " signed off" : "");
    }

    /** Fetches the next page when the selection nears the end of what is loaded. */
    void loadMoreIfNeeded() {
        if (loading || items.size() >= total || selected.get() < items.size() - 20) {
            return;
        }
        String name = campaign.get();
        long after = items.get(items.size() - 1).itemNo();
        long gen = generation;
        ItemFilter f = effectiveFilter();
        loading = true;
        executor.submit(BackgroundTask.of("load more items", ctx -> service.items().page(name, f, after, PAGE))
                .onSuccess(page -> {
                    if (gen == generation) {
                        items.addAll(page);
                    }
                })
                .onFailure(this::failed)
                .onFinished(() -> loading = false));
    }

    public void next() {
        if (selected.get() < items.size() - 1) {
            selected.set(selected.get() + 1);
        }
        loadMoreIfNeeded();
    }

    public void previous() {
        if (selected.get() > 0) {
            selected.set(selected.get() - 1);
        }
    }

    public CampaignItem current() {
        int i = selected.get();
        return i >= 0 && i < items.size() ? items.get(i) : null;
    }

    /**
     * Loads the selected item's details. Holding J sends a selection change every few milliseconds: one load runs
     * at a time, and when it finishes the newest selection is loaded, so neither the pool nor the UI thread gets a
     * queue of stale detail texts.
     */
    private void loadDetails() {
        if (detailsLoading) {
            detailsWanted = true;
            return;
        }
        CampaignItem item = current();
        if (item == null) {
            details.set("");
            return;
        }
        String name = campaign.get();
        detailsLoading = true;
        executor.submit(BackgroundTask.of("item details", ctx -> ItemDetails.of(item, service.items().frozen(name, item.itemNo()),
                        service.changesSinceFrozen(name, item.itemNo()), service.items().history(name, item.itemNo())))
                .onSuccess(text -> {
                    if (item.equals(current())) {
                        details.set(text);
                    }
                })
                .onFailure(this::failed)
                .onFinished(() -> {
                    detailsLoading = false;
                    if (detailsWanted) {
                        detailsWanted = false;
                        loadDetails();
                    }
                }));
    }

    public void certify() {
        decide(new Decision(Decision.CERTIFY, comment.get(), List.of(), null));
    }

    public void revoke() {
        decide(new Decision(Decision.REVOKE, comment.get(), List.of(), null));
    }

    public void reduce() {
        decide(new Decision(Decision.REDUCE, comment.get(), Arrays.asList(remove.get().split(",")), null));
    }

    private void decide(Decision d) {
        CampaignItem item = current();
        if (item == null) {
            return;
        }
        boolean correction = item.decided();
        String name = campaign.get();
        run("decide", () -> service.decisions().decide(actor, name, List.of(item.itemNo()), d), () ->
                (correction ? "Corrected " : "Recorded ") + d.action() + " for #" + item.itemNo(), item);
    }

    public void delegate() {
        CampaignItem item = current();
        if (item == null) {
            return;
        }
        String name = campaign.get();
        String to = delegateTo.get();
        run("delegate", () -> service.decisions().delegate(actor, name, List.of(item.itemNo()), to, comment.get()),
                () -> "Delegated #" + item.itemNo() + " to " + to.strip(), item);
    }

    private void run(String what, Runnable work, java.util.function.Supplier<String> done, CampaignItem item) {
        String name = campaign.get();
        int index = selected.get();
        executor.submit(BackgroundTask.of(what, ctx -> {
                    work.run();
                    return new Loaded(total, List.of(service.items().item(name, item.itemNo())), progressText(name));
                })
                .onSuccess(l -> {
                    items.set(index, l.page().get(0));
                    progress.set(l.progress());
                    comment.set("");
                    remove.set("");
                    delegateTo.set("");
                    status.set(done.get());
                    if (index == selected.get()) {
                        loadDetails();
                        next();
                    }
                })
                .onFailure(this::failed));
    }

    public void signOffStatement(Consumer<SignOffStatement> show) {
        String name = campaign.get();
        executor.submit(BackgroundTask.of("sign-off statement", ctx -> service.signOffs().statement(name, actor))
                .onSuccess(show::accept).onFailure(this::failed));
    }

    public void signOff() {
        String name = campaign.get();
        executor.submit(BackgroundTask.of("sign off", ctx -> service.signOffs().signOff(actor, name))
                .onSuccess(s -> reload("Signed off " + s.statement().items().size() + " decisions; checkpoint at seq "
                        + s.checkpoint().seq() + " signed with key " + s.checkpoint().keyFingerprint()))
                .onFailure(this::failed));
    }

    private void failed(Throwable e) {
        status.set(e instanceof CampaignRefused ? "Refused: " + e.getMessage().replaceFirst("^refused ", "")
                : "Failed: " + e.getMessage());
    }
}
