package io.steward.uitests;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.app.ui.ConsolePages;
import io.steward.app.ui.common.BannerArea;
import io.steward.app.ui.common.ConsoleContext;
import io.steward.app.ui.common.ConsolePage;
import io.steward.model.ledger.LedgerChanged;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A page is one registration: the console gives it a navigation button, Ctrl+N by its place, builds its view once
 * off the FX thread with the window, starts it when first shown, and from then on tells it (on the FX thread) of every
 * decision this process commits; one banner area shows one banner.
 */
class ConsolePageRegistrationTest extends ConsoleTest {
    /** A page that counts the ledger changes it hears. */
    static final class NotesPage implements ConsolePage {
        final List<LedgerChanged> heard = new CopyOnWriteArrayList<>();
        final List<Boolean> onFxThread = new CopyOnWriteArrayList<>();
        final Label label = new Label("no decision yet");
        int shown;
        int started;
        int built;
        final List<Boolean> builtOnFxThread = new CopyOnWriteArrayList<>();

        NotesPage(ConsoleContext context) {
        }

        @Override
        public String id() {
            return "notes";
        }

        @Override
        public String title() {
            return "Notes";
        }

        @Override
        public String summary() {
            return "A page registered by a test";
        }

        @Override
        public Ikon icon() {
            return Feather.FILE_TEXT;
        }

        @Override
        public Node view() {
            if (label.getParent() == null) {
                built++;
                builtOnFxThread.add(Platform.isFxApplicationThread());
                label.setId("notesLabel");
                return new StackPane(label);
            }
            return label.getParent();
        }

        @Override
        public void start() {
            started++;
        }

        @Override
        public void shown() {
            shown++;
        }

        @Override
        public void ledgerChanged(LedgerChanged change) {
            onFxThread.add(Platform.isFxApplicationThread());
            heard.add(change);
            label.setText(heard.size() + " decisions");
        }
    }

    @Test
    void aRegisteredPageGetsNavigationAShortcutItsViewAndEveryLedgerChange() throws Exception {
        List<ConsolePage.Factory> pages = new ArrayList<>(ConsolePages.STANDARD);
        pages.add(NotesPage::new);
        start(dir.resolve("pages.steward"), pages);
        NotesPage notes = console.page(NotesPage.class);

        assertThat(robot.lookup("#navNotes").queryAs(ToggleButton.class).getAccessibleText()).isEqualTo("Notes page (Ctrl+" + pages.size() + ")");
        assertThat(notes.built).as("built with the window").isEqualTo(1);
        assertThat(notes.builtOnFxThread).as("off the FX thread").containsExactly(false);
        assertThat(notes.shown).as("not shown yet").isZero();
        // a page loads its first data when first shown, so a page never seen costs nothing; until then it is not told
        // of decisions either (it reads them all when it starts)
        assertThat(notes.started).as("not started before it is shown").isZero();
        workspace.mappings().save("csv:early", "generic-csv", Map.of("Kennung", "id"), "alice");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(notes.heard).as("not told before it starts").isEmpty();
        KeyCode notesKey = KeyCode.valueOf("DIGIT" + pages.size());
        robot.press(KeyCode.CONTROL, notesKey).release(notesKey, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#notesLabel").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(notes.shown).isEqualTo(1);
        assertThat(notes.started).isEqualTo(1);

        // a decision committed on another thread (here: saving a column mapping) reaches every page on the FX thread
        workspace.mappings().save("csv:robots", "generic-csv", Map.of("Kennung", "id"), "alice");
        waitUntil(() -> notes.heard.size() == 1);
        assertThat(notes.onFxThread).containsExactly(true);
        assertThat(notes.heard.get(0).appended()).extracting(e -> e.kind()).containsExactly("mapping.saved");
        assertThat(robot.lookup("#notesLabel").queryAs(Label.class).getText()).isEqualTo("1 decisions");

        // the Ledger page, started now, reads both decisions
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        waitUntil(() -> console.page(io.steward.app.ui.ledger.LedgerPage.class).viewModel().entries().size() == 2);
        robot.clickOn("#navNotes");
        waitUntil(() -> notes.shown == 2);
        assertThat(notes.built).as("the same view again").isEqualTo(1);
        assertThat(notes.started).as("started once").isEqualTo(1);
    }

    @Test
    void theBannerAreaShowsOneBannerAtATimeNewestFirst() throws Exception {
        start(dir.resolve("banners.steward"));
        BannerArea[] area = new BannerArea[1];
        Label first = new Label("first");
        Label second = new Label("second");
        WaitForAsyncUtils.asyncFx(() -> {
            area[0] = new BannerArea();
            area[0].add(first);
            area[0].add(second);
        }).get();
        assertThat(area[0].showing()).isSameAs(second);
        assertThat(area[0].node().isManaged()).isTrue();

        WaitForAsyncUtils.asyncFx(() -> second.setVisible(false)).get();
        assertThat(area[0].showing()).as("the one before comes back").isSameAs(first);
        WaitForAsyncUtils.asyncFx(() -> first.setVisible(false)).get();
        assertThat(area[0].showing()).isNull();
        assertThat(area[0].node().isManaged()).as("no gap while nothing shows").isFalse();
        WaitForAsyncUtils.asyncFx(() -> first.setVisible(true)).get();
        assertThat(area[0].showing()).isSameAs(first);
    }
}
