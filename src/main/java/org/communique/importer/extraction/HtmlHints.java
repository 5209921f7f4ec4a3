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

    /** The "class id" string the patterns are matched against. */
    static String classAndId(Element element) {
        return element.className() + " " + element.id();
    }

    /** Readability's class weight: +25 or -25 for the class, and again for the id. */
    int classWeight(Element element) {
        int weight = 0;
        String className = element.className();
        if (!className.isEmpty()) {
            if (negative.matcher(className).find()) {
                weight -= 25;
            }
            if (positive.matcher(className).find()) {
                weight += 25;
            }
        }
        String id = element.id();
        if (!id.isEmpty()) {
            if (negative.matcher(id).find()) {
                weight -= 25;
            }
            if (positive.matcher(id).find()) {
                weight += 25;
            }
        }
        return weight;
    }
}
