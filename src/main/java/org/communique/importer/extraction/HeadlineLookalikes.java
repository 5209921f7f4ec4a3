package org.communique.importer.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.communique.statement.DatePrecision;

/**
 * Lines shaped like a headline that are something else, or a headline all the same: a date stamp with the page's
 * name, a name (of a person, a place, a body), a label that names a dated document ({@link TitleFinder} asks).
 */
final class HeadlineLookalikes {

    private static final Pattern LEADING_WEEKDAY = Pattern.compile(
            "^\\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun)\\.?,?\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOCK = Pattern.compile("\\b\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?|h\\b|hrs\\b)?|\\b\\d{1,2}\\s*[ap]\\.m\\.",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> NAME_SMALL_WORDS = Set.of("of", "the", "and", "for", "&", "-", "–");

    private HeadlineLookalikes() {
    }

    /**
     * A label that names a dated document in three words or more ("Department Press Briefing – July 25, 2023"):
     * the headline of a briefing's transcript, though "Press Briefing" alone would only label it.
     */
    static boolean isDatedDocumentName(String text) {
        List<DateMentions.Mention> dates = DateMentions.find(text);
        if (dates.isEmpty() || dates.get(0).date().precision() != DatePrecision.DAY) {
            return false;
        }
        String rest = text.substring(0, dates.get(0).start()) + " " + text.substring(dates.get(dates.size() - 1).end());
        return TextShape.words(rest) >= 3;
    }

    /** The page's name and a date ("- The Daily Ledger - Wednesday, May 3, 2006"): a stamp, not a headline. */
    static boolean isStamp(String text) {
        List<DateMentions.Mention> dates = DateMentions.find(text);
        if (dates.isEmpty()) {
            return false;
        }
        int weekday = text.length() - LEADING_WEEKDAY.matcher(text).replaceFirst("").length();
        if (dates.get(0).start() <= weekday && dates.get(0).date().precision() == DatePrecision.DAY
                && CLOCK.matcher(text).find()) {
            return true; // "Tuesday, March 5, 2024, 10:31 a.m. Front Entrance Hall": when and where, not what
        }
        String rest = text.substring(0, dates.get(0).start()) + " " + text.substring(dates.get(dates.size() - 1).end());
        return TextShape.words(rest) <= 5 && !TextShape.isTitleCase(rest) || isNameShaped(rest.replaceAll("[-–—|,:]", " ").strip())
                || dates.get(0).start() <= weekday && namesOnly(text.substring(dates.get(0).end()));
    }

    /** "- Ottawa, Ontario - Global Affairs Canada": places and bodies set apart by dashes or bars, what a stamp adds to its date. */
    private static boolean namesOnly(String rest) {
        String[] parts = rest.split("\\s+[-–—|]\\s+|\\s*\\|\\s*");
        int names = 0;
        for (String part : parts) {
            String name = part.replaceAll("^[\\s,;:–—-]+|[\\s,;:.–—-]+$", "");
            if (name.isEmpty()) {
                continue;
            }
            if (!isNameShaped(name)) {
                return false;
            }
            names++;
        }
        return names >= 1;
    }

    /**
     * A name rather than a headline: at most four words, each capitalised but "of", "the", "and", "for",
     * no other grammar word; with commas, a list of places ("Baghdad, Iraq").
     */
    static boolean isNameShaped(String text) {
        String plain = text.replaceAll("[()]", " ").strip();
        String[] parts = plain.split(",");
        int words = TextShape.words(plain);
        if (words == 0 || words > 4) {
            return false;
        }
        for (String part : parts) {
            if (parts.length > 1 && TextShape.words(part) > 2) {
                return false;
            }
            for (String word : part.strip().split("\\s+")) {
                String lower = word.toLowerCase(Locale.ROOT);
                if (word.isEmpty() || NAME_SMALL_WORDS.contains(lower)) {
                    continue;
                }
                if (!Character.isUpperCase(word.codePointAt(0)) || TextShape.functionWordRatio(word) > 0) {
                    return false;
                }
            }
        }
        return true;
    }
}
