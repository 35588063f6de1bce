package com.leadscoring.extension;

import java.io.IOException;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An internal extension (a daemon thread of the runtime's process): registered on the calling thread, which must be the
 * init's (Lambda refuses a registration once the runtime has asked for its first event), then a loop that waits for
 * each {@code INVOKE}, hands it to the extension's work and asks for the next one only when the work is done. Lambda
 * sends the function's response to the caller as soon as the runtime posts it, but freezes the environment and hands
 * out the next event only once the runtime and every extension have called {@code next}
 * (https://docs.aws.amazon.com/lambda/latest/dg/runtimes-extensions-api.html, "Invoke phase"): the work is off the
 * caller's latency, never cut short by a freeze, and over before the next invocation starts.
 *
 * <p>Under SnapStart the registration is part of the snapshotted init and the first {@code next} is in flight across
 * the snapshot, as the runtime's own is. If the loop fails (the API answers an error or the connection breaks) the
 * thread ends, says so once at WARN and calls {@code onDeath}, so the work's owner goes back to doing it on the
 * request.
 */
public final class InternalExtension {

    private static final Logger LOG = LoggerFactory.getLogger(InternalExtension.class);

    /** Pauses before asking for the next event again after a failed call. */
    private static final long[] RETRIES_MS = {10, 100, 1_000};

    private final ExtensionsApi api;
    private final String identifier;
    private final Thread thread;
    private volatile boolean alive = true;

    private InternalExtension(
            ExtensionsApi api, String name, String identifier, Consumer<ExtensionEvent> onInvoke, Runnable onDeath) {
        this.api = api;
        this.identifier = identifier;
        this.thread = new Thread(() -> loop(onInvoke, onDeath), name);
        thread.setDaemon(true);
    }

    /**
     * Registers {@code name} with the Extensions API at {@code runtimeApi} and starts its thread: {@code onInvoke} runs
     * on it for each invocation, before the extension asks for the next; {@code onDeath} runs once if the loop ends.
     *
     * @throws IOException when the registration fails (the caller falls back, see {@link ExtensionsApi#register})
     */
    public static InternalExtension start(
            String runtimeApi, String name, Consumer<ExtensionEvent> onInvoke, Runnable onDeath) throws IOException {
        ExtensionsApi api = new ExtensionsApi(runtimeApi);
        InternalExtension extension = new InternalExtension(api, name, api.register(name), onInvoke, onDeath);
        extension.thread.start();
        return extension;
    }

    /** False once the loop has ended. */
    public boolean alive() {
        return alive;
    }

    /** The extension's thread (tests wait on it). */
    public Thread thread() {
        return thread;
    }

    private void loop(Consumer<ExtensionEvent> onInvoke, Runnable onDeath) {
        try {
            while (true) {
                ExtensionEvent event = next();
                if (event.invoke()) {
                    try {
                        onInvoke.accept(event);
                    } catch (RuntimeException e) {
                        // The work failed, not the extension: Lambda must still hear that it is done.
                        LOG.warn("internal extension {} failed on an invocation: {}", thread.getName(), e.toString());
                    }
                } else if ("SHUTDOWN".equals(event.type())) {
                    return; // never sent to an internal extension; nothing to do after it
                }
            }
        } catch (IOException | RuntimeException | Error e) {
            LOG.warn(
                    "internal extension {} stopped ({}); its work is done on the request from now on",
                    thread.getName(),
                    e.toString());
        } finally {
            alive = false;
            onDeath.run();
        }
    }

    /**
     * The next event, asked again on a new connection after a failed call (a connection a SnapStart restore or the
     * loopback broke): an extension that stops asking holds every later invocation until its timeout, since Lambda
     * waits for it. Gives up after {@link #RETRIES_MS}.
     */
    private ExtensionEvent next() throws IOException {
        for (int attempt = 0; ; attempt++) {
            try {
                return api.next(identifier);
            } catch (IOException e) {
                if (attempt == RETRIES_MS.length) {
                    throw e;
                }
                try {
                    Thread.sleep(RETRIES_MS[attempt]);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
