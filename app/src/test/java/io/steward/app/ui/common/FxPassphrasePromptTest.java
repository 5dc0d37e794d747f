package io.steward.app.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.app.TestLedgers;
import io.steward.app.Workspace;
import io.steward.model.ledger.ActorKeys;
import io.steward.model.ledger.Checkpoint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.PasswordField;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console's passphrase dialog on the real (headless) toolkit, asked from a background thread as signing is. */
class FxPassphrasePromptTest {
    @TempDir
    Path tmp;

    @BeforeAll
    static void toolkit() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // another test in this JVM started it
        }
        Platform.setImplicitExit(false);
    }

    @Test
    void creatingAsksTwiceAndGivesThePassphraseOnlyWhenBothAgree() throws Exception {
        FxPassphrasePrompt prompt = new FxPassphrasePrompt(null);
        CompletableFuture<Optional<char[]>> answer = CompletableFuture.supplyAsync(() -> prompt.get(true));

        DialogPane dialog = openDialog();
        assertThat(onFx(() -> ((PasswordField) dialog.lookup("#" + FxPassphrasePrompt.PASSPHRASE_ID)).getAccessibleText()))
                .isEqualTo("Choose a passphrase for your Steward signing key");
        assertThat(onFx(() -> okButton(dialog).isDisabled())).as("empty fields").isTrue();
        type(dialog, "correct horse", "correct hose");
        assertThat(onFx(() -> okButton(dialog).isDisabled())).as("the two differ").isTrue();
        assertThat(onFx(() -> dialog.lookup("#" + FxPassphrasePrompt.MISMATCH_ID).isVisible())).isTrue();
        type(dialog, "correct horse", "correct horse");
        assertThat(onFx(() -> okButton(dialog).isDisabled())).isFalse();
        onFx(() -> {
            okButton(dialog).fire();
            return null;
        });

        assertThat(answer.get(10, TimeUnit.SECONDS)).hasValueSatisfying(p -> assertThat(new String(p)).isEqualTo("correct horse"));
        // Asked once per session: the second call answers from memory, with no dialog.
        assertThat(prompt.get(false)).hasValueSatisfying(p -> assertThat(new String(p)).isEqualTo("correct horse"));
        assertThat(onFx(FxPassphrasePromptTest::dialogShowing)).isEmpty();
        assertThat(prompt.describe()).isEqualTo("a passphrase dialog");
    }

    @Test
    void unlockingHasOneFieldAndCancelGivesNoneAndRemembersNothing() throws Exception {
        FxPassphrasePrompt prompt = new FxPassphrasePrompt(null);
        CompletableFuture<Optional<char[]>> answer = CompletableFuture.supplyAsync(() -> prompt.get(false));

        DialogPane dialog = openDialog();
        assertThat(onFx(() -> dialog.lookup("#" + FxPassphrasePrompt.AGAIN_ID))).isNull();
        assertThat(onFx(() -> dialog.getHeaderText())).isEqualTo("Passphrase of your Steward signing key");
        onFx(() -> {
            ((PasswordField) dialog.lookup("#" + FxPassphrasePrompt.PASSPHRASE_ID)).setText("typed but cancelled");
            ((javafx.scene.control.Button) dialog.lookupButton(ButtonType.CANCEL)).fire();
            return null;
        });
        assertThat(answer.get(10, TimeUnit.SECONDS)).isEmpty();

        // Nothing was remembered: the next signature asks again.
        CompletableFuture<Optional<char[]>> again = CompletableFuture.supplyAsync(() -> prompt.get(false));
        DialogPane second = openDialog();
        onFx(() -> {
            ((PasswordField) second.lookup("#" + FxPassphrasePrompt.PASSPHRASE_ID)).setText("now given");
            okButton(second).fire();
            return null;
        });
        assertThat(again.get(10, TimeUnit.SECONDS)).hasValueSatisfying(p -> assertThat(new String(p)).isEqualTo("now given"));
    }

    @Test
    void aCheckpointSignedThroughTheWorkspaceProtectsTheNewKeyWithTheDialogsPassphrase() throws Exception {
        Path ledgerFile = tmp.resolve("ledger.db");
        Path keysDir = tmp.resolve("keys");
        TestLedgers.append(ledgerFile, "alice", 3);
        try (Workspace workspace = Workspace.openOrCreate(ledgerFile, "alice", keysDir)) {
            // The test JVM sets STEWARD_PASSPHRASE, which would come first; so the dialog is the only source here.
            FxPassphrasePrompt prompt = new FxPassphrasePrompt(null);
            workspace.keyPassphrase(prompt);
            CompletableFuture<Checkpoint> signed = CompletableFuture.supplyAsync(() -> workspace.checkpoints().take("alice"));

            DialogPane dialog = openDialog();
            type(dialog, "dialog passphrase", "dialog passphrase");
            onFx(() -> {
                okButton(dialog).fire();
                return null;
            });
            Checkpoint checkpoint = signed.get(30, TimeUnit.SECONDS);
            assertThat(checkpoint.actor()).isEqualTo("alice");

            // The next signature in the session uses the remembered passphrase: no dialog.
            assertThat(workspace.checkpoints().take("alice").actor()).isEqualTo("alice");
            assertThat(onFx(FxPassphrasePromptTest::dialogShowing)).isEmpty();
        }

        try (var files = Files.list(keysDir)) {
            assertThat(files.map(f -> f.getFileName().toString())).anyMatch(n -> n.endsWith(".p12"));
        }
        ActorKeys samePassphrase = new ActorKeys(keysDir, creating -> Optional.of("dialog passphrase".toCharArray()), n -> { });
        assertThat(samePassphrase.keyFor("alice").getPrivate()).isNotNull();
        ActorKeys otherPassphrase = new ActorKeys(keysDir, creating -> Optional.of("something else".toCharArray()), n -> { });
        assertThatThrownBy(() -> otherPassphrase.keyFor("alice")).isInstanceOf(ActorKeys.KeyException.class)
                .hasMessageContaining("passphrase may be wrong");
    }

    private static void type(DialogPane dialog, String first, String again) throws Exception {
        onFx(() -> {
            ((PasswordField) dialog.lookup("#" + FxPassphrasePrompt.PASSPHRASE_ID)).setText(first);
            ((PasswordField) dialog.lookup("#" + FxPassphrasePrompt.AGAIN_ID)).setText(again);
            return null;
        });
    }

    private static javafx.scene.control.Button okButton(DialogPane dialog) {
        Node ok = dialog.lookup("#" + FxPassphrasePrompt.OK_ID);
        return (javafx.scene.control.Button) ok;
    }

    private static Optional<DialogPane> dialogShowing() {
        return Window.getWindows().stream().filter(Window::isShowing).map(Window::getScene)
                .filter(s -> s != null && s.getRoot() instanceof DialogPane).map(s -> (DialogPane) s.getRoot()).findFirst();
    }

    private static DialogPane openDialog() throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < until) {
            Optional<DialogPane> shown = onFx(FxPassphrasePromptTest::dialogShowing);
            if (shown.isPresent()) {
                return shown.get();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no passphrase dialog appeared");
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(10, TimeUnit.SECONDS);
    }
}
