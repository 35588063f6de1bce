package com.leadscoring.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import org.junit.jupiter.api.Test;

/**
 * {@code function-lambda.jar}, what the five functions deploy (infra/Makefile), holds the handlers and what they run,
 * and none of the local tools: no CLI ({@code com.leadscoring.local}, picocli), no playground, no Swagger UI, no copy
 * of {@code openapi.yaml}. {@code function.jar} keeps them for {@code serve}, {@code invoke} and {@code score}.
 */
class LambdaJarIT {

    static final Path LAMBDA_JAR = Path.of("target", "function-lambda.jar");
    static final Path CLI_JAR = Path.of("target", "function.jar");

    /** The template's handlers (infra/template.yaml, {@code Handler:}). */
    static final List<String> HANDLERS = List.of(
            "com/leadscoring/api/ScoreHandler.class",
            "com/leadscoring/batch/BatchScoreHandler.class",
            "com/leadscoring/batch/RescoreCsvHandler.class",
            "com/leadscoring/monitor/DriftHandler.class",
            "com/leadscoring/deploy/PreTrafficHook.class");

    @Test
    void theLambdaJarHoldsTheHandlersAndNoLocalTool() throws Exception {
        try (JarFile jar = new JarFile(LAMBDA_JAR.toFile())) {
            for (String handler : HANDLERS) {
                assertTrue(jar.getEntry(handler) != null, handler + " is missing");
            }
            // The log4j plugin index the build merges, without which log4j logs nothing (FunctionJarIT).
            assertTrue(jar.getEntry("META-INF/org/apache/logging/log4j/core/config/plugins/Log4j2Plugins.dat") != null);
            assertTrue(jar.getEntry("log4j2.xml") != null);
            List<String> local = jar.stream()
                    .map(ZipEntry::getName)
                    .filter(n -> n.startsWith("com/leadscoring/local/")
                            || n.startsWith("picocli/")
                            || n.contains("META-INF/maven/info.picocli")
                            || n.startsWith("playground/")
                            || n.contains("swagger-ui")
                            || n.endsWith("openapi.yaml")
                            || n.equals("log4j2-local.xml"))
                    .toList();
            assertEquals(List.of(), local, "local tools in the Lambda artifact");
            assertTrue(jar.getManifest().getMainAttributes().getValue("Main-Class") == null, "no CLI entry point");
        }
    }

    @Test
    void theCliJarKeepsTheLocalToolsAndIsTheLargerOne() throws Exception {
        try (JarFile jar = new JarFile(CLI_JAR.toFile())) {
            for (String entry : Set.of(
                    "com/leadscoring/local/FunctionMain.class",
                    "picocli/CommandLine.class",
                    "playground/index.html",
                    "playground/openapi.yaml")) {
                assertTrue(jar.getEntry(entry) != null, entry + " is missing from function.jar");
            }
            assertTrue(jar.stream().anyMatch(e -> e.getName().contains("swagger-ui")), "Swagger UI in function.jar");
        }
        assertTrue(Files.size(LAMBDA_JAR) < Files.size(CLI_JAR));
    }
}
