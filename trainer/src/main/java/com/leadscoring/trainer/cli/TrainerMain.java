package com.leadscoring.trainer.cli;

import java.nio.file.Path;

import com.leadscoring.cli.LocalPathConverter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar trainer.jar <command>}. Exit codes: 0 success, 2 usage error, 1 failure (one line on stderr);
 * {@code drift} also 3: a field or the score shifted; {@code evaluate} 3: realized accuracy degraded.
 */
@Command(
        name = "trainer.jar",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Trains, evaluates and publishes the lead scoring model.",
        subcommands = {
            DemoCommand.class,
            TrainCommand.class,
            ModelsCommand.class,
            GenerateCommand.class,
            DriftCommand.class,
            EvaluateCommand.class,
            DatasetCommand.class,
            CommandLine.HelpCommand.class
        })
public final class TrainerMain implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(
            names = "--verbose",
            scope = CommandLine.ScopeType.INHERIT,
            description = "Also show the libraries' INFO logs (Tribuo, AWS SDK) on stderr.")
    boolean verbose;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI without exiting, for tests. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The configured command line: failures print one line, usage errors exit with 2. */
    public static CommandLine commandLine() {
        TrainerMain main = new TrainerMain();
        CommandLine cl = new CommandLine(main);
        cl.registerConverter(Path.class, new LocalPathConverter());
        cl.setExecutionStrategy(parseResult -> {
            LibraryLogging.configure(parseResult.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--verbose"))
                    || parseResult.hasMatchedOption("--verbose"));
            return new CommandLine.RunLast().execute(parseResult);
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
            commandLine.getErr().println("error: " + message.lines().findFirst().orElse(message));
            message.lines().skip(1).forEach(l -> commandLine.getErr().println(l));
            return CommandLine.ExitCode.SOFTWARE;
        });
        return cl;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }
}
