package com.leadscoring.io;

import java.net.ServerSocket;
import java.net.URI;

import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * An S3-compatible server in this JVM (S3Proxy on 127.0.0.1, objects in memory) that the code under test reaches the
 * way it reaches AWS: {@link #pointClientsHere()} sets the SDK's own system properties (endpoint, credentials, region),
 * which {@link S3Clients#create()} reads when the environment names no endpoint.
 */
public final class InProcessS3 implements AutoCloseable {

    private static final String KEY = "test-access";
    private static final String SECRET = "test-secret";

    private final S3Proxy proxy;
    private final URI endpoint;

    private InProcessS3(S3Proxy proxy, URI endpoint) {
        this.proxy = proxy;
        this.endpoint = endpoint;
    }

    public static InProcessS3 start(String... buckets) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        URI endpoint = URI.create("http://127.0.0.1:" + port);
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(new TransientNio2BlobStore())
                .endpoint(endpoint)
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, KEY, SECRET)
                .build();
        proxy.start();
        while (!"STARTED".equals(proxy.getState())) {
            Thread.sleep(10);
        }
        InProcessS3 server = new InProcessS3(proxy, endpoint);
        try (S3Client s3 = server.client()) {
            for (String b : buckets) {
                s3.createBucket(r -> r.bucket(b));
            }
        }
        return server;
    }

    public URI endpoint() {
        return endpoint;
    }

    /** The access key this server accepts (with its secret, which {@link #client()} uses). */
    public static String accessKey() {
        return KEY;
    }

    /** The credentials this server accepts. */
    public static StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(KEY, SECRET));
    }

    /** A client of this server (for the test's own setup and checks). */
    public S3Client client() {
        return S3Clients.builder(endpoint).credentialsProvider(credentials()).build();
    }

    /** Makes {@link S3Clients#create()} in this JVM talk to this server; undone by {@link #close()}. */
    public InProcessS3 pointClientsHere() {
        System.setProperty("aws.endpointUrlS3", endpoint.toString());
        System.setProperty("aws.accessKeyId", KEY);
        System.setProperty("aws.secretAccessKey", SECRET);
        System.setProperty("aws.region", "us-east-1");
        return this;
    }

    /** Puts a text object (a test's input). */
    public void put(String bucket, String key, String body) {
        try (S3Client s3 = client()) {
            s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromString(body));
        }
    }

    public byte[] get(String bucket, String key) {
        try (S3Client s3 = client()) {
            return s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray();
        }
    }

    @Override
    public void close() throws Exception {
        for (String p : new String[] {"aws.endpointUrlS3", "aws.accessKeyId", "aws.secretAccessKey", "aws.region"}) {
            System.clearProperty(p);
        }
        proxy.stop();
    }
}
