package com.leadscoring.trainer.job;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.leadscoring.io.Sha256;
import com.leadscoring.trainer.data.LabeledLead;
import com.leadscoring.trainer.data.LeadDataLoader;
import com.leadscoring.trainer.report.DataFile;
import com.leadscoring.trainer.report.DataSource;

/**
 * Several training CSVs as one training set ({@code train --data A --data B}), e.g. the existing training CSV and the
 * set {@code dataset} built from captured leads. Each file is read and validated on its own, as a single training file
 * is; the rows are then concatenated in the given order, and a lead id found in a later file replaces every row with
 * that id in the earlier ones (the later file is the fresher decision). Rows repeated within one file are kept, as they
 * are when that file is trained on alone.
 */
public final class TrainingFiles {

    /**
     * The combined set.
     *
     * @param loaded the rows trained on, with the combined provenance's source and digest
     * @param source the provenance for the model: the sources joined, a digest of the files' digests, and each file
     */
    public record Combined(TrainingData.Loaded loaded, DataSource source) {}

    private TrainingFiles() {}

    /**
     * Reads {@code locations} (at least two) and combines them.
     *
     * @throws IOException when a file cannot be read or holds invalid rows (named by file and line), or when no file
     *     holds a valid lead
     */
    public static Combined load(List<String> locations, boolean skipBadRows) throws IOException {
        if (locations.size() < 2) {
            throw new IllegalArgumentException("combine at least two training files, got " + locations.size());
        }
        List<TrainingData.Loaded> files = new ArrayList<>();
        for (String location : locations) {
            files.add(TrainingData.load(location, skipBadRows, true));
        }
        // From the last file back: an id seen in a later file drops the earlier file's rows of that id.
        Set<String> later = new HashSet<>();
        List<List<LabeledLead>> kept = new ArrayList<>();
        int[] replaced = new int[files.size()];
        for (int i = files.size() - 1; i >= 0; i--) {
            List<LabeledLead> rows = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (LabeledLead l : files.get(i).result().leads()) {
                ids.add(l.lead().id());
                if (later.contains(l.lead().id())) {
                    replaced[i]++;
                } else {
                    rows.add(l);
                }
            }
            later.addAll(ids);
            kept.add(0, rows);
        }
        List<LabeledLead> leads = new ArrayList<>();
        kept.forEach(leads::addAll);
        if (leads.isEmpty()) {
            throw new IOException(String.join(" + ", locations) + ": no valid leads in any file");
        }
        int skipped = 0;
        List<String> errors = new ArrayList<>();
        List<DataFile> described = new ArrayList<>();
        String[] digests = new String[files.size()];
        for (int i = 0; i < files.size(); i++) {
            TrainingData.Loaded f = files.get(i);
            skipped += f.result().skipped();
            errors.addAll(f.result().firstErrors());
            digests[i] = f.sha256();
            described.add(new DataFile(
                    f.source(),
                    f.sha256(),
                    f.s3VersionId(),
                    f.s3ETag(),
                    f.origin(),
                    f.result().leads().size(),
                    f.result().skipped(),
                    replaced[i]));
        }
        String source = String.join(" + ", locations);
        // The combination's identity: the files' own digests in order (the promotion gate compares it with the
        // champion's data digest).
        String sha256 = Sha256.ofStrings(digests);
        TrainingData.Loaded loaded = new TrainingData.Loaded(
                new LeadDataLoader.Result(leads, skipped, errors), sha256, source, null, null, Map.of());
        return new Combined(loaded, new DataSource(source, sha256, skipped, null, null, null, described));
    }
}
