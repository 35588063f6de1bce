package com.leadscoring.monitor;

import com.leadscoring.drift.DriftResult;

/** Where a drift check's figures go: CloudWatch (EMF) on Lambda, a list in tests. */
@FunctionalInterface
interface DriftMetrics {

    void publish(DriftResult result);
}
