/**
 * The seed's deep network: fitted state as records ({@link com.leadscoring.trainer.dnn.DnnModel} and its layers), kept
 * apart from the training code, so the exporter and the parity test depend only on the fitted weights.
 */
package com.leadscoring.trainer.dnn;
