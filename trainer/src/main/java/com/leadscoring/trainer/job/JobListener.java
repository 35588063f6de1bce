package com.leadscoring.trainer.job;

import java.util.List;

import com.leadscoring.trainer.pipeline.PipelineListener;
import com.leadscoring.trainer.report.DataFile;

/** What a training job tells its user beyond the pipeline's steps: the data it read and what it warns about. */
public interface JobListener extends PipelineListener {

    /** A listener that ignores everything. */
    JobListener QUIET = new JobListener() {};

    /** Reading {@code source} begins. */
    default void loading(String source) {}

    /** The data was read: its valid leads, the invalid rows skipped and the first of their errors. */
    default void loaded(int leads, int skipped, List<String> firstErrors, long millis) {}

    /** Several files were read as one set: each one's rows, and those a later file's rows of the same id replaced. */
    default void combined(List<DataFile> files) {}

    /** Something the user should know that does not stop the job (e.g. little data). */
    default void warning(String message) {}
}
