package io.shopmind.pricing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages whose {@code package-info.java} says "Pure Java" import no Spring, JPA or servlet classes. The marks
 * are read from the sources, so there is no list here to keep in step.
 */
class PurePackagesTest {

    private static final Path SOURCES = Path.of("src/main/java/io/shopmind/pricing");

    @Test
    void packagesMarkedPureImportNoFramework() throws IOException {
        List<String> pure = pureMarked();
        assertThat(pure).contains("io.shopmind.pricing.elasticity", "io.shopmind.pricing.optimum",
                "io.shopmind.pricing.guardrail", "io.shopmind.pricing.markdown", "io.shopmind.pricing.bandit");
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.shopmind.pricing");
        noClasses().that().resideInAnyPackage(pure.stream().map(p -> p + "..").toArray(String[]::new))
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                        "jakarta.servlet..", "org.hibernate..")
                .check(classes);
    }

    private static List<String> pureMarked() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.getFileName().toString().equals("package-info.java"))
                    .filter(f -> read(f).contains("Pure Java"))
                    .map(f -> "io.shopmind.pricing." + SOURCES.relativize(f.getParent()).toString().replace('/', '.'))
                    .sorted().toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
