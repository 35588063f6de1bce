/**
 * Files, wherever they are: the one rule for a location ({@code s3://bucket/key} or a local path / {@code file:} URI),
 * the S3 client settings, one {@link com.leadscoring.io.Opener} and the SHA-256 helper. The bottom of core: it knows
 * nothing of leads or models.
 */
package com.leadscoring.io;
