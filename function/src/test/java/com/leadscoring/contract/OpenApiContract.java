package com.leadscoring.contract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;

/**
 * infra/openapi.yaml loaded once, and the checks of an answer against it. Every level the validator knows is an error
 * here (its default resolver leaves a few at warning).
 */
final class OpenApiContract {

    static final Path FILE = Path.of("..", "infra", "openapi.yaml");
    static final OpenAPI API = parse();
    static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator.createForSpecificationUrl(
                    FILE.toUri().toString())
            .withLevelResolver(LevelResolver.create()
                    .withDefaultLevel(ValidationReport.Level.ERROR)
                    .build())
            .withBasePathOverride("/")
            .build();
    private static final SchemaValidator SCHEMAS = new SchemaValidator(API, new MessageResolver());

    private OpenApiContract() {}

    private static OpenAPI parse() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        var result = new OpenAPIV3Parser().readLocation(FILE.toString(), null, options);
        assertTrue(
                result.getMessages() == null || result.getMessages().isEmpty(),
                "openapi.yaml: " + result.getMessages());
        assertNotNull(result.getOpenAPI(), "openapi.yaml could not be read");
        return result.getOpenAPI();
    }

    /** The handler's answer as the validator sees it: status, every header, the body. */
    static SimpleResponse response(APIGatewayProxyResponseEvent r) {
        SimpleResponse.Builder b = SimpleResponse.Builder.status(r.getStatusCode());
        if (r.getHeaders() != null) {
            r.getHeaders().forEach((k, v) -> b.withHeader(k, v));
        }
        if (r.getBody() != null && !r.getBody().isEmpty()) {
            b.withBody(r.getBody());
        }
        return b.build();
    }

    /** The request of an API Gateway event, headers and body as sent. */
    static SimpleRequest request(APIGatewayProxyRequestEvent e) {
        SimpleRequest.Builder b = new SimpleRequest.Builder(e.getHttpMethod(), e.getPath());
        if (e.getHeaders() != null) {
            e.getHeaders().forEach((k, v) -> b.withHeader(k, v));
        }
        if (e.getBody() != null && !Boolean.TRUE.equals(e.getIsBase64Encoded())) {
            b.withBody(e.getBody());
        }
        return b.build();
    }

    /**
     * The answer to {@code event} is one the description documents for its operation: a documented status, its content
     * type and a body valid against its schema, and the headers it marks required. An answer for a path the description
     * has no operation for (404) or for a method only the gateway's any-method route takes (405) is checked against the
     * named shared response instead.
     */
    static void assertDocumented(APIGatewayProxyRequestEvent event, APIGatewayProxyResponseEvent answer) {
        String what = event.getHttpMethod() + " " + event.getPath() + " -> " + answer.getStatusCode();
        if (answer.getStatusCode() == 404) {
            assertMatches("NotFound", answer, what);
            return;
        }
        if (answer.getStatusCode() == 405) {
            assertMatches("MethodNotAllowed", answer, what);
            return;
        }
        Request.Method method = Request.Method.valueOf(event.getHttpMethod().toUpperCase(Locale.ROOT));
        ValidationReport report = VALIDATOR.validateResponse(event.getPath(), method, response(answer));
        assertNoErrors(report, what, answer);
    }

    /** {@code answer} matches the description's shared response {@code name}: content type, required headers, body. */
    static void assertMatches(String name, APIGatewayProxyResponseEvent answer, String what) {
        ApiResponse documented = API.getComponents().getResponses().get(name);
        assertNotNull(documented, "no components/responses/" + name);
        String contentType = answer.getHeaders().get("Content-Type");
        MediaType media = documented.getContent().get(contentType);
        assertNotNull(
                media,
                what + ": content type " + contentType + " is not one of "
                        + documented.getContent().keySet());
        if (documented.getHeaders() != null) {
            documented.getHeaders().forEach((header, h) -> {
                if (Boolean.TRUE.equals(h.getRequired())) {
                    assertTrue(
                            answer.getHeaders().containsKey(header),
                            what + ": required header " + header + " is missing");
                }
            });
        }
        assertNoErrors(SCHEMAS.validate(answer.getBody(), media.getSchema(), "response.body"), what, answer);
    }

    /** {@code json} is valid against components/schemas/{@code schema}. */
    static void assertValid(String schema, String json, String what) {
        var s = API.getComponents().getSchemas().get(schema);
        assertNotNull(s, "no components/schemas/" + schema);
        ValidationReport report = SCHEMAS.validate(json, s, "body");
        if (report.hasErrors()) {
            fail(what + " is not a valid " + schema + ": " + messages(report) + "\n" + json);
        }
    }

    /**
     * Whether the description's request schema takes {@code event}'s request (the gateway's validator would pass it).
     */
    static boolean requestValid(APIGatewayProxyRequestEvent event) {
        return !VALIDATOR.validateRequest(request(event)).hasErrors();
    }

    static List<String> requestErrors(APIGatewayProxyRequestEvent event) {
        return messages(VALIDATOR.validateRequest(request(event)));
    }

    private static void assertNoErrors(ValidationReport report, String what, APIGatewayProxyResponseEvent answer) {
        assertFalse(
                report.hasErrors(),
                () -> what + " breaks infra/openapi.yaml: " + messages(report) + "\nheaders " + answer.getHeaders()
                        + "\nbody " + answer.getBody());
    }

    static List<String> messages(ValidationReport report) {
        return report.getMessages().stream()
                .map(m -> m.getKey() + ": " + m.getMessage())
                .toList();
    }

    static Map<String, String> headers(APIGatewayProxyResponseEvent r) {
        return r.getHeaders() == null ? Map.of() : r.getHeaders();
    }
}
