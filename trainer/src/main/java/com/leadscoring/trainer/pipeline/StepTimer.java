package com.leadscoring.trainer.pipeline;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Times the pipeline's steps in order, for the summary and {@code metrics.json}. */
public final class StepTimer {

    private final Map<String, Long> millis = new LinkedHashMap<>();
    private final PipelineListener listener;

    public StepTimer(PipelineListener listener) {
        this.listener = listener;
    }

    public <T> T time(String step, Supplier<T> work) {
        listener.stepStarted(step);
        long start = System.nanoTime();
        T result = work.get();
        long ms = (System.nanoTime() - start) / 1_000_000;
        millis.merge(step, ms, Long::sum);
        listener.stepFinished(step, ms);
        return result;
    }

    public Map<String, Long> millis() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(millis));
    }
}
