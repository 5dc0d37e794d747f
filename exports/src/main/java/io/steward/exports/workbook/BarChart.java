package io.steward.exports.workbook;

import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Draws a bar chart whose data are cells Steward wrote on the same sheet (a label column and a count
 * column), so the chart and the table beside it always agree. Drawn through the full sheet behind the
 * streaming one: charts are a separate part of the file, which streaming does not touch.
 */
final class BarChart {
    private BarChart() {
    }

    /**
     * @param firstDataRow the 0-based row of the first label; labels in column 0, counts in column 1
     * @param anchorRow the 0-based row where the chart's top edge goes, in columns D..K
     */
    static void draw(WorkbookWriter writer, Sheet sheet, String title, Map<String, Long> counts, int firstDataRow, int anchorRow) {
        if (counts.isEmpty()) {
            return;
        }
        XSSFSheet full = writer.chartSheet(sheet);
        XSSFDrawing drawing = full.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 3, anchorRow, 11, anchorRow + 16);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
        values.setCrosses(org.apache.poi.xddf.usermodel.chart.AxisCrosses.AUTO_ZERO);
        int last = firstDataRow + counts.size() - 1;
        String[] labels = counts.keySet().toArray(String[]::new);
        Long[] numbers = counts.values().toArray(Long[]::new);
        String sheetRef = "'" + sheet.getSheetName().replace("'", "''") + "'";
        XDDFDataSource<String> x = XDDFDataSourcesFactory.fromArray(labels,
                sheetRef + "!$A$" + (firstDataRow + 1) + ":$A$" + (last + 1));
        XDDFNumericalDataSource<Long> y = XDDFDataSourcesFactory.fromArray(numbers,
                sheetRef + "!$B$" + (firstDataRow + 1) + ":$B$" + (last + 1));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        XDDFChartData.Series series = data.addSeries(x, y);
        series.setTitle(title, null);
        chart.plot(data);
    }
}
