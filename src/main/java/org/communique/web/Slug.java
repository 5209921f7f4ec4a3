package org.communique.web;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The readable part of a URL made from a title or a name: "Joint Statement on the U.S.-Iraq ..." → "joint-statement-on-the-us-iraq". */
public final class Slug {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final int MAX_LENGTH = 80;

    private Slug() {
    }

    public static String of(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT).replace("'", "").replace("’", "").replace(".", "");
        String slug = NOT_SLUG.matcher(folded).replaceAll("-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH);
            int cut = slug.lastIndexOf('-');
            if (cut > MAX_LENGTH / 2) {
                slug = slug.substring(0, cut);
            }
        }
        return slug.isEmpty() ? "untitled" : slug;
    }
}
