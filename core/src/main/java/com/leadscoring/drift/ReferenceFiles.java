package com.leadscoring.drift;

import java.io.IOException;
import java.util.Optional;

import com.leadscoring.model.ModelBundle;

/**
 * A version's {@code reference.json}, from the files its store verified when the version was loaded: the file is read
 * and checked against its manifest checksum once, by the store, like every other file of the version.
 */
public final class ReferenceFiles {

    private ReferenceFiles() {}

    /** The reference of a loaded version, or empty when the version was published without one. */
    public static Optional<ReferenceProfile> read(ModelBundle bundle) throws IOException {
        byte[] bytes = bundle.otherFiles().get(ReferenceProfile.FILE);
        if (bytes == null) {
            return Optional.empty();
        }
        ReferenceProfile profile = ReferenceProfile.fromJson(bytes);
        if (!bundle.manifest().modelVersion().equals(profile.modelVersion())) {
            throw new IOException(ReferenceProfile.FILE + " of "
                    + bundle.manifest().modelVersion() + " describes version " + profile.modelVersion());
        }
        return Optional.of(profile);
    }
}
