package com.leadscoring.trainer.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar trainer.jar <command>}. Exit codes: 0 success, 2 usage error, 1 failure (one line on stderr);
 * {@code drift} also 3: a field or the score shifted.
 */
@Command(name = "trainer.jar", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Trains, evaluates and publishes the lead scoring model.",
        subcommands = {DemoCommand.class, TrainCommand.class, ModelsCommand.class, GenerateCommand.class, DriftCommand.class,
                CommandLine.HelpCommand.class})
public final class TrainerMain implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI without exiting, for tests. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The configured command line: failures print one line, usage errors exit with 2. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new TrainerMain());
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
