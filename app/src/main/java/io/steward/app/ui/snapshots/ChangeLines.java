package io.steward.app.ui.snapshots;

import io.steward.app.ui.common.Times;
import io.steward.model.inventory.query.ChangeType;
import io.steward.model.inventory.query.CredentialChange;
import io.steward.model.inventory.query.CredentialView;
import io.steward.model.inventory.query.FieldChange;
import io.steward.model.inventory.query.GrantChange;
import io.steward.model.inventory.query.GrantView;
import io.steward.model.inventory.query.IdentityChange;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/** One identity's change between two snapshots, in sentences: fields, credentials and grants. */
final class ChangeLines {
    private ChangeLines() {
    }

    static List<String> of(IdentityChange c) {
        List<String> lines = new ArrayList<>();
        switch (c.type()) {
            case ADDED -> lines.add("Added in the newer snapshot.");
            case REMOVED -> lines.add("Absent from the newer snapshot: removed at the source, or no longer exported.");
            case UNCHANGED -> lines.add("Unchanged.");
            case CHANGED -> {
                c.fields().forEach(f -> lines.add(field(f)));
                c.credentials().forEach(cc -> lines.add(credential(cc)));
                c.grants().forEach(g -> lines.add(grant(g)));
            }
        }
        return lines;
    }

    private static String field(FieldChange f) {
        return words(f.field()) + ": " + value(f.before()) + " → " + value(f.after());
    }

    private static String credential(CredentialChange c) {
        CredentialView any = c.after() != null ? c.after() : c.before();
        String name = "Credential " + any.nativeId() + " (" + any.kind() + ")";
        if (c.type() != ChangeType.CHANGED) {
            return name + " " + c.type().name().toLowerCase(Locale.ROOT);
        }
        List<String> parts = new ArrayList<>();
        diff(parts, "active", c, v -> v.active() == null ? null : v.active() ? "yes" : "no");
        diff(parts, "rotated", c, v -> time(v.lastRotatedAt()));
        diff(parts, "created", c, v -> time(v.createdAt()));
        diff(parts, "last used", c, v -> time(v.lastUsedAt()));
        diff(parts, "expires", c, v -> time(v.expiresAt()));
        diff(parts, "shown id", c, CredentialView::maskedId);
        return name + ": " + (parts.isEmpty() ? "metadata changed" : String.join("; ", parts));
    }

    private static void diff(List<String> parts, String label, CredentialChange c, Function<CredentialView, String> value) {
        String before = value.apply(c.before());
        String after = value.apply(c.after());
        if (!Objects.equals(before, after)) {
            parts.add(label + " " + value(before) + " → " + value(after));
        }
    }

    private static String grant(GrantChange g) {
        GrantView any = g.after() != null ? g.after() : g.before();
        String what = any.privilege() + (any.resource() == null ? "" : " on " + any.resource())
                + (any.via() == null ? "" : " via " + any.via());
        return "Grant " + g.type().name().toLowerCase(Locale.ROOT) + ": " + what;
    }

    /** "last_used_at" → "Last used at". */
    private static String words(String field) {
        String s = field.replace('_', ' ');
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Stored timestamps read as UTC times; none as "none". */
    private static String value(String stored) {
        if (stored == null || stored.isEmpty()) {
            return "none";
        }
        if (stored.length() == 24 && stored.endsWith("Z")) {
            try {
                return Times.absolute(Instant.parse(stored), stored);
            } catch (DateTimeParseException e) {
                return stored;
            }
        }
        return stored;
    }

    private static String time(Instant t) {
        return t == null ? null : Times.absolute(t, null);
    }
}
