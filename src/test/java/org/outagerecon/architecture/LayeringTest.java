package org.outagerecon.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers of the README's layout, kept by the compiled classes of {@code src/main}: arrows only run down,
 * and the rules stay pure functions that a unit test can run without a database.
 */
class LayeringTest {

    static final String ROOT = "org.outagerecon";

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/org/outagerecon/db/"))
                .importPackages(ROOT);
    }

    @Test
    void layersOnlyDependOnTheLayersBelowThem() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("domain").definedBy(ROOT + ".domain..")
                .layer("rules").definedBy(ROOT + ".rules..")
                .layer("composition").definedBy(ROOT + ".agentmrd..")
                .layer("system").definedBy(ROOT + ".system..")
                .layer("job").definedBy(ROOT + ".job..")
                .layer("top").definedBy(ROOT + ".importer..", ROOT + ".generate..", ROOT + ".benchmark..",
                        ROOT + ".cli..", ROOT + ".outages..", ROOT + ".report..")
                .whereLayer("top").mayNotBeAccessedByAnyLayer()
                .whereLayer("job").mayOnlyBeAccessedByLayers("top")
                .whereLayer("system").mayOnlyBeAccessedByLayers("job", "top")
                .whereLayer("composition").mayOnlyBeAccessedByLayers("job", "top")
                .whereLayer("rules").mayOnlyBeAccessedByLayers("composition", "job", "top")
                .check(main);
    }

    @Test
    void theRulesKnowNoDatabaseNorFramework() {
        noClasses().that().resideInAnyPackage(ROOT + ".domain..", ROOT + ".rules..", ROOT + ".agentmrd..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "javax.sql..",
                        "org.springframework..", ROOT + ".db..", ROOT + ".job..", ROOT + ".system..")
                .check(main);
    }

    @Test
    void noPackagesDependOnEachOtherInACircle() {
        slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(main);
    }
}
