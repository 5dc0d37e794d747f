package io.steward.app.ui.inventory;

import io.steward.app.ui.common.Times;
import io.steward.model.inventory.query.ChangeType;
import io.steward.model.inventory.query.CredentialView;
import io.steward.model.inventory.query.HistoryEntry;
import io.steward.model.inventory.query.IdentityRow;
import io.steward.model.inventory.query.LinkView;
import java.time.Instant;
import java.util.Locale;

/** The rows of the identity detail pane, as text: credentials, links and history. */
public final class DetailLines {
    private DetailLines() {
    }

    /**
     * One credential's metadata (never a secret): what it is, whether it is active, and its age, last use
     * and expiry, each relative to now with the absolute UTC time.
     */
    public record Credential(String kind, String id, String state, String age, String lastUsed, String expires, String from) {
        static Credential of(CredentialView c, Instant now) {
            return of(c, now, null);
        }

        /** @param from the importer and snapshot it was read from, when several importers describe the identity; else null */
        static Credential of(CredentialView c, Instant now, String from) {
            String id = c.maskedId() != null ? c.maskedId() : c.nativeId();
            String state = c.active() == null ? "not stated" : c.active() ? "active" : "inactive";
            java.time.Duration age = c.age(now);
            Instant since = c.lastRotatedAt() != null ? c.lastRotatedAt() : c.createdAt();
            String ageText = age == null ? "unknown" : (Times.span(age) == null ? "new" : Times.span(age))
                    + " (" + (c.lastRotatedAt() != null ? "rotated " : "created ") + Times.absolute(since, "") + ")";
            String expires = c.expiresAt() == null ? "no expiry" : expiry(c.expiresAt(), now);
            return new Credential(c.kind(), id, state, ageText, Times.both(c.lastUsedAt(), now, "never used"), expires, from);
        }

        private static String expiry(Instant at, Instant now) {
            String when = Times.both(at, now, "");
            return at.isBefore(now) ? "expired " + when : when;
        }
    }

    /** An edge to another identity; {@code target} is null when that identity is not in the current inventory. */
    public record Link(String relation, String label, IdentityRow target) {
        static Link of(LinkView l) {
            String where = l.targetSource() == null ? "" : " (" + l.targetSource() + ")";
            String label = l.target() != null ? l.target().name() + " · " + l.target().kind() + where : l.targetNativeId() + where
                    + " — not in the inventory";
            return new Link(l.kind(), label, l.target());
        }

        static Link to(String relation, IdentityRow row) {
            return new Link(relation, row.name() + " · " + row.kind(), row);
        }

        public boolean navigable() {
            return target != null;
        }
    }

    /** The identity in one snapshot of its series; {@code identityId} null when it was absent from it. */
    public record History(long snapshotId, String label, String change, Long identityId, boolean shown) {
        static History of(HistoryEntry h, long shownId) {
            String label = "#" + h.snapshotId() + " · " + Times.absolute(h.asOf() != null ? h.asOf() : h.importedAt(), "?") + " · "
                    + h.fileName();
            String change = h.identityId() == null ? "absent" : h.change() == null ? "" : words(h.change());
            return new History(h.snapshotId(), label, change, h.identityId(), h.identityId() != null && h.identityId() == shownId);
        }

        private static String words(ChangeType t) {
            return t == ChangeType.ADDED ? "first seen" : t.name().toLowerCase(Locale.ROOT);
        }
    }
}
