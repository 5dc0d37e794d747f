package io.steward.app.ui.common;

import io.steward.model.ledger.KeyPassphrase;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.locks.ReentrantLock;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * The console's key passphrase prompt: a modal dialog, since a console started from a menu has no terminal. It
 * may be asked from any thread (signing runs on background tasks) and waits for the answer; the answer is
 * remembered for the rest of the session so the user is asked once. Comes after STEWARD_PASSPHRASE and the OS
 * credential store (docs/decisions/0008-key-protection.md).
 */
public final class FxPassphrasePrompt implements KeyPassphrase {
    public static final String PASSPHRASE_ID = "passphrase";
    public static final String AGAIN_ID = "passphraseAgain";
    public static final String OK_ID = "passphraseOk";
    public static final String MISMATCH_ID = "passphraseMismatch";

    private final Window owner;
    // Background callers queue here, so a second signing task waits for the first answer instead of a second dialog.
    private final ReentrantLock asking = new ReentrantLock();
    private volatile char[] remembered;

    /** A prompt over {@code owner} (the console's window; null for none). */
    public FxPassphrasePrompt(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<char[]> get(boolean creating) {
        if (Platform.isFxApplicationThread()) {
            // Never wait for a lock on the FX thread: a background caller holding it waits for this thread.
            return rememberedOr(() -> ask(creating));
        }
        asking.lock();
        try {
            return rememberedOr(() -> askOnFxThread(creating));
        } finally {
            asking.unlock();
        }
    }

    @Override
    public String describe() {
        return "a passphrase dialog";
    }

    private Optional<char[]> rememberedOr(java.util.function.Supplier<Optional<char[]>> asker) {
        char[] known = remembered;
        if (known != null) {
            return Optional.of(known.clone());
        }
        Optional<char[]> answer = asker.get();
        answer.ifPresent(p -> remembered = p.clone());
        return answer;
    }

    private Optional<char[]> askOnFxThread(boolean creating) {
        CompletableFuture<Optional<char[]>> answer = new CompletableFuture<>();
        try {
            Platform.runLater(() -> {
                try {
                    answer.complete(ask(creating));
                } catch (RuntimeException | Error e) {
                    answer.completeExceptionally(e);
                }
            });
        } catch (IllegalStateException noToolkit) {
            return Optional.empty();
        }
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private Optional<char[]> ask(boolean creating) {
        PasswordField first = field(PASSPHRASE_ID, creating ? "Choose a passphrase for your Steward signing key"
                : "Passphrase of your Steward signing key");
        PasswordField again = field(AGAIN_ID, "Type the passphrase again");
        Dialog<char[]> dialog = new Dialog<>();
        if (owner != null && owner.isShowing()) {
            dialog.initOwner(owner);
        }
        dialog.initModality(Modality.APPLICATION_MODAL);
        dialog.setTitle(creating ? "Protect your signing key" : "Unlock your signing key");
        dialog.setHeaderText(creating ? "Choose a passphrase for your Steward signing key"
                : "Passphrase of your Steward signing key");
        DialogPane pane = dialog.getDialogPane();
        pane.getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        VBox content = new VBox(8);
        BooleanBinding incomplete;
        if (creating) {
            Label hint = new Label("The passphrase protects the private key that signs your decisions and checkpoints."
                    + " It cannot be recovered: if it is lost, you need a new key that others must trust again.");
            hint.setWrapText(true);
            hint.setMaxWidth(420);
            Label mismatch = new Label("The two passphrases differ.");
            mismatch.setId(MISMATCH_ID);
            BooleanBinding differ = Bindings.createBooleanBinding(() -> !first.getText().equals(again.getText()),
                    first.textProperty(), again.textProperty());
            mismatch.visibleProperty().bind(differ.and(again.textProperty().isNotEmpty()));
            incomplete = first.textProperty().isEmpty().or(differ);
            content.getChildren().addAll(hint, new Label("Passphrase"), first, new Label("Again"), again, mismatch);
        } else {
            incomplete = first.textProperty().isEmpty();
            content.getChildren().addAll(new Label("Passphrase"), first);
        }
        pane.setContent(content);
        Node ok = pane.lookupButton(ButtonType.OK);
        ok.setId(OK_ID);
        ok.setAccessibleText(creating ? "Protect the signing key with this passphrase" : "Unlock the signing key");
        ok.disableProperty().bind(incomplete);
        pane.lookupButton(ButtonType.CANCEL).setAccessibleText("Do not sign now");
        dialog.setResultConverter(button -> button == ButtonType.OK ? first.getText().toCharArray() : null);
        Platform.runLater(first::requestFocus);
        Optional<char[]> answer = dialog.showAndWait().filter(p -> p.length > 0);
        first.clear();
        again.clear();
        return answer;
    }

    private static PasswordField field(String id, String accessibleText) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.setAccessibleText(accessibleText);
        field.setPromptText(accessibleText);
        field.setPrefColumnCount(28);
        return field;
    }
}
