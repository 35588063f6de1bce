package com.leadscoring.extension;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Lambda's Extensions API in-process, for one internal extension, as Lambda serves it: {@code register} answers the
 * extension's identifier (or refuses, as after the init), {@code event/next} tells the runtime's side that the
 * extension is done ({@link #awaitReady}: Lambda hands out the next event only then) and blocks until the next
 * {@link #invoke}. Every call is added to a shared {@code timeline} (the test adds its own entries beside).
 */
public final class FakeExtensionsApi implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-extensions-api");
        t.setDaemon(true);
        return t;
    });
    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
    private final Semaphore ready = new Semaphore(0);
    private final List<String> timeline;
    private volatile boolean refuseRegistration;
    private volatile int failNext;
    private volatile boolean closed;

    public FakeExtensionsApi(List<String> timeline) throws IOException {
        this.timeline = timeline;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(threads);
        server.createContext(ExtensionsApi.REGISTER, this::register);
        server.createContext(ExtensionsApi.NEXT, this::next);
        server.start();
    }

    /** AWS_LAMBDA_RUNTIME_API's value for this server. */
    public String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    /** Refuses registrations from now on, as Lambda does once the init is over. */
    public FakeExtensionsApi refusingRegistration() {
        refuseRegistration = true;
        return this;
    }

    /** Answers the extension's next {@code calls} {@code event/next} calls with an error. */
    public void failNextCalls(int calls) {
        failNext = calls;
    }

    /** Waits until the extension has called {@code event/next} once more (done with its event). */
    public boolean awaitReady(long timeoutMs) throws InterruptedException {
        return ready.tryAcquire(timeoutMs, TimeUnit.MILLISECONDS);
    }

    /** Hands the extension the {@code INVOKE} of {@code requestId}, timing out at {@code deadlineMs}. */
    public void invoke(String requestId, long deadlineMs) {
        timeline.add("invoke " + requestId);
        events.add("{\"eventType\":\"INVOKE\",\"deadlineMs\":" + deadlineMs + ",\"requestId\":\"" + requestId
                + "\",\"invokedFunctionArn\":\"arn:aws:lambda:us-east-1:123456789012:function:ScoreFunction\","
                + "\"tracing\":{\"type\":\"X-Amzn-Trace-Id\",\"value\":\"Root=1-5bef4de7-ad49b0e87f6ef6c87fc2e700\"}}");
    }

    private void register(HttpExchange exchange) throws IOException {
        String name = exchange.getRequestHeaders().getFirst("Lambda-Extension-Name");
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        timeline.add("register " + name);
        if (refuseRegistration || name == null || !body.contains("\"INVOKE\"")) {
            reply(exchange, 403, "{\"errorMessage\":\"registration is closed\",\"errorType\":\"Extension.Forbidden\"}");
            return;
        }
        exchange.getResponseHeaders().add("Lambda-Extension-Identifier", "ext-" + name);
        reply(exchange, 200, "{\"functionName\":\"ScoreFunction\",\"functionVersion\":\"1\",\"handler\":\"h\"}");
    }

    private void next(HttpExchange exchange) throws IOException {
        timeline.add("next");
        if (exchange.getRequestHeaders().getFirst("Lambda-Extension-Identifier") == null) {
            reply(exchange, 403, "{\"errorMessage\":\"no identifier\"}");
            return;
        }
        ready.release();
        if (failNext > 0) {
            failNext--;
            reply(exchange, 500, "{\"errorMessage\":\"broken\",\"errorType\":\"Extension.Unknown\"}");
            return;
        }
        try {
            String event = null;
            while (event == null && !closed) {
                event = events.poll(50, TimeUnit.MILLISECONDS);
            }
            if (event == null) {
                exchange.close();
                return;
            }
            reply(exchange, 200, event);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.close();
        }
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        closed = true;
        server.stop(0);
        threads.shutdownNow();
    }
}
