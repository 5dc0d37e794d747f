package io.steward.app.ui.campaigns;

import io.steward.app.ui.common.BackgroundTask;
import io.steward.app.ui.common.TaskExecutor;
import io.steward.model.campaigns.Campaign;
import io.steward.model.campaigns.CampaignItem;
import io.steward.model.campaigns.CampaignRefused;
import io.steward.model.campaigns.CampaignService;
import io.steward.model.campaigns.ScopePreview;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The Campaigns page: the list, the create wizard's preview and create, close, and the remediation list. */
public final class CampaignsViewModel {
    private final CampaignService service;
    private final String actor;
    private final TaskExecutor executor;
    private final ObservableList<Campaign> campaigns = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final ReviewViewModel review;

    public CampaignsViewModel(CampaignService service, String actor, TaskExecutor executor) {
        this.service = service;
        this.actor = actor;
        this.executor = executor;
        this.review = new ReviewViewModel(service, actor, executor);
    }

    public ObservableList<Campaign> campaigns() {
        return campaigns;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ReviewViewModel review() {
        return review;
    }

    public String actor() {
        return actor;
    }

    public void refresh() {
        executor.submit(BackgroundTask.of("list campaigns", ctx -> service.list())
                .onSuccess(campaigns::setAll).onFailure(this::failed));
    }

    /** Shows the items and reviewers the scope would give; writes nothing. */
    public void preview(String scope, String owner, Consumer<ScopePreview> show, Consumer<String> problem) {
        executor.submit(BackgroundTask.of("scope preview", ctx -> service.preview(scope, blankTo(owner, actor)))
                .onSuccess(show::accept).onFailure(e -> problem.accept(e.getMessage())));
    }

    public void create(String name, String period, LocalDate due, String owner, String scope, boolean open) {
        executor.submit(BackgroundTask.of("create campaign", ctx -> {
                    service.create(actor, name, blankTo(period, null), due, blankTo(owner, actor), scope);
                    return open ? service.open(actor, name) : service.campaign(name);
                })
                .onSuccess(c -> {
                    status.set("Campaign " + c.name() + " " + c.state() + (c.isOpen() ? ", " + c.items() + " items frozen" : ""));
                    refresh();
                    if (c.isOpen()) {
                        review.open(c.name());
                    }
                })
                .onFailure(this::failed));
    }

    public void open(String name) {
        executor.submit(BackgroundTask.of("open campaign", ctx -> service.open(actor, name))
                .onSuccess(c -> {
                    status.set("Campaign " + c.name() + " open, " + c.items() + " items frozen");
                    refresh();
                    review.open(c.name());
                })
                .onFailure(this::failed));
    }

    public void close(String name) {
        executor.submit(BackgroundTask.of("close campaign", ctx -> service.signOffs().close(actor, name))
                .onSuccess(c -> {
                    status.set("Closed " + name + ": " + c.decisions() + "; checkpoint at seq " + c.checkpoint().seq());
                    refresh();
                    review.reload();
                })
                .onFailure(this::failed));
    }

    public void remediation(String name, Consumer<List<CampaignItem>> show) {
        executor.submit(BackgroundTask.of("remediation list", ctx -> service.items().remediation(name))
                .onSuccess(show::accept).onFailure(this::failed));
    }

    private static String blankTo(String text, String fallback) {
        return text == null || text.isBlank() ? fallback : text.strip();
    }

    private void failed(Throwable e) {
        status.set(e instanceof CampaignRefused ? "Refused: " + e.getMessage().replaceFirst("^refused ", "") : e.getMessage());
    }
}
