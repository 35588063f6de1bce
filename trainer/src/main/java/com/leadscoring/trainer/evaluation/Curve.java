package com.leadscoring.trainer.evaluation;

/**
 * A curve for the report.
 *
 * @param name what it is
 * @param x x values
 * @param y y values, same length
 */
public record Curve(String name, double[] x, double[] y) {}
