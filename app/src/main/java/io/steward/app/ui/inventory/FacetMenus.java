package io.steward.app.ui.inventory;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One drop-down per facet above the table ("Kind ▾"): each value with its count, the selected one ticked;
 * choosing the selected value again clears the facet. The button says what it filters by.
 */
final class FacetMenus {
    private FacetMenus() {
    }

    static MenuButton of(FacetGroup group, InventoryViewModel vm) {
        MenuButton button = new MenuButton();
        button.setId("facet" + group.title());
        button.getStyleClass().addAll(Styles.SMALL, "facet-button");
        Runnable relabel = () -> {
            String selected = group.selectedProperty().get();
            String label = selected == null ? group.title() : group.title() + ": " + labelOf(group, selected);
            button.setText(label);
            button.setAccessibleText("Filter by " + group.title().toLowerCase(java.util.Locale.ROOT)
                    + (selected == null ? "" : ", now " + labelOf(group, selected)));
            button.setTooltip(new Tooltip(selected == null ? "Show only identities with one " + group.title().toLowerCase(java.util.Locale.ROOT)
                    : "Filtered by " + label + "; choose it again to clear"));
            button.getStyleClass().remove(Styles.ACCENT);
            if (selected != null) {
                button.getStyleClass().add(Styles.ACCENT);
            }
        };
        Runnable rebuild = () -> {
            button.getItems().clear();
            for (FacetOption option : group.options()) {
                button.getItems().add(item(option, group.isSelected(option), vm));
            }
            if (group.options().isEmpty()) {
                CustomMenuItem none = new CustomMenuItem(new Label("No values"), false);
                none.setDisable(true);
                button.getItems().add(none);
            }
            if (group.selectedProperty().get() != null) {
                button.getItems().add(new SeparatorMenuItem());
                CustomMenuItem clear = new CustomMenuItem(new Label("Any " + group.title().toLowerCase(java.util.Locale.ROOT)));
                clear.setOnAction(e -> group.options().stream().filter(group::isSelected).findFirst().ifPresent(vm::toggle));
                button.getItems().add(clear);
            }
            relabel.run();
        };
        // The items are built when the menu opens: counts change with every filter, menus open rarely.
        button.setOnShowing(e -> rebuild.run());
        group.options().addListener((ListChangeListener<FacetOption>) c -> relabel.run());
        group.selectedProperty().addListener((obs, old, now) -> relabel.run());
        rebuild.run();
        return button;
    }

    private static CustomMenuItem item(FacetOption option, boolean selected, InventoryViewModel vm) {
        FontIcon tick = new FontIcon(Feather.CHECK);
        tick.setVisible(selected);
        Label name = new Label(option.label());
        Label count = new Label(option.countText());
        count.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        HBox row = new HBox(8, tick, name, new Spacer(), count);
        row.setMinWidth(240);
        row.setPrefWidth(240); // the spacer pushes the count to the right edge
        row.getStyleClass().add("facet-option");
        CustomMenuItem item = new CustomMenuItem(row);
        item.setDisable(!option.selectable());
        item.setOnAction(e -> vm.toggle(option));
        return item;
    }

    private static String labelOf(FacetGroup group, String value) {
        return group.options().stream().filter(o -> value.equals(o.filterValue())).map(FacetOption::label).findFirst()
                .orElse(value.isEmpty() ? "not stated" : value);
    }

}
