package org.communique.importer.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Nicknames in quotation marks between a given name and a surname ("Gen. Michael \"Erik\" Kurilla"), blanked out
 * so that the name reads as one.
 */
final class Nicknames {

    private Nicknames() {
    }

    /**
     * A nickname in quotation marks between a given name and a surname ("Gen. Michael \"Erik\" Kurilla") blanked
     * out, so that the name reads as one; the text keeps its length, and every offset its place.
     */
    static String blanked(String text) {
        StringBuilder blanked = null;
        Matcher m = NICKNAME.matcher(text).useTransparentBounds(true); // its look-behind sees before the region
        int from = 1;
        for (int quote = nextQuotedCapital(text, from); quote >= 0; quote = nextQuotedCapital(text, from)) {
            m.region(quote, text.length());
            if (!m.lookingAt()) {
                from = quote + 1;
                continue;
            }
            if (blanked == null) {
                blanked = new StringBuilder(text);
            }
            for (int i = m.start(1); i < m.end(1); i++) {
                blanked.setCharAt(i, ' ');
            }
            from = m.end();
        }
        return blanked == null ? text : blanked.toString();
    }

    /**
     * Where, from {@code from} on, a quotation mark stands after a space and before a capital, or -1: a nickname
     * starts only there, so the pattern, whose look-behind is costly, is tried only there.
     */
    private static int nextQuotedCapital(String text, int from) {
        for (int i = Math.max(from, 1); i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '"' || c == '“') && text.charAt(i - 1) == ' '
                    && Character.getType(text.codePointAt(i + 1)) == Character.UPPERCASE_LETTER) {
                return i;
            }
        }
        return -1;
    }

    /** The same as {@link #blanked}, the pattern tried at every position: kept to check it against. */
    static String blankedByPattern(String text) {
        Matcher m = NICKNAME.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder blanked = new StringBuilder(text);
        do {
            for (int i = m.start(1); i < m.end(1); i++) {
                blanked.setCharAt(i, ' ');
            }
        } while (m.find());
        return blanked.toString();
    }

    private static final Pattern NICKNAME = Pattern.compile("(?<=\\p{Lu}[\\p{L}.]{1,20} )([\"“]\\p{Lu}[\\p{L}.'’-]{1,15}[\"”] )(?=\\p{Lu}\\p{L})");
}
