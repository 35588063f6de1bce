package com.leadscoring.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** The deployment promises of infra/template.yaml and infra/openapi.yaml, so they cannot silently regress. */
class TemplateTest {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final JsonNode TEMPLATE = read("template.yaml");

    static JsonNode read(String name) {
        try {
            return YAML.readTree(Path.of("..", "infra", name).toFile());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    JsonNode resource(String type) {
        for (JsonNode r : TEMPLATE.get("Resources")) {
            if (type.equals(r.path("Type").asText())) {
                return r;
            }
        }
        throw new AssertionError("no " + type + " in the template");
    }

    @Test
    void functionRunsJava21WithSnapStartAndTheHandler() {
        JsonNode p = resource("AWS::Serverless::Function").get("Properties");
        assertEquals("java21", p.get("Runtime").asText());
        assertEquals("com.leadscoring.api.ScoreHandler::handleRequest", p.get("Handler").asText());
        assertEquals("PublishedVersions", p.at("/SnapStart/ApplyOn").asText());
        assertFalse(p.path("AutoPublishAlias").asText().isBlank());
        assertTrue(p.at("/Environment/Variables").has("MODEL_URI"));
        assertTrue(p.at("/Environment/Variables").has("MODEL_VERSION"));
    }

    @Test
    void functionMayOnlyReadTheModelPrefix() {
        String policies = resource("AWS::Serverless::Function").at("/Properties/Policies").toString();
        assertFalse(policies.contains("S3ReadPolicy"), "no bucket-wide SAM policy");
        assertFalse(policies.contains("\"s3:*\""));
        assertFalse(policies.matches(".*\"Resource\":\"\\*\".*"));
        assertTrue(policies.contains("s3:GetObject"));
        assertTrue(policies.contains("${ModelPrefix}/*"), policies);
    }

    @Test
    void apiRequiresKeysWithAUsagePlan() {
        JsonNode auth = resource("AWS::Serverless::Api").at("/Properties/Auth");
        assertTrue(auth.get("ApiKeyRequired").asBoolean());
        assertFalse(auth.path("UsagePlan").isMissingNode());
    }

    @Test
    void bucketIsPrivateVersionedEncryptedAndTlsOnly() {
        JsonNode bucket = resource("AWS::S3::Bucket").get("Properties");
        JsonNode block = bucket.get("PublicAccessBlockConfiguration");
        for (String k : new String[] {"BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets"}) {
            assertTrue(block.get(k).asBoolean(), k);
        }
        assertEquals("Enabled", bucket.at("/VersioningConfiguration/Status").asText());
        assertFalse(bucket.path("BucketEncryption").isMissingNode());
        String policy = resource("AWS::S3::BucketPolicy").toString();
        assertTrue(policy.contains("aws:SecureTransport") && policy.contains("Deny"), policy);
    }

    @Test
    void openApiDescribesTheThreeRoutesAndProblems() {
        JsonNode api = read("openapi.yaml");
        assertTrue(api.path("openapi").asText().startsWith("3."));
        for (String path : new String[] {"/v1/score", "/v1/model", "/v1/health"}) {
            assertFalse(api.at("/paths").path(path).isMissingNode(), path);
        }
        assertTrue(api.toString().contains("application/problem+json"));
    }
}
