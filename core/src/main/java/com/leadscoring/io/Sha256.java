package com.leadscoring.io;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The project's one SHA-256 helper: checksums of stored files, the training data hash, version ids. Lower-case hex. */
public final class Sha256 {

    private Sha256() {}

    /** A fresh digest, for hashing a stream as it is read. */
    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }

    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(newDigest().digest(bytes));
    }

    /** Hex of what {@code digest} has seen so far (the digest is reset). */
    public static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Hash of several strings, each followed by a NUL so that ("ab","c") and ("a","bc") differ. */
    public static String ofStrings(String... parts) {
        MessageDigest md = newDigest();
        for (String part : parts) {
            md.update(part.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
        }
        return hex(md);
    }
}
