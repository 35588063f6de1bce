package com.leadscoring.trainer.report;

/**
 * One line of a chart.
 *
 * @param name legend label
 * @param x x values
 * @param y y values, same length
 */
public record ChartSeries(String name, double[] x, double[] y) {
    public ChartSeries {
        if (x.length != y.length) {
            throw new IllegalArgumentException(
                    "series " + name + " has " + x.length + " x and " + y.length + " y values");
        }
    }
}
