package io.steward.app.ui;

import io.steward.app.BuildInfo;
import io.steward.app.Workspace;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The shell's state: which page is shown, and the facts the status bar shows. */
public final class MainViewModel {
    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(Page.INVENTORY);
    private final String ledgerFile;
    private final String actor;

    public MainViewModel(Workspace workspace) {
        this.ledgerFile = workspace.ledgerFile().toString();
        this.actor = workspace.actor();
    }

    public ObjectProperty<Page> pageProperty() {
        return page;
    }

    public void show(Page target) {
        page.set(target);
    }

    /** Ctrl+digit: 1 is the first page; other digits are ignored. */
    public void showByShortcut(int digit) {
        Page[] pages = Page.values();
        if (digit >= 1 && digit <= pages.length) {
            page.set(pages[digit - 1]);
        }
    }

    public String ledgerFile() {
        return ledgerFile;
    }

    public String actor() {
        return actor;
    }

    public String version() {
        return "Steward " + BuildInfo.version();
    }

    public String windowTitle() {
        return "Steward — " + ledgerFile;
    }
}
