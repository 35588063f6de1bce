package com.leadscoring.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.leadscoring.io.InProcessS3;
import com.leadscoring.io.S3Clients;
import com.leadscoring.io.S3Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpFullResponse;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/** The S3 store against a real S3-compatible server (S3Proxy, in-process, on 127.0.0.1) through the real SDK client. */
class S3ModelStoreIT {

    private static final String V1 = "20261124T101500Z-aaaaaaa";
    private static final String V2 = "20261125T101500Z-bbbbbbb";

    @RegisterExtension
    static final S3Server S3 = S3Server.withBuckets("models");

    static S3Client client(ExecutionInterceptor interceptor) {
        var b = S3Clients.builder(S3.endpoint()).credentialsProvider(InProcessS3.credentials());
        if (interceptor != null) {
            b.overrideConfiguration(c -> c.addExecutionInterceptor(interceptor));
        }
        return b.build();
    }

    private static Manifest publish(ModelStore store, String version) throws ModelStoreException {
        return store.publish(
                StoreFixtures.manifest(version, Instant.parse("2026-11-24T10:15:00Z")),
                StoreFixtures.files(version),
                true);
    }

    @Test
    void publishListPromoteLoad() throws Exception {
        try (S3Client s3 = client(null)) {
            ModelStore store = ModelStores.open("s3://models/round-trip/", s3);
            publish(store, V1);
            publish(store, V2);
            assertEquals(List.of(V1, V2), store.listVersions());
            assertEquals(V2, store.load(null).manifest().modelVersion());
            assertArrayEquals(
                    StoreFixtures.files(V2).get(Manifest.MODEL_FILE),
                    store.load(null).onnxModel());
            store.promote(V1);
            assertEquals(V1, store.latestVersion());
            assertThrows(ModelStoreException.class, () -> publish(store, V1), "never overwrites");
        }
    }

