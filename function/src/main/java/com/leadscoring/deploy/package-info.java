/**
 * Safe rollout of a new function version (and with it a new model: the SnapStart snapshot holds the model): the
 * CodeDeploy {@code PreTraffic} hook that replays the API events of {@code events/} against the new version before any
 * traffic shifts, judges every answer with a pure, unit-tested check (200, well-formed scores in request order, the
 * expected model version, the error contract) and reports Succeeded or Failed to CodeDeploy.
 */
package com.leadscoring.deploy;
