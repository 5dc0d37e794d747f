package io.steward.app.ui.stepup;

import io.steward.app.ui.common.BackgroundTask;
import io.steward.app.ui.common.TaskExecutor;
import io.steward.app.ui.common.Times;
import io.steward.app.ui.common.Words;
import io.steward.model.stepup.Decision;
import io.steward.model.stepup.DecisionRefusedException;
import io.steward.model.stepup.RequestProblem;
import io.steward.model.stepup.RequestReader;
import io.steward.model.stepup.RequestReport;
import io.steward.model.stepup.RequestSummary;
import io.steward.model.stepup.RequestsRefusedException;
import io.steward.model.stepup.StepUpQuery;
import io.steward.model.stepup.StepUpRequest;
import io.steward.model.stepup.StepUpService;
import io.steward.model.stepup.policy.PolicyResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Step-up page's state and commands, free of controls: the inbox (or grants, or history) one page at a time,
 * sorted and paged in SQL; the selected request's context and policy evaluation; the inline approve / deny / revoke
 * form; and new requests entered by hand. Every ledger read and decision runs on the task executor; a refusal's
 * message lands on the status line and nothing is written.
 */
public final class StepUpViewModel {
    static final int PAGE = 100;

    /** What the list shows. */
    public enum Show {
        INBOX("Inbox", "pending request", StepUpQuery.Filter.PENDING),
        GRANTS("Grants", "grant", StepUpQuery.Filter.GRANTS),
        HISTORY("History", "decided or lapsed request", StepUpQuery.Filter.HISTORY);

        final String title;
        final String one;
        final StepUpQuery.Filter filter;

        Show(String title, String one, StepUpQuery.Filter filter) {
            this.title = title;
            this.one = one;
            this.filter = filter;
        }

        public String title() {
            return title;
        }
    }

    /** A decision the inline form is taking. */
    public enum Action {
        APPROVE("Approve"), DENY("Deny"), REVOKE("Revoke the grant of");

        final String verb;

        Action(String verb) {
            this.verb = verb;
        }
    }

    private final Supplier<StepUpService> services;
    private final String policyName;
    private final StepUpQuery query;
    private final String actor;
    private final Clock clock;
    private final TaskExecutor executor;
    private final int pageSize;
    private final ObservableList<RequestSummary> requests = FXCollections.observableArrayList();
    private final ObjectProperty<Show> show = new SimpleObjectProperty<>(Show.INBOX);
    private final ObjectProperty<RequestSummary> selected = new SimpleObjectProperty<>();
    private final StringProperty details = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty pageInfo = new SimpleStringProperty("");
    private final BooleanProperty hasPrevious = new SimpleBooleanProperty();
    private final BooleanProperty hasNext = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<Action> action = new SimpleObjectProperty<>();
    private final StringProperty formTitle = new SimpleStringProperty("");
    private final StringProperty ttl = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private int offset;
    private long generation;
    private String formRequest;
    private String suggestedFor;
    private Duration suggestedTtl;

    /**
     * {@code services} builds the step-up service with its policy; compiling a policy takes a moment, so it is first
     * called on the task executor, never on the UI thread, and only once. {@code policyName} is for the help line.
     */
    public StepUpViewModel(Supplier<StepUpService> services, String policyName, StepUpQuery query, String actor, Clock clock,
                           TaskExecutor executor) {
        this(services, policyName, query, actor, clock, executor, PAGE);
    }

    StepUpViewModel(Supplier<StepUpService> services, String policyName, StepUpQuery query, String actor, Clock clock,
                    TaskExecutor executor, int pageSize) {
        this.services = once(services);
        this.policyName = policyName;
        this.query = query;
        this.actor = actor;
        this.clock = clock;
        this.executor = executor;
        this.pageSize = pageSize;
        show.addListener((o, was, now) -> {
            cancel();
            load(0, null);
        });
        selected.addListener((o, was, now) -> {
            if (action.get() != null && (now == null || !now.id().equals(formRequest))) {
                cancel();
            }
            loadDetails();
        });
    }

    public ObservableList<RequestSummary> requests() {
        return requests;
    }

    public ObjectProperty<Show> showProperty() {
        return show;
    }

    public ObjectProperty<RequestSummary> selectedProperty() {
        return selected;
    }

