/**
 * The decision policy: from a calibrated probability to a score, a buy/no-buy call (the fitted threshold) and a grade
 * (bands that travel with the model). Depends on nothing else in the project.
 */
package com.leadscoring.decision;
