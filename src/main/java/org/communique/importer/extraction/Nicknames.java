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
        Matcher m = null; // made for the first quotation mark before a capital: most texts have none
        int from = 1;
        for (int quote = nextQuotedCapital(text, from); quote >= 0; quote = nextQuotedCapital(text, from)) {
            if (m == null) {
                m = NICKNAME.matcher(text).useTransparentBounds(true); // its look-behind sees before the region
            }
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
     * starts only there, so the pattern, whose look-behind is costly, is tried only there. The marks are found with
     * {@link String#indexOf}, which looks at many characters at a time.
     */
    private static int nextQuotedCapital(String text, int from) {
        int at = Math.max(from, 1);
        int straight = text.indexOf('"', at);
        int curly = text.indexOf('“', at);
        while (straight >= 0 || curly >= 0) {
            int i = straight < 0 ? curly : curly < 0 ? straight : Math.min(straight, curly);
            if (i + 1 >= text.length()) {
                return -1;
            }
            if (text.charAt(i - 1) == ' ' && Character.getType(text.codePointAt(i + 1)) == Character.UPPERCASE_LETTER) {
                return i;
            }
            if (i == straight) {
                straight = text.indexOf('"', i + 1);
            } else {
                curly = text.indexOf('“', i + 1);
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
