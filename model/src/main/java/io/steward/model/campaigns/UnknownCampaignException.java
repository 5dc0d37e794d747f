package io.steward.model.campaigns;

import io.steward.model.BadInputException;

/** A campaign name or item that does not exist (CLI exit 3; nothing written). */
public final class UnknownCampaignException extends BadInputException {
    public UnknownCampaignException(String location, String reason) {
        super(null, location, reason);
    }
}
