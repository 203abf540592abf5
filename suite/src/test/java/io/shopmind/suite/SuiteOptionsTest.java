package io.shopmind.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SuiteOptionsTest {

    @Test
    void runsEmbeddedWithTheDemoOnTheStandardPortsByDefault() {
        SuiteOptions options = SuiteOptions.parse(new String[0], Map.of());

        assertThat(options.basePort()).isEqualTo(8080);
        assertThat(options.externalJdbcUrl()).isNull();
        assertThat(options.demo()).isTrue();
        assertThat(options.clean()).isFalse();
        assertThat(options.dataDirectory().endsWith(Path.of(".shopmind", "pgdata"))).isTrue();
    }

    @Test
    void takesAnExistingDatabaseAndItsAdminFromTheEnvironment() {
        SuiteOptions options = SuiteOptions.parse(new String[] {"--clean", "--no-demo", "--port", "9000"}, Map.of(
                "SHOPMIND_DB_URL", "jdbc:postgresql://db:5432/shopmind",
                "SHOPMIND_DB_USER", "admin", "SHOPMIND_DB_PASSWORD", "secret",
                "SHOPMIND_DB_SERVICE_PASSWORD", "s3rvice", "SHOPMIND_DATA_DIR", "/data/pg"));

        assertThat(options.externalJdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/shopmind");
        assertThat(options.adminUser()).isEqualTo("admin");
        assertThat(options.adminPassword()).isEqualTo("secret");
        assertThat(options.servicePassword()).isEqualTo("s3rvice");
        assertThat(options.dataDirectory()).isEqualTo(Path.of("/data/pg"));
        assertThat(options.basePort()).isEqualTo(9000);
        assertThat(options.clean()).isTrue();
        assertThat(options.demo()).isFalse();
    }

    @Test
    void demoDaysAreAYearUnlessToldAndBounded() {
        assertThat(SuiteOptions.parse(new String[0], Map.of()).demoDays()).isEqualTo(365);
        assertThat(SuiteOptions.parse(new String[] {"--demo-days", "90"}, Map.of()).demoDays()).isEqualTo(90);
        assertThatThrownBy(() -> SuiteOptions.parse(new String[] {"--demo-days", "5"}, Map.of()))
                .hasMessageContaining("--demo-days must be a whole number from 30 to 730, not 5");
    }

    @Test
    void explainsAnUnknownOptionWithTheUsage() {
        assertThatThrownBy(() -> SuiteOptions.parse(new String[] {"--turbo"}, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown option --turbo")
                .hasMessageContaining("Usage");
        assertThatThrownBy(() -> SuiteOptions.parse(new String[] {"--port"}, Map.of()))
                .hasMessageContaining("--port needs a value");
    }
}
