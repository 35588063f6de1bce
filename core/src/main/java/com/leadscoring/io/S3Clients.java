package com.leadscoring.io;

import java.net.URI;
import java.time.Duration;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * The one way this project builds an S3 client: the small URL-connection HTTP client, bounded timeouts and retries (a
 * slow S3 must fail the Lambda init clearly, not hang it), and path-style addressing whenever an endpoint override
 * ({@code AWS_ENDPOINT_URL_S3} / {@code AWS_ENDPOINT_URL}) points at an S3-compatible server.
 */
public final class S3Clients {

    private S3Clients() {}

    public static S3Client create() {
        // The environment, else the SDK's own system properties for the same settings (in-process tests use those).
        String endpoint = firstNonBlank(
                firstNonBlank(System.getenv("AWS_ENDPOINT_URL_S3"), System.getenv("AWS_ENDPOINT_URL")),
                firstNonBlank(System.getProperty("aws.endpointUrlS3"), System.getProperty("aws.endpointUrl")));
        return builder(endpoint == null ? null : URI.create(endpoint)).build();
    }

    /** A builder with this project's settings; {@code endpoint} null means AWS itself. */
    public static S3ClientBuilder builder(URI endpoint) {
        S3ClientBuilder b = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(2))
                        .socketTimeout(Duration.ofSeconds(5)))
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .apiCallTimeout(Duration.ofSeconds(20))
                        .apiCallAttemptTimeout(Duration.ofSeconds(6))
                        .retryStrategy(RetryMode.STANDARD)
                        .build())
                .region(region())
                .credentialsProvider(credentials());
        if (endpoint != null) {
            b.endpointOverride(endpoint).forcePathStyle(true);
        }
        return b;
    }

    /**
     * On Lambda (and in containers) the credentials are in the environment: read them there directly instead of walking
     * the default chain (profile files, web identity, container endpoints), which costs a cold start time.
     */
    private static AwsCredentialsProvider credentials() {
        if (System.getenv("AWS_ACCESS_KEY_ID") != null && System.getenv("AWS_SECRET_ACCESS_KEY") != null) {
            return EnvironmentVariableCredentialsProvider.create();
        }
        return DefaultCredentialsProvider.builder().build();
    }

    private static Region region() {
        String env = firstNonBlank(System.getenv("AWS_REGION"), System.getenv("AWS_DEFAULT_REGION"));
        if (env != null) {
            return Region.of(env); // Lambda sets AWS_REGION: no provider chain, no profile file
        }
        try {
            return new DefaultAwsRegionProviderChain().getRegion();
        } catch (RuntimeException e) {
            return Region.US_EAST_1; // S3 works from any region; a missing setting should not stop a local run
        }
    }

    private static String firstNonBlank(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a;
        }
        return b != null && !b.isBlank() ? b : null;
    }
}
