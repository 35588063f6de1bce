package com.leadscoring.trainer.cli;

import java.io.PrintStream;
import java.util.Locale;

import com.leadscoring.trainer.dnn.EpochListener;
import com.leadscoring.trainer.pipeline.PipelineListener;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Terminal progress: a line per step and a progress bar per network (epochs, losses, tuning F1). */
final class ConsoleProgress implements PipelineListener {

    private final PrintStream out;
    private ProgressBar bar;

    ConsoleProgress(PrintStream out) {
        this.out = out;
    }

    @Override
    public void stepStarted(String step) {
        if (!step.startsWith("fit-dnn") && !step.equals("time-check")) {
            out.printf(Locale.ROOT, "  %-26s ...%n", step);
        }
    }

    @Override
    public void stepFinished(String step, long millis) {
        out.printf(Locale.ROOT, "  %-26s done in %.1f s%n", step, millis / 1000.0);
    }

    @Override
    public EpochListener dnnStarted(String name, int maxEpochs) {
        bar = new ProgressBarBuilder().setTaskName(String.format(Locale.ROOT, "  %-24s", name)).setInitialMax(maxEpochs)
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(out))
                .setUpdateIntervalMillis(250).continuousUpdate().build();
        ProgressBar current = bar;
        return stats -> {
            current.stepTo(stats.epoch());
            current.setExtraMessage(String.format(Locale.ROOT, "loss %.4f tune %.4f F1 %.3f",
                    stats.trainLoss(), stats.tuneLoss(), stats.tuneF1()));
        };
    }

    @Override
    public void dnnFinished(String name) {
        if (bar != null) {
            bar.maxHint(bar.getCurrent()); // early stopping ends before maxEpochs
            bar.close();
            bar = null;
        }
    }
}
