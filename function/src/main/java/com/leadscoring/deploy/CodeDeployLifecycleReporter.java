package com.leadscoring.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.RegionMetadata;

/**
 * CodeDeploy's {@code PutLifecycleEventHookExecutionStatus}, the one CodeDeploy call the hook makes, as a SigV4-signed
 * JSON 1.1 request through the SDK's own signer, credential chain and HTTP client. (The SDK's codedeploy module is not
 * on Maven Central at the BOM's version, and SDK modules of different versions must not be mixed.)
 */
public final class CodeDeployLifecycleReporter implements LifecycleReporter {

    static final String TARGET = "CodeDeploy_20141006.PutLifecycleEventHookExecutionStatus";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SdkHttpClient http;
    private final AwsCredentialsProvider credentials;
    private final String region;
    private final URI endpoint;

    public CodeDeployLifecycleReporter(
            SdkHttpClient http, AwsCredentialsProvider credentials, String region, URI endpoint) {
        this.http = http;
        this.credentials = credentials;
        this.region = region;
        this.endpoint = endpoint;
    }

    /** In Lambda: the function's role credentials and region ({@code AWS_REGION}). */
    public static CodeDeployLifecycleReporter fromEnvironment(SdkHttpClient http) {
        String region = System.getenv("AWS_REGION");
        if (region == null || region.isBlank()) {
            throw new IllegalStateException("AWS_REGION is not set");
        }
        RegionMetadata metadata = Region.of(region).metadata();
        String domain = metadata == null ? "amazonaws.com" : metadata.domain();
        return new CodeDeployLifecycleReporter(
                http,
                DefaultCredentialsProvider.builder().build(),
                region,
                URI.create("https://codedeploy." + region + "." + domain + "/"));
    }

    @Override
    public void report(String deploymentId, String lifecycleEventHookExecutionId, boolean succeeded) {
        byte[] body;
        try {
            body = JSON.writeValueAsBytes(Map.of(
                    "deploymentId",
                    deploymentId,
                    "lifecycleEventHookExecutionId",
                    lifecycleEventHookExecutionId,
                    "status",
                    succeeded ? "Succeeded" : "Failed"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SdkHttpRequest request = SdkHttpRequest.builder()
                .method(SdkHttpMethod.POST)
                .uri(endpoint)
                .putHeader("Content-Type", "application/x-amz-json-1.1")
                .putHeader("X-Amz-Target", TARGET)
                .build();
        SignedRequest signed = AwsV4HttpSigner.create()
                .sign(r -> r.identity(credentials.resolveCredentials())
                        .request(request)
                        .payload(ContentStreamProvider.fromByteArray(body))
                        .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "codedeploy")
                        .putProperty(AwsV4HttpSigner.REGION_NAME, region));
        try {
            HttpExecuteResponse response = http.prepareRequest(HttpExecuteRequest.builder()
                            .request(signed.request())
                            .contentStreamProvider(signed.payload().orElse(null))
                            .build())
                    .call();
            String answer = "";
            if (response.responseBody().isPresent()) {
                try (InputStream in = response.responseBody().get()) {
                    answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            int status = response.httpResponse().statusCode();
            if (status / 100 != 2) {
                throw new IllegalStateException("CodeDeploy answered " + status + " to " + TARGET + ": " + answer);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach CodeDeploy at " + endpoint, e);
        }
    }
}
