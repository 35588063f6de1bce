package com.leadscoring.trainer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.leadscoring.PackageLayers;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The trainer's steps depend on each other one way (read bottom-up), and on the core contract, never on the function.
 */
class TrainerArchitectureTest {

    // Production classes of this module and the modules it depends on (test classes are left out).
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.leadscoring");

    @Test
    void trainerPackagesAreFreeOfCycles() {
        slices().matching("com.leadscoring.trainer.(*)..")
                .should()
                .beFreeOfCycles()
                .check(CLASSES);
    }

    @Test
    void allPackagesAreFreeOfCycles() {
        slices().matching("com.leadscoring.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void trainerNeverUsesTheFunction() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "com.leadscoring.api..", "com.leadscoring.local..", "com.amazonaws.services.lambda..")
                .check(CLASSES);
    }

    @Test
    void coreDoesNotDependOnTheTrainer() {
        noClasses()
                .that()
                .resideOutsideOfPackage("com.leadscoring.trainer..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.leadscoring.trainer..")
                .check(CLASSES);
    }

    /**
     * README, Architecture: the building blocks, the models, cross-validation and the ONNX graphs, the recipe, then
     * export, figures and lifecycle over the recipe's result, the report over those, the job composing it all, the CLI
     * on top.
     */
    @Test
    void packagesDependDownwardInTheDocumentedOrder() {
        PackageLayers.bottomUp(
                        "com.leadscoring.trainer",
                        "calibration, evaluation, grading",
                        "data, normalize, split, oversample",
                        "dnn, baseline",
                        "cv, onnx",
                        "pipeline",
                        "export, figures, lifecycle",
                        "report",
                        "job",
                        "cli")
                .check(CLASSES);
    }
}
