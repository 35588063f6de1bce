package com.leadscoring.tracing;

/**
 * Times the steps of a request as trace subsegments. {@link #NONE} (no daemon: local runs, tests) only calls through.
 */
public interface Tracer {

    /** One step of work that may throw. */
    @FunctionalInterface
    interface Step<T, E extends Exception> {
        T run() throws E;
    }

    /** Runs {@code step} as the subsegment {@code name} of the current trace (when there is one). */
    <T, E extends Exception> T trace(String name, Step<T, E> step) throws E;

    /**
     * A step of the init, such as the model load, which runs outside any invocation (so no trace is current) and whose
     * SDK calls run on other threads: recorded as a segment of its own, with those calls inside it.
     */
    default <T, E extends Exception> T traceInit(String name, Step<T, E> step) throws E {
        return trace(name, step);
    }

    /** SnapStart priming: warms what a sampled request adds (nothing to warm when tracing is off). */
    default void prime() {}

    /** Tracing off: the step runs as it is. */
    Tracer NONE = new Tracer() {
        @Override
        public <T, E extends Exception> T trace(String name, Step<T, E> step) throws E {
            return step.run();
        }
    };

    /**
     * X-Ray when a daemon is named (on Lambda with active tracing, {@code AWS_XRAY_DAEMON_ADDRESS}), {@link #NONE}
     * otherwise.
     */
    static Tracer forEnvironment() {
        // Checked here, so that with tracing off not even XRayTracer (and the X-Ray SDK behind it) is loaded.
        return daemonNamed() ? XRayTracer.global() : NONE;
    }

    /**
     * Whether an X-Ray daemon is named, the two ways the SDK reads it: Lambda's {@code AWS_XRAY_DAEMON_ADDRESS} (set
     * with active tracing) or the system property {@code com.amazonaws.xray.emitters.daemonAddress}.
     */
    static boolean daemonNamed() {
        String daemon = System.getenv("AWS_XRAY_DAEMON_ADDRESS");
        if (daemon == null || daemon.isBlank()) {
            daemon = System.getProperty("com.amazonaws.xray.emitters.daemonAddress");
        }
        return daemon != null && !daemon.isBlank();
    }
}
