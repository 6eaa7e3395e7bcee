package org.barometer;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The features stand side by side without cycles, and only the command line knows about the command line. */
@AnalyzeClasses(packages = "org.barometer", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching("org.barometer.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule featuresDoNotReachIntoTheCommandLine = noClasses()
            .that().resideOutsideOfPackage("org.barometer.cli..")
            .should().dependOnClassesThat().resideInAPackage("org.barometer.cli..");

    @ArchTest
    static final ArchRule theMethodDependsOnNoFeature = noClasses()
            .that().resideInAPackage("org.barometer.method..")
            .should().dependOnClassesThat().resideInAnyPackage("org.barometer.issue..", "org.barometer.importer..",
                    "org.barometer.indices..", "org.barometer.publicsite..", "org.barometer.cli..", "org.springframework..");
}
