package io.steward.app.ui.inventory;

import atlantafx.base.theme.Styles;
import io.steward.app.ui.common.Controls;
import io.steward.model.inventory.query.Risk;
import io.steward.model.inventory.query.RiskLevel;
import java.util.EnumMap;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;

/**
 * An identity's risk as a small coloured badge that also says it in words ("High · 2"), so colour is never the only
 * signal; a screen reader hears "high, 2 findings". No risk shows a muted dash.
 */
final class RiskBadge {
    private RiskBadge() {
    }

    /** "Critical", "High", ..., "None". */
    static String title(RiskLevel level) {
        String id = level.id();
        return Character.toUpperCase(id.charAt(0)) + id.substring(1);
    }

    /** The badge's words: "High · 2", or "—" for none. */
    static String text(Risk risk) {
        return risk == null || risk.level() == RiskLevel.NONE ? "—" : title(risk.level()) + " · " + risk.findings();
    }

    /** What the badge means, for screen readers and the tooltip. */
    static String accessible(Risk risk) {
        return risk == null ? "risk not read" : risk.level() == RiskLevel.NONE ? "no open findings" : risk.describe();
    }

    /** The level's colour, as a pseudo-class ({@code .risk-badge:risk-high}), not the badge's shape. */
    private static final Map<RiskLevel, PseudoClass> LEVELS = new EnumMap<>(RiskLevel.class);

    static {
        for (RiskLevel l : RiskLevel.values()) {
            LEVELS.put(l, PseudoClass.getPseudoClass("risk-" + l.id()));
        }
    }

    /** Colours a {@code risk-badge} label as {@code level}. */
    static void colour(Label label, RiskLevel level) {
        LEVELS.forEach((l, pseudo) -> label.pseudoClassStateChanged(pseudo, l == level));
    }

    /**
     * Shows {@code risk} on {@code label}: words, colour, accessible text. The colour is a pseudo-class: changing a style
     * class makes JavaFX look the label's styles up again, which made a table's first rows of badges slow to draw.
     */
    static void show(Label label, Risk risk) {
        colour(label, risk == null ? RiskLevel.NONE : risk.level());
        label.setText(text(risk));
        label.setAccessibleText("Risk: " + accessible(risk));
        String tip = risk == null || risk.level() == RiskLevel.NONE ? "No open findings"
                : "Worst open finding: " + risk.level().id() + "; " + risk.findings() + " open, not accepted";
        // made on hover: a tooltip per badge drawn would make a popup window per row
        if (label.getProperties().put(TOOLTIP_TEXT, tip) == null) {
            Controls.hoverTooltip(label, () -> (String) label.getProperties().get(TOOLTIP_TEXT));
        }
        if (label.getTooltip() != null) {
            label.getTooltip().setText(tip);
        }
    }

    private static final String TOOLTIP_TEXT = "risk-badge.tooltip";

    /** A table cell holding a badge. */
    static final class Cell<S> extends TableCell<S, Risk> {
        private final Label badge = new Label();

        Cell() {
            badge.getStyleClass().addAll("risk-badge", Styles.TEXT_SMALL);
            badge.setMinWidth(Label.USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(Risk item, boolean empty) {
            super.updateItem(item, empty);
            if (empty) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            show(badge, item);
            setAccessibleText(badge.getAccessibleText());
            setGraphic(badge);
        }
    }
}
