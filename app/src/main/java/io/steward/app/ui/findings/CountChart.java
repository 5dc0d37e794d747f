package io.steward.app.ui.findings;

import io.steward.model.findings.FindingCount;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;

/**
 * The chosen grouping's largest counts as stacked bars (open, accepted). Clicking a bar lists its findings, as choosing
 * the count in the table does. Rebuilt whole on each change, without animation: a category axis that animates while
 * its categories change draws bars in the wrong places.
 */
final class CountChart {
    static final int BARS = 12;

    private final FindingsViewModel vm;
    private final CategoryAxis groups = new CategoryAxis();
    private final NumberAxis findings = new NumberAxis();
    private final StackedBarChart<String, Number> chart = new StackedBarChart<>(groups, findings);

    CountChart(FindingsViewModel vm) {
        this.vm = vm;
        chart.setId("findingsChart");
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        chart.setMinHeight(220);
        chart.setPrefHeight(280);
        findings.setMinorTickVisible(false);
        findings.setLabel("findings");
        vm.counts().addListener((ListChangeListener<FindingCount>) c -> redraw());
        redraw();
    }

    Node node() {
        return chart;
    }

    private void redraw() {
        List<FindingCount> top = vm.counts().stream().filter(c -> c.findings() > 0).limit(BARS).toList();
        long groupsWithFindings = vm.counts().stream().filter(c -> c.findings() > 0).count();
        String by = vm.groupingProperty().get().label();
        chart.setTitle(top.isEmpty() ? "No open finding" : "Open findings by " + by
                + (groupsWithFindings > BARS ? " (largest " + BARS + " of " + groupsWithFindings + ")" : ""));
        chart.setAccessibleText(chart.getTitle() + ": " + String.join(", ", top.stream()
                .map(c -> c.label() + " " + c.findings()).toList()));
        groups.setCategories(FXCollections.observableArrayList(top.stream().map(FindingCount::label).distinct().toList()));
        XYChart.Series<String, Number> open = new XYChart.Series<>();
        open.setName("open");
        XYChart.Series<String, Number> accepted = new XYChart.Series<>();
        accepted.setName("accepted");
        for (FindingCount c : top) {
            open.getData().add(bar(c, c.unaccepted()));
            accepted.getData().add(bar(c, c.accepted()));
        }
        chart.getData().setAll(List.of(open, accepted));
    }

    private XYChart.Data<String, Number> bar(FindingCount c, long value) {
        XYChart.Data<String, Number> d = new XYChart.Data<>(c.label(), value);
        d.nodeProperty().addListener((o, was, node) -> {
            if (node != null) {
                node.setCursor(Cursor.HAND);
                node.setOnMouseClicked(e -> vm.choose(c)); // the chart gives each bar its own accessible text
            }
        });
        return d;
    }
}
