package com.leadscoring.trainer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import com.leadscoring.trainer.pipeline.SmotePolicy;
import com.leadscoring.trainer.pipeline.TrainingConfig;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The default run leaves out the two candidates the cross-validation ruled out; each can still be asked for. */
class TrainingDefaultsTest {

    @Command(name = "probe")
    static final class Probe {
        @Mixin
        TrainingOptions options;
    }

    private static TrainingConfig parse(String... args) {
        Probe probe = new Probe();
        new CommandLine(probe).parseArgs(args);
        return probe.options.toConfig();
    }

    @Test
    void theDefaultRunHasNoRandomForestAndNoSmote() {
        TrainingConfig config = parse();
        assertFalse(config.recipe().randomForest());
        assertEquals(SmotePolicy.NONE, config.recipe().smote());
        assertTrue(config.recipe().xgboost());
    }

    @Test
    void theRandomForestAndSmoteAutoAreOptIn() {
        assertTrue(parse("--rf").recipe().randomForest());
        assertTrue(parse("--rf-trees", "20").recipe().randomForest(), "asking for its trees asks for the forest");
        assertFalse(parse("--no-rf").recipe().randomForest(), "the old switch still parses");
        assertEquals(SmotePolicy.AUTO, parse("--smote", "auto").recipe().smote());
    }

    @Test
    void aSearchEncodersBlocksArePutInTheirOrderWithANote() {
        PrintStream err = System.err;
        ByteArrayOutputStream note = new ByteArrayOutputStream();
        TrainingConfig config;
        try {
            System.setErr(new PrintStream(note, true, StandardCharsets.UTF_8));
            config = parse("--encoder", "lead-features-v1+month+log1p");
        } finally {
            System.setErr(err);
        }
        assertEquals("lead-features-v1+log1p+month", config.recipe().encoder().version());
        assertEquals(
                "note: --encoder lead-features-v1+month+log1p is lead-features-v1+log1p+month (the blocks in their "
                        + "order)\n",
                note.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
    }
}
