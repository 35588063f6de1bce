package com.leadscoring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

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

    /**
     * README, Architecture: tracing and the per-container bootstrap at the bottom, the handlers above them and never on
     * each other, the local CLI on top.
     */
    @Test
    void packagesDependDownwardInTheDocumentedOrder() {
        PackageLayers.bottomUp(
                        "com.leadscoring",
                        "tracing, wire, capturing",
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
