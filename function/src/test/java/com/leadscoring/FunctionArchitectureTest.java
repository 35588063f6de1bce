package com.leadscoring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The function's packages, with the core they are built on, have no cycles; the core never reaches back up. */
class FunctionArchitectureTest {

    // Production classes of this module and the modules it depends on (test classes are left out).
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.leadscoring");

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("com.leadscoring.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void coreDoesNotDependOnTheFunction() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "com.leadscoring.lead..",
                        "com.leadscoring.features..",
                        "com.leadscoring.model..",
                        "com.leadscoring.scoring..",
                        "com.leadscoring.decision..",
                        "com.leadscoring.drift..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "com.leadscoring.api..",
                        "com.leadscoring.local..",
                        "com.leadscoring.batch..",
                        "com.leadscoring.deploy..")
                .check(CLASSES);
    }

    /**
     * A handler reads in one screen: the no-argument constructor Lambda calls and one taking the container's
     * {@code Serving} (or its own seams); a test needing another shape builds it in test code.
     */
    @Test
    void everyHandlerHasTheLambdaConstructorAndAtMostOneOther() {
        List<JavaClass> handlers = CLASSES.stream()
                .filter(c -> c.isAssignableTo(RequestHandler.class) || c.isAssignableTo(RequestStreamHandler.class))
                .filter(c -> !c.isInterface())
                .toList();
        assertTrue(handlers.size() >= 5, "found the handlers: " + handlers);
        for (JavaClass handler : handlers) {
            assertTrue(
                    handler.getConstructors().size() <= 2,
                    handler.getName() + " has " + handler.getConstructors().size() + " constructors");
            assertTrue(
                    handler.tryGetConstructor().isPresent(),
                    handler.getName() + " lacks the no-argument constructor Lambda calls");
        }
    }

    @Test
    void theApiDoesNotUseTheLocalCli() {
        noClasses()
                .that()
                .resideInAPackage("com.leadscoring.api..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.leadscoring.local..")
                .check(CLASSES);
    }

    /** picocli and the CLIs' shared options stay in the local CLI, so a Lambda-only jar can leave them out. */
    @Test
    void onlyTheLocalCliUsesTheCommandLine() {
        noClasses()
                .that()
                .resideOutsideOfPackages("com.leadscoring.local..", "com.leadscoring.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("picocli..", "com.leadscoring.cli..")
                .check(CLASSES);
    }

    /**
     * README, Architecture: tracing and the per-container bootstrap at the bottom, the handlers above them and never on
     * each other, the local CLI on top.
     */
    @Test
    void packagesDependDownwardInTheDocumentedOrder() {
        PackageLayers.bottomUp(
                        "com.leadscoring",
                        "tracing, wire, capturing, metrics, stdout",
                        "bootstrap",
                        "api",
                        "batch",
                        "deploy",
                        "monitor",
                        "local")
                .check(CLASSES);
    }

    @Test
    void handlersDoNotUseEachOther() {
        String[] handlers = {"api", "batch", "deploy", "monitor"};
        for (String handler : handlers) {
            for (String other : handlers) {
                if (!handler.equals(other)) {
                    noClasses()
                            .that()
                            .resideInAPackage("com.leadscoring." + handler + "..")
                            .should()
                            .dependOnClassesThat()
                            .resideInAPackage("com.leadscoring." + other + "..")
                            .check(CLASSES);
                }
            }
        }
    }
}
