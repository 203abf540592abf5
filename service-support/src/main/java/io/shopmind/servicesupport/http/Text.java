package io.shopmind.servicesupport.http;

/**
 * What text a client may send in any field or parameter: no NUL or other control characters (tab, line feed and
 * carriage return excepted), no unpaired surrogates. PostgreSQL refuses NUL in text, and control characters forge
 * log lines and break CSV exports, so they are refused at the edge.
 */
public final class Text {

    private Text() {
    }

    /** Why {@code value} is not acceptable text, or null when it is. */
    public static String problemWith(CharSequence value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                continue;
            }
            if (c < 0x20 || c == 0x7F) {
                return "must not contain control characters (found U+%04X at position %d)".formatted((int) c, i);
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "must be valid Unicode (unpaired surrogate at position %d)".formatted(i);
            }
        }
        return null;
    }

    /** A client's value as it may be quoted back in a problem: short, and without control characters. */
    public static String quoted(Object value) {
        String text = String.valueOf(value);
        StringBuilder out = new StringBuilder("'");
        int shown = Math.min(text.length(), 40);
        for (int i = 0; i < shown; i++) {
            char c = text.charAt(i);
            out.append(c < 0x20 || c == 0x7F || Character.isSurrogate(c) ? '?' : c);
        }
        if (text.length() > shown) {
            out.append("...");
        }
        return out.append('\'').toString();
    }
}
