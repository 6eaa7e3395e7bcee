package org.barometer.method;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The method is plain Java: anyone can read and run it without the application or a framework. */
@AnalyzeClasses(packages = "org.barometer.method", importOptions = ImportOption.DoNotIncludeTests.class)
class MethodStandsAloneTests {

    @ArchTest
    static final ArchRule methodDependsOnlyOnTheJdk = classes()
            .that().resideInAPackage("org.barometer.method..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.barometer.method..", "java..")
            .because("the method stands alone: no framework, no library, no application on its classpath");
}
