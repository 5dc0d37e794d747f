package io.steward.app.ui.campaigns;

import io.steward.model.campaigns.CampaignItem;
import io.steward.model.campaigns.SignOffStatement;

/** The sign-off dialog's text: exactly the decisions covered and the hash the ledger entry records over them. */
final class SignOffText {
    private SignOffText() {
    }

    static String of(SignOffStatement s) {
        StringBuilder b = new StringBuilder();
        b.append("You, ").append(s.reviewer()).append(", sign these ").append(s.items().size()).append(" decisions in campaign ")
                .append(s.campaign()).append(":\n\n");
        for (CampaignItem i : s.items()) {
            b.append('#').append(i.itemNo()).append(' ').append(i.name()).append(": ").append(i.decision())
                    .append(i.comment() == null ? "" : " — " + i.comment()).append('\n');
        }
        b.append("\nDecisions hash (SHA-256): ").append(s.decisionsHash())
                .append("\nA campaign.signed-off entry records it, then a checkpoint of the ledger head is signed with your key."
                        + " Your decisions can no longer be corrected afterwards.");
        return b.toString();
    }
}
