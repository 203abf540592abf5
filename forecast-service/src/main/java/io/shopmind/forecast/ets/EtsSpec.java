package io.shopmind.forecast.ets;

/**
 * The taxonomy of an ETS model: error, trend and seasonal type, and whether the trend is damped
 * (Hyndman et al. 2008, section 2.5, Table 2.2). Multiplicative trends are not supported.
 */
public record EtsSpec(EtsComponent error, EtsComponent trend, EtsComponent season, boolean damped) {

    public EtsSpec {
        if (error == null || error == EtsComponent.NONE) {
            throw new IllegalArgumentException("error must be ADDITIVE or MULTIPLICATIVE");
        }
        if (trend == null || trend == EtsComponent.MULTIPLICATIVE) {
            throw new IllegalArgumentException("trend must be NONE or ADDITIVE (multiplicative trends are not supported)");
        }
        if (season == null) {
            throw new IllegalArgumentException("season must not be null");
        }
        if (damped && trend == EtsComponent.NONE) {
            throw new IllegalArgumentException("damped needs a trend");
        }
    }

    /** Parses a three-letter code such as {@code "MAM"}. */
    public static EtsSpec of(String code, boolean damped) {
        if (code == null || code.length() != 3) {
            throw new IllegalArgumentException("code must have three letters, got " + code);
        }
        return new EtsSpec(EtsComponent.of(code.charAt(0)), EtsComponent.of(code.charAt(1)),
                EtsComponent.of(code.charAt(2)), damped);
    }

    public boolean hasTrend() {
        return trend != EtsComponent.NONE;
    }

    public boolean hasSeason() {
        return season != EtsComponent.NONE;
    }

    /** Models with infinite forecast variance or unstable behaviour, excluded as in R's ets (restrict = TRUE). */
    public boolean isRestricted() {
        return error == EtsComponent.ADDITIVE && season == EtsComponent.MULTIPLICATIVE;
    }

    /** The name R prints, e.g. {@code ETS(M,Ad,M)}. */
    public String label() {
        return "ETS(" + error.letter() + "," + trend.letter() + (damped ? "d" : "") + "," + season.letter() + ")";
    }
}
