package io.shopmind.suite;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The module boundaries of ARCHITECTURE.md, checked on the compiled classes of every app. */
class ArchitectureTest {

    private static final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.shopmind");

    /** Plain-Java algorithm packages: deterministic maths, unit-tested against published values. */
    private static final String[] ALGORITHM_PACKAGES = {
            "io.shopmind.forecast.model..", "io.shopmind.forecast.arima..", "io.shopmind.forecast.ets..",
            "io.shopmind.forecast.theta..", "io.shopmind.forecast.baseline..", "io.shopmind.forecast.intermittent..",
            "io.shopmind.forecast.evaluation..", "io.shopmind.forecast.selection..", "io.shopmind.forecast.neural..",
            "io.shopmind.inventory.eoq..", "io.shopmind.inventory.newsvendor..", "io.shopmind.inventory.stochastic..",
            "io.shopmind.inventory.lotsizing..", "io.shopmind.inventory.dp..", "io.shopmind.inventory.safetystock..",
            "io.shopmind.inventory.classification..", "io.shopmind.inventory.simulation..",
            "io.shopmind.inventory.planning..",
            "io.shopmind.pricing.elasticity..", "io.shopmind.pricing.optimum..", "io.shopmind.pricing.guardrail..",
            "io.shopmind.pricing.markdown..", "io.shopmind.pricing.bandit..",
            "io.shopmind.recommendation.interaction..", "io.shopmind.recommendation.model..",
            "io.shopmind.recommendation.popularity..", "io.shopmind.recommendation.knn..",
            "io.shopmind.recommendation.als..", "io.shopmind.recommendation.bpr..", "io.shopmind.recommendation.ease..",
            "io.shopmind.recommendation.association..", "io.shopmind.recommendation.evaluation..",
            "io.shopmind.supportbot.understanding..", "io.shopmind.supportbot.entity..", "io.shopmind.supportbot.faq..",
            "io.shopmind.supportbot.evaluation.."};

    private static final List<String> SERVICES = List.of(
            "io.shopmind.recommendation..", "io.shopmind.forecast..", "io.shopmind.inventory..",
            "io.shopmind.pricing..", "io.shopmind.supportbot..", "io.shopmind.gateway..");

    @Test
    void algorithmsImportNoSpringPersistenceOrServlet() {
        noClasses().that().resideInAnyPackage(ALGORITHM_PACKAGES)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "jakarta.persistence..", "jakarta.servlet..", "org.hibernate..")
                .because("algorithms are plain Java; services only wrap them")
                .check(classes);
    }

    @Test
    void noAppImportsAnotherAppsCode() {
        for (String service : SERVICES) {
            String[] others = SERVICES.stream().filter(other -> !other.equals(service)).toArray(String[]::new);
            noClasses().that().resideInAPackage(service)
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .because("data crosses services only over HTTP")
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void theContractsHoldNoSpring() {
        noClasses().that().resideInAPackage("io.shopmind.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..")
                .because("common-model holds the contracts only")
                .check(classes);
    }
}
