package com.leadscoring.trainer.cli;

import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * The CLI shows its own progress bars and summary; libraries (Tribuo logs through {@code java.util.logging}, the AWS
 * SDK through SLF4J) go to the one SLF4J provider, slf4j-simple on stderr, at WARN and above unless {@code --verbose}.
 */
final class LibraryLogging {

    private LibraryLogging() {}

    static void configure(boolean verbose) {
        // Read by slf4j-simple when it creates its first logger; a later call only affects the JUL side.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "info" : "warn");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        LogManager.getLogManager().reset();
        SLF4JBridgeHandler.install();
        Logger.getLogger("").setLevel(verbose ? Level.INFO : Level.WARNING);
    }
}
