package io.steward.importers.spi;

import io.steward.importers.spi.Cancellation;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/** Cooperative cancel: importers call {@link #check()} per record; a cancelled import commits nothing. */
@FunctionalInterface
public interface Cancellation {
    Cancellation NEVER = () -> false;

    boolean requested();

    default void check() {
        if (requested()) {
            throw new CancellationException("import cancelled; nothing was saved");
        }
    }

    static Cancellation of(BooleanSupplier flag) {
        return flag::getAsBoolean;
    }
}
