package io.steward.model.stepup.policy;

import java.time.Duration;

/** What a rule does when its condition holds: deny with a message, cap the TTL, or require N distinct approvals. */
public sealed interface Effect {
    /** The effect as it is written in a policy file. */
    String text();

    record Deny(String message) implements Effect {
        @Override
        public String text() {
            return "deny \"" + message + "\"";
        }
    }

    record Cap(Duration ttl) implements Effect {
        @Override
        public String text() {
            return "cap " + ttl;
        }
    }

    record Approvals(int count) implements Effect {
        @Override
        public String text() {
            return "approvals " + count;
        }
    }
}
