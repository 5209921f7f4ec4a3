package org.communique.importer.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * The boilerplate markers of {@code extraction/boilerplate.txt}: whole-block patterns for each kind of
 * chrome, and the caption cues looked for inside short blocks.
 */
final class ChromeMarkers {

    /** Blocks longer than this are prose, whatever phrase they start with. */
    private static final int MAX_MARKED_WORDS = 60;
    /** Most chrome is short: only these kinds are looked for in blocks of more than {@link #SHORT_WORDS} words. */
    private static final Set<ChromeKind> LONG_KINDS = Set.of(ChromeKind.BANNER, ChromeKind.COOKIE,
            ChromeKind.NEWSLETTER, ChromeKind.CAPTION, ChromeKind.EMBED, ChromeKind.RELATED_LINK, ChromeKind.BYLINE);
    private static final int SHORT_WORDS = 25;
    /** Kinds tried in this order: the first that matches names the block. */
    private static final ChromeKind[] LINE_KINDS = {
            ChromeKind.BANNER, ChromeKind.BREADCRUMB, ChromeKind.FRAME_BEGIN, ChromeKind.FRAME_PREAMBLE,
            ChromeKind.FRAME_END, ChromeKind.EMBED, ChromeKind.SHARE, ChromeKind.NAVIGATION, ChromeKind.ADVERT,
            ChromeKind.COOKIE, ChromeKind.NEWSLETTER, ChromeKind.METRICS, ChromeKind.CAPTURE, ChromeKind.BYLINE,
            ChromeKind.RELATED_LINK, ChromeKind.CAPTION, ChromeKind.NOTE, ChromeKind.FOOTER};

