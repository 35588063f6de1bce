package com.leadscoring.capturing;

import java.io.PrintStream;

import com.leadscoring.stdout.StdoutBatch;

/**
 * Capture lines on stdout, the request's lines in one write: on Lambda each line becomes one CloudWatch Logs event,
 * whose JSON has a top-level {@code scoreId}, which the capture subscription filter selects and Firehose delivers to
 * {@code captures/}. The request path only copies bytes to stdout: no network call, no logging framework.
 *
 * <p>Why this holds, from the runtime's source (aws-lambda-java-libs, aws-lambda-java-runtime-interface-client,
 * {@code AWSLambda.getLambdaRequestHandlerObject}): before the handler is loaded the runtime sets {@code System.out} to
 * a plain {@code PrintStream} over {@code LambdaOutputStream}, which passes bytes unchanged to the process's stdout;
 * only the context's {@code LambdaLogger} frames its messages (on the telemetry descriptor). Unframed stdout is split
 * by Lambda into one log event per line (AWS documents only the logger as keeping a multi-line message whole), as the
 * request log and EMF lines already rely on. {@link PrintStream#write(byte[], int, int)} holds the stream's lock for
 * the whole buffer, and log4j's console appender writes through the same {@code System.out} ({@code follow="true"}), so
 * a request line can never land inside a capture line. Inside a Lambda invocation the lines join the request's one
 * write ({@link StdoutBatch}), with its request log line and EMF metrics line: one system call per request, not two.
 */
public final class StdoutCaptureOutput implements CaptureOutput {

    @Override
    public void write(byte[] lines, int length, int count) {
        // System.out is read on every write: the runtime (and a test) may replace it after this output is built. A
        // PrintStream never throws: a failed write sets its error flag, the request goes on.
        StdoutBatch.lines(lines, length);
    }
}
