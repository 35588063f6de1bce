package com.leadscoring.local;

import java.nio.file.Path;

/**
 * {@code invoke} without picocli for the arguments a script or a benchmark gives it ({@code --store}/{@code --model},
 * {@code --event}, {@code --version}, {@code --timings}): building picocli's model of every command is a share of a
 * cold start the libraries' floors do not have. Anything else (help, a missing or unknown option, an event in S3)
 * returns null and goes through picocli, which says what is wrong as it always has.
 */
final class InvokeFastPath {

    private InvokeFastPath() {}

    /** The exit code of the invocation, or null when {@code args} need the full command line. */
    static Integer tryRun(String[] args) {
        if (args.length == 0 || !args[0].equals("invoke")) {
            return null;
        }
        String store = null;
        String version = null;
        String event = null;
        boolean timings = false;
        for (int i = 1; i < args.length; i++) {
            String name = args[i];
            if (name.equals("--timings")) {
                timings = true;
                continue;
            }
            if (i + 1 >= args.length || args[i + 1].startsWith("-")) {
                return null;
            }
            String value = args[++i];
            switch (name) {
                case "--store", "--model" -> store = value;
                case "--version" -> version = value;
                case "--event" -> event = value;
                default -> {
                    return null;
                }
            }
        }
        if (store == null || event == null || event.contains(":")) {
            return null; // picocli names what is missing, and refuses an event that is not a local file
        }
        try {
            return Invocation.run(store, version, Path.of(event), timings);
        } catch (Exception e) {
            // As FunctionMain's execution exception handler words a failure.
            System.err.println("error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 1;
        }
    }
}
