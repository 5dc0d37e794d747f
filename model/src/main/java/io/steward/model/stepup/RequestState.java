package io.steward.model.stepup;

import java.util.Locale;

/**
 * Where a request stands: pending (awaiting approvals), active (granted, before its expiry), expired (a grant past
 * its expiry, or a request nobody approved in time), denied, revoked (a grant ended early).
 */
public enum RequestState {
    PENDING, ACTIVE, EXPIRED, DENIED, REVOKED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
