package com.leadscoring.bootstrap;

/**
 * The stack's {@code RescoreOutputPrefix} as the rescoring steps read it ({@code RESCORE_OUTPUT_PREFIX}, set by the
 * template): every key a step writes or reads of a run must lie in a run's folder below it, as the state machine's
 * input check requires. Checked in the handler too, so a step invoked by hand with {@code "/"} or another prefix is
 * refused by name instead of writing at the bucket's root (or failing later on an IAM 403 that names nothing).
 *
 * @param prefix the prefix without slashes at its ends; null when unset (a local run): any key is then taken
 */
public record RescoreOutputPrefix(String prefix) {

    public static final String VARIABLE = "RESCORE_OUTPUT_PREFIX";

    public RescoreOutputPrefix {
        prefix = prefix == null || prefix.isBlank() ? null : prefix.replaceAll("^/+|/+$", "");
    }

    /** From {@code RESCORE_OUTPUT_PREFIX}. */
    public static RescoreOutputPrefix fromEnvironment() {
        return new RescoreOutputPrefix(System.getenv(VARIABLE));
    }

    /**
     * Refuses {@code key} (the event's field {@code field}) unless it lies below {@code <prefix>/} with something after
     * it; without a prefix, unless it is a non-empty key that does not start with a slash.
     */
    public void check(String field, String key) {
        if (prefix == null) {
            if (key.isEmpty() || key.startsWith("/")) {
                throw new IllegalArgumentException(
                        "\"" + field + "\" must name a run's folder (not the bucket's root), got \"" + key + "\"");
            }
            return;
        }
        if (!key.startsWith(prefix + "/") || key.length() == prefix.length() + 1) {
            throw new IllegalArgumentException("\"" + field + "\" must lie in a run's folder below " + prefix + "/ ("
                    + VARIABLE + ", the stack's RescoreOutputPrefix), got \"" + key + "\"");
        }
    }
}
