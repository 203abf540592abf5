package io.shopmind.twin.cli;

import io.shopmind.twin.simulation.TwinSettings;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of a twin experiment.
 *
 * @param tune             choose the rules' settings on {@code tuningSeed} first (else the defaults)
 * @param calibrationYears years of sales the calibration section simulates (0: no calibration)
 * @param arms             extra arms by name, for launchers that know them (the in-memory twin knows only rules)
 */
public record TwinOptions(TwinSettings settings, List<Long> seeds, long tuningSeed, boolean tune,
        int calibrationYears, Path rDatasets, Path m3Monthly, Path out, List<String> arms) {

    public static final String USAGE = """
            Options:
              --seeds N            seeds to compare the arms on (default 5)
              --first-seed S       the first seed (default 1; the others follow)
              --tuning-seed S      the seed the rules' settings are chosen on (default 1000; never compared on)
              --no-tuning          run the rules with the issue's settings instead of tuning them
              --skus N             catalogue size (default 300)
              --shoppers N         shoppers (default 3000)
              --visits N           mean visits a day (default 600)
              --history-days N     days of history under the rules before the arms decide (default 365)
              --days N             days compared (default 90)
              --last-day DATE      the calendar's last day (default today, UTC)
              --calibration-years N  years of sales simulated for the calibration section (default 3, at least 3; 0: none)
              --r-datasets DIR     R's classic series (default /work/shared/data/r-datasets)
              --m3 FILE            the M3 monthly training set (default /work/shared/data/m3/m3_monthly_train.csv)
              --arms A,B           arms to run beside the rules, where the launcher offers them
              --out DIR            where the report goes (default twin-report)
              --help               this text""";

    public static TwinOptions parse(String[] args) {
        LocalDate lastDay = LocalDate.now(ZoneOffset.UTC);
        TwinSettings defaults = TwinSettings.defaults(1, lastDay);
        int seeds = 5;
        long firstSeed = 1;
        long tuningSeed = 1000;
        boolean tune = true;
        int skus = defaults.skus();
        int shoppers = defaults.shoppers();
        double visits = defaults.visitsPerDay();
        int historyDays = defaults.historyDays();
        int days = defaults.days();
        int calibrationYears = 3;
        Path rDatasets = Path.of("/work/shared/data/r-datasets");
        Path m3 = Path.of("/work/shared/data/m3/m3_monthly_train.csv");
        Path out = Path.of("twin-report");
        List<String> arms = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--help" -> throw new IllegalArgumentException(USAGE);
                case "--seeds" -> seeds = intValue(args, ++i, 1, 1000);
                case "--first-seed" -> firstSeed = Long.parseLong(value(args, ++i));
                case "--tuning-seed" -> tuningSeed = Long.parseLong(value(args, ++i));
                case "--no-tuning" -> tune = false;
                case "--skus" -> skus = intValue(args, ++i, 8, 20_000);
                case "--shoppers" -> shoppers = intValue(args, ++i, 1, 1_000_000);
                case "--visits" -> visits = intValue(args, ++i, 1, 1_000_000);
                case "--history-days" -> historyDays = intValue(args, ++i, 0, 3 * 365);
                case "--days" -> days = intValue(args, ++i, 1, 3 * 365);
                case "--last-day" -> lastDay = LocalDate.parse(value(args, ++i));
                case "--calibration-years" -> calibrationYears = intValue(args, ++i, 0, 10);
                case "--r-datasets" -> rDatasets = Path.of(value(args, ++i));
                case "--m3" -> m3 = Path.of(value(args, ++i));
                case "--arms" -> arms.addAll(List.of(value(args, ++i).split(",")));
                case "--out" -> out = Path.of(value(args, ++i));
                default -> throw new IllegalArgumentException("Unknown option " + args[i] + "\n" + USAGE);
            }
        }
        if (calibrationYears == 1 || calibrationYears == 2) {
            throw new IllegalArgumentException("--calibration-years must be 0 or at least 3: monthly seasonal "
                    + "strength needs three whole years");
        }
        if (tuningSeed >= firstSeed && tuningSeed < firstSeed + seeds) {
            throw new IllegalArgumentException("--tuning-seed must not be one of the compared seeds");
        }
        List<Long> seedList = new ArrayList<>();
        for (int s = 0; s < seeds; s++) {
            seedList.add(firstSeed + s);
        }
        TwinSettings settings = TwinSettings.defaults(firstSeed, lastDay).withSize(skus, shoppers, visits)
                .withCalendar(lastDay, historyDays, days);
        return new TwinOptions(settings, seedList, tuningSeed, tune, calibrationYears, rDatasets, m3, out, arms);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value\n" + USAGE);
        }
        return args[i];
    }

    private static int intValue(String[] args, int i, int min, int max) {
        String raw = value(args, i);
        int v;
        try {
            v = Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(args[i - 1] + " needs a whole number, not " + raw);
        }
        if (v < min || v > max) {
            throw new IllegalArgumentException(args[i - 1] + " must be in " + min + ".." + max + ", was " + v);
        }
        return v;
    }
}
