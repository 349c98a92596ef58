package eu.competitiondesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The package structure docs/architecture.md draws: each feature is a top-level package, features depend on each
 * other without cycles, and the calculation engines are plain Java that know neither the framework nor the rest of
 * the application.
 */
class ArchitectureTest {

    private static final JavaClasses APPLICATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("eu.competitiondesk");

    @Test
    void featuresHaveNoCycles() {
        slices().matching("eu.competitiondesk.(*)..")
            .namingSlices("feature $1").should().beFreeOfCycles()
                .check(APPLICATION);
    }

    @Test
    void enginesArePlainJava() {
        classes().that().resideInAPackage("..engine..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "eu.competitiondesk..engine..")
            .because("a calculation engine is tested and read without the framework, the database or the web")
                .check(APPLICATION);
    }

    @Test
    void webKnowsNoFeature() {
        classes().that().resideInAPackage("eu.competitiondesk.web..")
            .should().onlyDependOnClassesThat().resideOutsideOfPackages("eu.competitiondesk.cases..",
                    "eu.competitiondesk.security..", "eu.competitiondesk.audit..", "eu.competitiondesk.assessments..",
                    "eu.competitiondesk.concentration..", "eu.competitiondesk.reports..",
                    "eu.competitiondesk.documents..", "eu.competitiondesk.deadlines..", "eu.competitiondesk.transfer..",
                    "eu.competitiondesk.mergerthresholds..", "eu.competitiondesk.economics..",
                    "eu.competitiondesk.demo..")
            .because("the shared web parts (errors, forms, flash messages) serve every feature and know none")
                .check(APPLICATION);
    }
}
