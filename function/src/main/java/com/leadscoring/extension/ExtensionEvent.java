package com.leadscoring.extension;

/**
 * An event of the Extensions API's {@code event/next}: {@code INVOKE} (one per invocation, beside the runtime's own
 * event) or {@code SHUTDOWN} (never sent to an internal extension, which cannot register for it).
 *
 * @param type the event's {@code eventType}
 * @param requestId the invocation's request id, the runtime's {@code Lambda-Runtime-Aws-Request-Id} (null for others)
 * @param deadlineMs when the invocation times out, epoch milliseconds (0 when the event has none)
 */
public record ExtensionEvent(String type, String requestId, long deadlineMs) {

    public static final String INVOKE = "INVOKE";

    public boolean invoke() {
        return INVOKE.equals(type);
    }

    /**
     * The event of {@code json}, the body of {@code event/next}: only its three top-level scalars are read (a request
     * id is a UUID, never escaped), so no JSON library loads into the extension thread.
     */
    static ExtensionEvent parse(String json) {
        String deadline = scalar(json, "deadlineMs");
        return new ExtensionEvent(
                scalar(json, "eventType"), scalar(json, "requestId"), deadline == null ? 0 : Long.parseLong(deadline));
    }

    /** The string or number after {@code "key":}, unquoted; null when absent. */
    private static String scalar(String json, String key) {
        int at = json.indexOf('"' + key + '"');
        if (at < 0) {
            return null;
        }
        int i = json.indexOf(':', at + key.length() + 2);
        if (i < 0) {
            return null;
        }
        i++;
        while (i < json.length() && Character.isWhitespace(json.charAt(i))) {
            i++;
        }
        if (i < json.length() && json.charAt(i) == '"') {
            int end = json.indexOf('"', i + 1);
            return end < 0 ? null : json.substring(i + 1, end);
        }
        int end = i;
        while (end < json.length() && (Character.isDigit(json.charAt(end)) || json.charAt(end) == '-')) {
            end++;
        }
        return end == i ? null : json.substring(i, end);
    }
}
