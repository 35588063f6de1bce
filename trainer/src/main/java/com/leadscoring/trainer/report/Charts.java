package com.leadscoring.trainer.report;

import java.awt.Color;
import java.io.IOException;
import java.util.Base64;
import java.util.List;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Line charts rendered with XChart to PNG data URIs, so report.html needs no other file. */
final class Charts {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private Charts() {}

    /** A line chart as a {@code data:image/png;base64,...} URI. */
    static String lineChart(String title, String xTitle, String yTitle, List<ChartSeries> series, boolean diagonal) {
        XYChart chart = new XYChartBuilder()
                .width(560)
                .height(400)
                .title(title)
                .xAxisTitle(xTitle)
                .yAxisTitle(yTitle)
                .build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideSE);
        chart.getStyler().setMarkerSize(3);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        // Ticks as short numbers: XChart otherwise prints a data value's full double (0.2512448924774...).
        chart.getStyler().setXAxisDecimalPattern("0.##");
        chart.getStyler().setYAxisDecimalPattern("0.##");
        for (ChartSeries s : series) {
            if (s.x().length == 0) {
                continue;
            }
            XYSeries xy = chart.addSeries(s.name(), s.x(), s.y());
            xy.setMarker(s.x().length > 40 ? SeriesMarkers.NONE : SeriesMarkers.CIRCLE);
        }
        if (diagonal) {
            XYSeries d = chart.addSeries("chance", new double[] {0, 1}, new double[] {0, 1});
            d.setMarker(SeriesMarkers.NONE);
            d.setLineColor(Color.GRAY);
        }
        try {
            byte[] png = BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
        } catch (IOException e) {
            throw new IllegalStateException("cannot render chart " + title, e);
        }
    }
}
