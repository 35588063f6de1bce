/**
 * Drift monitoring: the reference distribution of every source field and of the score, taken from a model's training
 * rows and published beside it ({@code reference.json}), and the population stability index of new leads against it.
 * Fields are looked at as the model sees them: calendar dates only through the encoder's derived values (days from
 * signup to creation, day of week, signup missing), since raw dates drift by nature.
 *
 * <p>In core, not the trainer, so that both {@code trainer.jar drift} and the function's scheduled drift check run this
 * one implementation, and the function's jar stays free of Tribuo.
 */
package com.leadscoring.drift;
