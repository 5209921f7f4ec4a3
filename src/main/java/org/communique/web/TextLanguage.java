package org.communique.web;

import org.springframework.stereotype.Component;

/**
 * Tells templates the language of a piece of archived text where it is not English, so that pages can set
 * {@code lang} on it (direction is left to {@code dir="auto"}): Arabic script is marked Arabic.
 */
@Component("text")
public class TextLanguage {

    /** "ar" when most letters of the text are Arabic script, else {@code null} (the page's English stands). */
    public String lang(String text) {
        return of(text);
    }

    /** {@link #lang} for code that has no bean at hand (the rows of lists, which say it without a bean look-up a row). */
    public static String of(String text) {
        if (text == null) {
            return null;
        }
        int arabic = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC) {
                    arabic++;
                }
            }
        }
        return letters > 0 && arabic * 2 > letters ? "ar" : null;
    }
}
