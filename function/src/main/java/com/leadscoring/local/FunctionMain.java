package com.leadscoring.local;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar function.jar <serve|invoke|score>}. Exit codes: 0 success, 2 usage error, 1 failure. */
@Command(name = "function.jar", mixinStandardHelpOptions = true, version = "lead scoring function",
        description = "Runs the scoring function locally.",
        subcommands = {ServeCommand.class, InvokeCommand.class, InvokeBatchCommand.class, ScoreCsvCommand.class, CommandLine.HelpCommand.class})
public final class FunctionMain implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int code = run(args);
        if (code != 0 || !ServeCommand.serving()) {
            System.exit(code);
        }
    }

    public static int run(String... args) {
        CommandLine cl = new CommandLine(new FunctionMain());
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
