package org.communique.importer.extraction;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The boilerplate markers of {@code extraction/boilerplate.txt}: whole-block patterns for each kind of
 * chrome, and the caption cues looked for inside short blocks.
 */
final class ChromeMarkers {

    /** Blocks longer than this are prose, whatever phrase they start with. */
    private static final int MAX_MARKED_WORDS = 60;
    /** Kinds whose markers may match anywhere inside a block. */
    private static final Set<ChromeKind> FIND_ANYWHERE = Set.of(ChromeKind.CAPTION);
    /** Kinds tried in this order: the first that matches names the block. */
    private static final List<ChromeKind> LINE_KINDS = List.of(
            ChromeKind.BANNER, ChromeKind.BREADCRUMB, ChromeKind.FRAME_BEGIN, ChromeKind.FRAME_PREAMBLE,
            ChromeKind.FRAME_END, ChromeKind.EMBED, ChromeKind.SHARE, ChromeKind.NAVIGATION, ChromeKind.ADVERT,
            ChromeKind.COOKIE, ChromeKind.NEWSLETTER, ChromeKind.METRICS, ChromeKind.CAPTURE, ChromeKind.BYLINE,
            ChromeKind.RELATED_LINK, ChromeKind.CAPTION, ChromeKind.FOOTER);

    private final Map<ChromeKind, List<Pattern>> patterns;

    private ChromeMarkers(Map<ChromeKind, List<Pattern>> patterns) {
        this.patterns = patterns;
    }

    static ChromeMarkers load() {
        Map<String, List<String>> sections = Lexicon.sections("boilerplate.txt");
        Map<ChromeKind, List<Pattern>> patterns = new EnumMap<>(ChromeKind.class);
        for (ChromeKind kind : ChromeKind.values()) {
            List<Pattern> compiled = new ArrayList<>();
            for (String regex : sections.getOrDefault(kind.section(), List.of())) {
                compiled.add(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            }
            patterns.put(kind, compiled);
        }
        return new ChromeMarkers(patterns);
    }

    /** The kind of chrome a whole block is, judged from its wording alone. */
    Optional<ChromeKind> classify(String text) {
        if (TextShape.words(text) > MAX_MARKED_WORDS) {
            return Optional.empty();
        }
        for (ChromeKind kind : LINE_KINDS) {
            if (matches(kind, text)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    boolean matches(ChromeKind kind, String text) {
        String line = text.strip();
        for (Pattern pattern : patterns.get(kind)) {
            boolean hit = FIND_ANYWHERE.contains(kind) ? pattern.matcher(line).find() : pattern.matcher(line).matches();
            if (hit) {
                return true;
            }
        }
        return false;
    }

    boolean isSectionEnd(String text) {
        return TextShape.words(text) <= 12 && matches(ChromeKind.SECTION_END, text);
    }
}
