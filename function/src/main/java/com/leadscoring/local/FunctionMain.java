package com.leadscoring.local;

import java.nio.file.Path;
import java.util.Set;

import com.leadscoring.bootstrap.ColdStart;
import com.leadscoring.cli.LocalPathConverter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar function.jar <serve|invoke|score>}. Exit codes: 0 success, 2 usage error, 1 failure. */
@Command(
        name = "function.jar",
        mixinStandardHelpOptions = true,
        version = "lead scoring function",
        description = "Runs the scoring function locally.",
        subcommands = {
            ServeCommand.class,
            InvokeCommand.class,
            InvokeBatchCommand.class,
            ScoreCsvCommand.class,
            CommandLine.HelpCommand.class
        })
public final class FunctionMain implements Runnable {

    private static final String LOG_CONFIG = "log4j2.configurationFile";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Commands that load a model and score: their runtime and logging can start loading before the CLI is parsed. */
    private static final Set<String> SCORING = Set.of("serve", "invoke", "invoke-batch", "score");

    public static void main(String[] args) {
        // Before anything logs: the local layout, without the Lambda-only fields a local run would print as null.
        if (System.getProperty(LOG_CONFIG) == null) {
            System.setProperty(LOG_CONFIG, "log4j2-local.xml");
        }
        if (args.length > 0 && SCORING.contains(args[0])) {
            // Overlaps ONNX Runtime's native library and logging with picocli building its model and the command's
            // work.
            // (Starting the model read here too was measured: on 2 cores it only added contention, +40 ms on disk.)
            ColdStart.startBackgroundInit();
        }
        Integer fast = InvokeFastPath.tryRun(args);
        int code = fast != null ? fast : run(args);
        if (code != 0 || !ServeCommand.serving()) {
            System.exit(code);
        }
    }

    public static int run(String... args) {
        CommandLine cl = new CommandLine(new FunctionMain());
        cl.registerConverter(Path.class, new LocalPathConverter());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return CommandLine.ExitCode.SOFTWARE;
        });
        return cl.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }
}
