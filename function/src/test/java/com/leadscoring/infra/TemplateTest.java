package com.leadscoring.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.leadscoring.batch.BatchScoreHandler;
import com.leadscoring.drift.DriftCheck;
import com.leadscoring.drift.Psi;
import com.leadscoring.metrics.MetricsNamespace;
import org.junit.jupiter.api.Test;

/** The deployment promises of infra/template.yaml and infra/openapi.yaml, so they cannot silently regress. */
class TemplateTest {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final JsonNode RAW_TEMPLATE = read("template.yaml");
    /** The template as SAM deploys it: {@code Globals.Function} merged into every function, so tests see it whole. */
    static final JsonNode TEMPLATE = withGlobals(RAW_TEMPLATE);

    static JsonNode read(String name) {
        try {
            return YAML.readTree(Path.of("..", "infra", name).toFile());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** SAM's rule: a function's own value wins, maps (environment variables) merge, lists and scalars are taken. */
    static JsonNode withGlobals(JsonNode template) {
        JsonNode merged = template.deepCopy();
        JsonNode globals = template.at("/Globals/Function");
        for (JsonNode r : merged.get("Resources")) {
            if ("AWS::Serverless::Function".equals(r.path("Type").asText())) {
                merge((ObjectNode) r.get("Properties"), globals);
            }
        }
        return merged;
    }

    private static void merge(ObjectNode into, JsonNode defaults) {
        defaults.fields().forEachRemaining(e -> {
            JsonNode own = into.get(e.getKey());
            if (own == null) {
                into.set(e.getKey(), e.getValue().deepCopy());
            } else if (own.isObject() && e.getValue().isObject()) {
                merge((ObjectNode) own, e.getValue());
            }
        });
    }

    @Test
    void whatEveryFunctionSharesIsSaidOnceInGlobals() {
        JsonNode globals = RAW_TEMPLATE.at("/Globals/Function");
        assertEquals("java21", globals.path("Runtime").asText());
        assertEquals("Architecture", globals.at("/Architectures/0/Ref").asText());
        assertTrue(
                globals.at("/Environment/Variables/JAVA_TOOL_OPTIONS").asText().contains("TieredStopAtLevel=1"));
        int functions = 0;
        for (JsonNode r : RAW_TEMPLATE.get("Resources")) {
            if ("AWS::Serverless::Function".equals(r.path("Type").asText())) {
                functions++;
                JsonNode own = r.get("Properties");
                for (String shared : List.of("Runtime", "Architectures", "CodeUri")) {
                    assertFalse(own.has(shared), shared + " is repeated in a function");
                }
                assertFalse(own.at("/Environment/Variables").has("JAVA_TOOL_OPTIONS"), "JVM options repeated");
                assertEquals("makefile", r.at("/Metadata/BuildMethod").asText(), "SAM takes no Metadata from Globals");
            }
        }
        assertTrue(functions >= 5, functions + " functions");
    }

    /**
     * One namespace setting: POWERTOOLS_METRICS_NAMESPACE in Globals (so every function's Powertools metrics use it),
     * the code's default, and the namespace of every alarm and dashboard metric that is not AWS's; and every Service
     * they select is a function's own POWERTOOLS_SERVICE_NAME.
     */
    @Test
    void everyFunctionPublishesInTheOneNamespaceTheAlarmsAndTheDashboardRead() throws Exception {
        String namespace = RAW_TEMPLATE
                .at("/Globals/Function/Environment/Variables/POWERTOOLS_METRICS_NAMESPACE")
                .asText();
        assertEquals(MetricsNamespace.DEFAULT, namespace);
        List<String> services = new ArrayList<>();
        for (JsonNode r : RAW_TEMPLATE.get("Resources")) {
            if ("AWS::Serverless::Function".equals(r.path("Type").asText())) {
                JsonNode variables = r.at("/Properties/Environment/Variables");
                assertFalse(variables.has("POWERTOOLS_METRICS_NAMESPACE"), "a function overrides the namespace");
                assertTrue(variables.path("POWERTOOLS_SERVICE_NAME").isTextual(), "every function names its service");
                services.add(variables.get("POWERTOOLS_SERVICE_NAME").asText());
            }
        }
        int custom = 0;
        for (JsonNode r : TEMPLATE.get("Resources")) {
            if (!"AWS::CloudWatch::Alarm".equals(r.path("Type").asText())) {
                continue;
            }
            for (JsonNode o : objects(r.get("Properties"))) {
                String ns = o.path("Namespace").asText();
                if (!ns.isEmpty() && !ns.startsWith("AWS/")) {
                    custom++;
                    assertEquals(namespace, ns, r.toString());
                    for (JsonNode d : o.path("Dimensions")) {
                        if ("Service".equals(d.path("Name").asText())) {
                            assertTrue(services.contains(d.path("Value").asText()), d + " is no function's service");
                        }
                    }
                }
            }
        }
        assertTrue(custom >= 3, "the grade-A, drift and realized-accuracy alarms: " + custom);
        String body = named("OperationsDashboard")
                .at("/Properties/DashboardBody/Fn::Sub")
                .asText();
        JsonNode widgets = JSON.readTree(body.replaceAll("\\$\\{[^}]+}", "1")).get("widgets");
        int shown = 0;
        for (JsonNode metric : objects(widgets).stream()
                .map(w -> w.path("metrics"))
                .filter(JsonNode::isArray)
                .flatMap(m -> StreamSupport.stream(m.spliterator(), false))
                .toList()) {
            JsonNode first = metric.path(0);
            String ns = first.isTextual()
                    ? first.asText()
                    : first.path("expression").asText().replaceFirst("^SEARCH\\('\\{([^,]+),.*", "$1");
            // "..." repeats the previous row's namespace, metric and dimensions.
            if (!ns.isEmpty() && !ns.startsWith("AWS/") && !ns.equals("...") && !ns.contains(" ")) {
                shown++;
                assertEquals(namespace, ns, metric.toString());
            }
        }
        assertTrue(shown >= 8, "leads, buyers, grades, errors by status, PSI, realized: " + shown);
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
        assertEquals(
                "com.leadscoring.api.ScoreHandler::handleRequest",
                p.get("Handler").asText());
        assertEquals("PublishedVersions", p.at("/SnapStart/ApplyOn").asText());
        assertFalse(p.path("AutoPublishAlias").asText().isBlank());
        assertTrue(p.at("/Environment/Variables").has("MODEL_URI"));
        assertTrue(p.at("/Environment/Variables").has("MODEL_VERSION"));
    }

    @Test
    void functionMayOnlyReadTheModelPrefix() {
        String policies =
                resource("AWS::Serverless::Function").at("/Properties/Policies").toString();
        assertFalse(policies.contains("S3ReadPolicy"), "no bucket-wide SAM policy");
        assertFalse(policies.contains("\"s3:*\""));
        assertFalse(policies.matches(".*\"Resource\":\"\\*\".*"));
        assertTrue(policies.contains("s3:GetObject"));
        assertTrue(policies.contains("${ModelPrefix}/*"), policies);
    }

    static final JsonNode OPENAPI = read("openapi.yaml");
    static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch");

    /** Every operation of the description, as "method path" (x-amazon-apigateway-any-method as "any path"). */
    static Map<String, JsonNode> operations() {
        Map<String, JsonNode> ops = new LinkedHashMap<>();
        OPENAPI.get("paths")
                .fields()
                .forEachRemaining(p -> p.getValue().fields().forEachRemaining(m -> {
                    if (HTTP_METHODS.contains(m.getKey())) {
                        ops.put(m.getKey() + " " + p.getKey(), m.getValue());
                    } else if (m.getKey().equals("x-amazon-apigateway-any-method")) {
                        ops.put("any " + p.getKey(), m.getValue());
                    }
                }));
        return ops;
    }

    /**
     * API keys, usage plan and key are on the description and in the template since issue 24 (SAM's Auth cannot edit an
     * included definition).
     */
    @Test
    void apiRequiresKeysWithAUsagePlan() {
        JsonNode scheme = OPENAPI.at("/components/securitySchemes/ApiKey");
        assertEquals("apiKey", scheme.path("type").asText());
        assertEquals("header", scheme.path("in").asText());
        assertEquals("x-api-key", scheme.path("name").asText());
        assertEquals(
                "HEADER", OPENAPI.path("x-amazon-apigateway-api-key-source").asText());
        assertEquals("ApiKey", OPENAPI.at("/security/0").fieldNames().next());
        // Only the health check, the preflights and the public form route may drop the key.
        Set<String> keyless = new TreeSet<>();
        operations().forEach((op, o) -> {
            if (o.has("security") && o.get("security").isEmpty()) {
                keyless.add(op);
            }
        });
        assertEquals(
                new TreeSet<>(List.of(
                        "get /v1/health",
                        "post /v1/form/score",
                        "options /v1/score",
                        "options /v1/form/score",
                        "options /v1/model",
                        "options /v1/health")),
                keyless);
        JsonNode plan = named("ScoringApiUsagePlan");
        assertEquals("AWS::ApiGateway::UsagePlan", plan.path("Type").asText());
        assertEquals("ScoringApi", plan.at("/Properties/ApiStages/0/ApiId/Ref").asText());
        assertFalse(plan.at("/Properties/Throttle").isMissingNode());
        assertEquals(
                "AWS::ApiGateway::ApiKey",
                named("ScoringApiApiKey").path("Type").asText());
        JsonNode planKey = named("ScoringApiUsagePlanKey").get("Properties");
        assertEquals("ScoringApiApiKey", planKey.at("/KeyId/Ref").asText());
        assertEquals("ScoringApiUsagePlan", planKey.at("/UsagePlanId/Ref").asText());
    }

    @Test
    void theGatewayIsBuiltFromTheDescriptionWithNoSecondCopyOfASchema() {
        JsonNode api = resource("AWS::Serverless::Api").get("Properties");
        JsonNode include = api.at("/DefinitionBody/Fn::Transform");
        assertEquals("AWS::Include", include.path("Name").asText());
        // The gateway's draft-4 form of openapi.yaml, written by the build (GatewayContractTest: only nullable
        // schemas differ); the checks of the description below read openapi.yaml itself.
        assertEquals(
                "../function/target/gateway/openapi.yaml",
                include.at("/Parameters/Location").asText());
        assertTrue(Files.exists(Path.of("..", "infra")
                .resolve(include.at("/Parameters/Location").asText())));
        assertTrue(
                api.path("Models").isMissingNode()
                        && api.path("Auth").isMissingNode()
                        && api.path("Cors").isMissingNode()
                        && api.path("GatewayResponses").isMissingNode()
                        && api.path("DefinitionUri").isMissingNode(),
                api.toString());
        assertFalse(TEMPLATE.toString().contains("json-schema.org"), "no JSON schema in the template");
        // Routes come from the description only: no SAM Api events that would add methods of their own.
        for (JsonNode r : TEMPLATE.get("Resources")) {
            assertFalse(r.at("/Properties/Events").toString().contains("\"Type\":\"Api\""), r.toString());
        }
        operations().forEach((op, o) -> {
            JsonNode integration = o.path("x-amazon-apigateway-integration");
            assertFalse(integration.isMissingNode(), op + " has no integration");
            if (op.startsWith("options ")) {
                assertEquals("mock", integration.path("type").asText(), op);
            } else if (!op.equals("post /v1/form/score")) {
                assertEquals("aws_proxy", integration.path("type").asText(), op);
                assertTrue(integration.toString().contains("${ScoreFunction.Arn}:live"), op);
            }
        });
        assertEquals(
                "ScoreFunction.Alias",
                named("ScoreFunctionApiPermission")
                        .at("/Properties/FunctionName/Ref")
                        .asText());
        // Both routes take the description's ScoreRequest. The keyless form route is validated by the gateway with it
        // (junk never reaches the function); the keyed route is validated by the function against the same schema
        // (OpenApiContractTest), because its answers name every bad field with a pointer and the gateway's cannot.
        JsonNode validators = OPENAPI.path("x-amazon-apigateway-request-validators");
        String formValidator = operations()
                .get("post /v1/form/score")
                .path("x-amazon-apigateway-request-validator")
                .asText();
        assertTrue(validators.path(formValidator).path("validateRequestBody").asBoolean());
        assertTrue(
                operations()
                        .get("post /v1/score")
                        .path("x-amazon-apigateway-request-validator")
                        .isMissingNode(),
                "server-side callers keep the function's per-field problem answers");
        for (String op : List.of("post /v1/score", "post /v1/form/score")) {
            assertEquals(
                    "#/components/schemas/ScoreRequest",
                    operations()
                            .get(op)
                            .at("/requestBody/content/application~1json/schema/$ref")
                            .asText(),
                    op);
        }
        JsonNode gatewayResponses = OPENAPI.path("x-amazon-apigateway-gateway-responses");
        for (String type : List.of(
                "BAD_REQUEST_BODY", "INVALID_API_KEY", "MISSING_AUTHENTICATION_TOKEN", "THROTTLED", "QUOTA_EXCEEDED")) {
            assertTrue(gatewayResponses.path(type).toString().contains("application/problem+json"), type);
        }
    }

    @Test
    void corsIsOffByDefaultAndThePublicFormRouteSitsBehindWaf() {
        JsonNode params = TEMPLATE.get("Parameters");
        assertEquals("", params.at("/CorsAllowedOrigins/Default").asText());
        assertEquals("false", params.at("/EnablePublicForm/Default").asText());
        assertTrue(resource("AWS::Serverless::Function")
                .at("/Properties/Environment/Variables/CORS_ALLOWED_ORIGINS")
                .toString()
                .contains("CorsAllowedOrigins"));
        // The preflight echoes only an origin of the list; the gateway's own answers get CORS headers only with a list.
        String preflight = operations().get("options /v1/score").toString();
        assertTrue(
                preflight.contains("CorsAllowedOrigins")
                        && preflight.contains("responseOverride.header.Access-Control-Allow-Origin"),
                preflight);
        assertTrue(
                OPENAPI.path("x-amazon-apigateway-gateway-responses").toString().contains("HasCorsOrigins"));
        // Off: the keyless route is a mock 404; on: the function, with a web ACL on the stage.
        JsonNode formIntegration =
                operations().get("post /v1/form/score").at("/x-amazon-apigateway-integration/Fn::If");
        assertEquals("PublicFormEnabled", formIntegration.get(0).asText());
        assertEquals("aws_proxy", formIntegration.get(1).path("type").asText());
        assertEquals("mock", formIntegration.get(2).path("type").asText());
        JsonNode acl = named("PublicFormWebAcl");
        assertEquals("PublicFormEnabled", acl.path("Condition").asText());
        assertTrue(
                acl.toString().contains("RateBasedStatement") && acl.toString().contains("SizeConstraintStatement"));
        assertEquals(
                "PublicFormEnabled",
                named("PublicFormWebAclAssociation").path("Condition").asText());
    }

    @Test
    void bucketIsPrivateVersionedEncryptedAndTlsOnly() {
        JsonNode bucket = resource("AWS::S3::Bucket").get("Properties");
        JsonNode block = bucket.get("PublicAccessBlockConfiguration");
        for (String k :
                new String[] {"BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets"}) {
            assertTrue(block.get(k).asBoolean(), k);
        }
        assertEquals("Enabled", bucket.at("/VersioningConfiguration/Status").asText());
        assertFalse(bucket.path("BucketEncryption").isMissingNode());
        String policy = resource("AWS::S3::BucketPolicy").toString();
        assertTrue(policy.contains("aws:SecureTransport") && policy.contains("Deny"), policy);
    }

    @Test
    void openApiDescribesTheThreeRoutesAndProblems() {
        JsonNode api = OPENAPI;
        assertTrue(api.path("openapi").asText().startsWith("3."));
        for (String path : new String[] {"/v1/score", "/v1/model", "/v1/health"}) {
            assertFalse(api.at("/paths").path(path).isMissingNode(), path);
        }
        assertTrue(api.toString().contains("application/problem+json"));
    }

    // ---- Issue 14: bulk rescoring, canary rollout, scheduled retraining ----------------------------------------

    static JsonNode named(String logicalId) {
        JsonNode r = TEMPLATE.at("/Resources").path(logicalId);
        assertFalse(r.isMissingNode(), "no resource " + logicalId);
        return r;
    }

    /** Every object under {@code node} (depth first), e.g. every state of a definition, every policy statement. */
    static List<JsonNode> objects(JsonNode node) {
        List<JsonNode> out = new ArrayList<>();
        if (node.isObject()) {
            out.add(node);
        }
        node.forEach(child -> out.addAll(objects(child)));
        return out;
    }

    static List<JsonNode> statements(JsonNode resource) {
        return objects(resource.at("/Properties/Policies")).stream()
                .filter(o -> o.has("Effect") && o.has("Action"))
                .toList();
    }

    static String actions(JsonNode statement) {
        return statement.get("Action").toString();
    }

    static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A state machine's definition: its own file (DefinitionUri, relative to the template), as Step Functions reads it.
     */
    static JsonNode definition(String logicalId) {
        String uri = named(logicalId).at("/Properties/DefinitionUri").asText();
        try {
            return JSON.readTree(Path.of("..", "infra", uri).toFile());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a {@code ${Name}} of a definition stands for: its DefinitionSubstitutions entry. */
    static JsonNode substitution(String logicalId, String placeholder) {
        assertTrue(placeholder.startsWith("${") && placeholder.endsWith("}"), placeholder);
        JsonNode value = named(logicalId)
                .at("/Properties/DefinitionSubstitutions")
                .path(placeholder.substring(2, placeholder.length() - 1));
        assertFalse(value.isMissingNode(), "no substitution for " + placeholder);
        return value;
    }

    static JsonNode mapState() {
        return objects(definition("RescoreStateMachine")).stream()
                .filter(o -> "Map".equals(o.path("Type").asText()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void rescoringIsADistributedMapWithReaderBatcherAndWriter() {
        assertEquals(
                "AWS::Serverless::StateMachine",
                named("RescoreStateMachine").path("Type").asText());
        JsonNode map = mapState();
        assertEquals(
                "DISTRIBUTED", map.at("/ItemProcessor/ProcessorConfig/Mode").asText());
        assertEquals(
                "arn:aws:states:::s3:getObject", map.at("/ItemReader/Resource").asText());
        assertEquals("CSV", map.at("/ItemReader/ReaderConfig/InputType").asText());
        assertEquals(
                "FIRST_ROW",
                map.at("/ItemReader/ReaderConfig/CSVHeaderLocation").asText());
        // The batch size is the run's: 1,000 leads, or fewer when the run asks for reasons.
        assertEquals(
                "$.maxItemsPerBatch",
                map.at("/ItemBatcher/MaxItemsPerBatchPath").asText());
        JsonNode states = definition("RescoreStateMachine").get("States");
        for (String run : new String[] {"PlainRun", "ExplainedRun"}) {
            int items = states.at("/" + run + "/Result/maxItemsPerBatch").asInt();
            assertTrue(items > 0 && items <= 1000, "up to 1,000 leads per batch: " + items);
        }
        int bytes = map.at("/ItemBatcher/MaxInputBytesPerBatch").asInt();
        assertTrue(bytes > 0 && bytes <= 256 * 1024, "within the 256 KiB batch input: " + bytes);
        assertEquals(
                "arn:aws:states:::s3:putObject",
                map.at("/ResultWriter/Resource").asText());
        assertTrue(map.at("/ResultWriter/Parameters").has("Prefix.$"), "results under the output prefix");
        // Concurrency and tolerated failures: from the stack's parameters, through the Configure state.
        String configure =
                definition("RescoreStateMachine").at("/States/Configure").toString();
        assertEquals("$.maxConcurrency", map.path("MaxConcurrencyPath").asText());
        assertTrue(configure.contains("${RescoreMaxConcurrency}"), configure);
        assertEquals(
                "$.toleratedFailurePercentage",
                map.path("ToleratedFailurePercentagePath").asText());
        assertTrue(configure.contains("${RescoreToleratedFailurePercentage}"), configure);
        assertEquals(
                "RescoreMaxConcurrency",
                substitution("RescoreStateMachine", "${RescoreMaxConcurrency}")
                        .at("/Ref")
                        .asText());
        assertEquals(
                "RescoreToleratedFailurePercentage",
                substitution("RescoreStateMachine", "${RescoreToleratedFailurePercentage}")
                        .at("/Ref")
                        .asText());
        assertTrue(TEMPLATE.at("/Parameters/RescoreMaxConcurrency/MaxValue").isNumber(), "bounded concurrency");
        assertTrue(
                TEMPLATE.at("/Parameters/RescoreToleratedFailurePercentage/Default")
                                .asInt()
                        > 0,
                "one failing batch does not stop the run");
    }

    @Test
    void batchesGoToTheBatchFunctionAliasAndOnlyFaultsAreRetried() {
        JsonNode task = objects(mapState().path("ItemProcessor")).stream()
                .filter(o -> "Task".equals(o.path("Type").asText()))
                .findFirst()
                .orElseThrow();
        assertEquals("arn:aws:states:::lambda:invoke", task.path("Resource").asText());
        assertEquals(
                "BatchScoreFunctionAliaslive",
                substitution(
                                "RescoreStateMachine",
                                task.at("/Parameters/FunctionName").asText())
                        .at("/Ref")
                        .asText(),
                "the SnapStart alias");
        assertEquals("$", task.at("/Parameters/Payload.$").asText(), "the batch exactly as Distributed Map builds it");
        JsonNode retry = task.path("Retry");
        assertEquals(
                "com.leadscoring.batch.MalformedBatchException",
                retry.at("/0/ErrorEquals/0").asText());
        assertEquals(0, retry.at("/0/MaxAttempts").asInt());
        assertEquals("States.ALL", retry.at("/1/ErrorEquals/0").asText());
        assertTrue(retry.at("/1/MaxAttempts").asInt() >= 2);
    }

    @Test
    void stateMachineReadsOnlyTheInputPrefixAndWritesOnlyTheOutputPrefix() {
        List<JsonNode> statements = statements(named("RescoreStateMachine"));
        assertFalse(statements.isEmpty());
        for (JsonNode st : statements) {
            String resource = st.get("Resource").toString();
            String actions = actions(st);
            assertFalse(resource.equals("\"*\""), "no wildcard resource: " + st);
            assertFalse(
                    actions.contains("s3:*")
                            || actions.contains("s3:ListBucket")
                            || actions.contains("s3:DeleteObject"),
                    st.toString());
            if (actions.contains("s3:")) {
                if (resource.contains("${RescoreInputPrefix}/*")) {
                    assertEquals("\"s3:GetObject\"", actions, "read only, on the input prefix");
                } else {
                    assertTrue(
                            resource.contains("${RescoreOutputPrefix}/*"), "S3 access outside the two prefixes: " + st);
                }
            }
            if (actions.contains("lambda:")) {
                // The batch function's alias, the CSV step and the drift check that end every run; nothing else.
                assertTrue(
                        "BatchScoreFunctionAliaslive"
                                        .equals(st.at("/Resource/Ref").asText())
                                || "[\"DriftFunction\",\"Arn\"]"
                                        .equals(st.at("/Resource/Fn::GetAtt").toString())
                                || "[\"RescoreCsvFunction\",\"Arn\"]"
                                        .equals(st.at("/Resource/Fn::GetAtt").toString()),
                        st.toString());
            }
        }
        assertTrue(
                statements.stream().anyMatch(st -> actions(st).contains("states:StartExecution")), "child workflows");
    }

    @Test
    void batchFunctionSharesTheJarModelLoadingAndSnapStartAndReadsOnlyTheModelPrefix() {
        JsonNode api = named("ScoreFunction");
        JsonNode batch = named("BatchScoreFunction");
        JsonNode p = batch.get("Properties");
        assertEquals(
                "com.leadscoring.batch.BatchScoreHandler::handleRequest",
                p.get("Handler").asText());
        assertEquals("java21", p.get("Runtime").asText());
        assertEquals("PublishedVersions", p.at("/SnapStart/ApplyOn").asText());
        assertEquals("live", p.path("AutoPublishAlias").asText());
        assertEquals(api.at("/Properties/CodeUri"), p.get("CodeUri"), "same function.jar");
        assertEquals(api.at("/Metadata/BuildMethod"), batch.at("/Metadata/BuildMethod"));
        assertEquals(api.at("/Properties/Environment/Variables/MODEL_URI"), p.at("/Environment/Variables/MODEL_URI"));
        assertEquals(
                api.at("/Properties/Environment/Variables/MODEL_VERSION"),
                p.at("/Environment/Variables/MODEL_VERSION"));
        List<JsonNode> statements = statements(batch);
        assertEquals(1, statements.size(), statements.toString());
        assertEquals("[\"s3:GetObject\"]", actions(statements.get(0)));
        assertTrue(statements.get(0).get("Resource").toString().contains("${ModelPrefix}/*"));
    }

    @Test
    void everyHandlerNamedInTheTemplateIsALambdaHandlerInFunctionJar() throws Exception {
        for (JsonNode r : TEMPLATE.get("Resources")) {
            if ("AWS::Serverless::Function".equals(r.path("Type").asText())) {
                String handler = r.at("/Properties/Handler").asText();
                Class<?> type = Class.forName(handler.substring(0, handler.indexOf("::")));
                assertTrue(
                        RequestHandler.class.isAssignableFrom(type)
                                || RequestStreamHandler.class.isAssignableFrom(type),
                        handler);
            }
        }
    }

    @Test
    void newVersionsGoLiveThroughACanaryWithAlarmsAndAPreTrafficHook() {
        JsonNode pref = named("ScoreFunction").at("/Properties/DeploymentPreference");
        assertEquals("DeploymentType", pref.at("/Type/Ref").asText());
        assertTrue(TEMPLATE.at("/Parameters/DeploymentType/Default").asText().startsWith("Canary"));
        List<String> metrics = new ArrayList<>();
        for (JsonNode alarm : pref.get("Alarms")) {
            JsonNode a = named(alarm.get("Ref").asText());
            assertEquals("AWS::CloudWatch::Alarm", a.get("Type").asText());
            JsonNode p = a.get("Properties");
            metrics.add(p.get("Namespace").asText() + "/" + p.get("MetricName").asText()
                    + p.path("ExtendedStatistic").asText(""));
            if ("AWS/Lambda".equals(p.get("Namespace").asText())) {
                String dims = p.get("Dimensions").toString();
                assertTrue(
                        dims.contains("${ScoreFunction}:live") && dims.contains("ExecutedVersion"),
                        "on the alias: " + dims);
            }
        }
        assertEquals(List.of("AWS/Lambda/Errors", "AWS/Lambda/Durationp99", "AWS/ApiGateway/5XXError"), metrics);
        JsonNode hook = named(pref.at("/Hooks/PreTraffic/Ref").asText()).get("Properties");
        assertEquals(
                "com.leadscoring.deploy.PreTrafficHook::handleRequest",
                hook.get("Handler").asText());
        assertTrue(
                hook.get("FunctionName").toString().contains("CodeDeployHook_"),
                "SAM's CodeDeploy role invokes CodeDeployHook_*");
        assertEquals(
                "ScoreFunction.Version",
                hook.at("/Environment/Variables/TARGET_FUNCTION/Ref").asText());
        assertEquals(
                "ModelVersion",
                hook.at("/Environment/Variables/EXPECTED_MODEL_VERSION/Ref").asText());
        for (JsonNode st : statements(named("PreTrafficHookFunction"))) {
            String actions = actions(st);
            if (actions.contains("lambda:InvokeFunction")) {
                assertEquals("ScoreFunction.Version", st.at("/Resource/Ref").asText(), "only the version under test");
            } else {
                assertEquals("\"codedeploy:PutLifecycleEventHookExecutionStatus\"", actions);
            }
        }
    }

    /** Whether condition {@code name} can only hold when {@code required} holds (it is, or And-contains, it). */
    static boolean implies(String name, String required) {
        if (name.equals(required)) {
            return true;
        }
        JsonNode c = TEMPLATE.at("/Conditions").path(name);
        if (c.has("Fn::And")) {
            for (JsonNode part : c.get("Fn::And")) {
                if (part.has("Condition") && implies(part.get("Condition").asText(), required)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void retrainingExistsOnlyWhenEnabledAndIsScoped() {
        assertEquals(
                "false",
                TEMPLATE.at("/Parameters/EnableScheduledRetraining/Default").asText());
        assertEquals(
                "[{\"Ref\":\"EnableScheduledRetraining\"},\"true\"]",
                TEMPLATE.at("/Conditions/RetrainingEnabled/Fn::Equals").toString());
        int conditional = 0;
        for (var it = TEMPLATE.get("Resources").fields(); it.hasNext(); ) {
            var e = it.next();
            String type = e.getValue().path("Type").asText();
            if (type.startsWith("AWS::ECS::")
                    || type.startsWith("AWS::Scheduler::")
                    || e.getKey().startsWith("Trainer")
                    || e.getKey().startsWith("Retraining")) {
                assertTrue(
                        implies(e.getValue().path("Condition").asText(), "RetrainingEnabled"),
                        e.getKey() + " must be optional");
                conditional++;
            }
        }
        assertEquals(
                10,
                conditional,
                "log group, cluster, two task roles, task definition, scheduler role, schedule, and"
                        + " (issue 26) the failed-task rule, its topic policy and its alarm");
        JsonNode schedule = named("RetrainingSchedule").get("Properties");
        assertEquals(
                "RetrainingScheduleExpression",
                schedule.at("/ScheduleExpression/Ref").asText());
        assertEquals("FARGATE", schedule.at("/Target/EcsParameters/LaunchType").asText());
        JsonNode task = named("TrainerTaskDefinition").get("Properties");
        assertEquals(
                "TrainerImageUri", task.at("/ContainerDefinitions/0/Image/Ref").asText());
        String command = task.at("/ContainerDefinitions/0/Command").toString();
        for (String arg : new String[] {"\"train\"", "\"--data\"", "\"--store\"", "\"--promote\",\"auto\""}) {
            assertTrue(command.contains(arg), arg + " in " + command);
        }
        assertEquals(
                "awslogs",
                task.at("/ContainerDefinitions/0/LogConfiguration/LogDriver").asText());
        assertEquals(
                "LogRetentionDays",
                named("TrainerLogGroup").at("/Properties/RetentionInDays/Ref").asText());
        // The task role: the one data object, the model prefix, and (issue 31, CapturedDataTemplateTest) the captures,
        // the one outcomes object and the captured training set; nothing else.
        for (JsonNode st : objects(named("TrainerTaskRole").at("/Properties/Policies"))) {
            if (!st.has("Effect")) {
                continue;
            }
            String resource = st.get("Resource").toString();
            assertTrue(
                    resource.contains("${TrainingDataKey}")
                            || resource.contains("${ModelPrefix}/*")
                            || resource.contains("/captures/*")
                            || resource.contains("/datasets/retraining/*")
                            || actions(st).equals("\"s3:ListBucket\"")
                                    && st.toString().contains("s3:prefix"),
                    st.toString());
            assertFalse(actions(st).contains("*"), st.toString());
        }
    }

    // ---- Issue 26: alerts, dashboard, tracing, drift that runs itself, state machine logging, concurrency ----------

    static List<JsonNode> resources(String type) {
        List<JsonNode> out = new ArrayList<>();
        TEMPLATE.get("Resources").forEach(r -> {
            if (type.equals(r.path("Type").asText())) {
                out.add(r);
            }
        });
        return out;
    }

    /**
     * The alarm watching {@code namespace/metric} with a dimension referring to {@code dimensionRef} (a Ref or
     * literal).
     */
    static JsonNode alarmOn(String namespace, String metric, String dimensionRef) {
        for (JsonNode a : resources("AWS::CloudWatch::Alarm")) {
            JsonNode p = a.get("Properties");
            boolean simple = namespace.equals(p.path("Namespace").asText())
                    && metric.equals(p.path("MetricName").asText())
                    && p.path("Dimensions").toString().contains(dimensionRef)
                    && !p.path("Dimensions").toString().contains("ExecutedVersion");
            boolean math = objects(p.path("Metrics")).stream()
                    .anyMatch(o -> namespace.equals(o.path("Namespace").asText())
                            && metric.equals(o.path("MetricName").asText())
                            && o.path("Dimensions").toString().contains(dimensionRef));
            if (simple || math) {
                return a;
            }
        }
        throw new AssertionError("no alarm on " + namespace + "/" + metric + " of " + dimensionRef);
    }

    static String parameterOfThreshold(JsonNode alarm) {
        return alarm.at("/Properties/Threshold/Ref").asText();
    }

    @Test
    void everyAlarmNotifiesOneTopicOnAlarmAndOkWithAnOptionalEmailSubscription() {
        List<JsonNode> alarms = resources("AWS::CloudWatch::Alarm");
        assertTrue(alarms.size() >= 13, "alarms: " + alarms.size());
        for (JsonNode a : alarms) {
            JsonNode p = a.get("Properties");
            assertEquals(
                    "[{\"Ref\":\"AlarmTopic\"}]",
                    p.path("AlarmActions").toString(),
                    p.path("AlarmDescription").asText());
            assertEquals(
                    "[{\"Ref\":\"AlarmTopic\"}]",
                    p.path("OKActions").toString(),
                    p.path("AlarmDescription").asText());
        }
        assertEquals("AWS::SNS::Topic", named("AlarmTopic").path("Type").asText());
        JsonNode email = named("AlarmEmailSubscription");
        assertEquals("HasAlarmEmail", email.path("Condition").asText());
        assertEquals("email", email.at("/Properties/Protocol").asText());
        assertEquals("AlarmEmail", email.at("/Properties/Endpoint/Ref").asText());
        assertEquals("", TEMPLATE.at("/Parameters/AlarmEmail/Default").asText(), "nobody subscribed unless asked");
    }

    @Test
    void theIssuesAlarmsExistWithThresholdsFromParametersExplainedInTheReadme() throws Exception {
        assertEquals("Api5xxRateThreshold", parameterOfThreshold(alarmOn("AWS/ApiGateway", "5XXError", "StageName")));
        JsonNode latency = alarmOn("AWS/ApiGateway", "Latency", "StageName");
        assertEquals("p99", latency.at("/Properties/ExtendedStatistic").asText());
        assertEquals("ApiP99LatencyThresholdMs", parameterOfThreshold(latency));
        assertEquals(
                "ScoreErrorsThreshold",
                parameterOfThreshold(alarmOn("AWS/Lambda", "Errors", "{\"Ref\":\"ScoreFunction\"}")));
        assertEquals(
                "BatchErrorsThreshold",
                parameterOfThreshold(alarmOn("AWS/Lambda", "Errors", "{\"Ref\":\"BatchScoreFunction\"}")));
        assertEquals(
                "ThrottlesThreshold",
                parameterOfThreshold(alarmOn("AWS/Lambda", "Throttles", "{\"Ref\":\"ScoreFunction\"}")));
        assertEquals(
                "ThrottlesThreshold",
                parameterOfThreshold(alarmOn("AWS/Lambda", "Throttles", "{\"Ref\":\"BatchScoreFunction\"}")));
        // Rescoring: failed and timed-out executions of the state machine, summed.
        JsonNode runs = alarmOn("AWS/States", "ExecutionsFailed", "RescoreStateMachine");
        assertEquals(runs, alarmOn("AWS/States", "ExecutionsTimedOut", "RescoreStateMachine"));
        assertTrue(runs.at("/Properties/Metrics").toString().contains("failed + timedOut"));
        // Retraining: the trainer task stopping with a non-zero exit code (or not starting) on the trainer's cluster.
        JsonNode rule = named("RetrainingFailedRule").at("/Properties/EventPattern");
        assertEquals("[\"ECS Task State Change\"]", rule.path("detail-type").toString());
        assertEquals(
                "[{\"Fn::GetAtt\":[\"TrainerCluster\",\"Arn\"]}]",
                rule.at("/detail/clusterArn").toString());
        assertEquals("[\"STOPPED\"]", rule.at("/detail/lastStatus").toString());
        assertTrue(rule.at("/detail/$or").toString().contains("{\"anything-but\":0}"), rule.toString());
        assertEquals(
                "RetrainingFailedRule",
                alarmOn("AWS/Events", "TriggeredRules", "RetrainingFailedRule")
                        .at("/Properties/Dimensions/0/Value/Ref")
                        .asText());
        // The rule may publish to the topic; the policy that allows it replaces the default one, so it must keep
        // the alarms' own permission.
        String topicPolicy = named("RetrainingAlertsTopicPolicy")
                .at("/Properties/PolicyDocument")
                .toString();
        assertTrue(
                topicPolicy.contains("events.amazonaws.com") && topicPolicy.contains("RetrainingFailedRule"),
                topicPolicy);
        assertTrue(topicPolicy.contains("cloudwatch.amazonaws.com"), topicPolicy);
        // Grade-A share: A over all scored leads per hour, judged in busy hours only, outside a band of parameters.
        JsonNode grade = alarmOn("LeadScoring", "GradeA", "lead-scoring");
        assertEquals(grade, alarmOn("LeadScoring", "LeadsScored", "lead-scoring"));
        String expression = grade.at("/Properties/Metrics").toString();
        for (String param :
                new String[] {"${GradeAMinLeadsPerHour}", "${GradeAShareMinPercent}", "${GradeAShareMaxPercent}"}) {
            assertTrue(expression.contains(param), param + " in " + expression);
        }
        // The service dimension is the API function's own.
        assertEquals(
                named("ScoreFunction")
                        .at("/Properties/Environment/Variables/POWERTOOLS_SERVICE_NAME")
                        .asText(),
                objects(grade.at("/Properties/Metrics")).stream()
                        .filter(o -> "Service".equals(o.path("Name").asText()))
                        .findFirst()
                        .orElseThrow()
                        .get("Value")
                        .asText());
        // Drift: the largest PSI of a run, at or above the parameter (0.25, the "shifted" band of the drift rules).
        JsonNode drift = alarmOn("LeadScoring", "MaxPSI", "lead-scoring-drift");
        assertEquals("DriftPsiThreshold", parameterOfThreshold(drift));
        assertEquals(
                "GreaterThanOrEqualToThreshold",
                drift.at("/Properties/ComparisonOperator").asText());
        assertEquals(
                Psi.SHIFTED,
                TEMPLATE.at("/Parameters/DriftPsiThreshold/Default").asDouble());
        assertEquals(
                named("DriftFunction")
                        .at("/Properties/Environment/Variables/POWERTOOLS_SERVICE_NAME")
                        .asText(),
                drift.at("/Properties/Dimensions/0/Value").asText(),
                "the drift handler's EMF Service dimension");
        assertEquals(MetricsNamespace.DEFAULT, drift.at("/Properties/Namespace").asText());
        // Each threshold parameter's reasoning is written down.
        String readme = Files.readString(Path.of("..", "infra", "README.md"));
        for (String param : new String[] {
            "AlarmEmail",
            "Api5xxRateThreshold",
            "ApiP99LatencyThresholdMs",
            "ScoreErrorsThreshold",
            "BatchErrorsThreshold",
            "ThrottlesThreshold",
            "GradeAShareMinPercent",
            "GradeAShareMaxPercent",
            "GradeAMinLeadsPerHour",
            "DriftPsiThreshold",
            "BatchReservedConcurrency"
        }) {
            assertFalse(TEMPLATE.at("/Parameters").path(param).isMissingNode(), param);
            assertTrue(readme.contains("`" + param + "`"), param + " explained in infra/README.md");
        }
    }

    @Test
    void theDashboardShowsTrafficLatencyErrorsGradesRunsDriftAndTheModelInService() throws Exception {
        JsonNode dashboard = named("OperationsDashboard");
        assertEquals("AWS::CloudWatch::Dashboard", dashboard.path("Type").asText());
        String body = dashboard.at("/Properties/DashboardBody/Fn::Sub").asText();
        JsonNode widgets = JSON.readTree(body.replaceAll("\\$\\{[^}]+}", "1")).get("widgets");
        String all = widgets.toString();
        Predicate<String> shows = needle -> all.contains(needle);
        assertTrue(shows.test("\"AWS/ApiGateway\",\"Count\""), "requests");
        assertTrue(
                shows.test("\"AWS/ApiGateway\",\"Latency\"")
                        && shows.test("\"stat\":\"p50\"")
                        && shows.test("\"stat\":\"p99\""),
                "latency p50/p99");
        assertTrue(
                shows.test("4XXError") && shows.test("5XXError") && shows.test("{LeadScoring,Service,status}"),
                "errors by status");
        assertTrue(shows.test("\"LeadScoring\",\"LeadsScored\""), "leads scored");
        for (String g : new String[] {"GradeA", "GradeB", "GradeC", "GradeD"}) {
            assertTrue(shows.test("\"LeadScoring\",\"" + g + "\""), "grade mix: " + g);
        }
        assertTrue(shows.test("ExecutionsStarted") && shows.test("ExecutionsFailed"), "rescoring runs and failures");
        assertTrue(
                shows.test("{LeadScoring,Service,field}") && shows.test("MetricName=\\\"PSI\\\""), "drift per field");
        JsonNode log = StreamSupport.stream(widgets.spliterator(), false)
                .filter(w -> "log".equals(w.path("type").asText()))
                .findFirst()
                .orElseThrow();
        assertTrue(log.at("/properties/query").asText().contains("modelVersion"), "model version in service");
        // The log widget reads the API function's log group, whose lines carry modelVersion (ScoreHandler).
        assertTrue(body.contains("SOURCE '/aws/lambda/${AWS::StackName}-score'"));
        assertEquals(
                "/aws/lambda/${AWS::StackName}-score",
                named("ScoreFunctionLogGroup")
                        .at("/Properties/LogGroupName/Fn::Sub")
                        .asText());
    }

    @Test
    void apiAndBatchHandlersAreTracedAndTheApiStageToo() {
        assertEquals("Active", named("ScoreFunction").at("/Properties/Tracing").asText());
        assertEquals(
                "Active", named("BatchScoreFunction").at("/Properties/Tracing").asText());
        assertTrue(named("ScoringApi").at("/Properties/TracingEnabled").asBoolean(), "API stage tracing");
    }

    @Test
    void everyRescoringRunEndsWithTheDriftCheckWhichMayOnlyReadItsLeadsAndWriteBesideTheOutput() {
        JsonNode fn = named("DriftFunction").get("Properties");
        assertEquals(
                "com.leadscoring.monitor.DriftHandler::handleRequest",
                fn.get("Handler").asText());
        assertEquals(
                named("ScoreFunction").at("/Properties/Environment/Variables/MODEL_URI"),
                fn.at("/Environment/Variables/MODEL_URI"),
                "the serving model's store");
        assertEquals(
                named("ScoreFunction").at("/Properties/Environment/Variables/MODEL_VERSION"),
                fn.at("/Environment/Variables/MODEL_VERSION"));
        // The handler refuses a report outside the runs' prefix, and judges no run below the minimum of leads.
        assertEquals(
                "RescoreOutputPrefix",
                fn.at("/Environment/Variables/RESCORE_OUTPUT_PREFIX/Ref").asText());
        assertEquals(
                "DriftMinLeads",
                fn.at("/Environment/Variables/DRIFT_MIN_LEADS/Ref").asText());
        assertEquals(
                DriftCheck.DEFAULT_MIN_LEADS,
                TEMPLATE.at("/Parameters/DriftMinLeads/Default").asInt(),
                "the stack's default is the drift check's");
        JsonNode states = definition("RescoreStateMachine").get("States");
        assertEquals("WriteCsv", mapState().path("Next").asText(), "the CSV step follows the map");
        assertEquals("CheckDrift", states.at("/WriteCsv/Next").asText(), "the drift check follows the CSV");
        assertEquals(
                "$.rescore",
                mapState().path("ResultPath").asText(),
                "the run's input survives the map for the drift check");
        JsonNode check = states.get("CheckDrift");
        assertEquals("arn:aws:states:::lambda:invoke", check.path("Resource").asText());
        assertEquals(
                "[\"DriftFunction\",\"Arn\"]",
                substitution(
                                "RescoreStateMachine",
                                check.at("/Parameters/FunctionName").asText())
                        .path("Fn::GetAtt")
                        .toString());
        assertEquals(
                "{\"bucket.$\":\"$.bucket\",\"key.$\":\"$.key\",\"outputPrefix.$\":\"$.outputPrefix\"}",
                check.at("/Parameters/Payload").toString(),
                "the run's own input: DriftHandler's event");
        assertEquals(
                "States.ALL",
                check.at("/Catch/0/ErrorEquals/0").asText(),
                "a failed check does not fail the scored run");
        List<JsonNode> statements = statements(named("DriftFunction"));
        assertEquals(3, statements.size());
        for (JsonNode st : statements) {
            String resource = st.get("Resource").toString();
            String actions = actions(st);
            if (resource.contains("${RescoreOutputPrefix}/*")) {
                assertEquals("\"s3:PutObject\"", actions);
            } else {
                assertEquals("\"s3:GetObject\"", actions);
                assertTrue(
                        resource.contains("${ModelPrefix}/*") || resource.contains("${RescoreInputPrefix}/*"),
                        resource);
            }
        }
    }

    @Test
    void stateMachinesLogToARetainedGroupAndTheirDefinitionsAreFilesForAslValidator() throws Exception {
        List<JsonNode> machines = resources("AWS::Serverless::StateMachine");
        assertFalse(machines.isEmpty());
        for (JsonNode m : machines) {
            JsonNode p = m.get("Properties");
            assertTrue(p.path("Definition").isMissingNode(), "definitions live in files asl-validator reads");
            String uri = p.path("DefinitionUri").asText();
            assertTrue(uri.startsWith("statemachine/") && uri.endsWith(".asl.json"), uri);
            String text = Files.readString(Path.of("..", "infra", uri));
            // Every placeholder is substituted, every substitution used.
            Set<String> used = new TreeSet<>();
            Matcher matcher = Pattern.compile("\\$\\{([A-Za-z0-9]+)}").matcher(text);
            while (matcher.find()) {
                used.add(matcher.group(1));
            }
            Set<String> given = new TreeSet<>();
            p.path("DefinitionSubstitutions").fieldNames().forEachRemaining(given::add);
            assertEquals(given, used);
            JsonNode logging = p.get("Logging");
            assertFalse(logging.path("IncludeExecutionData").asBoolean(true), "no lead data in the logs");
            assertFalse(logging.path("Level").asText("OFF").equals("OFF"));
            String group = logging.at("/Destinations/0/CloudWatchLogsLogGroup/LogGroupArn/Fn::GetAtt/0")
                    .asText();
            assertEquals("AWS::Logs::LogGroup", named(group).path("Type").asText());
            assertEquals(
                    "LogRetentionDays",
                    named(group).at("/Properties/RetentionInDays/Ref").asText());
        }
        // The log delivery actions (no resource-level permissions exist for them) are the only "*" resource, alone.
        JsonNode delivery = named("RescoreStateMachineLogDeliveryPolicy").at("/Properties/PolicyDocument/Statement/0");
        for (JsonNode action : delivery.get("Action")) {
            assertTrue(
                    action.asText().startsWith("logs:")
                            && (action.asText().contains("LogDeliver")
                                    || action.asText().contains("ResourcePolic")
                                    || action.asText().equals("logs:DescribeLogGroups")),
                    action.asText());
        }
        assertTrue(named("RescoreStateMachine")
                .at("/Properties/Policies")
                .toString()
                .contains("{\"Ref\":\"RescoreStateMachineLogDeliveryPolicy\"}"));
        // CI (.ci/run runs the README's scripts/test-all.sh) validates every definition file with the pinned
        // asl-validator.
        assertTrue(Files.readString(Path.of("..", ".ci", "run")).contains("scripts/test-all.sh"));
        String ci = Files.readString(Path.of("..", "scripts", "test-all.sh"));
        assertTrue(ci.contains("ASL_VALIDATOR_VERSION=4.0.0") && ci.contains("infra/statemachine/*.asl.json"), ci);
    }

    @Test
    void everyFunctionBuiltByTheMakefileHasItsTarget() throws Exception {
        String makefile = Files.readString(Path.of("..", "infra", "Makefile"));
        Iterator<Map.Entry<String, JsonNode>> it = TEMPLATE.get("Resources").fields();
        int functions = 0;
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> r = it.next();
            if ("makefile".equals(r.getValue().at("/Metadata/BuildMethod").asText())) {
                assertTrue(
                        makefile.contains("build-" + r.getKey() + " ")
                                || makefile.contains("build-" + r.getKey() + ":"),
                        "sam build runs `make build-" + r.getKey() + "`: infra/Makefile has no such target");
                functions++;
            }
        }
        assertTrue(functions >= 5, "functions built by the Makefile: " + functions);
    }

    @Test
    void aRunEndsWithOneCsvAndExplainedRunsUseBatchesWhoseAnswersFit() {
        JsonNode states = definition("RescoreStateMachine").get("States");
        JsonNode rescore = states.get("Rescore");
        assertEquals(
                "COMPACT",
                rescore.at("/ResultWriter/WriterConfig/Transformation").asText(),
                "one batch answer a line");
        assertEquals(
                "JSONL", rescore.at("/ResultWriter/WriterConfig/OutputType").asText());
        assertEquals("WriteCsv", rescore.get("Next").asText());
        assertEquals(
                "$.maxItemsPerBatch",
                rescore.at("/ItemBatcher/MaxItemsPerBatchPath").asText());
        assertEquals(
                "$.explain",
                rescore.at("/ItemBatcher/BatchInput/explain.$").asText(),
                "the run's choice reaches each batch");
        assertEquals(
                BatchScoreHandler.MAX_EXPLAINED_ITEMS,
                states.at("/ExplainedRun/Result/maxItemsPerBatch").asInt());
        assertEquals(1000, states.at("/PlainRun/Result/maxItemsPerBatch").asInt());
        JsonNode csv = states.get("WriteCsv");
        assertEquals("CheckDrift", csv.get("Next").asText());
        assertEquals(
                "$.rescore.ResultWriterDetails.Key",
                csv.at("/Parameters/Payload/manifestKey.$").asText());
        assertEquals(
                "RescoreCsvFunction",
                substitution(
                                "RescoreStateMachine",
                                csv.at("/Parameters/FunctionName").asText())
                        .at("/Fn::GetAtt/0")
                        .asText());
        JsonNode fn = named("RescoreCsvFunction").get("Properties");
        assertEquals(
                "com.leadscoring.batch.RescoreCsvHandler::handleRequest",
                fn.get("Handler").asText());
        JsonNode statement = fn.at("/Policies/0/Statement/0");
        assertTrue(
                statement.at("/Resource/Fn::Sub/0").asText().contains("${RescoreOutputPrefix}/*"),
                statement.toString());
        assertEquals(
                "RescoreOutputPrefix",
                fn.at("/Environment/Variables/RESCORE_OUTPUT_PREFIX/Ref").asText(),
                "the handler refuses keys outside the prefix its policy allows");
        assertEquals(1, fn.at("/Policies/0/Statement").size(), "reads and writes the run's output, nothing else");
        assertTrue(named("RescoreStateMachine")
                .at("/Properties/Policies")
                .toString()
                .contains("RescoreCsvFunction"));
        assertEquals(
                "RescoreCsvFunction",
                named("RescoreCsvFunctionErrorsAlarm")
                        .at("/Properties/Dimensions/0/Value/Ref")
                        .asText());
    }

    @Test
    void theBatchFunctionHasReservedConcurrencySoRescoringCannotStarveTheApi() {
        JsonNode reserved = named("BatchScoreFunction").at("/Properties/ReservedConcurrentExecutions/Fn::If");
        assertEquals("HasBatchReservedConcurrency", reserved.get(0).asText());
        assertEquals("BatchReservedConcurrency", reserved.at("/1/Ref").asText());
        int reservedDefault =
                TEMPLATE.at("/Parameters/BatchReservedConcurrency/Default").asInt();
        assertTrue(
                reservedDefault > 0
                        && reservedDefault
                                >= TEMPLATE.at("/Parameters/RescoreMaxConcurrency/Default")
                                        .asInt(),
                "a default run is not throttled by its own cap");
        assertTrue(
                named("ScoreFunction")
                        .at("/Properties/ReservedConcurrentExecutions")
                        .isMissingNode(),
                "the API draws on the unreserved pool the cap leaves it");
    }

    @Test
    void theDataBucketIsVersionedSoTrainingDataCanBeRefetchedByVersionId() {
        JsonNode bucket = named("DataBucket").get("Properties");
        assertEquals("Enabled", bucket.at("/VersioningConfiguration/Status").asText());
        assertTrue(bucket.at("/LifecycleConfiguration/Rules").toString().contains("NoncurrentVersionExpiration"));
    }

    @Test
    void theApiAndTheBatchFunctionCaptureAtTheStacksSamplingIntoTheOneDeliveryStream() {
        JsonNode role = named("CaptureSubscriptionRole");
        for (String function : List.of("ScoreFunction", "BatchScoreFunction")) {
            JsonNode f = named(function).get("Properties");
            assertEquals(
                    "CaptureSamplingPercent",
                    f.at("/Environment/Variables/CAPTURE_SAMPLING_PERCENT/Ref").asText(),
                    function + " samples by the stack parameter");
            String logGroup = f.at("/LoggingConfig/LogGroup/Ref").asText();
            List<JsonNode> filters = new ArrayList<>();
            TEMPLATE.get("Resources").forEach(r -> {
                if ("AWS::Logs::SubscriptionFilter".equals(r.path("Type").asText())
                        && logGroup.equals(r.at("/Properties/LogGroupName/Ref").asText())) {
                    filters.add(r.get("Properties"));
                }
            });
            assertEquals(1, filters.size(), function + "'s log group has one subscription filter: " + filters);
            JsonNode filter = filters.get(0);
            assertEquals("{ $.scoreId = * }", filter.get("FilterPattern").asText(), "only capture lines");
            assertEquals(
                    "CaptureDeliveryStream",
                    filter.at("/DestinationArn/Fn::GetAtt/0").asText());
            assertEquals(
                    "CaptureSubscriptionRole",
                    filter.at("/RoleArn/Fn::GetAtt/0").asText());
        }
        assertEquals(
                "logs.amazonaws.com",
                role.at("/Properties/AssumeRolePolicyDocument/Statement/0/Principal/Service")
                        .asText());
        JsonNode put = role.at("/Properties/Policies/0/PolicyDocument/Statement/0");
        assertEquals(
                "[\"firehose:PutRecord\",\"firehose:PutRecordBatch\"]",
                put.get("Action").toString());
        assertEquals("CaptureDeliveryStream", put.at("/Resource/Fn::GetAtt/0").asText(), "that stream only");
    }
}
