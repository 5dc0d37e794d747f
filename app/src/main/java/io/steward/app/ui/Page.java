package io.steward.app.ui;

/**
 * The console's pages, in navigation order; Ctrl+1, Ctrl+2, ... select them. Only working pages are listed:
 * accountability, step-up, campaigns and exports join as their services land.
 */
public enum Page {
    INVENTORY("Inventory", "Every non-human identity from your imports"),
    LEDGER("Ledger", "Append-only, hash-chained record of every decision"),
    CAMPAIGNS("Campaigns", "Access reviews: decide, sign off, close");

    private final String title;
    private final String summary;

    Page(String title, String summary) {
        this.title = title;
        this.summary = summary;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    /** 1 for the first page: the digit of its Ctrl shortcut. */
    public int shortcutDigit() {
        return ordinal() + 1;
    }
}
