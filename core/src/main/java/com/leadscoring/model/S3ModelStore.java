package com.leadscoring.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The store in S3 under {@code s3://bucket/prefix}. S3 has no rename, so completeness is the manifest: it is put after
 * every file it lists, and {@code latest} after it. A publish that stops half-way leaves a version without a manifest,
 * which loading refuses and {@code models verify} reports as incomplete.
 */
public final class S3ModelStore extends BlobModelStore {

    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    public S3ModelStore(S3Client s3, String bucket, String prefix) {
        this(s3, bucket, prefix, Clock.systemUTC());
    }

    public S3ModelStore(S3Client s3, String bucket, String prefix, Clock clock) {
        super(clock);
        this.s3 = s3;
        this.bucket = bucket;
        String p = prefix == null ? "" : prefix.replaceAll("^/+|/+$", "");
        this.prefix = p.isEmpty() ? "" : p + "/";
    }

    @Override
    public String uri() {
        return "s3://" + bucket + "/" + prefix;
    }

    private String key(String version, String name) {
        return prefix + (version == null ? "" : version + "/") + name;
    }

    @Override
    byte[] read(String version, String name) throws IOException {
        try {
            return s3.getObjectAsBytes(GetObjectRequest.builder()
                            .bucket(bucket)
                            .key(key(version, name))
                            .build())
                    .asByteArray();
        } catch (NoSuchKeyException e) {
            return null;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return null;
            }
            if (e.statusCode() == 403) {
                // Without s3:ListBucket (the function's role), S3 answers a missing key with 403, not 404.
                throw new IOException(
                        "no object at s3://" + bucket + "/" + key(version, name)
                                + ", or this role may not read it (S3 answered 403 "
                                + e.awsErrorDetails().errorCode() + ")",
                        e);
            }
            throw new IOException(e.getMessage(), e);
        } catch (SdkException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /**
     * Fetches a version's files at once, one request each: on a cold start the model's load time is then one round trip
     * and the largest file, not the sum of every request.
     */
    @Override
    Map<String, byte[]> readAll(String version, List<String> names) throws FileReadException {
        if (names.size() < 2) {
            return super.readAll(version, names);
        }
        ExecutorService pool = Executors.newFixedThreadPool(names.size(), r -> {
            Thread t = new Thread(r, "model-read");
            t.setDaemon(true);
            return t;
        });
        try {
            Map<String, Future<byte[]>> pending = new LinkedHashMap<>();
            for (String name : names) {
                pending.put(name, pool.submit(() -> read(version, name)));
            }
            Map<String, byte[]> out = new HashMap<>();
            for (Map.Entry<String, Future<byte[]>> e : pending.entrySet()) {
                try {
                    out.put(e.getKey(), e.getValue().get());
                } catch (ExecutionException ex) {
                    Throwable c = ex.getCause();
                    throw new FileReadException(
                            e.getKey(), c instanceof IOException io ? io : new IOException(c.getMessage(), c));
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                    throw new FileReadException(e.getKey(), new IOException("interrupted", ex));
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    @Override
    void writeVersion(String version, Map<String, byte[]> files, byte[] manifest)
            throws IOException, ModelStoreException {
        if (read(version, Manifest.MANIFEST_FILE) != null) {
            throw new ModelStoreException(
                    uri() + ": version " + version + " exists already; versions are never overwritten");
        }
        try {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                put(key(version, f.getKey()), f.getValue());
            }
            putManifest(version, manifest);
        } catch (SdkException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /**
     * The manifest makes a version exist: written only if absent (S3 conditional write), so two trainers racing to the
     * same version id can never overwrite each other; a server that ignores the header still gets the read check before
     * the upload. A 409 (a conflicting write still in flight, perhaps our own) is retried as S3 advises; a 412 is a
     * lost race unless the manifest there is ours, which happens when the SDK retried a PUT whose answer was lost.
     */
    private void putManifest(String version, byte[] manifest) throws IOException, ModelStoreException {
        for (int attempt = 1; ; attempt++) {
            try {
                s3.putObject(
                        PutObjectRequest.builder()
                                .bucket(bucket)
                                .key(key(version, Manifest.MANIFEST_FILE))
                                .ifNoneMatch("*")
                                .build(),
                        RequestBody.fromBytes(manifest));
                return;
            } catch (S3Exception e) {
                if (e.statusCode() == 409 && attempt < 3) {
                    pause(250L * attempt);
                    continue;
                }
                if (e.statusCode() != 412 && e.statusCode() != 409) {
                    throw new IOException(e.getMessage(), e);
                }
                byte[] there = read(version, Manifest.MANIFEST_FILE);
                if (Arrays.equals(there, manifest)) {
                    return;
                }
                if (there == null) {
                    throw new IOException(uri() + ": S3 answered " + e.statusCode() + " to the manifest of " + version
                            + " and none is there; publish again");
                }
                throw new ModelStoreException(uri() + ": version " + version
                        + " was published by someone else while this publish was uploading; "
                        + "versions are never overwritten");
            }
        }
    }

    private static void pause(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while publishing", e);
        }
    }

    @Override
    void writeLatest(String version) throws IOException {
        try {
            put(key(null, Manifest.LATEST_FILE), (version + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (SdkException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private void put(String key, byte[] bytes) {
        s3.putObject(PutObjectRequest.builder().bucket(bucket).key(key).build(), RequestBody.fromBytes(bytes));
    }

    @Override
    List<String> versionNames() throws IOException {
        List<String> names = new ArrayList<>();
        try {
            String token = null;
            do {
                ListObjectsV2Response page = s3.listObjectsV2(ListObjectsV2Request.builder()
                        .bucket(bucket)
                        .prefix(prefix)
                        .delimiter("/")
                        .continuationToken(token)
                        .build());
                for (CommonPrefix p : page.commonPrefixes()) {
                    String name = p.prefix().substring(prefix.length());
                    names.add(name.endsWith("/") ? name.substring(0, name.length() - 1) : name);
                }
                token = page.isTruncated() ? page.nextContinuationToken() : null;
            } while (token != null);
        } catch (SdkException e) {
            throw new IOException(e.getMessage(), e);
        }
        return names;
    }
}
