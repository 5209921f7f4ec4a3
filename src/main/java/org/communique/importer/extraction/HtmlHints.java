package org.communique.importer.extraction;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/** The class, id and role patterns of {@code extraction/html-hints.txt}, by what they tell about an element. */
final class HtmlHints {

    final Pattern unlikely;
    final Pattern maybeCandidate;
    final Pattern positive;
    final Pattern negative;
    final Pattern byline;
    final Pattern share;
    final Pattern chrome;
    final Pattern weakChrome;
    final Pattern caption;
    final Pattern embed;
    final Pattern summary;
    final Pattern unlikelyRoles;
    /** The words each pattern needs, worked out once. */
    private final Map<Pattern, LiteralScreen.Screened> screens = new java.util.IdentityHashMap<>();
    /** The same words in one vocabulary, so that an element's class and id are read once for all the patterns. */
    private final LiteralScreen.Vocabulary vocabulary = new LiteralScreen.Vocabulary();
    private final Map<Pattern, int[]> needs = new java.util.IdentityHashMap<>();

    /** A class-and-id string with the patterns' words it holds, read once for the several patterns asked of it. */
    record Words(String text, long[] present) {
    }

    private HtmlHints(Map<String, List<String>> sections) {
        unlikely = compile(sections, "unlikely");
        maybeCandidate = compile(sections, "maybe-candidate");
        positive = compile(sections, "positive");
        negative = compile(sections, "negative");
        byline = compile(sections, "byline");
        share = compile(sections, "share");
        chrome = compile(sections, "chrome");
        weakChrome = compile(sections, "chrome-weak");
        caption = compile(sections, "caption");
        embed = compile(sections, "embed");
        summary = compile(sections, "summary");
        for (Pattern pattern : List.of(unlikely, maybeCandidate, positive, negative, byline, share, chrome, weakChrome,
                caption, embed, summary)) {
            LiteralScreen.Screened screened = LiteralScreen.Screened.of(pattern);
            screens.put(pattern, screened);
            needs.put(pattern, vocabulary.add(screened));
        }
        unlikelyRoles = Pattern.compile("^(" + String.join("|", sections.get("unlikely-roles")) + ")$",
                Pattern.CASE_INSENSITIVE);
    }

    static HtmlHints load() {
        return new HtmlHints(Lexicon.sections("html-hints.txt"));
    }

    private static Pattern compile(Map<String, List<String>> sections, String name) {
        List<String> lines = sections.get(name);
        if (lines == null || lines.isEmpty()) {
            throw new IllegalStateException("extraction/html-hints.txt has no [" + name + "] section");
        }
        return Pattern.compile(String.join("|", lines), Pattern.CASE_INSENSITIVE);
    }

    /**
     * Whether one of these patterns is found in the text: tried only when the text holds one of the words the
     * pattern needs, as the patterns are tried on every element of a page.
     */
    boolean finds(Pattern pattern, String text) {
        return screens.get(pattern).find(text, LiteralScreen.fold(text));
    }

    /** The patterns' words the text holds, for {@link #finds(Pattern, Words)}. */
    Words words(String text) {
        return new Words(text, vocabulary.present(text));
    }

    /** As {@link #finds(Pattern, String)}, the text's words read once for several patterns. */
    boolean finds(Pattern pattern, Words words) {
        return LiteralScreen.Vocabulary.mayMatch(needs.get(pattern), words.present()) && pattern.matcher(words.text()).find();
    }

    /** The "class id" string the patterns are matched against. */
    static String classAndId(Element element) {
        return element.className() + " " + element.id();
    }

    /** Readability's class weight: +25 or -25 for the class, and again for the id. */
    int classWeight(Element element) {
        int weight = 0;
        String className = element.className();
        if (!className.isEmpty()) {
            if (finds(negative, className)) {
                weight -= 25;
            }
            if (finds(positive, className)) {
                weight += 25;
            }
        }
        String id = element.id();
        if (!id.isEmpty()) {
            if (finds(negative, id)) {
                weight -= 25;
            }
            if (finds(positive, id)) {
                weight += 25;
            }
        }
        return weight;
    }
}
