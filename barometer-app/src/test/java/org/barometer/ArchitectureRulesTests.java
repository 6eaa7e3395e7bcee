package org.barometer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

/**
 * Every rule of {@link ArchitectureTests} fails when it is broken: each is checked against the application with the
 * test tree's {@code Breaks…Rule} classes in it, which break them on purpose, and must name the class that breaks it.
 */
class ArchitectureRulesTests {

    private static JavaClasses withBreaches;

    @BeforeAll
    static void importTheApplicationWithTheClassesThatBreakTheRules() {
        // the other test classes tie the features into cycles of their own, and enough of them hide the breach from the report
        withBreaches = new ClassFileImporter()
                .withImportOption(location -> ImportOption.Predefined.DO_NOT_INCLUDE_TESTS.includes(location) || location.contains("/Breaks"))
                .importPackages("org.barometer");
    }

    @Test
    void aReaderFacingClassReadingTheStoreOfDraftsBreaksTheReadersRule() {
        assertBrokenBy(ArchitectureTests.readersAreServedFromPublishedDataOnly, "org.barometer.api.BreaksTheReadersRule");
        assertBrokenBy(ArchitectureTests.theRenderingsReadNoStore, "org.barometer.api.BreaksTheReadersRule");
    }

    @Test
    void theRenderingReadingNarrativesFromTheirStoreBreaksTheRenderingRule() {
        assertBrokenBy(ArchitectureTests.theRenderingsReadNoStore, "org.barometer.report.BreaksTheRenderingRule");
    }

    @Test
    void sqlOutsideAStoreBreaksTheStoreRule() {
        assertBrokenBy(ArchitectureTests.onlyStoresUseTheDatabase, "org.barometer.workflow.BreaksTheStoreRule");
    }

    @Test
    void aPublicControllerAndAPublicClassNobodyElseUsesBreakTheFaceRules() {
        assertBrokenBy(ArchitectureTests.controllersAreInternal, "org.barometer.catalogue.BreaksTheFaceRules");
        assertBrokenBy(ArchitectureTests.aPublicServiceIsUsedByAnotherFeature, "org.barometer.catalogue.BreaksTheFaceRules");
    }

    @Test
    void theIssueStoreReachingBackIntoTheWorkflowBreaksTheCycleRule() {
        assertBrokenBy(ArchitectureTests.featuresHaveNoCycles, "org.barometer.issue.BreaksTheCycleRule");
    }

    @Test
    void aFeatureReachingIntoTheCommandLineBreaksItsRule() {
        assertBrokenBy(ArchitectureTests.featuresDoNotReachIntoTheCommandLine, "org.barometer.account.BreaksTheCommandLineRule");
    }

    private static void assertBrokenBy(ArchRule rule, String breach) {
        EvaluationResult result = rule.evaluate(withBreaches);
        List<String> violations = result.getFailureReport().getDetails();

        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        assertThat(violations).as("the violations name " + breach).anyMatch(violation -> violation.contains(breach));
    }
}
