package com.leadscoring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The shared contract's packages depend on each other one way, and on neither side's frameworks. */
class CoreArchitectureTest {

    // Production classes of this module and the modules it depends on (test classes are left out).
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.leadscoring");

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("com.leadscoring.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void coreKnowsNeitherLambdaNorTribuo() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.amazonaws.services.lambda..", "org.tribuo..", "software.amazon.lambda..")
                .check(CLASSES);
    }

    @Test
    void leadSchemaIsTheBottom() {
        noClasses()
                .that()
                .resideInAPackage("com.leadscoring.lead..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "com.leadscoring.features..",
                        "com.leadscoring.model..",
                        "com.leadscoring.scoring..",
                        "com.leadscoring.decision..")
                .check(CLASSES);
    }

    /** README, Architecture: the order of the shared contract, read bottom-up. */
    @Test
    void packagesDependDownwardInTheDocumentedOrder() {
        PackageLayers.bottomUp(
                        "com.leadscoring",
                        "io",
                        "lead",
                        "features",
                        "decision",
                        "model",
                        "scoring",
                        "drift",
                        "capture, outcome",
                        "realized")
                .check(CLASSES);
    }
}