    /**
     * A kind's markers, whether they may match anywhere inside a block, the words a block must have, and for each
     * marker the words it needs, alone and as ids in the markers' {@link LiteralScreen.Vocabulary vocabulary}; and
     * all the words its markers need, as a set of ids, or {@code null} when one of them is always tried.
     */
    private record Markers(Pattern pattern, boolean anywhere, List<String> needs, List<LiteralScreen.Screened> lines,
                           int[][] lineNeeds, long[] anyLineNeeds) {

        /** Whether one of the markers may match a line holding the {@code present} words of the vocabulary. */
        boolean mayMatch(long[] present) {
            return anyLineNeeds == null || LiteralScreen.Vocabulary.holdsAny(present, anyLineNeeds);
        }

        /**
         * Whether the line is one of the markers, {@code lower} being the line in lower case, trying only the
         * markers the screen lets through (those whose words the line holds): the alternation matches when
         * one of its markers does, so these are tried, each alone.
         */
        boolean matches(String line, String lower, IntPredicate screen) {
            if (pattern == null) {
                return false;
            }
            if (!needs.isEmpty() && !containsAny(lower, needs)) {
                return false;
            }
            for (int i = 0; i < lines.size(); i++) {
                Pattern marker = lines.get(i).pattern();
                if (screen.test(i) && (anywhere ? marker.matcher(line).find() : marker.matcher(line).matches())) {
                    return true;
                }
            }
            return false;
        }

        private static boolean containsAny(String text, List<String> words) {
            for (String word : words) {
                if (text.contains(word)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final Map<ChromeKind, Markers> markers;
    /** The markers of {@link #LINE_KINDS}, in that order: every block of a page is tried against them. */
    private final Markers[] lineMarkers;

    private final LiteralScreen.Vocabulary vocabulary;

    private ChromeMarkers(Map<ChromeKind, Markers> markers, LiteralScreen.Vocabulary vocabulary) {
        this.markers = markers;
        this.lineMarkers = Arrays.stream(LINE_KINDS).map(markers::get).toArray(Markers[]::new);
        this.vocabulary = vocabulary;
    }

    static ChromeMarkers load() {
        Map<String, List<String>> sections = Lexicon.sections("boilerplate.txt");
        Map<String, String> notes = Lexicon.notes("boilerplate.txt");
        Map<ChromeKind, Markers> markers = new EnumMap<>(ChromeKind.class);
        LiteralScreen.Vocabulary vocabulary = new LiteralScreen.Vocabulary();
        for (ChromeKind kind : ChromeKind.values()) {
            List<String> regexes = sections.getOrDefault(kind.section(), List.of());
            String note = notes.getOrDefault(kind.section(), "");
            // one alternation a kind: a block is tried once against all of a kind's markers
            Pattern pattern = regexes.isEmpty() ? null : Pattern.compile("(?:" + String.join(")|(?:", regexes) + ")",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            List<String> needs = new ArrayList<>();
            int at = note.indexOf("needs:");
            if (at >= 0) {
                for (String word : note.substring(at + "needs:".length()).split(",")) {
                    needs.add(word.strip().toLowerCase(Locale.ROOT));
                }
            }
            List<LiteralScreen.Screened> lines = regexes.stream().map(regex -> LiteralScreen.Screened.of(
                    Pattern.compile("(?:" + regex + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))).toList();
            int[][] lineNeeds = lines.stream().map(vocabulary::add).toArray(int[][]::new);
            markers.put(kind, new Markers(pattern, note.contains("(find)"), needs, lines, lineNeeds, null));
        }
        // the sets of words are made once the vocabulary holds all of them, and a set of ids has its size
        markers.replaceAll((kind, m) -> new Markers(m.pattern(), m.anywhere(), m.needs(), m.lines(), m.lineNeeds(),
                vocabulary.setOf(m.lineNeeds())));
        return new ChromeMarkers(markers, vocabulary);
    }

    /**
     * A text as the markers read it: stripped, its words counted, lower-cased and screened for the markers' words,
     * each when first asked. A page's block is asked about by several steps and for several kinds (its wording,
     * whether it is a byline, a section's end, a frame's begin or end), and is read once for all of them.
     */
    static final class Line {
        private final String text;
        private final String line;
        /** The text's words, exact up to {@link #MAX_MARKED_WORDS}, or -1 before they are counted. */
        private int words;
        private String lower;
        private long[] present;

        /** A text whose words are not yet counted. */
        Line(String text) {
            this(text, -1);
        }

        /** A text and its number of words ({@link TextShape#words}), as a block carries it. */
        Line(String text, int words) {
            this.text = text;
            this.line = text.strip();
            this.words = words;
        }

        private int words() {
            if (words < 0) {
                words = TextShape.words(text, MAX_MARKED_WORDS); // exact up to the limit, all that is asked
            }
            return words;
        }

        private String lower() {
            if (lower == null) {
                lower = line.toLowerCase(Locale.ROOT);
            }
            return lower;
        }

        /** The markers' words the line holds, read in one pass. */
        private long[] present(LiteralScreen.Vocabulary vocabulary) {
            if (present == null) {
                present = vocabulary.present(line);
            }
            return present;
        }
    }

    /** The kind of chrome a whole block is, judged from its wording alone. */
    Optional<ChromeKind> classify(String text) {
        return classify(new Line(text));
    }

    Optional<ChromeKind> classify(Line text) {
        int words = text.words();
        if (words > MAX_MARKED_WORDS) {
            return Optional.empty();
        }
        long[] present = text.present(vocabulary);
        for (int k = 0; k < LINE_KINDS.length; k++) {
            ChromeKind kind = LINE_KINDS[k];
            Markers kindMarkers = lineMarkers[k];
            if ((words > SHORT_WORDS && !LONG_KINDS.contains(kind)) || !kindMarkers.mayMatch(present)) {
                continue; // none of the kind's markers holds a word the line holds
            }
            if (kindMarkers.matches(text.line, text.lower(),
                    i -> LiteralScreen.Vocabulary.mayMatch(kindMarkers.lineNeeds()[i], present))) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    boolean matches(ChromeKind kind, String text) {
        return matches(kind, new Line(text));
    }

    boolean matches(ChromeKind kind, Line text) {
        Markers kindMarkers = markers.get(kind);
        long[] present = text.present(vocabulary); // the markers' words, read in one pass, as classify reads them
        return kindMarkers.mayMatch(present) && kindMarkers.matches(text.line, text.lower(),
                i -> LiteralScreen.Vocabulary.mayMatch(kindMarkers.lineNeeds()[i], present));
    }

    boolean isSectionEnd(String text) {
        return isSectionEnd(new Line(text));
    }

    boolean isSectionEnd(Line text) {
        return text.words() <= 12 && matches(ChromeKind.SECTION_END, text);
    }
}
