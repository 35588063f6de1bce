package com.leadscoring.trainer.job;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.leadscoring.model.ModelStore;
import com.leadscoring.model.ModelStoreException;
import com.leadscoring.trainer.data.LeadDataLoader;
import com.leadscoring.trainer.lifecycle.MinimumData;
import com.leadscoring.trainer.report.DataSource;

/**
 * {@code train} and {@code demo} as one call: read the lead CSV or CSVs (timed, hashed), refuse too little data before
 * anything is fitted (so a refused run leaves the store untouched), then the {@link TrainingJob}.
 */
public final class CsvTraining {

    /**
     * @param data what was read
     * @param loadMillis how long reading took
     * @param minimum the minimum-data verdict (a warning when the job ran on little data)
     * @param job what the training job produced and published
     */
    public record Outcome(
            TrainingData.Loaded data, long loadMillis, MinimumData.Verdict minimum, TrainingJob.Outcome job) {}

    private final TrainingJob job;
    private final MinimumData minimum;
    private final JobListener listener;

    public CsvTraining(TrainingJob job, MinimumData minimum, JobListener listener) {
        this.job = job;
        this.minimum = minimum;
        this.listener = listener;
    }

    /**
     * Trains on the CSV at {@code location} and publishes to {@code store}.
     *
     * @throws IllegalStateException when there are too few leads or buyers to train on
     */
    public Outcome run(String location, boolean skipBadRows, ModelStore store) throws IOException, ModelStoreException {
        return run(List.of(location), skipBadRows, store);
    }

    /**
     * Trains on the CSVs at {@code locations} together ({@link TrainingFiles}: a later file's row replaces an earlier
     * file's rows of the same lead id) and publishes to {@code store}; one location is read as {@link #run(String,
     * boolean, ModelStore)} reads it.
     *
     * @throws IllegalStateException when there are too few leads or buyers to train on
     */
    public Outcome run(List<String> locations, boolean skipBadRows, ModelStore store)
            throws IOException, ModelStoreException {
        String where = String.join(" + ", locations);
        listener.loading(where);
        long start = System.nanoTime();
        TrainingData.Loaded loaded;
        DataSource source;
        if (locations.size() == 1) {
            loaded = TrainingData.load(locations.get(0), skipBadRows);
            source = new DataSource(
                    loaded.source(),
                    loaded.sha256(),
                    loaded.result().skipped(),
                    loaded.s3VersionId(),
                    loaded.s3ETag(),
                    loaded.origin());
        } else {
            TrainingFiles.Combined combined = TrainingFiles.load(locations, skipBadRows);
            loaded = combined.loaded();
            source = combined.source();
        }
        long loadMillis = (System.nanoTime() - start) / 1_000_000;
        LeadDataLoader.Result result = loaded.result();
        listener.loaded(result.leads().size(), result.skipped(), result.firstErrors(), loadMillis);
        if (!source.files().isEmpty()) {
            listener.combined(source.files());
        }
        MinimumData.Verdict enough = minimum.check(result.leads());
        if (enough.level() == MinimumData.Level.REFUSE) {
            throw new IllegalStateException(enough.message());
        }
        if (enough.level() == MinimumData.Level.WARN) {
            listener.warning(enough.message());
        }
        TrainingJob.Outcome trained = job.run(result.leads(), source, Map.of("load", loadMillis), store);
        return new Outcome(loaded, loadMillis, enough, trained);
    }
}
