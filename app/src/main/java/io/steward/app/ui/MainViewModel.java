package io.steward.app.ui;

import io.steward.app.BuildInfo;
import io.steward.app.Workspace;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The shell's state: the pages in navigation order, which one is shown, and the facts the status bar shows. */
public final class MainViewModel {
    private final List<String> pageIds;
    private final ReadOnlyStringWrapper page = new ReadOnlyStringWrapper();
    private final String ledgerFile;
    private final String actor;

    /** {@code pageIds} in navigation order; the first is shown first. */
    public MainViewModel(Workspace workspace, List<String> pageIds) {
        if (pageIds.isEmpty() || pageIds.stream().distinct().count() != pageIds.size()) {
            throw new IllegalArgumentException("the console needs distinct pages, got " + pageIds);
        }
        this.pageIds = List.copyOf(pageIds);
        this.page.set(pageIds.get(0));
        this.ledgerFile = workspace.ledgerFile().toString();
        this.actor = workspace.actor();
    }

    /** The id of the page shown. */
    public ReadOnlyStringProperty pageProperty() {
        return page.getReadOnlyProperty();
    }

    public List<String> pageIds() {
        return pageIds;
    }

    public void show(String pageId) {
        if (!pageIds.contains(pageId)) {
            throw new IllegalArgumentException("no page " + pageId);
        }
        page.set(pageId);
    }

    /** Ctrl+digit: 1 is the first page; other digits are ignored. */
    public void showByShortcut(int digit) {
        if (digit >= 1 && digit <= pageIds.size()) {
            page.set(pageIds.get(digit - 1));
        }
    }

    /** The digit of a page's Ctrl shortcut, or 0 when it has none (past the ninth). */
    public int shortcutDigit(String pageId) {
        int index = pageIds.indexOf(pageId);
        return index >= 0 && index < 9 ? index + 1 : 0;
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
