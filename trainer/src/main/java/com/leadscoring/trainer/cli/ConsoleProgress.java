package com.leadscoring.trainer.cli;

import java.io.PrintStream;
import java.util.Locale;

import com.leadscoring.trainer.pipeline.PipelineListener;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Terminal progress: a line per step, and a bar over the model fits (candidates × folds) of the fitting steps. */
final class ConsoleProgress implements PipelineListener {

    private final PrintStream out;
    private ProgressBar bar;

    ConsoleProgress(PrintStream out) {
        this.out = out;
    }

    @Override
    public void stepStarted(String step) {
        out.printf(Locale.ROOT, "  %-26s ...%n", step);
    }

    @Override
    public void fitsStarted(String step, int fits) {
        bar = new ProgressBarBuilder().setTaskName(String.format(Locale.ROOT, "  %-24s", step)).setInitialMax(fits)
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(out))
                .setUpdateIntervalMillis(250).continuousUpdate().build();
    }

    @Override
    public void foldFinished(String candidate, int fold, int folds, long millis) {
        if (bar != null) {
            bar.step();
            bar.setExtraMessage(String.format(Locale.ROOT, "%s fold %d/%d %.1f s", candidate, fold + 1, folds, millis / 1000.0));
        }
    }

    @Override
    public void stepFinished(String step, long millis) {
        if (bar != null) {
            bar.close();
            bar = null;
        }
        out.printf(Locale.ROOT, "  %-26s done in %.1f s%n", step, millis / 1000.0);
    }
}
