package io.steward.app.ui.stepup;

import io.steward.model.stepup.RequestReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The "New request…" form's fields, for a request that arrived by chat or ticket, and their checks before anything
 * is sent to the ledger. The requester defaults to the person entering it; the environment to the target's.
 */
public final class NewRequestForm {
    /** A checked form: what {@code StepUpService.request} takes. */
    record Checked(String requester, String target, String privilege, String resource, String environment, Duration ttl,
                   String justification, String task, List<String> tools) {
    }

    private final StringProperty requester = new SimpleStringProperty("");
    private final StringProperty target = new SimpleStringProperty("");
    private final StringProperty privilege = new SimpleStringProperty("");
    private final StringProperty resource = new SimpleStringProperty("");
    private final StringProperty environment = new SimpleStringProperty("");
    private final StringProperty ttl = new SimpleStringProperty("PT1H");
    private final StringProperty justification = new SimpleStringProperty("");
    private final StringProperty task = new SimpleStringProperty("");
    private final StringProperty tools = new SimpleStringProperty("");
    private final StringProperty problems = new SimpleStringProperty("");

    NewRequestForm(String actor) {
        requester.set(actor);
    }

    public StringProperty requesterProperty() {
        return requester;
    }

    public StringProperty targetProperty() {
        return target;
    }

    public StringProperty privilegeProperty() {
        return privilege;
    }

    public StringProperty resourceProperty() {
        return resource;
    }

    public StringProperty environmentProperty() {
        return environment;
    }

    public StringProperty ttlProperty() {
        return ttl;
    }

    public StringProperty justificationProperty() {
        return justification;
    }

    public StringProperty taskProperty() {
        return task;
    }

    /** Comma-separated tools the agent will call with the privilege. */
    public StringProperty toolsProperty() {
        return tools;
    }

    /** What is wrong with the form, one line per field (empty when it was accepted). */
    public StringProperty problemsProperty() {
        return problems;
    }

    /** The form as a request, or null with {@link #problemsProperty()} saying what to correct. */
    Checked check() {
        List<String> wrong = new ArrayList<>();
        require(wrong, requester, "Requester", "who asks (an agent, a workload or a person)");
        require(wrong, target, "Target", "the identity to elevate: its key, native id or name");
        require(wrong, privilege, "Privilege", "the role, scope or permission asked for, e.g. s3:PutObject");
        require(wrong, justification, "Justification", "why it is needed");
        Duration duration = null;
        if (blank(ttl)) {
            wrong.add("TTL: required — how long, as an ISO-8601 duration such as PT1H or PT30M");
        } else {
            duration = RequestReader.parseTtl(ttl.get());
            if (duration == null) {
                wrong.add("TTL: '" + ttl.get().strip() + "' is not a positive ISO-8601 duration; write PT1H, PT30M or P1D");
            }
        }
        problems.set(String.join("\n", wrong));
        if (!wrong.isEmpty()) {
            return null;
        }
        List<String> toolList = Arrays.stream(tools.get().split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
        return new Checked(text(requester), text(target), text(privilege), text(resource), text(environment), duration,
                text(justification), text(task), toolList);
    }

    private static void require(List<String> wrong, StringProperty field, String label, String what) {
        if (blank(field)) {
            wrong.add(label + ": required — " + what);
        }
    }

    private static boolean blank(StringProperty p) {
        return p.get() == null || p.get().isBlank();
    }

    /** The stripped text, or null when blank (the model then uses its default). */
    private static String text(StringProperty p) {
        return blank(p) ? null : p.get().strip();
    }
}
