package io.shopmind.suite;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.shopmind.model.PlainJava;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The module boundaries of ARCHITECTURE.md, checked on the compiled classes of every app. Which packages are plain
 * Java is read from their {@code package-info.java} ({@link PlainJava}), not from a list kept here.
 */
class ArchitectureTest {

    private static final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.shopmind");

    private static final List<String> SERVICES = List.of(
            "io.shopmind.recommendation..", "io.shopmind.forecast..", "io.shopmind.inventory..",
            "io.shopmind.pricing..", "io.shopmind.supportbot..", "io.shopmind.gateway..");

    /** Classes in a package marked {@link PlainJava}, or in a subpackage of one. */
    private static final DescribedPredicate<JavaClass> PLAIN_JAVA = DescribedPredicate.describe(
            "reside in a package marked @PlainJava", javaClass -> markedPlainJava(javaClass.getPackage()));

    private static boolean markedPlainJava(JavaPackage javaPackage) {
        for (Optional<JavaPackage> p = Optional.of(javaPackage); p.isPresent(); p = p.get().getParent()) {
            if (p.get().isAnnotatedWith(PlainJava.class)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void plainJavaPackagesImportNoSpringPersistenceOrServlet() {
        noClasses().that(PLAIN_JAVA)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "jakarta.persistence..", "javax.persistence..", "jakarta.servlet..",
                        "javax.servlet..", "org.hibernate..")
                .because("algorithms and contracts are plain Java; services only wrap them")
                .check(classes);
    }

    @Test
    void everyServiceWithAlgorithmsMarksThem() {
        // a mark lost in a refactoring would silently take a package out of the rule above
        for (String service : List.of("io.shopmind.recommendation.", "io.shopmind.forecast.",
                "io.shopmind.inventory.", "io.shopmind.model")) {
            assertThat(classes.stream().filter(c -> c.getPackageName().startsWith(service)).anyMatch(PLAIN_JAVA))
                    .as("%s has plain-Java packages", service).isTrue();
        }
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
}
