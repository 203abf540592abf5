package io.shopmind.twin.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopmind.twin.experiment.Arm;
import io.shopmind.twin.experiment.Experiment;
import io.shopmind.twin.experiment.ExperimentResult;
import io.shopmind.twin.experiment.Progress;
import io.shopmind.twin.operations.RuleBasedOperations;
import io.shopmind.twin.operations.RuleSettings;
import io.shopmind.twin.simulation.TwinSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReportWriterTest {

    @Test
    void writesJsonCsvsAndAnHtmlPageThatNeedsNoNetwork(@TempDir Path folder) throws Exception {
        TwinSettings small = TwinSettings.defaults(1, LocalDate.of(2026, 11, 30)).withSize(40, 300, 150)
                .withCalendar(LocalDate.of(2026, 11, 30), 5, 5);
        ExperimentResult result = new Experiment(small, RuleSettings.DEFAULT, List.of(
                new Arm("rules", twin -> new RuleBasedOperations(RuleSettings.DEFAULT)),
                new Arm("dear", twin -> new RuleBasedOperations(new RuleSettings(1.5, 30, 7, 28)))),
                List.of(1L, 2L)).run(null, Progress.NONE);

        Path html = new ReportWriter().write(result, null, folder);

        JsonNode json = JsonMapper.builder().build().readTree(Files.readString(folder.resolve("report.json")));
        assertThat(json.get("comparisons").get("dear").get("gross profit").get("n").asInt()).isEqualTo(2);
        assertThat(json.get("arms").get("rules").get("perSeed")).hasSize(2);
        String page = Files.readString(html);
        assertThat(page).contains("echarts", "report.comparisons").doesNotContain("<script src");
        assertThat(page.length()).isGreaterThan(1_000_000);
        List<String> daily = Files.readAllLines(folder.resolve("daily.csv"));
        assertThat(daily).hasSize(1 + 2 * 2 * 5);
        assertThat(daily.get(0)).startsWith("seed,arm,date,visits,orders,revenue");
        assertThat(Files.readAllLines(folder.resolve("support-labels.csv")).get(0))
                .isEqualTo("seed,arm,contact,date,language,intent,reply_intent,handed_off,correct,text,reply");
    }
}
