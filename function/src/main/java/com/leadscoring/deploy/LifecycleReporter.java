package com.leadscoring.deploy;

/** Tells CodeDeploy how a lifecycle hook ended ({@code PutLifecycleEventHookExecutionStatus}). */
@FunctionalInterface
public interface LifecycleReporter {
    void report(String deploymentId, String lifecycleEventHookExecutionId, boolean succeeded);
}
