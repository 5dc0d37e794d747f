package io.steward.model.findings;

import java.util.Locale;

/** How bad a finding is, worst first; {@link #rank()} orders the orphan queue and reports. */
public enum Severity {
    CRITICAL, HIGH, MEDIUM, LOW, INFO;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** 5 for critical down to 1 for info. */
    public int rank() {
        return 5 - ordinal();
    }

    /** @throws IllegalArgumentException naming the allowed values */
    public static Severity of(String id) {
        for (Severity s : values()) {
            if (s.id().equalsIgnoreCase(id == null ? "" : id.strip())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + id + "': use critical, high, medium, low or info");
    }
}
