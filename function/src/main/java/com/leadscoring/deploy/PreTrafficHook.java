package com.leadscoring.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.leadscoring.metrics.HandlerMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeRequest;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.lambda.powertools.metrics.model.MetricUnit;

/**
 * CodeDeploy's {@code PreTraffic} hook for the scoring function: before the alias shifts any traffic to the new
 * version, invoke that version directly with the API events of {@code events/}, judge each answer with
 * {@link ProbeCheck}, and report Succeeded or Failed to CodeDeploy. A Failed report (or any fault here, which is
 * reported as Failed too) stops the deployment; the alias stays on the old version.
 *
 * <p>Environment: {@code TARGET_FUNCTION} (the new version's ARN), {@code EXPECTED_MODEL_VERSION} (may be empty).
 *
 * <p>Metrics through Powertools (dimension {@code Service}): {@code ProbesPassed}, {@code ProbesFailed} and
 * {@code DeploymentsFailed} (1 when the hook reported Failed).
 */
public final class PreTrafficHook implements RequestHandler<Map<String, String>, String> {

    /** The hook function's service when {@code POWERTOOLS_SERVICE_NAME} is not set. */
    static final String SERVICE = "lead-scoring-deploy";

    private static final Logger LOG = LoggerFactory.getLogger(PreTrafficHook.class);

    private final LambdaClient lambda;
    private final LifecycleReporter reporter;
    private final String target;
    private final ProbeCheck check;
    private final List<Probe> probes;
    private final HandlerMetrics metrics;

    /** Lambda's constructor. */
    public PreTrafficHook() {
        // One HTTP client each: the hook runs once per deployment, so sharing one saves nothing worth a constructor.
        this(
                LambdaClient.builder()
                        .httpClient(UrlConnectionHttpClient.create())
                        .build(),
                CodeDeployLifecycleReporter.fromEnvironment(UrlConnectionHttpClient.create()),
                System.getenv("TARGET_FUNCTION"),
                new ProbeCheck(System.getenv("EXPECTED_MODEL_VERSION")),
                Probe.fromClasspath(),
                HandlerMetrics.fromEnvironment(SERVICE));
    }

    public PreTrafficHook(
            LambdaClient lambda,
            LifecycleReporter reporter,
            String target,
            ProbeCheck check,
            List<Probe> probes,
            HandlerMetrics metrics) {
        if (target == null || target.isBlank()) {
            throw new IllegalStateException("TARGET_FUNCTION is not set: the ARN of the function version to test");
        }
        this.lambda = lambda;
        this.reporter = reporter;
        this.target = target;
        this.check = check;
        this.probes = List.copyOf(probes);
        this.metrics = metrics;
    }

    @Override
    public String handleRequest(Map<String, String> event, Context context) {
        String deploymentId = event == null ? null : event.get("DeploymentId");
        String executionId = event == null ? null : event.get("LifecycleEventHookExecutionId");
        // Without both ids the result could not be reported: say so before probing anything.
        for (String[] field :
                new String[][] {{"DeploymentId", deploymentId}, {"LifecycleEventHookExecutionId", executionId}}) {
            if (field[1] == null || field[1].isBlank()) {
                throw new IllegalArgumentException("not a CodeDeploy lifecycle hook event: no " + field[0]);
            }
        }
        Verification verification = verifyAll();
        List<String> problems = verification.problems();
        boolean ok = problems.isEmpty();
        problems.forEach(
                p -> LOG.atError().addKeyValue("deploymentId", deploymentId).log("pre-traffic check failed: {}", p));
        LOG.atInfo()
                .addKeyValue("deploymentId", deploymentId)
                .addKeyValue("target", target)
                .addKeyValue("probes", probes.size())
                .addKeyValue("problems", problems.size())
                .log(ok ? "new version healthy: traffic may shift" : "new version unhealthy: failing the deployment");
        publish(verification.failedProbes(), ok);
        reporter.report(deploymentId, executionId, ok);
        return ok ? "Succeeded" : "Failed";
    }

    /** Sends every probe to the target version; the problems found, empty when healthy. */
    public List<String> verify() {
        return verifyAll().problems();
    }

    /** The problems found and how many probes had any. */
    private record Verification(List<String> problems, int failedProbes) {}

    private Verification verifyAll() {
        List<String> problems = new ArrayList<>();
        List<String> versions = new ArrayList<>();
        int failed = 0;
        for (Probe probe : probes) {
            int before = problems.size();
            try {
                InvokeResponse r = lambda.invoke(InvokeRequest.builder()
                        .functionName(target)
                        .payload(SdkBytes.fromUtf8String(probe.event()))
                        .build());
                String payload = r.payload() == null ? null : r.payload().asUtf8String();
                problems.addAll(check.check(probe, new ProbeCheck.Outcome(r.functionError(), payload), versions));
            } catch (RuntimeException e) {
                problems.add(probe.name() + ": cannot invoke " + target + ": " + e);
            }
            failed += problems.size() > before ? 1 : 0;
        }
        problems.addAll(check.consistent(versions));
        return new Verification(problems, failed);
    }

    /** The hook's metrics; a metrics fault is logged, never turned into a failed deployment. */
    private void publish(int failedProbes, boolean ok) {
        try {
            metrics.publish(m -> {
                m.addMetric("ProbesPassed", probes.size() - failedProbes, MetricUnit.COUNT);
                m.addMetric("ProbesFailed", failedProbes, MetricUnit.COUNT);
                m.addMetric("DeploymentsFailed", ok ? 0 : 1, MetricUnit.COUNT);
            });
        } catch (RuntimeException e) {
            LOG.warn("cannot emit the pre-traffic metrics: {}", e.toString());
        }
    }
}
