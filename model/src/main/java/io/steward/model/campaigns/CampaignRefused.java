package io.steward.model.campaigns;

import java.util.List;

/**
 * A decision, sign-off or close that a campaign rule forbids: names the rule and the items it applies to.
 * Nothing has been written. The CLI exits 1.
 */
public final class CampaignRefused extends RuntimeException {
    private final String rule;
    private final List<Long> items;

    public CampaignRefused(String rule, List<Long> items, String reason) {
        super("refused (" + rule + "): " + reason + (items.isEmpty() ? "" : " [items " + itemList(items) + "]"));
        this.rule = rule;
        this.items = List.copyOf(items);
    }

    public String rule() {
        return rule;
    }

    public List<Long> items() {
        return items;
    }

    static String itemList(List<Long> items) {
        StringBuilder b = new StringBuilder();
        int shown = Math.min(items.size(), 20);
        for (int i = 0; i < shown; i++) {
            b.append(i == 0 ? "" : ", ").append(items.get(i));
        }
        return items.size() > shown ? b + " and " + (items.size() - shown) + " more" : b.toString();
    }
}
