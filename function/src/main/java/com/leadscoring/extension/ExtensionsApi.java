package com.leadscoring.extension;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The two calls of Lambda's Extensions API an internal extension makes ({@code register}, {@code event/next}), over
 * {@code AWS_LAMBDA_RUNTIME_API} (host:port, plain HTTP on the loopback). A minimal HTTP/1.1 client on a plain socket:
 * {@code java.net.http.HttpClient} would load hundreds of classes into the cold start, and a new connection per call
 * ({@code Connection: close}) means no idle keep-alive socket is in a SnapStart snapshot; only the blocking
 * {@code next} is in flight there, as the runtime's own is. Answers with {@code Content-Length}, chunked or up to the
 * close are read.
 */
public final class ExtensionsApi {

    static final String REGISTER = "/2020-01-01/extension/register";
    static final String NEXT = "/2020-01-01/extension/event/next";
    /** Registration is a local call during the init; {@code next} blocks until the next invocation, without limit. */
    private static final int REGISTER_TIMEOUT_MS = 5_000;

    private final String host;
    private final int port;

    public ExtensionsApi(String runtimeApi) {
        int colon = runtimeApi.lastIndexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("AWS_LAMBDA_RUNTIME_API is not host:port: " + runtimeApi);
        }
        this.host = runtimeApi.substring(0, colon);
        this.port = Integer.parseInt(runtimeApi.substring(colon + 1));
    }

    /**
     * Registers the extension {@code name} for {@code INVOKE} events (an internal extension cannot take
     * {@code SHUTDOWN}); its identifier, for {@link #next}. Fails once the init is over (Lambda refuses) or when the
     * API answers anything but 200.
     */
    public String register(String name) throws IOException {
        Answer answer = call("POST", REGISTER, "Lambda-Extension-Name", name, "{\"events\":[\"INVOKE\"]}", true);
        String id = answer.identifier;
        if (answer.status != 200 || id == null) {
            throw new IOException("extension registration answered HTTP " + answer.status + ": " + answer.body(200));
        }
        return id;
    }

    /** Waits for the extension's next event: this also tells Lambda the extension is done with the current one. */
    public ExtensionEvent next(String identifier) throws IOException {
        Answer answer = call("GET", NEXT, "Lambda-Extension-Identifier", identifier, null, false);
        if (answer.status != 200) {
            throw new IOException("extension event/next answered HTTP " + answer.status + ": " + answer.body(200));
        }
        return ExtensionEvent.parse(answer.body(Integer.MAX_VALUE));
    }

    private Answer call(String method, String path, String header, String value, String body, boolean timed)
            throws IOException {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket()) {
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), REGISTER_TIMEOUT_MS);
            socket.setSoTimeout(timed ? REGISTER_TIMEOUT_MS : 0);
            String head = method + " " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\n" + header + ": "
                    + value + "\r\nConnection: close\r\n"
                    + (body == null
                            ? ""
                            : "Content-Type: application/json\r\nContent-Length: " + content.length + "\r\n")
                    + "\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            return Answer.read(new BufferedInputStream(socket.getInputStream(), 2048));
        }
    }

    /** An HTTP answer: its status, its {@code Lambda-Extension-Identifier} header and its body. */
    private record Answer(int status, String identifier, byte[] content) {

        String body(int max) {
            String text = new String(content, StandardCharsets.UTF_8);
            return text.length() <= max ? text : text.substring(0, max);
        }

        static Answer read(InputStream in) throws IOException {
            String statusLine = line(in);
            String[] parts = statusLine.split(" ", 3);
            if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
                throw new IOException("not an HTTP answer from the Extensions API");
            }
            int status = Integer.parseInt(parts[1]);
            long length = -1;
            boolean chunked = false;
            String identifier = null;
            for (String h = line(in); !h.isEmpty(); h = line(in)) {
                int colon = h.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String name = h.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String v = h.substring(colon + 1).trim();
                switch (name) {
                    case "content-length" -> length = Long.parseLong(v);
                    case "transfer-encoding" ->
                        chunked = v.toLowerCase(Locale.ROOT).contains("chunked");
                    case "lambda-extension-identifier" -> identifier = v;
                    default -> {}
                }
            }
            byte[] content;
            if (chunked) {
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                for (int size = chunkSize(line(in)); size > 0; size = chunkSize(line(in))) {
                    b.write(in.readNBytes(size));
                    line(in);
                }
                content = b.toByteArray();
            } else if (length >= 0) {
                content = in.readNBytes((int) length);
            } else {
                content = in.readAllBytes();
            }
            return new Answer(status, identifier, content);
        }

        private static int chunkSize(String line) {
            int semi = line.indexOf(';');
            return Integer.parseInt((semi < 0 ? line : line.substring(0, semi)).trim(), 16);
        }

        /** A header line without its CRLF; fails on a connection closed before the head ended. */
        private static String line(InputStream in) throws IOException {
            StringBuilder b = new StringBuilder(64);
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("the Extensions API closed the connection mid-answer");
                }
                if (c != '\r') {
                    b.append((char) c);
                }
            }
            return b.toString();
        }
    }
}
