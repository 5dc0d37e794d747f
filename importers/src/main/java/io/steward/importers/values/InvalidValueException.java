package io.steward.importers.values;

/**
 * A value does not have the expected type. The message says what was expected and never contains the
 * value itself (it might be secret material); importers add file, record and field.
 */
public final class InvalidValueException extends IllegalArgumentException {
    public InvalidValueException(String expected) {
        super(expected);
    }
}
