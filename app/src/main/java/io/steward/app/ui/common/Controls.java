package io.steward.app.ui.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Small factories for the controls every page builds the same way: named, described and accessible. */
public final class Controls {
    private Controls() {
    }

    /** A button with an icon ({@code null} for none), an id for tests, and help as tooltip and accessible text. */
    public static Button button(String text, Ikon icon, String id, String help) {
        Button b = icon == null ? new Button(text) : new Button(text, new FontIcon(icon));
        b.setId(id);
        b.setMnemonicParsing(text.contains("_"));
        b.setAccessibleText(help);
        b.setTooltip(new Tooltip(help));
        return b;
    }

    /** A read-only column showing {@code value} of each row. */
    public static <S, T> TableColumn<S, T> column(String title, double width, Function<S, T> value) {
        TableColumn<S, T> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    /** A column whose full text is also in a tooltip, for values wider than the column (ARNs, reasons). */
    public static <S> TableColumn<S, String> tooltipColumn(String title, double width, Function<S, String> value) {
        TableColumn<S, String> c = column(title, width, value);
        c.setCellFactory(col -> new TooltipCell<>());
        return c;
    }

    /** A row that carries the style class {@code styleOf} gives its item (or none for null). */
    public static <S> TableRow<S> styledRow(Function<S, String> styleOf) {
        return new TableRow<>() {
            private String applied;

            @Override
            protected void updateItem(S item, boolean empty) {
                super.updateItem(item, empty);
                String next = empty || item == null ? null : styleOf.apply(item);
                if (java.util.Objects.equals(next, applied)) {
                    return; // a style class change makes JavaFX look the row's styles up again
                }
                if (applied != null) {
                    getStyleClass().remove(applied);
                }
                applied = next;
                if (applied != null) {
                    getStyleClass().add(applied);
                }
            }
        };
    }

    /**
     * Gives {@code cell} (or any control shown many times, as a badge in a cell) a tooltip with {@code text()} when
     * the pointer first rests on it. A tooltip is a popup window with a scene of its own, costly to create: made per
     * cell or per update, a page of a wide table would stall the UI thread as it is first drawn.
     */
    public static void hoverTooltip(javafx.scene.control.Control cell, java.util.function.Supplier<String> text) {
        cell.setOnMouseEntered(e -> {
            String value = text.get();
            if (value == null || value.isEmpty()) {
                cell.setTooltip(null);
                return;
            }
            if (cell.getTooltip() == null) {
                cell.setTooltip(new Tooltip());
            }
            cell.getTooltip().setText(value);
        });
    }

    private static final class TooltipCell<S> extends TableCell<S, String> {
        TooltipCell() {
            hoverTooltip(this, this::getText);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
        }
    }
}
