package io.shopmind.forecast.ets;

/** How an error, trend or seasonal component enters an ETS model (Hyndman et al. 2008, section 2.5). */
public enum EtsComponent {
    NONE('N'), ADDITIVE('A'), MULTIPLICATIVE('M');

    private final char letter;

    EtsComponent(char letter) {
        this.letter = letter;
    }

    public char letter() {
        return letter;
    }

    /** The component for a letter N, A or M. */
    public static EtsComponent of(char letter) {
        for (EtsComponent c : values()) {
            if (c.letter == Character.toUpperCase(letter)) {
                return c;
            }
        }
        throw new IllegalArgumentException("component letter must be N, A or M, got " + letter);
    }
}
