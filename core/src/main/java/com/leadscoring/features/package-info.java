/**
 * Feature encoding: the one place where a {@link com.leadscoring.lead.Lead} becomes the model's float vector, and the
 * fitted {@link com.leadscoring.features.Normalization} applied to it. The trainer and the function both call this code, and every model records its
 * {@link com.leadscoring.features.FeatureContract} (encoder version and feature names), so training and serving cannot drift apart unnoticed.
 */
package com.leadscoring.features;
