package com.leadscoring.local;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.jr.ob.JSON;
import com.leadscoring.batch.BatchScoreHandler;
import com.leadscoring.bootstrap.Serving;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code invoke-batch}: runs the Distributed Map batch handler once on a batch file and prints its answer, like
 * {@code sam local invoke BatchScoreFunction -e events/batch-good.json}.
 */
@Command(
        name = "invoke-batch",
        description = "Runs the bulk-rescoring batch handler on a Distributed Map batch file ({\"Items\": [...]}).")
final class InvokeBatchCommand implements Callable<Integer> {

    @Mixin
    ModelOptions model;

    @Option(
            names = "--event",
            required = true,
            description = "Distributed Map item batch (JSON), e.g. events/batch-good.json.")
    Path event;

    @Override
    public Integer call() throws Exception {
        BatchScoreHandler handler = new BatchScoreHandler(Serving.of(model.load()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = Files.newInputStream(event)) {
            handler.handleRequest(in, out, null);
        }
        // jackson-jr, as for invoke: databind's start-up would be most of this command's. Decimals are read as
        // BigDecimal so the answer's numbers are printed as written (a double would print 0.000123 as 1.23E-4).
        JSON json = JSON.std.with(
                JSON.Feature.PRETTY_PRINT_OUTPUT,
                JSON.Feature.WRITE_NULL_PROPERTIES,
                JSON.Feature.USE_BIG_DECIMAL_FOR_FLOATS);
        System.out.println(json.asString(json.anyFrom(out.toByteArray())));
        return 0;
    }
}
