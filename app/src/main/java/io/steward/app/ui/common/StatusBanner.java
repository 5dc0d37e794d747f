package io.steward.app.ui.common;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A banner for the outcome of an action: icon, bold title and a plain detail line, coloured by
 * {@link Tone}. Own control rather than AtlantaFX's {@code Message}: in 2.0.1 that one shows the
 * description in the title label when the title changes, and parses the description as BBCode.
 */
public final class StatusBanner {
    private final HBox root = new HBox(12);
    private final FontIcon icon = new FontIcon();
    private final Label title = new Label();
    private final Label detail = new Label();
    private Tone tone;

    public StatusBanner(String id) {
        root.setId(id);
        root.getStyleClass().add("status-banner");
        root.setAlignment(Pos.TOP_LEFT);
        root.setFocusTraversable(true);
        title.setId(id + "Title");
        title.getStyleClass().add("status-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE); // wrapped labels otherwise get cut to the first lines
        detail.setId(id + "Detail");
        detail.getStyleClass().add("status-detail");
        detail.setWrapText(true);
        detail.setMinHeight(Region.USE_PREF_SIZE);
        VBox text = new VBox(4, title, detail);
        HBox.setHgrow(text, Priority.ALWAYS);
        root.getChildren().addAll(icon, text);
    }

    public Node node() {
        return root;
    }

    public void show(BannerText text) {
        show(text.tone(), text.title(), text.detail());
    }

    public void show(Tone newTone, String titleText, String detailText) {
        if (tone != null) {
            root.getStyleClass().remove(styleOf(tone));
        }
        tone = newTone;
        root.getStyleClass().add(styleOf(newTone));
        icon.setIconCode(iconOf(newTone));
        title.setText(titleText);
        detail.setText(detailText);
        detail.setVisible(detailText != null && !detailText.isBlank());
        detail.setManaged(detail.isVisible());
        root.setAccessibleText(titleText + (detail.isVisible() ? ". " + detailText : ""));
    }

    /** The AtlantaFX state class, also what tests look for. */
    static String styleOf(Tone tone) {
        return switch (tone) {
            case INFO, RUNNING -> Styles.ACCENT;
            case SUCCESS -> Styles.SUCCESS;
            case WARNING -> Styles.WARNING;
            case DANGER -> Styles.DANGER;
        };
    }

    /** The icon of a tone, so lists can show the same one beside each item. */
    public static Ikon iconOf(Tone tone) {
        return switch (tone) {
            case INFO -> Feather.INFO;
            case RUNNING -> Feather.LOADER;
            case SUCCESS -> Feather.CHECK_CIRCLE;
            case WARNING -> Feather.ALERT_TRIANGLE;
            case DANGER -> Feather.X_OCTAGON;
        };
    }
}
