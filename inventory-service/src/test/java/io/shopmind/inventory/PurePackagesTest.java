package io.shopmind.inventory;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The algorithm packages stay plain Java: no Spring, JPA or servlet classes. */
class PurePackagesTest {

    private static final String[] PURE = {"..eoq..", "..newsvendor..", "..stochastic..", "..lotsizing..", "..dp..",
        "..safetystock..", "..classification..", "..simulation..", "..replenishment.."};

    @Test
    void algorithmPackagesImportNoFramework() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.shopmind.inventory");
        noClasses().that().resideInAnyPackage(PURE)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                        "jakarta.servlet..", "org.hibernate..")
                .check(classes);
    }
}
