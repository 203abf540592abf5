package io.shopmind.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** A database outage for the fault suite: the server stops, and comes back on its port with its data. */
class EmbeddedDatabaseRestartTest {

    @Test
    void comesBackOnItsPortWithItsDataAndStaysUp() throws Exception {
        Path directory = Files.createTempDirectory("shopmind-restart-test");
        try (EmbeddedDatabase database = EmbeddedDatabase.start(directory, 0, true, "secret")) {
            execute(database, "CREATE TABLE outage_probe (id int); INSERT INTO outage_probe VALUES (7)");

            database.stop();
            assertThatThrownBy(() -> execute(database, "SELECT 1")).isInstanceOf(SQLException.class);
            database.restart();
            Thread.sleep(3_000);

            try (Connection connection = database.adminDataSource().getConnection();
                    Statement statement = connection.createStatement()) {
                var rs = statement.executeQuery("SELECT id FROM outage_probe");
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(7);
            }
        }
    }

    private static void execute(EmbeddedDatabase database, String sql) throws SQLException {
        try (Connection connection = database.adminDataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
