package com.leadscoring.local;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code invoke}: runs the handler once on an API Gateway event file and prints the response, like {@code sam local
 * invoke}.
 */
@Command(name = "invoke", description = "Runs the handler on an API Gateway event file.")
final class InvokeCommand implements Callable<Integer> {

    @Mixin
    ModelOptions model;

    @Option(
            names = "--event",
            required = true,
            description = "API Gateway REST proxy event (JSON), e.g. events/score-one.json.")
    Path event;

    @Option(
            names = "--timings",
            negatable = false,
            description = "Print the cold-start breakdown (ms) on stderr: JVM, event (model read and ORT "
                    + "load run meanwhile), rest of model read, rest of ORT load, rest of logging's start, "
                    + "session, first answer.")
    boolean timings;

    @Override
    public Integer call() throws Exception {
        return Invocation.run(model.store(), model.version, event, timings);
    }
}
