package org.communique.importer.extraction;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A title made from the lead when the page shows none: the first sentence of the first prose block, without a
 * dateline or brackets, cut to its main clause at a headline's length, and flagged as derived.
 */
final class DerivedTitle {

    private static final Pattern PARENTHESES = Pattern.compile("\\s*\\([^)]{1,40}\\)");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<!\\b(?:U\\.S|D\\.C|Dr|Mr|Mrs|Ms|Gen|St|Jr|\\p{Lu}))[.!?](?=\\s+[\\p{Lu}\"“]|$)");
    private static final Pattern CLAUSE_BOUNDARY = Pattern.compile(",|;|\\s[—–]\\s|\\s(?:in|on|at|during)\\s(?=[\\p{Lu}\\d])");
    private static final int DERIVED_MAX_WORDS = 12;
    /** An aside between commas in a lead ("has, in a constructive way, sought"): a headline leaves it out. */
    private static final Pattern ASIDE = Pattern.compile("\\s*,\\s+(?:in|on|at|with|as|for|by|after|during|in order to|however|"
            + "meanwhile|moreover|therefore|today|yesterday|this week|on \\p{Lu}\\p{L}+day)\\b[^,]{0,40},\\s+");
    /** An office set off by commas after a name: ", Minister of Foreign Affairs, ". */
    private static final Pattern OFFICE_APPOSITION = Pattern.compile(
            "\\s*,\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:of|for|and|the|to|\\p{Lu}[\\p{L}'’.-]*)){0,8},\\s+(?=\\p{Ll})");

    private DerivedTitle() {
    }

    /** The first prose block's first sentence, shortened to a headline's length; "Untitled statement" without one. */
    static TitleFinder.Title from(Segmentation segmentation) {
        for (Block block : segmentation.body()) {
            if (!TextShape.isProse(block.text())) {
                continue;
            }
            String sentence = firstSentence(TitleFinder.DATELINE.matcher(block.text()).replaceFirst(""));
            sentence = PARENTHESES.matcher(sentence).replaceAll("").strip();
            return new TitleFinder.Title(shorten(sentence), true, -1, null);
        }
        return new TitleFinder.Title("Untitled statement", true, -1, null);
    }

    private static String firstSentence(String text) {
        Matcher m = SENTENCE_END.matcher(text);
        return m.find() ? text.substring(0, m.start()) : text;
    }

    /** The lead's main clause, at most a headline's length: cut at a comma or a phrase of place or time. */
    static String shorten(String lead) {
        String sentence = lead;
        if (sentence.split("\\s+").length > DERIVED_MAX_WORDS) {
            sentence = ASIDE.matcher(sentence).replaceAll(" "); // "The Government has, in a constructive way, sought"
            sentence = OFFICE_APPOSITION.matcher(sentence).replaceFirst(" "); // "Prince X, Minister of Foreign Affairs, received"
        }
        String[] words = sentence.split("\\s+");
        if (words.length <= DERIVED_MAX_WORDS) {
            return trimEnd(sentence);
        }
        Matcher m = CLAUSE_BOUNDARY.matcher(sentence);
        while (m.find()) {
            int before = sentence.substring(0, m.start()).split("\\s+").length;
            if (before >= 6 && before <= DERIVED_MAX_WORDS) {
                return trimEnd(sentence.substring(0, m.start()));
            }
        }
        return trimEnd(String.join(" ", Arrays.copyOf(words, DERIVED_MAX_WORDS))) + "…";
    }

    private static String trimEnd(String text) {
        return text.strip().replaceFirst("[\\s,;:.—–-]+$", "");
    }
}
