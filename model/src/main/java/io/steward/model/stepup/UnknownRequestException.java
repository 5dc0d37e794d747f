package io.steward.model.stepup;

import io.steward.model.BadInputException;

/** No step-up request has the id given. */
public final class UnknownRequestException extends BadInputException {
    public UnknownRequestException(String id) {
        super(null, null, "no step-up request has the id '" + id + "'. 'steward stepup list --state all' lists them.");
    }
}
