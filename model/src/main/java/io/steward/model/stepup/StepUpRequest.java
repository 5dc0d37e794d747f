package io.steward.model.stepup;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A request for a privilege the target does not hold standing. {@code target} is as the request named it,
 * {@code identityKey} what it resolved to. After {@code expiresAt} it can no longer be approved.
 */
public record StepUpRequest(String id, Instant requestedAt, Instant expiresAt, String requester, String target,
                            String identityKey, String privilege, String resource, String environment, Duration ttl,
                            String justification, String task, List<String> tools) {
    /** How long an undecided request stays open when it does not say (field {@code expiresAt}). */
    public static final Duration DEFAULT_LIFETIME = Duration.ofHours(24);

    public StepUpRequest {
        tools = tools == null ? List.of() : List.copyOf(tools);
    }
}
