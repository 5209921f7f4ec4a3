package org.communique.search;

import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * The passages under a hit, with nothing but their marks left as markup. The engine's HTML encoder escapes the
 * text and adds balanced {@code <mark>} tags, so nearly every passage is plain: escaped text, spaces and line breaks
 * between words, and unnested marks. Those are written out here as {@code Jsoup.clean} with a safelist of {@code mark} alone writes
 * them (the encoder's {@code &quot;}, {@code &#x27;} and {@code &#x2F;} as the characters, {@code &amp;},
 * {@code &lt;} and {@code &gt;} kept), in one pass over the characters instead of a parse, a clean and a print for
 * each (a twentieth of an uncached search's time); anything else goes through jsoup.
 */
final class MarkedPassages {

    private static final Safelist MARKS_ONLY = Safelist.none().addTags("mark");
    private static final String OPEN = "<mark>";
    private static final String CLOSE = "</mark>";
    /** The encoder's escapes: what each stands for, where jsoup writes it as the character. */
    private static final String[][] ENTITIES = {{"&amp;", "&amp;"}, {"&lt;", "&lt;"}, {"&gt;", "&gt;"},
            {"&quot;", "\""}, {"&#x27;", "'"}, {"&#x2F;", "/"}};

    private MarkedPassages() {
    }

    /** The passage stripped, with only its marks left as markup. */
    static String clean(String passage) {
        String stripped = passage.strip();
        String plain = plain(stripped);
        return plain != null ? plain : Jsoup.clean(stripped, MARKS_ONLY);
    }

    /**
     * The passage written as {@code Jsoup.clean} writes it, when it is plain (escaped text, spaces and line breaks
     * between words, marks neither nested nor holding a space at their edges); {@code null} for any other passage.
     */
    static String plain(String passage) {
        StringBuilder out = new StringBuilder(passage.length());
        boolean marked = false;
        int i = 0;
        while (i < passage.length()) {
            char c = passage.charAt(i);
            if (c == '<') {
                String tag = marked ? CLOSE : OPEN;
                if (!passage.startsWith(tag, i)) {
                    return null;
                }
                int after = i + tag.length();
                boolean edge = marked ? isSpace(passage.charAt(i - 1))
                        : after >= passage.length() || isSpace(passage.charAt(after)) || passage.startsWith(CLOSE, after);
                if (edge) {
                    return null; // an empty mark, or a space at a mark's edge: jsoup's printer decides those
                }
                out.append(tag);
                marked = !marked;
                i = after;
            } else if (c == '&') {
                String written = entity(passage, i);
                if (written == null) {
                    return null;
                }
                out.append(written);
                i = passage.indexOf(';', i) + 1;
            } else if (isSpace(c)) {
                int end = i;
                while (end < passage.length() && isSpace(passage.charAt(end))) {
                    end++;
                }
                if (i == 0 || end == passage.length()) {
                    return null;
                }
                out.append(' '); // a run of spaces and line breaks, as jsoup's printer writes it
                i = end;
            } else if (c < 0x21 || c == '>' || c >= 0x7f && c <= 0xa0 || Character.isWhitespace(c)
                    || Character.isSpaceChar(c) || Character.isSurrogate(c) || c == '\uFEFF') {
                return null;
            } else {
                out.append(c);
                i++;
            }
        }
        return marked ? null : out.toString();
    }

    /** The spaces and line breaks jsoup's printer writes as one space between words. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    }

    private static String entity(String passage, int at) {
        for (String[] entity : ENTITIES) {
            if (passage.startsWith(entity[0], at)) {
                return entity[1];
            }
        }
        return null;
    }
}
