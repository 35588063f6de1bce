package com.leadscoring.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.leadscoring.features.FeatureContract;
import com.leadscoring.features.FeatureEncoders;
import com.leadscoring.io.Sha256;

/**
 * The store's rules, written once over a few raw operations that the disk and S3 implementations provide: a version is
 * complete only when its manifest exists, the manifest is written after every file it lists, {@code latest} moves last,
 * nothing is ever overwritten, and loading checks every checksum and the feature contract.
 */
abstract class BlobModelStore implements ModelStore {

    private final Clock clock;

    BlobModelStore(Clock clock) {
        this.clock = clock;
    }

    /** The bytes of {@code <version>/<name>} (or of {@code latest} when version is null), or null when absent. */
    abstract byte[] read(String version, String name) throws IOException;

    /** Writes every file of a new version, then its manifest; fails if the version exists. */
    abstract void writeVersion(String version, Map<String, byte[]> files, byte[] manifest)
            throws IOException, ModelStoreException;

    /** Replaces {@code latest} atomically. */
    abstract void writeLatest(String version) throws IOException;

    /** Names of version directories (complete or not). */
    abstract List<String> versionNames() throws IOException;

    @Override
    public Manifest publish(Manifest manifest, Map<String, byte[]> files, boolean makeLatest)
            throws ModelStoreException {
        for (String required : List.of(Manifest.MODEL_FILE, Manifest.PREPROCESSING_FILE)) {
            if (!files.containsKey(required)) {
                throw new ModelStoreException(uri() + ": cannot publish without " + required);
            }
        }
        Instant now = manifest.createdAt() != null ? manifest.createdAt() : clock.instant();
        Map<String, FileEntry> entries = new LinkedHashMap<>();
        files.forEach((name, bytes) -> entries.put(name, new FileEntry(Sha256.hex(bytes), bytes.length)));
        String version = manifest.modelVersion() != null
                ? manifest.modelVersion()
                : ModelVersionId.of(now, entries.get(Manifest.MODEL_FILE).sha256());
        if (!ModelVersionId.isValid(version)) {
            throw new ModelStoreException(uri() + ": invalid version id '" + version + "'");
        }
        Manifest complete = new Manifest(
                Manifest.SCHEMA_VERSION,
                version,
                now,
                manifest.algorithm(),
                manifest.encoderVersion(),
                manifest.featureNames(),
                manifest.output(),
                entries,
                manifest.provenance());
        try {
            writeVersion(version, files, ManifestJson.toJson(complete));
            if (makeLatest) {
                writeLatest(version);
            }
        } catch (IOException e) {
            throw new ModelStoreException(uri() + ": publishing " + version + " failed: " + e.getMessage(), e);
        }
        return complete;
    }

    @Override
    public List<String> listVersions() throws ModelStoreException {
        try {
            List<String> names = new ArrayList<>(
                    versionNames().stream().filter(ModelVersionId::isValid).toList());
            names.sort(null);
            return names;
        } catch (IOException e) {
            throw new ModelStoreException(uri() + ": cannot list versions: " + e.getMessage(), e);
        }
    }

    @Override
    public String latestVersion() throws ModelStoreException {
        byte[] latest;
        try {
            latest = read(null, Manifest.LATEST_FILE);
        } catch (IOException e) {
            throw new ModelStoreException(uri() + ": cannot read latest: " + e.getMessage(), e);
        }
        if (latest == null) {
            throw new ModelStoreException(uri() + ": no model published (no 'latest' file)");
        }
        String version = new String(latest, StandardCharsets.UTF_8).trim();
        if (!ModelVersionId.isValid(version)) {
            throw new ModelStoreException(uri() + ": 'latest' does not hold a version id: '" + version + "'");
        }
        return version;
    }

