/**
 * Feature encoding: the one place where a {@link com.leadscoring.lead.Lead} becomes the model's float vector, and the
 * fitted {@link com.leadscoring.features.Normalization} applied to it. Every released encoder stays here side by side
 * ({@link com.leadscoring.features.FeatureEncoders}); every model records its
 * {@link com.leadscoring.features.FeatureContract} (encoder version and feature names) and is fed by that encoder, in
 * the trainer and in the function alike, so training and serving cannot drift apart unnoticed and a new encoder refuses
 * no published model.
 */
package com.leadscoring.features;
