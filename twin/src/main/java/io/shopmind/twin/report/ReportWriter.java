package io.shopmind.twin.report;

import io.shopmind.twin.calibration.CalibrationResult;
import io.shopmind.twin.experiment.ExperimentResult;
import io.shopmind.twin.metrics.Metric;
import io.shopmind.twin.metrics.PairedDifference;
import io.shopmind.twin.simulation.ArmRun;
import io.shopmind.twin.simulation.ContactOutcome;
import io.shopmind.twin.simulation.DayTotals;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an experiment's report into a folder: {@code report.json} (every figure), {@code report.html} (tables and
 * charts, ECharts inlined), {@code daily.csv} (each arm's raw daily totals per seed) and
 * {@code support-labels.csv} (every contact with its reply and verdict).
 */
public final class ReportWriter {

    private static final String ECHARTS = "/META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";
    private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** Writes the report and returns the HTML page's path. */
    public Path write(ExperimentResult result, CalibrationResult calibration, Path folder) throws IOException {
        Files.createDirectories(folder);
        Map<String, Object> model = ReportModel.of(result, calibration);
        String reportJson = json.writeValueAsString(model);
        Files.writeString(folder.resolve("report.json"), reportJson);
        writeDaily(result, folder.resolve("daily.csv"));
        writeLabels(result, folder.resolve("support-labels.csv"));
        Path html = folder.resolve("report.html");
        Files.writeString(html, html(result, reportJson));
        return html;
    }

    private void writeDaily(ExperimentResult result, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file)) {
            out.write("seed,arm,date,visits,orders,revenue,cost_of_goods,gross_profit,units_demanded,units_filled,"
                    + "units_lost,units_substituted,stockout_cost,holding_cost,ordering_cost,purchase_order_lines,"
                    + "inventory_value,stockout_skus,rec_impressions,rec_clicks,rec_purchases,rec_precision_sum,"
                    + "price_changes,contacts,contained,correct,support_cost\n");
            for (Map.Entry<String, List<ArmRun>> arm : result.runs().entrySet()) {
                for (ArmRun run : arm.getValue()) {
                    for (DayTotals d : run.days()) {
                        out.write(String.format(Locale.ROOT,
                                "%d,%s,%s,%d,%d,%.2f,%.2f,%.2f,%d,%d,%d,%d,%.2f,%.4f,%.2f,%d,%.2f,%d,%d,%d,%d,%.4f,%d,"
                                        + "%d,%d,%d,%.2f%n",
                                run.seed(), arm.getKey(), d.date(), d.visits(), d.orders(), d.revenue(),
                                d.costOfGoods(), d.grossProfit(), d.unitsDemanded(), d.unitsFilled(), d.unitsLost(),
                                d.unitsSubstituted(), d.stockoutCost(), d.holdingCost(), d.orderingCost(),
                                d.purchaseOrderLines(), d.inventoryValue(), d.stockoutSkus(),
                                d.recommendationImpressions(), d.recommendationClicks(), d.recommendationPurchases(),
                                d.recommendationPrecision(), d.priceChanges(), d.contacts(), d.contained(),
                                d.correct(), d.supportCost()));
                    }
                }
            }
        }
    }

    private void writeLabels(ExperimentResult result, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file)) {
            out.write("seed,arm,contact,date,language,intent,reply_intent,handed_off,correct,text,reply\n");
            for (Map.Entry<String, List<ArmRun>> arm : result.runs().entrySet()) {
                for (ArmRun run : arm.getValue()) {
                    for (ContactOutcome c : run.contacts()) {
                        out.write(String.join(",", Long.toString(run.seed()), arm.getKey(), c.id(),
                                c.date().toString(), c.language(), c.intent().name(),
                                c.replyIntent() == null ? "" : c.replyIntent().name(), Boolean.toString(c.handedOff()),
                                Boolean.toString(c.correct()), csv(c.text()), csv(c.reply())) + "\n");
                    }
                }
            }
        }
    }

    private String html(ExperimentResult result, String reportJson) {
        StringBuilder page = new StringBuilder();
        page.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>ShopMind twin report"
                + "</title><style>body{font:14px/1.4 system-ui,sans-serif;margin:2em;max-width:1200px}"
                + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:3px 8px;"
                + "text-align:right}th:first-child,td:first-child{text-align:left}.good{background:#e3f6e3}"
                + ".bad{background:#fbe3e3}.chart{width:100%;height:360px}</style></head><body>");
        page.append("<h1>ShopMind shop twin</h1><p>")
                .append(esc(String.format(Locale.ROOT, "%d seeds %s; %d SKUs, %d shoppers, %.0f visits a day; "
                                + "%d days of history under the rules, then %d days compared, ending %s. "
                                + "Rules: %s. Took %.0f s.", result.seeds().size(), result.seeds(),
                        result.settings().skus(), result.settings().shoppers(), result.settings().visitsPerDay(),
                        result.settings().historyDays(), result.settings().days(), result.settings().lastDay(),
                        result.rules(), result.wallSeconds())))
                .append("</p><p>").append(esc(ReportModel.INTERVAL)).append(". Green: the interval excludes zero in "
                        + "the better direction; red: in the worse.</p>");
        page.append("<h2>Arms (mean over seeds)</h2><table><tr><th>metric</th>");
        result.runs().keySet().forEach(arm -> page.append("<th>").append(esc(arm)).append("</th>"));
        page.append("</tr>");
        for (Metric metric : Metric.values()) {
            page.append("<tr><td>").append(esc(metric.label())).append("</td>");
            for (String arm : result.runs().keySet()) {
                page.append("<td>").append(format(metric, result.mean(arm, metric))).append("</td>");
            }
            page.append("</tr>");
        }
        page.append("</table>");
        result.notes().forEach((arm, notes) -> notes.forEach(note -> page.append("<p>").append(esc(arm))
                .append(": ").append(esc(note)).append("</p>")));
        for (String arm : result.runs().keySet()) {
            if (arm.equals(result.baseline())) {
                continue;
            }
            page.append("<h2>").append(esc(arm)).append(" − ").append(esc(result.baseline()))
                    .append("</h2><table><tr><th>metric</th><th>mean difference</th><th>95 % interval</th>"
                            + "<th>relative</th></tr>");
            for (Map.Entry<Metric, PairedDifference> e : result.against(arm).entrySet()) {
                PairedDifference p = e.getValue();
                boolean better = e.getKey().higherIsBetter() ? p.lower() > 0 : p.upper() < 0;
                boolean worse = e.getKey().higherIsBetter() ? p.upper() < 0 : p.lower() > 0;
                page.append("<tr class=\"").append(better ? "good" : worse ? "bad" : "").append("\"><td>")
                        .append(esc(e.getKey().label())).append("</td><td>").append(format(e.getKey(), p.mean()))
                        .append("</td><td>[").append(format(e.getKey(), p.lower())).append(", ")
                        .append(format(e.getKey(), p.upper())).append("]</td><td>")
                        .append(Double.isNaN(p.relative()) ? "" : String.format(Locale.ROOT, "%+.2f %%",
                                100 * p.relative()))
                        .append("</td></tr>");
            }
            page.append("</table>");
        }
        page.append("<h2>Daily gross profit (mean over seeds)</h2><div id=\"daily\" class=\"chart\"></div>");
        page.append("<h2>Gross and net profit against the baseline, with 95 % intervals</h2>"
                + "<div id=\"gains\" class=\"chart\"></div>");
        page.append("<h2>Calibration</h2><p>The twin's sales beside the data it was tuned on: trend and seasonal "
                + "strength of monthly series (M3 monthly set, R's AirPassengers and USAccDeaths) and demand "
                + "patterns (Syntetos-Boylan).</p><div id=\"calibration\" class=\"chart\"></div>"
                + "<pre id=\"calibrationText\"></pre>");
        page.append("<script>").append(echarts()).append("</script><script>const report = ").append(reportJson.replace("</", "<\\/"))
                .append(";\n").append(CHARTS).append("</script></body></html>");
        return page.toString();
    }

    private static final String CHARTS = """
            const arms = Object.keys(report.daily);
            const daily = echarts.init(document.getElementById('daily'));
            daily.setOption({tooltip:{trigger:'axis'}, legend:{data:arms},
              xAxis:{type:'category', data:report.daily[arms[0]].dates}, yAxis:{type:'value'},
              series:arms.map(a => ({name:a, type:'line', showSymbol:false, data:report.daily[a].grossProfit}))});
            const compared = Object.keys(report.comparisons);
            const metrics = ['gross profit', 'net profit'];
            const gains = echarts.init(document.getElementById('gains'));
            const points = [], bars = [];
            compared.forEach((a, i) => metrics.forEach((m, k) => {
              const c = report.comparisons[a][m];
              points.push([i * metrics.length + k, c.meanDifference]);
              bars.push([i * metrics.length + k, c.lower, c.upper]);
            }));
            gains.setOption({tooltip:{}, xAxis:{type:'category',
                data:compared.flatMap(a => metrics.map(m => a + ': ' + m))}, yAxis:{type:'value'},
              series:[{type:'bar', data:points.map(p => p[1])},
                {type:'custom', renderItem:(params, api) => {
                   const x = api.value(0), lo = api.coord([x, api.value(1)]), hi = api.coord([x, api.value(2)]);
                   const w = api.size([1, 0])[0] * 0.15;
                   return {type:'group', children:[
                     {type:'line', shape:{x1:lo[0], y1:lo[1], x2:hi[0], y2:hi[1]}, style:{stroke:'#333', lineWidth:2}},
                     {type:'line', shape:{x1:lo[0]-w, y1:lo[1], x2:lo[0]+w, y2:lo[1]}, style:{stroke:'#333', lineWidth:2}},
                     {type:'line', shape:{x1:hi[0]-w, y1:hi[1], x2:hi[0]+w, y2:hi[1]}, style:{stroke:'#333', lineWidth:2}}]};
                 }, encode:{x:0, y:[1, 2]}, data:bars, z:10}]});
            if (report.calibration) {
              const d = report.calibration.distributions;
              const labels = d.map(r => r.series + ' — ' + r.feature);
              const cal = echarts.init(document.getElementById('calibration'));
              cal.setOption({tooltip:{trigger:'axis'}, legend:{data:['p10','p25','median','p75','p90']},
                grid:{left:260}, yAxis:{type:'category', data:labels}, xAxis:{type:'value', min:0, max:1},
                series:[['p10','p10'],['p25','p25'],['median','p50'],['p75','p75'],['p90','p90']].map(([n, k]) =>
                  ({name:n, type:'scatter', data:d.map(r => r[k])}))});
              document.getElementById('calibrationText').textContent =
                JSON.stringify({series:report.calibration.series, demandPatterns:report.calibration.demandPatterns,
                  notes:report.calibration.notes}, null, 2);
            }
            """;

    private static String format(Metric metric, double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        return switch (metric.unit()) {
            case "share" -> String.format(Locale.ROOT, "%.2f %%", 100 * v);
            case "count" -> String.format(Locale.ROOT, "%,.0f", v);
            case "ratio" -> String.format(Locale.ROOT, "%.2f", v);
            default -> String.format(Locale.ROOT, "%,.2f", v);
        };
    }

    private static String echarts() {
        try (InputStream in = ReportWriter.class.getResourceAsStream(ECHARTS)) {
            if (in == null) {
                throw new IllegalStateException("ECharts is not on the classpath (org.webjars.npm:echarts:5.3.1)");
            }
            // a closing script tag inside the library would end the inline script early
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("</script", "<\\/script");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String csv(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
