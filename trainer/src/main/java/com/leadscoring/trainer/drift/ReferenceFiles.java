package com.leadscoring.trainer.drift;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import com.leadscoring.model.FileEntry;
import com.leadscoring.model.Manifest;
import com.leadscoring.model.ModelStore;
import com.leadscoring.model.Sha256;

/**
 * Reads a version's {@code reference.json}, verified against the checksum its manifest records. The store interface
 * only hands out what the function needs, so the file is read at {@code <store uri>/<version>/reference.json}, on disk
 * or in S3, the layout every store shares.
 */
public final class ReferenceFiles {

    private ReferenceFiles() {
    }

    /**
     * The reference of a version whose manifest has been verified (e.g. by {@link ModelStore#load(String)}), or empty
     * when the version was published without one.
     */
    public static Optional<ReferenceProfile> read(ModelStore store, Manifest manifest, Opener opener) throws IOException {
        FileEntry entry = manifest.files().get(ReferenceProfile.FILE);
        if (entry == null) {
            return Optional.empty();
        }
        String base = store.uri().endsWith("/") ? store.uri() : store.uri() + "/";
        String location = base + manifest.modelVersion() + "/" + ReferenceProfile.FILE;
        byte[] bytes;
        try (InputStream in = opener.open(location)) {
            bytes = in.readAllBytes();
        }
        String sha = Sha256.hex(bytes);
        if (bytes.length != entry.size() || !sha.equals(entry.sha256())) {
            throw new IOException(location + " does not match its checksum (manifest sha256 " + entry.sha256()
                    + ", found " + sha + "): refusing to use it");
        }
        ReferenceProfile profile = ReferenceProfile.fromJson(bytes);
        if (!manifest.modelVersion().equals(profile.modelVersion())) {
            throw new IOException(location + " describes version " + profile.modelVersion());
        }
        return Optional.of(profile);
    }
}
