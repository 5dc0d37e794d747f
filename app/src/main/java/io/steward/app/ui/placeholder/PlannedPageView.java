package io.steward.app.ui.placeholder;

import atlantafx.base.theme.Styles;
import io.steward.app.ui.Page;
import io.steward.app.ui.PlannedFeature;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** The honest empty state of a page that has not arrived yet: what it will do and what brings it. No sample data. */
public final class PlannedPageView {
    private final VBox root = new VBox(14);

    public PlannedPageView(Page page, Ikon icon) {
        PlannedFeature planned = page.planned();
        root.getStyleClass().addAll("page", "planned-page");
        root.setId(page.name().toLowerCase(Locale.ROOT) + "Page");
        root.setAlignment(Pos.TOP_LEFT);

        FontIcon glyph = new FontIcon(icon);
        glyph.getStyleClass().add("planned-icon");
        Label title = new Label(page.title());
        title.getStyleClass().add(Styles.TITLE_2);
        title.setGraphic(glyph);
        Label arrives = new Label("Not available yet: arrives with " + planned.arrivesWith() + ".");
        arrives.setId("plannedArrives");
        arrives.getStyleClass().addAll(Styles.TEXT_BOLD);
        Label intro = new Label("This page will let you:");
        intro.getStyleClass().add(Styles.TEXT_MUTED);

        VBox points = new VBox(8);
        for (String point : planned.willDo()) {
            Label item = new Label(point);
            item.setWrapText(true);
            item.setMaxWidth(700);
            HBox row = new HBox(8, new Label("•"), item); // the bullet stays beside wrapped lines
            points.getChildren().add(row);
        }
        Label ledgerHint = new Label("Everything it records will be a ledger entry, visible and verifiable on the Ledger page.");
        ledgerHint.getStyleClass().add(Styles.TEXT_MUTED);
        ledgerHint.setWrapText(true);

        root.getChildren().addAll(title, arrives, intro, points, ledgerHint);
        root.setAccessibleText(page.title() + ": not available yet, arrives with " + planned.arrivesWith());
    }

    public Node node() {
        return root;
    }
}
