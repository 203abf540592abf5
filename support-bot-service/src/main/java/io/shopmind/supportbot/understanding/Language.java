package io.shopmind.supportbot.understanding;

/** The languages the bot understands; a text with any Han character is Chinese, anything else English. */
public enum Language {
    EN, ZH;

    public static Language of(String text) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (isHan(codePoint)) {
                return ZH;
            }
            i += Character.charCount(codePoint);
        }
        return EN;
    }

    static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
