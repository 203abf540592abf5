package io.shopmind.twin.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ClassicalDecompositionTest {

    /** R 4.2: {@code round(decompose(AirPassengers)$figure, 6)}. */
    private static final double[] AIR_PASSENGERS_FIGURE = {-24.748737, -36.188131, -2.241162, -8.036616, -4.506313,
        35.402778, 63.830808, 62.823232, 16.520202, -20.642677, -53.593434, -28.619949};

    @Test
    void seasonalFigureOfAirPassengersMatchesRsDecompose() throws IOException {
        ClassicalDecomposition decomposition = ClassicalDecomposition.of(series("AirPassengers.csv"), 12);

        for (int i = 0; i < 12; i++) {
            assertThat(decomposition.figure()[i]).as("month %d", i + 1)
                    .isCloseTo(AIR_PASSENGERS_FIGURE[i], within(5e-6));
        }
        // the 2x12 moving average is undefined for the first and last six months, as R's NA
        assertThat(decomposition.trend()[5]).isNaN();
        assertThat(decomposition.trend()[6]).isCloseTo(126.791667, within(5e-6));
    }

    @Test
    void aSeriesOfTrendAndSeasonOnlyHasStrengthOne() {
        double[] x = new double[48];
        for (int t = 0; t < x.length; t++) {
            x[t] = 100 + 2 * t + 10 * Math.sin(2 * Math.PI * t / 12);
        }
        ClassicalDecomposition decomposition = ClassicalDecomposition.of(x, 12);

        assertThat(decomposition.trendStrength()).isCloseTo(1.0, within(1e-3));
        assertThat(decomposition.seasonalStrength()).isCloseTo(1.0, within(1e-3));
    }

    @Test
    void whiteNoiseHasLittleSeasonality() {
        java.util.Random random = new java.util.Random(7);
        double[] x = new double[240];
        for (int t = 0; t < x.length; t++) {
            x[t] = random.nextGaussian();
        }
        assertThat(ClassicalDecomposition.of(x, 12).seasonalStrength()).isLessThan(0.2);
    }

    static double[] series(String file) throws IOException {
        return Files.readAllLines(RDatasetsDirectory.path().resolve(file)).stream().skip(1)
                .mapToDouble(line -> Double.parseDouble(line.split(",")[1])).toArray();
    }

    /** The shared folder of R's classic series. */
    static final class RDatasetsDirectory {
        static Path path() {
            return Path.of(System.getProperty("shopmind.r-datasets", "/work/shared/data/r-datasets"));
        }
    }
}
