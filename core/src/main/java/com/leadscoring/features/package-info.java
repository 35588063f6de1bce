/**
 * Feature encoding: the one place where a {@link com.leadscoring.lead.Lead} becomes the model's float vector, and the
 * fitted z-normalization applied to it. The trainer and the function both call this code, and every model records the
 * encoder version and feature names it was trained with, so training and serving cannot drift apart unnoticed.
 */
package com.leadscoring.features;
