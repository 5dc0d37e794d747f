package io.steward.model.findings;

/** What one computation of findings changed: findings first seen, still open, resolved. */
public record RefreshReport(int opened, int stillOpen, int resolved, long millis) {
}
