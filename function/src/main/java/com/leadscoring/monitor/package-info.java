/**
 * Drift that runs itself: {@link com.leadscoring.monitor.DriftHandler} checks the leads of each rescoring run (the
 * current lead population) against the serving model's {@code reference.json} with the one implementation of the drift
 * rules ({@code com.leadscoring.drift} in core), writes {@code drift.json} beside the run's output and publishes the
 * PSI of every field and of the score as CloudWatch EMF metrics, which the stack's drift alarm watches.
 */
package com.leadscoring.monitor;
