package io.shopmind.recommendation.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The algorithm, evaluation, ranking and statistics packages stay plain Java: no Spring, JPA or servlet types. */
class AlgorithmPackagesTest {

    private static final String[] PACKAGES = {
        "io.shopmind.recommendation.model..", "io.shopmind.recommendation.interaction..",
        "io.shopmind.recommendation.popularity..", "io.shopmind.recommendation.knn..",
        "io.shopmind.recommendation.als..", "io.shopmind.recommendation.bpr..", "io.shopmind.recommendation.ease..",
        "io.shopmind.recommendation.association..", "io.shopmind.recommendation.evaluation..",
        "io.shopmind.recommendation.linalg..", "io.shopmind.recommendation.plsa..", "io.shopmind.recommendation.algorithm..",
        "io.shopmind.recommendation.cli..", "io.shopmind.recommendation.statistics.."};

    @Test
    void importNoFrameworkTypes() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(PACKAGES);
        noClasses().that().resideInAnyPackage(PACKAGES)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "jakarta.persistence..", "javax.persistence..", "jakarta.servlet..",
                        "javax.servlet..", "org.hibernate..")
                .check(classes);
    }
}
