package io.steward.model.stepup;

/** The rules no policy can switch off, by the names refusals and the verifier use. */
public final class BuiltInRules {
    public static final String NO_SELF_APPROVAL = "no-self-approval";
    public static final String APPROVER_MUST_BE_ACCOUNTABLE = "approver-must-be-accountable";
    public static final String REQUEST_EXPIRED = "request-expired";
    public static final String TTL_WITHIN_CAPS = "ttl-within-caps";
    public static final String DISTINCT_APPROVERS = "distinct-approvers";
    public static final String DECIDED_ONCE = "decided-once";

    private BuiltInRules() {
    }
}
