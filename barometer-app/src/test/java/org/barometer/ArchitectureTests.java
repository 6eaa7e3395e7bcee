package org.barometer;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The boundaries between the features: readers' packages see published data only, only stores touch the database,
 * each feature shows a small public face, nothing reaches into the command line, and the features have no cycles.
 * {@code ArchitectureRulesTests} shows each rule failing on a class that breaks it.
 */
@AnalyzeClasses(packages = "org.barometer", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    /** What readers are served from: the public site, the API and the open data. */
    static final String[] READER_FACING = {"org.barometer.api..", "org.barometer.opendata..", "org.barometer.publicsite.."};

    /** The features that keep drafts, and whatever else readers must never be served from. */
    static final String[] HOLDING_DRAFTS = {"org.barometer.issue..", "org.barometer.catalogue..", "org.barometer.narrative..",
            "org.barometer.workflow..", "org.barometer.audit..", "org.barometer.importer..", "org.barometer.cli.."};

    /** Where a reader-facing class may take a Spring bean from: the read model, the renderings and the page frame. */
    static final String[] READERS_BEANS = {"org.barometer.publicdata..", "org.barometer.report..", "org.barometer.system.."};

    @ArchTest
    static final ArchRule readersAreServedFromPublishedDataOnly = noClasses()
            .that().resideInAnyPackage(READER_FACING)
            .should().dependOnClassesThat().resideInAnyPackage(HOLDING_DRAFTS)
            .because("a reader-facing answer is made from the read model of published data and the method, so that no draft can leak into it");

    @ArchTest
    static final ArchRule theRenderingsReadNoStore = noClasses()
            .that().resideInAnyPackage("org.barometer.report..")
            .or().resideInAnyPackage(READER_FACING)
            .should().dependOnClassesThat(springBeans().and(describe("of features other than the read model, the renderings and the page frame",
                    bean -> resideInAnyPackage("org.barometer..").test(bean) && !resideInAnyPackage(READERS_BEANS).test(bean)
                            && !resideInAnyPackage(READER_FACING).test(bean))))
            .because("the publication renders what it is given; published data comes from the read model, the team's drafts through TeamView");

    @ArchTest
    static final ArchRule onlyStoresUseTheDatabase = classes()
            .that(describe("use JdbcClient", type -> type.getDirectDependenciesFromSelf().stream()
                    .anyMatch(dependency -> dependency.getTargetClass().isAssignableTo(JdbcClient.class))))
            .should().beAnnotatedWith(Repository.class)
            .because("SQL lives in the store that owns its tables, and everyone else goes through it");

    @ArchTest
    static final ArchRule controllersAreInternal = classes()
            .that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
            .should().notBePublic()
            .because("a feature's web pages are its own; other features use its public face");

    @ArchTest
    static final ArchRule aPublicServiceIsUsedByAnotherFeature = classes()
            .that().resideInAPackage("org.barometer.(*)..").and().arePublic().and().areTopLevelClasses()
            .and().areNotRecords().and().areNotEnums().and().areNotInterfaces().and().areNotAnnotations()
            .and(describe("are not a program's entry", type -> type.getMethods().stream().noneMatch(method -> method.getName().equals("main"))))
            .should(beUsedOutsideTheirFeature())
            .because("a feature's public face is the services, stores and helpers other features use; the rest stays package-private"
                    + " (values, which other features receive through the face's signatures, may be public)");

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching("org.barometer.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule featuresDoNotReachIntoTheCommandLine = noClasses()
            .that().resideOutsideOfPackage("org.barometer.cli..")
            .should().dependOnClassesThat().resideInAPackage("org.barometer.cli..");

    /** Classes Spring makes: named by their stereotype itself, as the classes outside the application are not read (archunit.properties). */
    static DescribedPredicate<JavaClass> springBeans() {
        return describe("Spring beans", type -> Set.of(Repository.class, Service.class, Component.class, Controller.class,
                        RestController.class, Configuration.class, ControllerAdvice.class, RestControllerAdvice.class).stream()
                .anyMatch(annotation -> annotatedWith(annotation).test(type)));
    }

    static ArchCondition<JavaClass> beUsedOutsideTheirFeature() {
        return new ArchCondition<>("be used by a class of another feature") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                String feature = feature(type);
                boolean used = type.getDirectDependenciesToSelf().stream()
                        .map(Dependency::getOriginClass)
                        .anyMatch(origin -> !feature.equals(feature(origin)));
                if (!used) {
                    events.add(SimpleConditionEvent.violated(type, type.getName() + " is public but no other feature uses it"));
                }
            }
        };
    }

    private static String feature(JavaClass type) {
        String name = type.getPackageName();
        int end = name.indexOf('.', "org.barometer.".length());
        return end < 0 ? name : name.substring(0, end);
    }
}