    @Test
    void aPublishThatFailsHalfWayLeavesLatestAlone() throws Exception {
        try (S3Client ok = client(null)) {
            publish(new S3ModelStore(ok, "models", "half"), V1);
        }
        AtomicInteger puts = new AtomicInteger();
        ExecutionInterceptor failThirdPut = new ExecutionInterceptor() {
            @Override
            public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                if (context.request() instanceof PutObjectRequest && puts.incrementAndGet() == 3) {
                    throw new IllegalStateException("network cut (injected)");
                }
            }
        };
        try (S3Client failing = client(failThirdPut)) {
            ModelStore store = new S3ModelStore(failing, "models", "half");
            assertThrows(RuntimeException.class, () -> publish(store, V2));
        }
        try (S3Client ok = client(null)) {
            ModelStore store = new S3ModelStore(ok, "models", "half");
            assertEquals(V1, store.latestVersion());
            assertEquals(V1, store.load(null).manifest().modelVersion());
            ModelStoreException e = assertThrows(ModelStoreException.class, () -> store.verify(V2));
            assertTrue(e.getMessage().contains("incomplete version"), e.getMessage());
        }
    }

    @Test
    void aTamperedObjectIsRefused() throws Exception {
        try (S3Client s3 = client(null)) {
            ModelStore store = new S3ModelStore(s3, "models", "tamper");
            publish(store, V1);
            s3.putObject(
                    PutObjectRequest.builder()
                            .bucket("models")
                            .key("tamper/" + V1 + "/preprocessing.json")
                            .build(),
                    RequestBody.fromString("{}"));
            ModelStoreException e = assertThrows(ModelStoreException.class, () -> store.load(null));
            assertTrue(e.getMessage().contains("preprocessing.json does not match its checksum"), e.getMessage());
        }
    }

    @Test
    void anUnreachableEndpointFailsWithinBoundedTime() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        long start = System.nanoTime();
        try (S3Client s3 = S3Clients.builder(URI.create("http://127.0.0.1:" + closedPort))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
                .build()) {
            ModelStoreException e =
                    assertThrows(ModelStoreException.class, () -> new S3ModelStore(s3, "models", "x").load(null));
            assertTrue(e.getMessage().contains("s3://models/x/"), e.getMessage());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(seconds < 30, "took " + seconds + " s");
    }

    @Test
    void aForbiddenReadNamesBothMissingAndAccessDenied() throws Exception {
        // A real 403 from the server: a caller whose credentials S3 does not accept, as a role without read rights is.
        try (S3Client ok = client(null)) {
            publish(new S3ModelStore(ok, "models", "forbidden"), V1);
        }
        try (S3Client stranger = S3Clients.builder(S3.endpoint())
                .credentialsProvider(
                        StaticCredentialsProvider.create(AwsBasicCredentials.create(InProcessS3.accessKey(), "wrong")))
                .build()) {
            ModelStoreException e = assertThrows(
                    ModelStoreException.class, () -> new S3ModelStore(stranger, "models", "forbidden").load(null));
            assertTrue(
                    e.getMessage().contains("no object at s3://models/forbidden/latest, or this role may not read it"),
                    e.getMessage());
        }
    }

    @Test
    void twoPublishersRacingToOneVersionNeverOverwriteEachOther() throws Exception {
        // Publisher A checks that the version is new, then uploads; while it uploads, publisher B completes the same
        // version. A's manifest must then be refused (If-None-Match: *), leaving B's version intact.
        byte[] winner = "{\"winner\": true}".getBytes(StandardCharsets.UTF_8);
        AtomicInteger puts = new AtomicInteger();
        ExecutionInterceptor rival = new ExecutionInterceptor() {
            @Override
            public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                if (context.request() instanceof PutObjectRequest && puts.incrementAndGet() == 1) {
                    try (S3Client other = client(null)) {
                        other.putObject(
                                PutObjectRequest.builder()
                                        .bucket("models")
                                        .key("race/" + V1 + "/manifest.json")
                                        .build(),
                                RequestBody.fromBytes(winner));
                    }
                }
            }
        };
        try (S3Client racing = client(rival)) {
            ModelStoreException e = assertThrows(
                    ModelStoreException.class, () -> publish(new S3ModelStore(racing, "models", "race"), V1));
            assertTrue(e.getMessage().contains("published by someone else"), e.getMessage());
        }
        try (S3Client s3 = client(null)) {
            assertArrayEquals(
                    winner,
                    s3.getObjectAsBytes(b -> b.bucket("models").key("race/" + V1 + "/manifest.json"))
                            .asByteArray());
        }
    }

    @Test
    void aRetriedManifestPutThatHadLandedIsOurOwnPublishNotALostRace() throws Exception {
        // The manifest PUT reaches the server, but its answer is lost (a reset connection); the SDK retries, and the
        // retry's If-None-Match: * meets the manifest the first attempt wrote. That is this publish succeeding.
        AtomicInteger manifestPuts = new AtomicInteger();
        try (S3Client s3 = clientWhoseFirstManifestPut(FirstManifestPut.LOSES_ITS_ANSWER, manifestPuts)) {
            ModelStore store = new S3ModelStore(s3, "models", "retried");
            Manifest published = publish(store, V1);
            assertEquals(2, manifestPuts.get(), "the manifest PUT was retried once");
            assertEquals(V1, store.load(null).manifest().modelVersion());
            assertEquals(published, store.load(V1).manifest());
        }
    }

    @Test
    void aConflictingWriteInFlight409IsRetriedAsS3Advises() throws Exception {
        AtomicInteger manifestPuts = new AtomicInteger();
        try (S3Client s3 = clientWhoseFirstManifestPut(FirstManifestPut.GETS_409, manifestPuts)) {
            ModelStore store = new S3ModelStore(s3, "models", "conflict");
            publish(store, V1);
            // One 409, then the retry; on a loaded machine the SDK may retry that PUT once more (a connection to the
            // local server dropped), which the store takes as its own landed write: at least two, never one.
            assertTrue(manifestPuts.get() >= 2, manifestPuts.get() + " manifest PUTs: one 409, then the retry");
            assertEquals(V1, store.load(null).manifest().modelVersion());
        }
    }

    enum FirstManifestPut {
        LOSES_ITS_ANSWER,
        GETS_409
    }

    /** A client to S3Proxy whose HTTP layer does {@code what} to the first manifest PUT and passes everything else. */
    private static S3Client clientWhoseFirstManifestPut(FirstManifestPut what, AtomicInteger manifestPuts) {
        SdkHttpClient real = UrlConnectionHttpClient.create();
        SdkHttpClient faulty = new SdkHttpClient() {
            @Override
            public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
                boolean manifestPut = request.httpRequest().method() == SdkHttpMethod.PUT
                        && request.httpRequest().encodedPath().endsWith("/manifest.json");
                boolean first = manifestPut && manifestPuts.incrementAndGet() == 1;
                if (first && what == FirstManifestPut.GETS_409) {
                    return new ExecutableHttpRequest() {
                        @Override
                        public HttpExecuteResponse call() {
                            byte[] body = ("<?xml version=\"1.0\" "
                                            + "encoding=\"UTF-8\"?><Error><Code>ConditionalRequestConflict</Code>"
                                            + "<Message>A conflicting operation occurred.</Message></Error>")
                                    .getBytes(StandardCharsets.UTF_8);
                            return HttpExecuteResponse.builder()
                                    .response(SdkHttpFullResponse.builder()
                                            .statusCode(409)
                                            .putHeader("Content-Type", "application/xml")
                                            .build())
                                    .responseBody(AbortableInputStream.create(new ByteArrayInputStream(body)))
                                    .build();
                        }

                        @Override
                        public void abort() {}
                    };
                }
                ExecutableHttpRequest call = real.prepareRequest(request);
                return new ExecutableHttpRequest() {
                    @Override
                    public HttpExecuteResponse call() throws IOException {
                        HttpExecuteResponse response = call.call();
                        if (first) {
                            if (response.responseBody().isPresent()) {
                                response.responseBody().get().close();
                            }
                            throw new IOException("connection reset after the request was written");
                        }
                        return response;
                    }

                    @Override
                    public void abort() {
                        call.abort();
                    }
                };
            }

            @Override
            public void close() {
                real.close();
            }
        };
        return S3Client.builder()
                .httpClient(faulty)
                .endpointOverride(S3.endpoint())
                .forcePathStyle(true)
                .region(Region.US_EAST_1)
                .credentialsProvider(InProcessS3.credentials())
                .build();
    }
}