    @Override
    public void promote(String version) throws ModelStoreException {
        verify(version);
        try {
            writeLatest(version);
        } catch (IOException e) {
            throw new ModelStoreException(uri() + ": cannot move latest to " + version + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Manifest verify(String version) throws ModelStoreException {
        return check(version == null ? latestVersion() : version, null);
    }

    @Override
    public ModelBundle load(String version) throws ModelStoreException {
        String v = version == null ? latestVersion() : version;
        Map<String, byte[]> files = new LinkedHashMap<>();
        Manifest manifest = check(v, files);
        PreprocessingParameters preprocessing;
        try {
            preprocessing = PreprocessingParameters.fromJson(files.get(Manifest.PREPROCESSING_FILE));
        } catch (IOException e) {
            throw new ModelStoreException(where(v) + e.getMessage(), e);
        }
        byte[] metrics = files.getOrDefault(Manifest.METRICS_FILE, "{}".getBytes(StandardCharsets.UTF_8));
        try {
            Map<String, byte[]> others = new LinkedHashMap<>(files);
            // The report is for people: verified like every file, but not held for the life of a function.
            others.keySet()
                    .removeAll(List.of(
                            Manifest.MODEL_FILE,
                            Manifest.PREPROCESSING_FILE,
                            Manifest.METRICS_FILE,
                            Manifest.REPORT_FILE));
            return new ModelBundle(manifest, files.get(Manifest.MODEL_FILE), preprocessing, metrics, others);
        } catch (IllegalStateException e) {
            throw new ModelStoreException(where(v) + e.getMessage(), e);
        }
    }

    @Override
    public byte[] file(String version, String name) throws ModelStoreException {
        String v = version == null ? latestVersion() : version;
        Manifest manifest = verify(v);
        if (manifest.files() == null || !manifest.files().containsKey(name)) {
            return null;
        }
        Map<String, byte[]> read;
        try {
            // verify() has just checked every file; reading this one again is the price of not holding it.
            read = readAll(v, List.of(name));
        } catch (FileReadException e) {
            throw new ModelStoreException(
                    where(v) + "cannot read " + name + ": " + e.getCause().getMessage(), e.getCause());
        }
        byte[] bytes = read.get(name);
        FileEntry expected = manifest.files().get(name);
        if (bytes == null
                || bytes.length != expected.size()
                || !Sha256.hex(bytes).equals(expected.sha256())) {
            throw new ModelStoreException(where(v) + name + " changed since it was verified: refusing to use it");
        }
        return bytes;
    }

    /** A failed read of one file of a version. */
    static final class FileReadException extends Exception {
        final String name;

        FileReadException(String name, IOException cause) {
            super(cause);
            this.name = name;
        }
    }

    /**
     * The bytes of {@code names} in {@code version} (a missing file maps to null). One after the other here; a remote
     * store overrides this to fetch them at once.
     */
    Map<String, byte[]> readAll(String version, List<String> names) throws FileReadException {
        Map<String, byte[]> out = new HashMap<>();
        for (String name : names) {
            try {
                out.put(name, read(version, name));
            } catch (IOException e) {
                throw new FileReadException(name, e);
            }
        }
        return out;
    }

    /** Reads and checks the manifest and every file it lists; keeps the bytes in {@code keep} when given. */
    private Manifest check(String version, Map<String, byte[]> keep) throws ModelStoreException {
        if (!ModelVersionId.isValid(version)) {
            throw new ModelStoreException(uri() + ": invalid version id '" + version + "'");
        }
        Manifest manifest;
        try {
            byte[] raw = read(version, Manifest.MANIFEST_FILE);
            if (raw == null) {
                boolean exists = versionNames().contains(version);
                throw new ModelStoreException(where(version)
                        + (exists
                                ? "incomplete version: manifest.json is missing (a publish did not finish)"
                                : "no such version"));
            }
            manifest = ManifestJson.fromJson(raw);
        } catch (IOException e) {
            throw new ModelStoreException(where(version) + e.getMessage(), e);
        }
        if (!version.equals(manifest.modelVersion())) {
            throw new ModelStoreException(where(version) + "manifest.json names version " + manifest.modelVersion());
        }
        checkContract(version, manifest);
        for (String required : List.of(Manifest.MODEL_FILE, Manifest.PREPROCESSING_FILE)) {
            if (manifest.files() == null || !manifest.files().containsKey(required)) {
                throw new ModelStoreException(where(version) + "manifest.json does not list " + required);
            }
        }
        Map<String, byte[]> read;
        try {
            read = readAll(version, List.copyOf(manifest.files().keySet()));
        } catch (FileReadException ex) {
            throw new ModelStoreException(
                    where(version) + "cannot read " + ex.name + ": "
                            + ex.getCause().getMessage(),
                    ex.getCause());
        }
        for (Map.Entry<String, FileEntry> e : manifest.files().entrySet()) {
            String name = e.getKey();
            byte[] bytes = read.get(name);
            if (bytes == null) {
                throw new ModelStoreException(where(version) + name + " is missing");
            }
            String actual = Sha256.hex(bytes);
            if (bytes.length != e.getValue().size()
                    || !actual.equals(e.getValue().sha256())) {
                throw new ModelStoreException(where(version) + name + " does not match its checksum (manifest sha256 "
                        + e.getValue().sha256() + ", " + e.getValue().size() + " bytes; found " + actual + ", "
                        + bytes.length + " bytes): refusing to use it");
            }
            if (keep != null) {
                keep.put(name, bytes);
            }
        }
        return manifest;
    }

    /**
     * What {@code verify} checks before reading the files (ManifestJson has refused other manifest formats): a feature
     * contract that an encoder of this build can feed ({@link ModelBundle} checks preprocessing.json's contract against
     * it on load).
     */
    private void checkContract(String version, Manifest manifest) throws ModelStoreException {
        FeatureContract contract = new FeatureContract(
                Objects.requireNonNullElse(manifest.encoderVersion(), "(none)"),
                Objects.requireNonNullElse(manifest.featureNames(), List.of()));
        List<String> problems = FeatureEncoders.differences(contract);
        if (!problems.isEmpty()) {
            throw new ModelStoreException(where(version) + String.join("; ", problems));
        }
        if (manifest.output() == null) {
            throw new ModelStoreException(where(version) + "manifest.json has no output description");
        }
    }

    private String where(String version) {
        return uri() + ", version " + version + ": ";
    }
}
