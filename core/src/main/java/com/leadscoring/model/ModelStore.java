package com.leadscoring.model;

import java.util.List;
import java.util.Map;

/**
 * Versioned, immutable model storage. Same layout on disk and in S3:
 *
 * <pre>
 * &lt;store&gt;/&lt;version&gt;/model.onnx, preprocessing.json, metrics.json, report.html, manifest.json
 * &lt;store&gt;/latest      the current version id, written last
 * </pre>
 */
public interface ModelStore {

    /** Where this store is, for messages (e.g. {@code file:/tmp/store} or {@code s3://bucket/prefix}). */
    String uri();

    /**
     * Publishes a new version: writes every file, then {@code manifest.json} with their checksums, then moves
     * {@code latest} (only when {@code makeLatest}). Never overwrites an existing version.
     *
     * @param manifest the manifest without {@code files}, {@code modelVersion} or {@code createdAt}: the store fills
     *     them
     * @param files file name to bytes; must include {@code model.onnx} and {@code preprocessing.json}
     * @return the manifest as written
     */
    Manifest publish(Manifest manifest, Map<String, byte[]> files, boolean makeLatest) throws ModelStoreException;

    /** Version ids in the store, oldest first (complete or not; {@link #verify(String)} tells). */
    List<String> listVersions() throws ModelStoreException;

    /** The version {@code latest} points at; a clear error when there is none. */
    String latestVersion() throws ModelStoreException;

    /** Points {@code latest} at an existing, verified version (the rollback path). */
    void promote(String version) throws ModelStoreException;

    /** Loads a version ({@code null}: the latest), verifying every checksum and the feature contract. */
    ModelBundle load(String version) throws ModelStoreException;

    /** Checks a version's files against its manifest without loading the model; throws naming the first problem. */
    Manifest verify(String version) throws ModelStoreException;

    /**
     * The bytes of one file of a version (e.g. {@code report.html} for a person to read), checked against the
     * manifest's checksum; {@code null} when the manifest lists no file of that name.
     */
    byte[] file(String version, String name) throws ModelStoreException;
}
