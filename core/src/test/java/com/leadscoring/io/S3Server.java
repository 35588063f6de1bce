package com.leadscoring.io;

import java.net.URI;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The one S3 test server of every module's tests, as a JUnit 5 extension: an {@link InProcessS3} with the given buckets
 * started before a class's tests and stopped after them. Register it on a static field:
 *
 * <pre>{@code @RegisterExtension static final S3Server S3 = S3Server.pointingClientsHere("data");}</pre>
 *
 * Started before the class's own {@code @BeforeAll} methods, so they may already use it.
 */
public final class S3Server implements BeforeAllCallback, AfterAllCallback {

    private final String[] buckets;
    private final boolean pointClients;
    private InProcessS3 server;

    private S3Server(String[] buckets, boolean pointClients) {
        this.buckets = buckets.clone();
        this.pointClients = pointClients;
    }

    /** A server with {@code buckets} that {@link S3Clients#create()} in this JVM talks to while it runs. */
    public static S3Server pointingClientsHere(String... buckets) {
        return new S3Server(buckets, true);
    }

    /** A server with {@code buckets}, reached only through {@link #client()} or {@link #endpoint()}. */
    public static S3Server withBuckets(String... buckets) {
        return new S3Server(buckets, false);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        server = InProcessS3.start(buckets);
        if (pointClients) {
            server.pointClientsHere();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    public URI endpoint() {
        return running().endpoint();
    }

    /** A client of this server (for the test's own setup and checks). */
    public S3Client client() {
        return running().client();
    }

    /** Puts a text object (a test's input). */
    public void put(String bucket, String key, String body) {
        running().put(bucket, key, body);
    }

    public byte[] get(String bucket, String key) {
        return running().get(bucket, key);
    }

    private InProcessS3 running() {
        if (server == null) {
            throw new IllegalStateException("the S3 test server runs only while its test class does");
        }
        return server;
    }
}
