package com.leadscoring.trainer.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.leadscoring.io.Sha256;
import com.leadscoring.trainer.data.LabeledLead;
import com.leadscoring.trainer.data.LeadDataLoader;
import com.leadscoring.trainer.data.PopulationShift;
import com.leadscoring.trainer.data.SyntheticCsv;
import com.leadscoring.trainer.report.DataFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code train --data A --data B}: several training CSVs as one set, a later file's row of an id winning. */
class TrainingFilesTest {

    @TempDir
    Path dir;

    /** Synthetic training CSV lines (header first) of {@code rows} leads; ids count up the same way for every seed. */
    List<String> synthetic(int rows, long seed) throws IOException {
        Path file = dir.resolve("synthetic-" + rows + "-" + seed + ".csv");
        SyntheticCsv.write(file.toString(), rows, seed, PopulationShift.NONE);
        return Files.readAllLines(file);
    }

    String write(String name, List<String> lines) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, lines);
        return file.toString();
    }

    static List<String> ids(List<LabeledLead> leads) {
        return leads.stream().map(l -> l.lead().id()).toList();
    }

    @Test
    void aLaterFilesRowReplacesTheEarlierFilesRowsOfThatIdAndTheRestIsConcatenatedInOrder() throws Exception {
        List<String> a = synthetic(50, 1);
        List<String> other = synthetic(60, 2); // the same ids as a's for its first 50 rows, other fields
        List<String> bLines = new ArrayList<>(List.of(other.get(0)));
        bLines.addAll(other.subList(1, 4)); // three ids a also has
        bLines.addAll(other.subList(51, 53)); // two new ids
        String fileA = write("a.csv", a);
        String fileB = write("b.csv", bLines);

        TrainingFiles.Combined c = TrainingFiles.load(List.of(fileA, fileB), false);

        List<LabeledLead> onlyA = TrainingData.load(fileA, false).result().leads();
        List<LabeledLead> onlyB = TrainingData.load(fileB, false).result().leads();
        List<String> replacedIds = ids(onlyB).subList(0, 3);
        List<LabeledLead> expected = new ArrayList<>(
                onlyA.stream().filter(l -> !replacedIds.contains(l.lead().id())).toList());
        expected.addAll(onlyB);
        assertEquals(expected, c.loaded().result().leads(), "a's rows without b's ids, then b's rows");
        assertEquals(52, c.loaded().result().leads().size());

        List<DataFile> files = c.source().files();
        assertEquals(2, files.size());
        assertEquals(fileA, files.get(0).source());
        assertEquals(50, files.get(0).rows());
        assertEquals(3, files.get(0).replacedRows());
        assertEquals(5, files.get(1).rows());
        assertEquals(0, files.get(1).replacedRows());
        String shaA = TrainingData.load(fileA, false).sha256();
        assertEquals(shaA, files.get(0).sha256());
        assertEquals(Sha256.ofStrings(shaA, files.get(1).sha256()), c.source().sha256());
        assertEquals(c.source().sha256(), c.loaded().sha256());
        assertEquals(fileA + " + " + fileB, c.source().source());

        // In the other order, a's rows win over b's.
        TrainingFiles.Combined reversed = TrainingFiles.load(List.of(fileB, fileA), false);
        assertEquals(3, reversed.source().files().get(0).replacedRows());
        assertEquals(52, reversed.loaded().result().leads().size());
        assertTrue(reversed.loaded().result().leads().containsAll(onlyA));
    }

    @Test
    void rowsRepeatedWithinOneFileAreKeptAsThatFileAloneKeepsThem() throws Exception {
        List<String> a = new ArrayList<>(synthetic(20, 1));
        a.add(a.get(5)); // the same lead twice in a
        List<String> other = synthetic(30, 2);
        String fileA = write("a.csv", a);
        String fileB = write("b.csv", List.of(other.get(0), other.get(25)));

        TrainingFiles.Combined c = TrainingFiles.load(List.of(fileA, fileB), false);

        assertEquals(
                TrainingData.load(fileA, false).result().leads().size() + 1,
                c.loaded().result().leads().size());
        String twice =
                TrainingData.load(fileA, false).result().leads().get(4).lead().id();
        assertEquals(
                2,
                ids(c.loaded().result().leads()).stream().filter(twice::equals).count());
        assertEquals(0, c.source().files().get(0).replacedRows());
    }

    @Test
    void aFileWithoutRowsIsAllowedBesideAnotherButNotAlone() throws Exception {
        List<String> a = synthetic(20, 1);
        String fileA = write("a.csv", a);
        String empty = write("nothing-decided-yet.csv", List.of(a.get(0)));

        TrainingFiles.Combined c = TrainingFiles.load(List.of(fileA, empty), false);
        assertEquals(
                TrainingData.load(fileA, false).result().leads(),
                c.loaded().result().leads());
        assertEquals(0, c.source().files().get(1).rows());

        IOException none = assertThrows(IOException.class, () -> TrainingFiles.load(List.of(empty, empty), false));
        assertTrue(none.getMessage().contains("no valid leads in any file"), none.getMessage());
        IOException alone = assertThrows(IOException.class, () -> TrainingData.load(empty, false));
        assertTrue(alone.getMessage().contains("no valid leads"), "one file alone is refused as before");
    }

    @Test
    void aBadRowOfAnyFileFailsTheLoadNamingItsFileLineAndColumn() throws Exception {
        List<String> a = synthetic(20, 1);
        List<String> b = new ArrayList<>(synthetic(30, 2).subList(0, 4));
        String[] header = b.get(0).split(",", -1);
        int buy = List.of(header).indexOf("buy");
        String[] cells = b.get(2).split(",", -1);
        cells[buy] = "2";
        b.set(2, String.join(",", cells));
        String fileA = write("a.csv", a);
        String fileB = write("b.csv", b);

        LeadDataLoader.BadRowsException e = assertThrows(
                LeadDataLoader.BadRowsException.class, () -> TrainingFiles.load(List.of(fileA, fileB), false));
        assertTrue(e.getMessage().contains(fileB + ": line 3, column buy"), e.getMessage());

        TrainingFiles.Combined skipped = TrainingFiles.load(List.of(fileA, fileB), true);
        assertEquals(1, skipped.source().skippedRows());
        assertEquals(1, skipped.source().files().get(1).skippedRows());
    }

    @Test
    void eachFileKeepsTheOriginDatasetRecordedBesideIt() throws Exception {
        List<String> a = synthetic(20, 1);
        List<String> other = synthetic(30, 2);
        String fileA = write("a.csv", a);
        String fileB = write("next.csv", List.of(other.get(0), other.get(22), other.get(23)));
        Files.writeString(
                Path.of(fileB + NextTrainingSet.ORIGIN_SUFFIX),
                "{\"capturedFrom\": \"2026-11-01T00:00:00Z\", \"capturedTo\": \"2026-12-06T23:00:00Z\","
                        + " \"outcomes\": \"s3://data/outcomes/outcomes.csv\", \"outcomesS3VersionId\": \"v7\"}");

        List<DataFile> files =
                TrainingFiles.load(List.of(fileA, fileB), false).source().files();

        assertEquals(Map.of(), files.get(0).origin());
        assertEquals("v7", files.get(1).origin().get("outcomesS3VersionId"));
        assertEquals(
                "2026-11-01T00:00:00Z",
                files.get(1).toMap().get("dataOrigin") instanceof Map<?, ?> m ? m.get("capturedFrom") : null);
    }
}
