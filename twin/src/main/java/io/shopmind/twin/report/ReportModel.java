package io.shopmind.twin.report;

import io.shopmind.twin.calibration.CalibrationResult;
import io.shopmind.twin.calibration.FeatureSummary;
import io.shopmind.twin.experiment.ExperimentResult;
import io.shopmind.twin.experiment.RuleTuning;
import io.shopmind.twin.metrics.Metric;
import io.shopmind.twin.metrics.PairedDifference;
import io.shopmind.twin.simulation.ArmRun;
import io.shopmind.twin.simulation.DayTotals;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The report as plain maps and lists: what the JSON holds and the HTML page draws. */
final class ReportModel {

    static final String INTERVAL = "95 % paired t-interval over seeds: mean(d) ± t(0.975, n-1) · sd(d) / √n, "
            + "d = arm − baseline on the same seed (common random numbers)";

    private ReportModel() {
    }

    static Map<String, Object> of(ExperimentResult result, CalibrationResult calibration) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("settings", result.settings());
        report.put("rules", Map.of("settings", result.rules(), "description", result.rules().toString()));
        if (result.tuning() != null) {
            report.put("tuning", tuning(result.tuning()));
        }
        report.put("seeds", result.seeds());
        report.put("wallSeconds", result.wallSeconds());
        report.put("baseline", result.baseline());
        report.put("interval", INTERVAL);
        Map<String, Object> arms = new LinkedHashMap<>();
        for (String arm : result.runs().keySet()) {
            Map<String, Object> means = new LinkedHashMap<>();
            for (Metric metric : Metric.values()) {
                means.put(metric.label(), result.mean(arm, metric));
            }
            List<Map<String, Object>> perSeed = new ArrayList<>();
            for (ArmRun run : result.runs().get(arm)) {
                Map<String, Object> values = new LinkedHashMap<>();
                for (Metric metric : Metric.values()) {
                    values.put(metric.label(), metric.of(run.days()));
                }
                perSeed.add(Map.of("seed", run.seed(), "metrics", values));
            }
            arms.put(arm, Map.of("mean", means, "perSeed", perSeed, "notes", result.notes().get(arm)));
        }
        report.put("arms", arms);
        Map<String, Object> comparisons = new LinkedHashMap<>();
        for (String arm : result.runs().keySet()) {
            if (arm.equals(result.baseline())) {
                continue;
            }
            Map<String, Object> byMetric = new LinkedHashMap<>();
            for (Map.Entry<Metric, PairedDifference> e : result.against(arm).entrySet()) {
                PairedDifference p = e.getValue();
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("n", p.n());
                row.put("meanDifference", p.mean());
                row.put("lower", p.lower());
                row.put("upper", p.upper());
                row.put("relative", p.relative());
                row.put("excludesZero", p.excludesZero());
                row.put("higherIsBetter", e.getKey().higherIsBetter());
                byMetric.put(e.getKey().label(), row);
            }
            comparisons.put(arm, byMetric);
        }
        report.put("comparisons", comparisons);
        report.put("daily", daily(result));
        if (calibration != null) {
            report.put("calibration", calibration(calibration));
        }
        return report;
    }

    /** Per arm, per compared day, the mean over seeds of revenue, gross profit and fill rate. */
    private static Map<String, Object> daily(ExperimentResult result) {
        Map<String, Object> daily = new LinkedHashMap<>();
        for (Map.Entry<String, List<ArmRun>> arm : result.runs().entrySet()) {
            List<ArmRun> runs = arm.getValue();
            int days = runs.get(0).days().size();
            List<String> dates = new ArrayList<>();
            double[] revenue = new double[days];
            double[] profit = new double[days];
            double[] fill = new double[days];
            for (int d = 0; d < days; d++) {
                dates.add(runs.get(0).days().get(d).date().toString());
                int filled = 0;
                int demanded = 0;
                for (ArmRun run : runs) {
                    DayTotals day = run.days().get(d);
                    revenue[d] += day.revenue() / runs.size();
                    profit[d] += day.grossProfit() / runs.size();
                    filled += day.unitsFilled();
                    demanded += day.unitsDemanded();
                }
                fill[d] = demanded == 0 ? 1 : filled / (double) demanded;
            }
            daily.put(arm.getKey(), Map.of("dates", dates, "revenue", revenue, "grossProfit", profit,
                    "fillRate", fill));
        }
        return daily;
    }

    private static Map<String, Object> tuning(RuleTuning.Result tuning) {
        List<Map<String, Object>> trials = new ArrayList<>();
        for (RuleTuning.Trial trial : tuning.trials()) {
            trials.add(Map.of("markup", trial.settings().markup(), "coverageDays", trial.settings().coverageDays(),
                    "netProfit", trial.netProfit(), "fillRate", trial.fillRate()));
        }
        return Map.of("seed", tuning.seed(), "best", tuning.best().toString(), "trials", trials);
    }

    private static Map<String, Object> calibration(CalibrationResult calibration) {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> references = new LinkedHashMap<>();
        calibration.referenceSeries().forEach((name, v) -> references.put(name,
                Map.of("trendStrength", v[0], "seasonalStrength", v[1])));
        out.put("series", references);
        List<Map<String, Object>> distributions = new ArrayList<>();
        for (FeatureSummary s : calibration.distributions()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("feature", s.feature());
            row.put("series", s.series());
            row.put("count", s.count());
            row.put("p10", s.p10());
            row.put("p25", s.p25());
            row.put("p50", s.p50());
            row.put("p75", s.p75());
            row.put("p90", s.p90());
            distributions.add(row);
        }
        out.put("distributions", distributions);
        out.put("demandPatterns", calibration.patterns());
        out.put("notes", calibration.notes());
        return out;
    }
}
