package com.leadscoring.model;

/**
 * A file of a model version as the manifest records it.
 *
 * @param sha256 lower-case hex SHA-256 of the file's bytes
 * @param size size in bytes
 */
public record FileEntry(String sha256, long size) {}
