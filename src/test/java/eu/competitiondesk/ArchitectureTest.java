package eu.competitiondesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The structure docs/architecture.md describes, held over package patterns rather than lists, so a new package is
 * judged by the rule of its kind the day it appears: top-level packages depend on each other without cycles; engines
 * are plain Java; a feature sees another feature only through its read models, ports and services, never its
 * entities or resources; the shared kernels (web, api, platform) know no feature; database is nobody's and knows
 * nobody.
 */
class ArchitectureTest {

    private static final String ROOT = "eu.competitiondesk.";

    /** The packages that are no feature: each has a rule of its own. */
    private static final Set<String> KERNELS = Set.of(
            "web",
            "api",
            "platform",
            "database",
            "security",
            "audit",
            "referencedata",
            "transfer",
            "demo",
            "engine",
            "export");

    private static final JavaClasses APPLICATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("eu.competitiondesk");

    @Test
    void topLevelPackagesHaveNoCycles() {
        slices().matching("eu.competitiondesk.(*)..")
                .namingSlices("package $1")
                .should()
                .beFreeOfCycles()
                .check(APPLICATION);
    }

    @Test
    void enginesArePlainJava() {
        classes()
                .that()
                .resideInAPackage("..engine..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "eu.competitiondesk..engine..")
                .because("a calculation engine is tested and read without the framework, the database or the web")
                .check(APPLICATION);
    }

    /**
     * The fast lane ({@code ./mvnw test}) runs the plain unit tests only: a test that starts the application says so
     * with the tag the build leaves to {@code ./mvnw verify}.
     */
    @Test
    void aTestThatStartsTheApplicationIsTaggedSo() {
        JavaClasses tests = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("eu.competitiondesk");
        classes()
                .that()
                .areAnnotatedWith("io.quarkus.test.junit.QuarkusTest")
                .should(new ArchCondition<>("be tagged \"application\"") {
                    @Override
                    public void check(JavaClass test, ConditionEvents events) {
                        boolean tagged = test.tryGetAnnotationOfType(org.junit.jupiter.api.Tag.class)
                                .map(tag -> tag.value().equals("application"))
                                .orElse(false);
                        if (!tagged) {
                            events.add(SimpleConditionEvent.violated(
                                    test,
                                    test.getName() + " starts the application" + " without the tag \"application\""));
                        }
                    }
                })
                .check(tests);
    }

    @Test
    void theSharedEngineTypesKnowNoEngine() {
        classes()
                .that()
                .resideInAPackage(ROOT + "engine..")
                .should(dependOnlyOnKernels(Set.of("engine")))
                .because("the outcome and the three-valued logic every engine shares depend on none of them")
                .check(APPLICATION);
    }

    @Test
    void aFeatureSeesAnotherOnlyThroughItsReadModelsPortsAndServices() {
        classes()
                .that()
                .resideInAPackage("eu.competitiondesk..")
                .should(notUseAnotherFeaturesEntitiesOrResources())
                .check(APPLICATION);
    }

    @Test
    void theSharedKernelsKnowNoFeature() {
        for (String kernel : Set.of("web", "api", "platform")) {
            classes()
                    .that()
                    .resideInAPackage(ROOT + kernel + "..")
                    .should(dependOnlyOnKernels(Set.of("web", "api", "platform")))
                    .because(kernel + " serves every feature and knows none")
                    .check(APPLICATION);
        }
    }

    @Test
    void theDatabaseChoiceIsNobodysAndKnowsNobody() {
        classes()
                .that()
                .resideInAPackage(ROOT + "database..")
                .should(dependOnlyOnKernels(Set.of("database")))
                .check(APPLICATION);
        noClasses()
                .that()
                .resideOutsideOfPackage(ROOT + "database..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(ROOT + "database..")
                .check(APPLICATION);
    }

    @Test
    void securityAuditAndReferenceDataKnowNoCase() {
        for (String kernel : Set.of("security", "audit", "referencedata")) {
            noClasses()
                    .that()
                    .resideInAPackage(ROOT + kernel + "..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage(ROOT + "cases..")
                    .because(kernel + " knows cases by id at most")
                    .check(APPLICATION);
        }
    }

    /**
     * The drawing of docs/architecture.md is the code's: each top-level package with the packages it uses directly,
     * between the two markers. A change of the structure fails here with the drawing to paste.
     */
    @Test
    void theArchitectureDocumentDrawsTheDependenciesAsTheyAre() throws java.io.IOException {
        java.util.Map<String, java.util.SortedSet<String>> uses = new java.util.TreeMap<>();
        for (JavaClass type : APPLICATION) {
            String from = topLevel(type);
            if (from == null || from.isEmpty() || type.getPackageName().equals("eu.competitiondesk")) {
                continue;
            }
            java.util.SortedSet<String> targets = uses.computeIfAbsent(from, k -> new java.util.TreeSet<>());
            for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                String to = topLevel(dependency.getTargetClass().getBaseComponentType());
                if (to != null && !to.isEmpty() && !to.equals(from)) {
                    targets.add(to);
                }
            }
        }
        StringBuilder drawing = new StringBuilder();
        uses.forEach((from, targets) -> drawing.append(String.format("%-14s", from))
                .append(targets.isEmpty() ? "(uses no other package)" : "─► " + String.join(", ", targets))
                .append('\n'));
        String document = java.nio.file.Files.readString(java.nio.file.Path.of("docs/architecture.md"));
        String begin = "<!-- dependencies: drawn from the code, checked by ArchitectureTest -->\n```\n";
        int start = document.indexOf(begin);
        int end = document.indexOf("```", start + begin.length());
        String drawn = start < 0 || end < 0 ? "(no drawing found)" : document.substring(start + begin.length(), end);
        org.junit.jupiter.api.Assertions.assertEquals(
                drawing.toString(),
                drawn,
                "docs/architecture.md's dependency drawing; paste the expected text between its markers");
    }

    /** The top-level package a class lives in ("cases" for eu.competitiondesk.cases.engine.X). */
    static String topLevel(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(ROOT)) {
            return null;
        }
        String rest = name.substring(ROOT.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static boolean isFeature(String topLevel) {
        return topLevel != null && !KERNELS.contains(topLevel);
    }

    private static boolean isEntityOrResource(JavaClass type) {
        return type.isAnnotatedWith("jakarta.persistence.Entity")
                || type.isAnnotatedWith("jakarta.persistence.MappedSuperclass")
                || type.isAnnotatedWith("jakarta.ws.rs.Path");
    }

    private static ArchCondition<JavaClass> notUseAnotherFeaturesEntitiesOrResources() {
        return new ArchCondition<>("use no other feature's entities or resources") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String from = topLevel(origin);
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    String to = topLevel(target);
                    if (to == null || to.equals(from) || !isFeature(to) || !isEntityOrResource(target)) {
                        continue;
                    }
                    // A child entity may map its relation to its case.
                    boolean childOfCase =
                            isEntityOrResource(origin) && target.getName().equals(ROOT + "cases.CaseFile");
                    if (!childOfCase) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> dependOnlyOnKernels(Set<String> allowed) {
        return new ArchCondition<>("depend on no feature") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    String to = topLevel(dependency.getTargetClass().getBaseComponentType());
                    if (to != null && !allowed.contains(to)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }
}