    public StringProperty detailsProperty() {
        return details;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty pageInfoProperty() {
        return pageInfo;
    }

    public BooleanProperty hasPreviousProperty() {
        return hasPrevious;
    }

    public BooleanProperty hasNextProperty() {
        return hasNext;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** The decision the inline form is taking, or null when the form is closed. */
    public ObjectProperty<Action> actionProperty() {
        return action;
    }

    public StringProperty formTitleProperty() {
        return formTitle;
    }

    public StringProperty ttlProperty() {
        return ttl;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public String actor() {
        return actor;
    }

    public String policyName() {
        return policyName;
    }

    private static <T> Supplier<T> once(Supplier<T> make) {
        return new Supplier<>() {
            private T made;

            @Override
            public synchronized T get() {
                if (made == null) {
                    made = make.get();
                }
                return made;
            }
        };
    }

    /** The time the list's labels are relative to. */
    public Instant now() {
        return clock.instant();
    }

    /** Reloads the page shown, keeping the selected request selected if it is still listed. */
    public void refresh() {
        RequestSummary s = selected.get();
        load(offset, s == null ? null : s.id());
    }

    public void nextPage() {
        if (hasNext.get()) {
            load(offset + pageSize, null);
        }
    }

    public void previousPage() {
        if (hasPrevious.get()) {
            load(Math.max(0, offset - pageSize), null);
        }
    }

    private record Page(int offset, int total, List<RequestSummary> rows) {
    }

    private void load(int at, String keep) {
        long gen = ++generation;
        Show what = show.get();
        Instant now = clock.instant();
        int index = selected.get() == null ? 0 : Math.max(0, requests.indexOf(selected.get()));
        executor.submit(BackgroundTask.of("load step-up requests", ctx -> {
                    int total = query.count(what.filter, now);
                    int from = at >= total && total > 0 ? (total - 1) / pageSize * pageSize : at;
                    return new Page(from, total, query.page(what.filter, now, from, pageSize));
                })
                .onSuccess(p -> {
                    if (gen != generation) {
                        return;
                    }
                    offset = p.offset();
                    requests.setAll(p.rows());
                    hasPrevious.set(offset > 0);
                    hasNext.set(offset + p.rows().size() < p.total());
                    pageInfo.set(p.total() == 0 ? what.title + ": no " + what.one + "s"
                            : what.title + ": " + Words.number(offset + 1) + "–" + Words.number(offset + p.rows().size()) + " of "
                            + Words.count(p.total(), what.one, what.one + "s"));
                    RequestSummary before = selected.get();
                    RequestSummary next = p.rows().stream().filter(r -> r.id().equals(keep)).findFirst()
                            .orElse(p.rows().isEmpty() ? null : p.rows().get(Math.min(index, p.rows().size() - 1)));
                    selected.set(next);
                    if (Objects.equals(before, next)) {
                        loadDetails();
                    }
                })
                .onFailure(e -> status.set("Could not load the step-up requests: " + e.getMessage())));
    }

    private record Context(String text, Duration suggestedTtl) {
    }

    private void loadDetails() {
        RequestSummary r = selected.get();
        if (r == null) {
            details.set("");
            return;
        }
        Instant now = clock.instant();
        executor.submit(BackgroundTask.of("step-up request details", ctx -> {
                    StepUpQuery.Detail d = query.detail(r.id(), now);
                    PolicyResult eval = services.get().evaluate(r.id(), actor);
                    Duration cap = eval.cap() == null || r.ttl().compareTo(eval.cap()) <= 0 ? r.ttl() : eval.cap();
                    return new Context(RequestLabels.headline(d.summary(), now) + "\n\n"
                            + String.join("\n", RequestReport.lines(d, eval, actor)), cap);
                })
                .onSuccess(c -> {
                    if (selected.get() != null && selected.get().id().equals(r.id())) {
                        details.set(c.text());
                        suggestedFor = r.id();
                        suggestedTtl = c.suggestedTtl();
                    }
                })
                .onFailure(e -> details.set("Could not read " + r.id() + ": " + e.getMessage())));
    }

    public void startApprove() {
        start(Action.APPROVE);
    }

    public void startDeny() {
        start(Action.DENY);
    }

    public void startRevoke() {
        start(Action.REVOKE);
    }

    /**
     * Opens the inline form for the selected request. An approval's TTL is prefilled with the most the request and
     * the policy allow for this actor; the model still checks every rule when the form is confirmed.
     */
    private void start(Action a) {
        RequestSummary r = selected.get();
        if (r == null) {
            status.set("Select a request first.");
            return;
        }
        formRequest = r.id();
        reason.set("");
        ttl.set(a != Action.APPROVE ? "" : (r.id().equals(suggestedFor) && suggestedTtl != null ? suggestedTtl : r.ttl()).toString());
        formTitle.set(a.verb + " " + r.id() + " (" + r.privilege() + " for " + (r.targetName() == null ? r.identityKey() : r.targetName()) + ")");
        action.set(a);
    }

    /** Closes the inline form; nothing is written. */
    public void cancel() {
        action.set(null);
        formRequest = null;
    }

    /** Takes the form's decision; a refusal leaves the form open with the rule's message on the status line. */
    public void confirm() {
        Action a = action.get();
        String id = formRequest;
        if (a == null || busy.get()) {
            return;
        }
        String why = reason.get() == null ? "" : reason.get().strip();
        if (why.isEmpty()) {
            status.set("Give a reason: it is recorded with the decision in the ledger. Nothing was written.");
            return;
        }
        Duration granted = null;
        if (a == Action.APPROVE && ttl.get() != null && !ttl.get().isBlank()) {
            granted = RequestReader.parseTtl(ttl.get());
            if (granted == null) {
                status.set("TTL '" + ttl.get().strip() + "' is not a positive ISO-8601 duration; write PT1H or PT30M. Nothing was written.");
                return;
            }
        }
        Duration asked = granted;
        busy.set(true);
        executor.submit(BackgroundTask.of(a.name().toLowerCase(java.util.Locale.ROOT) + " step-up request", ctx -> switch (a) {
                    case APPROVE -> services.get().approve(id, actor, asked, why);
                    case DENY -> services.get().deny(id, actor, why);
                    case REVOKE -> services.get().revoke(id, actor, why);
                })
                .onSuccess(d -> {
                    cancel();
                    status.set(outcome(d));
                    refresh();
                })
                .onFailure(this::failed)
                .onFinished(() -> busy.set(false)));
    }

    private static String outcome(Decision d) {
        return switch (d.kind()) {
            case "approved" -> d.granted()
                    ? "Approved " + d.requestId() + " as " + d.role().label() + ": granted for " + d.ttl() + ", until "
                    + Times.absolute(d.expiresAt(), "?") + " (ledger entry " + d.ledgerSeq() + ")"
                    : "Approved " + d.requestId() + " as " + d.role().label() + ": approval " + d.approval() + " of " + d.approvalsRequired()
                    + "; still pending until another approver agrees (ledger entry " + d.ledgerSeq() + ")";
            case "denied" -> "Denied " + d.requestId() + " as " + d.role().label() + " (ledger entry " + d.ledgerSeq() + ")";
            default -> "Revoked the grant of " + d.requestId() + " as " + d.role().label() + " (ledger entry " + d.ledgerSeq() + ")";
        };
    }

    private void failed(Throwable e) {
        status.set(e instanceof DecisionRefusedException r ? "Refused by " + r.rule() + ": " + r.getMessage() + ". Nothing was written."
                : "Failed: " + e.getMessage());
    }

    /** A blank "New request…" form, the requester set to the person entering it. */
    public NewRequestForm newRequestForm() {
        return new NewRequestForm(actor);
    }

    /**
     * Records the form as a {@code stepup.requested} entry; on success runs {@code accepted} and shows the request in
     * the inbox. Problems (the form's own checks, or the model's: unknown target, ...) go to the form.
     */
    public void submit(NewRequestForm form, Runnable accepted) {
        NewRequestForm.Checked c = form.check();
        if (c == null || busy.get()) {
            return;
        }
        busy.set(true);
        executor.submit(BackgroundTask.of("enter step-up request", ctx -> services.get().request(null, c.requester(), c.target(), c.privilege(),
                        c.resource(), c.environment(), c.ttl(), c.justification(), c.task(), c.tools(), actor))
                .onSuccess(r -> {
                    form.problemsProperty().set("");
                    accepted.run();
                    status.set(requested(r));
                    show.set(Show.INBOX);
                    load(0, r.id());
                })
                .onFailure(e -> form.problemsProperty().set(e instanceof RequestsRefusedException refused
                        ? refused.problems().stream().map(StepUpViewModel::problem).collect(Collectors.joining("\n"))
                        : "Failed: " + e.getMessage()))
                .onFinished(() -> busy.set(false)));
    }

    private static String requested(StepUpRequest r) {
        return "Requested " + r.id() + ": " + r.privilege() + (r.resource() == null ? "" : " on " + r.resource()) + " for "
                + r.identityKey() + " (" + r.environment() + ") for " + r.ttl() + "; it is in the inbox";
    }

    private static String problem(RequestProblem p) {
        return p.field() == null ? p.reason() : Character.toUpperCase(p.field().charAt(0)) + p.field().substring(1) + ": " + p.reason();
    }
}
