package com.leadscoring.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeRequest;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/**
 * CodeDeploy's {@code PreTraffic} hook for the scoring function: before the alias shifts any traffic to the new
 * version, invoke that version directly with the API events of {@code events/}, judge each answer with
 * {@link ProbeCheck}, and report Succeeded or Failed to CodeDeploy. A Failed report (or any fault here, which is
 * reported as Failed too) stops the deployment; the alias stays on the old version.
 *
 * <p>Environment: {@code TARGET_FUNCTION} (the new version's ARN), {@code EXPECTED_MODEL_VERSION} (may be empty).
 */
public final class PreTrafficHook implements RequestHandler<Map<String, String>, String> {

    private static final Logger LOG = LoggerFactory.getLogger(PreTrafficHook.class);

    private final LambdaClient lambda;
    private final LifecycleReporter reporter;
    private final String target;
    private final ProbeCheck check;
    private final List<Probe> probes;

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
                Probe.fromClasspath());
    }

    public PreTrafficHook(
            LambdaClient lambda, LifecycleReporter reporter, String target, ProbeCheck check, List<Probe> probes) {
        if (target == null || target.isBlank()) {
            throw new IllegalStateException("TARGET_FUNCTION is not set: the ARN of the function version to test");
        }
        this.lambda = lambda;
        this.reporter = reporter;
        this.target = target;
        this.check = check;
        this.probes = List.copyOf(probes);
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
        List<String> problems = verify();
        boolean ok = problems.isEmpty();
        problems.forEach(
                p -> LOG.atError().addKeyValue("deploymentId", deploymentId).log("pre-traffic check failed: {}", p));
        LOG.atInfo()
                .addKeyValue("deploymentId", deploymentId)
                .addKeyValue("target", target)
                .addKeyValue("probes", probes.size())
                .addKeyValue("problems", problems.size())
                .log(ok ? "new version healthy: traffic may shift" : "new version unhealthy: failing the deployment");
        reporter.report(deploymentId, executionId, ok);
        return ok ? "Succeeded" : "Failed";
    }

    /** Sends every probe to the target version; the problems found, empty when healthy. */
    public List<String> verify() {
        List<String> problems = new ArrayList<>();
        List<String> versions = new ArrayList<>();
        for (Probe probe : probes) {
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
        }
        problems.addAll(check.consistent(versions));
        return problems;
    }
}
