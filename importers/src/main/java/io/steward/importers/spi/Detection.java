package io.steward.importers.spi;

import io.steward.importers.spi.Detection;

/**
 * An importer's verdict on a file sample: a confidence from 0 (not mine) to 100 (certainly mine) and
 * a short reason that can be shown to a user ("header matches the 22 credential-report columns").
 */
public record Detection(int confidence, String reason) {
    /** Below this an importer is not a candidate at all. */
    public static final int THRESHOLD = 50;

    public Detection {
        if (confidence < 0 || confidence > 100) {
            throw new IllegalArgumentException("confidence must be 0..100: " + confidence);
        }
    }

    public static Detection no(String reason) {
        return new Detection(0, reason);
    }

    public static Detection certain(String reason) {
        return new Detection(100, reason);
    }

    public static Detection likely(int confidence, String reason) {
        return new Detection(confidence, reason);
    }

    public boolean candidate() {
        return confidence >= THRESHOLD;
    }
}
