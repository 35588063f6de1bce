package com.leadscoring.trainer.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import com.leadscoring.trainer.job.JobListener;
import com.leadscoring.trainer.report.DataFile;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a training run: a line per step, and over the model fits (candidates × folds) of the fitting steps a bar
 * on a terminal, or one line per finished fold when stdout is a file or a pipe (a container's log, CloudWatch), where a
 * bar's carriage-return frames would arrive as thousands of half lines.
 */
final class ConsoleProgress implements JobListener {

    private final PrintStream out;
    private final boolean terminal;
    private ProgressBar bar;
    private int fits;
    private int done;

    ConsoleProgress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    /** Progress on {@code System.out}: bars only when it is a terminal ({@code System.console()} is null otherwise). */
    static ConsoleProgress forStdout() {
        return new ConsoleProgress(System.out, System.console() != null);
    }

    @Override
    public void loading(String source) {
        out.println("loading " + source);
    }

    @Override
    public void loaded(int leads, int skipped, List<String> firstErrors, long millis) {
        out.printf(
                Locale.ROOT,
                "  %-26s done in %.1f s: %d leads%s%n",
                "load",
                millis / 1000.0,
                leads,
                skipped > 0 ? ", skipped " + skipped + " invalid rows" : ", no invalid rows");
        firstErrors.stream().limit(5).forEach(e -> out.println("    skipped: " + e));
    }

    @Override
    public void combined(List<DataFile> files) {
        for (DataFile f : files) {
            out.printf(
                    Locale.ROOT,
                    "    %s: %d leads%s%n",
                    f.source(),
                    f.rows(),
                    f.replacedRows() > 0
                            ? ", " + f.replacedRows() + " replaced by a later --data file's rows of the same id"
                            : "");
        }
    }

    /** Warnings go to stderr, as every other message a user must not miss. */
    @Override
    public void warning(String message) {
        System.err.println("warning: " + message);
    }

    @Override
    public void stepStarted(String step) {
        out.printf(Locale.ROOT, "  %-26s ...%n", step);
    }

    @Override
    public void fitsStarted(String step, int fits) {
        this.fits = fits;
        this.done = 0;
        if (terminal) {
            bar = new ProgressBarBuilder()
                    .setTaskName(String.format(Locale.ROOT, "  %-24s", step))
                    .setInitialMax(fits)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(out))
                    .setUpdateIntervalMillis(250)
                    .continuousUpdate()
                    .build();
        }
    }

    @Override
    public void foldFinished(String candidate, int fold, int folds, long millis) {
        // Folds of different candidates finish on several threads: one line each, never interleaved.
        synchronized (this) {
            done++;
            if (bar != null) {
                bar.step();
                bar.setExtraMessage(String.format(
                        Locale.ROOT, "%s fold %d/%d %.1f s", candidate, fold + 1, folds, millis / 1000.0));
            } else if (!terminal) {
                out.printf(
                        Locale.ROOT,
                        "    %s fold %d/%d done in %.1f s (%d/%d fits)%n",
                        candidate,
                        fold + 1,
                        folds,
                        millis / 1000.0,
                        done,
                        fits);
            }
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
