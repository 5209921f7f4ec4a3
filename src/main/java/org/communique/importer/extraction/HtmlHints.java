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
            screens.put(pattern, LiteralScreen.Screened.of(pattern));
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
        return finds(pattern, text, LiteralScreen.fold(text));
    }

    /** As {@link #finds(Pattern, String)}, {@code folded} being the text {@link LiteralScreen#fold folded} once for several patterns. */
    boolean finds(Pattern pattern, String text, String folded) {
        return screens.get(pattern).find(text, folded);
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
