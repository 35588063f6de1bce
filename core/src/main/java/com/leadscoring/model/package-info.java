/**
 * The model store: immutable, checksummed model versions on a local disk or in S3 ({@code <store>/<version>/...} plus a
 * {@code latest} pointer written last), and loading a version with every checksum and the feature contract verified.
 */
package com.leadscoring.model;
