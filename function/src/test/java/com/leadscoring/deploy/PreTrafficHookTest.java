package com.leadscoring.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import com.leadscoring.api.Cors;
import com.leadscoring.api.RequestMetrics;
import com.leadscoring.api.ScoreHandler;
import com.leadscoring.bootstrap.ModelLoader;
import com.leadscoring.bootstrap.Serving;
import com.leadscoring.metrics.EmfLines;
import com.leadscoring.metrics.HandlerMetrics;
import com.leadscoring.model.FixtureStore;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeRequest;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/** The hook end to end against a real ScoreHandler (fixture model) behind a stand-in Lambda client. */
class PreTrafficHookTest {

    static final ScoreHandler HANDLER = new ScoreHandler(
            Serving.of(ModelLoader.load(FixtureStore.location(), null)), RequestMetrics.NONE, Cors.NONE);
    static final String TARGET = "arn:aws:lambda:eu-west-1:123456789012:function:stack-score:7";
    static final Map<String, String> EVENT =
            Map.of("DeploymentId", "d-ABC123", "LifecycleEventHookExecutionId", "exec-1");

    record Report(String deploymentId, String executionId, boolean succeeded) {}

    final List<Report> reports = new ArrayList<>();
    HandlerMetrics metrics = HandlerMetrics.NONE;

    String run(LambdaClient lambda, String expectedVersion) {
        PreTrafficHook hook = new PreTrafficHook(
                lambda,
                (d, e, ok) -> reports.add(new Report(d, e, ok)),
                TARGET,
                new ProbeCheck(expectedVersion),
                Probe.fromClasspath(),
                metrics);
        return hook.handleRequest(EVENT, null);
    }

    @Test
    void anEventWithoutItsIdsIsRefusedBeforeAnyProbe() {
        LambdaTwin lambda = new LambdaTwin(HANDLER, UnaryOperator.identity());
        PreTrafficHook hook = new PreTrafficHook(
                lambda,
                (d, e, ok) -> reports.add(new Report(d, e, ok)),
                TARGET,
                new ProbeCheck(null),
                Probe.fromClasspath(),
                HandlerMetrics.NONE);
        IllegalArgumentException e = Assertions.assertThrows(
                IllegalArgumentException.class, () -> hook.handleRequest(Map.of("DeploymentId", "d-ABC123"), null));
        assertTrue(e.getMessage().contains("LifecycleEventHookExecutionId"), e.getMessage());
        assertEquals(List.of(), reports);
    }

    @Test
    void aHealthyVersionWithTheExpectedModelPasses() {
        LambdaTwin lambda = new LambdaTwin(HANDLER, UnaryOperator.identity());
        assertEquals("Succeeded", run(lambda, HANDLER.modelVersion()));
        assertEquals(List.of(new Report("d-ABC123", "exec-1", true)), reports);
        assertEquals(Probe.EVENTS.size(), lambda.invokedFunctions.size());
        lambda.invokedFunctions.forEach(f -> assertEquals(TARGET, f, "the new version itself, not the alias"));
    }

    @Test
    void withoutAPinnedVersionAnyOneWellFormedVersionPasses() {
        assertEquals("Succeeded", run(new LambdaTwin(HANDLER, UnaryOperator.identity()), ""));
    }

    @Test
    void anotherModelVersionFailsTheDeployment() {
        assertEquals("Failed", run(new LambdaTwin(HANDLER, UnaryOperator.identity()), "20991231T000000Z-0000000"));
        assertEquals(List.of(new Report("d-ABC123", "exec-1", false)), reports);
    }

    @Test
    void malformedScoresFailTheDeployment() {
        // A version whose probabilities come out above 1 (a broken export, a missing sigmoid).
        UnaryOperator<String> broken = s -> s.replaceAll("\\\\\"probability\\\\\":0\\.", "\\\\\"probability\\\\\":7.");
        assertTrue(broken.apply("{\"body\":\"{\\\"probability\\\":0.5}\"}").contains("7.5"), "the tamper works");
        assertEquals("Failed", run(new LambdaTwin(HANDLER, broken), HANDLER.modelVersion()));
    }

    @Test
    void aFunctionErrorOrAnUnreachableVersionFailsTheDeployment() {
        LambdaClient crashing = new LambdaTwin(HANDLER, UnaryOperator.identity()) {
            @Override
            public InvokeResponse invoke(InvokeRequest request) {
                return InvokeResponse.builder()
                        .statusCode(200)
                        .functionError("Unhandled")
                        .payload(SdkBytes.fromUtf8String("{\"errorMessage\":\"cannot load the model\"}"))
                        .build();
            }
        };
        assertEquals("Failed", run(crashing, HANDLER.modelVersion()));
        LambdaClient unreachable = new LambdaTwin(HANDLER, UnaryOperator.identity()) {
            @Override
            public InvokeResponse invoke(InvokeRequest request) {
                throw SdkClientException.create("connection refused");
            }
        };
        assertEquals("Failed", run(unreachable, HANDLER.modelVersion()));
        assertEquals(2, reports.size());
        assertFalse(reports.get(0).succeeded() || reports.get(1).succeeded());
    }

    @Test
    void aVersionThatAnswersInvalidLeadsWith200FailsTheDeployment() {
        // The validation contract is part of the check: a 200 for the invalid-lead event means bad leads get scored.
        UnaryOperator<String> lenient = s -> s.replace("\"statusCode\":400", "\"statusCode\":200");
        assertEquals("Failed", run(new LambdaTwin(HANDLER, lenient), HANDLER.modelVersion()));
    }

    /** The EMF line of one hook run: {@code ProbesPassed}, {@code ProbesFailed}, {@code DeploymentsFailed}. */
    Map<String, Double> published(LambdaClient lambda, String expected) throws Exception {
        metrics = EmfLines.powertools("LeadScoringTest", "lead-scoring-deploy");
        EmfLines.Captured<String> run = EmfLines.capture(() -> run(lambda, expected));
        assertEquals(1, run.lines().size(), run.lines().toString());
        EmfLines.Line line = run.lines().get(0);
        assertEquals("LeadScoringTest", line.namespace());
        assertEquals(Map.of("Service", "lead-scoring-deploy"), line.dimensions());
        line.units().values().forEach(unit -> assertEquals("Count", unit));
        return line.values();
    }

    @Test
    void eachRunPublishesProbesPassedAndFailedAndWhetherTheDeploymentFailed() throws Exception {
        int probes = Probe.EVENTS.size();
        assertEquals(
                Map.of("ProbesPassed", (double) probes, "ProbesFailed", 0.0, "DeploymentsFailed", 0.0),
                published(new LambdaTwin(HANDLER, UnaryOperator.identity()), HANDLER.modelVersion()));
        // Only the invalid-lead probe expects a 400.
        UnaryOperator<String> lenient = s -> s.replace("\"statusCode\":400", "\"statusCode\":200");
        assertEquals(
                Map.of("ProbesPassed", probes - 1.0, "ProbesFailed", 1.0, "DeploymentsFailed", 1.0),
                published(new LambdaTwin(HANDLER, lenient), HANDLER.modelVersion()));
        LambdaClient unreachable = new LambdaTwin(HANDLER, UnaryOperator.identity()) {
            @Override
            public InvokeResponse invoke(InvokeRequest request) {
                throw SdkClientException.create("connection refused");
            }
        };
        assertEquals(
                Map.of("ProbesPassed", 0.0, "ProbesFailed", (double) probes, "DeploymentsFailed", 1.0),
                published(unreachable, HANDLER.modelVersion()));
    }
}
