package io.steward.model.stepup;

/** How a person relates to an identity when deciding on a request for it. Only the first three may decide. */
public enum ApproverRole {
    OWNER, BACKUP, DELEGATE, NONE;

    public boolean mayDecide() {
        return this != NONE;
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
