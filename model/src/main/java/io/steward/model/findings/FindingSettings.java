package io.steward.model.findings;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rule thresholds. Defaults: stale-credential 90 days, unused-credential 45 days, no-expiry 365 days (an expiry
 * further away than that counts as none), multiple-active-keys 2 keys. Overrides live in {@code finding_setting}.
 */
public record FindingSettings(int staleDays, int unusedDays, int noExpiryDays, int maxActiveKeys) {
    public static final FindingSettings DEFAULTS = new FindingSettings(90, 45, 365, 1);

    public static final String STALE_DAYS = "stale-credential.days";
    public static final String UNUSED_DAYS = "unused-credential.days";
    public static final String NO_EXPIRY_DAYS = "no-expiry.days";
    public static final String MAX_ACTIVE_KEYS = "multiple-active-keys.max";

    public FindingSettings {
        if (staleDays < 1 || unusedDays < 1 || noExpiryDays < 1 || maxActiveKeys < 1) {
            throw new IllegalArgumentException("finding thresholds must be at least 1");
        }
    }

    /** These settings with {@code name} set to {@code value}. @throws IllegalArgumentException for an unknown name */
    public FindingSettings with(String name, int value) {
        return switch (name) {
            case STALE_DAYS -> new FindingSettings(value, unusedDays, noExpiryDays, maxActiveKeys);
            case UNUSED_DAYS -> new FindingSettings(staleDays, value, noExpiryDays, maxActiveKeys);
            case NO_EXPIRY_DAYS -> new FindingSettings(staleDays, unusedDays, value, maxActiveKeys);
            case MAX_ACTIVE_KEYS -> new FindingSettings(staleDays, unusedDays, noExpiryDays, value);
            default -> throw new IllegalArgumentException("unknown finding setting '" + name + "': use one of "
                    + String.join(", ", asMap().keySet()));
        };
    }

    public Map<String, Integer> asMap() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put(STALE_DAYS, staleDays);
        m.put(UNUSED_DAYS, unusedDays);
        m.put(NO_EXPIRY_DAYS, noExpiryDays);
        m.put(MAX_ACTIVE_KEYS, maxActiveKeys);
        return m;
    }
}
