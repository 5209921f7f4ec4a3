package org.communique.importer.extraction;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Finds the element that holds a page's article and cuts the chrome out of it, after the published
 * Readability algorithm: paragraphs score their ancestors, the best-scoring container wins, siblings that
 * score well join it ({@link CandidateScores}), and link lists, widgets and share bars inside it are cut
 * ({@link ArticleCleaner}). Before scoring, containers that the markup names as chrome (navigation, sidebars,
 * footers, share bars, related links, comments) and hidden elements are cut ({@link MarkupPruning}). Works on the
 * page itself, putting back what one attempt cut before the next ({@link PageCuts}), and reports, for each cut
 * subtree, why it went.
 */
final class MainContentLocator {

    /** The CSS queries this class asks, each parsed once. */
    static final Evaluator A = Selector.evaluatorOf("a");
    private static final Evaluator ANY = Selector.evaluatorOf("*");
    private static final Evaluator DESCRIPTION = Selector.evaluatorOf("meta[name=description], meta[property=og:description]");
    private static final Evaluator NOT_IN_PLAIN_PROSE = Selector.evaluatorOf("h1, h2, h3, h4, h5, h6, a[href], form, input, img");
    static final Evaluator P = Selector.evaluatorOf("p");

    static final int CHAR_THRESHOLD = 500;
    private static final Pattern BYLINE_START = Pattern.compile("^(?:By|BY|Par|Von|Por)\\s+\\p{Lu}");

    /** The locator's attempts, strictest first, as in Readability: each relaxes one rule. */
    private record Flags(boolean stripUnlikely, boolean weightClasses, boolean cleanConditionally) {
    }

    private static final List<Flags> ATTEMPTS = List.of(
            new Flags(true, true, true), new Flags(false, true, true),
            new Flags(false, false, true), new Flags(false, false, false));

    /** The outcome: the page as the attempt left it, the article's elements in it, and the reason each cut subtree went. */
    record Located(Document page, List<Element> article, Map<Element, String> removed, Set<Element> articleSet) {

        Located(Document page, List<Element> article, Map<Element, String> removed) {
            this(page, article, removed, identitySet(article));
        }

        private static Set<Element> identitySet(List<Element> elements) {
            Set<Element> set = Collections.newSetFromMap(new IdentityHashMap<>());
            set.addAll(elements);
            return set;
        }

        /** Why the block owned by this element is not body text, or {@code null} when it is. */
        String fate(Element owner) {
            for (Element e = owner; e != null; e = e.parent()) {
                String reason = removed.get(e);
                if (reason != null) {
                    return reason;
                }
                if (articleSet.contains(e)) {
                    return null;
                }
            }
            return "outside the main content";
        }

        int textLength() {
            int length = 0;
            for (Element element : article) {
                length += TextLength.latinOf(element); // TextShape.latinLength of its text, without the text
            }
            return length;
        }
    }

    private final HtmlHints hints;
    private final MarkupPruning pruning;
    private final ArticleCleaner cleaner;

    MainContentLocator(HtmlHints hints) {
        this.hints = hints;
        this.pruning = new MarkupPruning(hints);
        this.cleaner = new ArticleCleaner(hints);
    }

    /**
     * Finds the article, trying the attempts in turn on the page itself (which it leaves as the chosen attempt
     * cut it) until one finds enough text; when none does, the one that found the most is made again.
     */
    Located locate(Document page) {
        PageCuts cuts = new PageCuts();
        MarkupPruning.PageText bodyText = new MarkupPruning.PageText(page, cuts);
        Flags best = null;
        int bestLength = 0;
        for (int i = 0; i < ATTEMPTS.size(); i++) {
            Flags flags = ATTEMPTS.get(i);
            Located located = attempt(page, flags, bodyText, cuts);
            int length = located.textLength();
            if (length >= CHAR_THRESHOLD) {
                return located;
            }
            if (best == null || length > bestLength) {
                best = flags;
                bestLength = length;
            }
            if (i == ATTEMPTS.size() - 1 && best == flags) {
                return located;
            }
            cuts.putBack(); // the page as parsed again, for the next attempt
        }
        return attempt(page, best, bodyText, cuts);
    }

    private Located attempt(Document page, Flags flags, MarkupPruning.PageText bodyText, PageCuts cuts) {
        Map<Element, String> removed = new IdentityHashMap<>();
        Element body = page.body();
        pruning.prune(body, flags.stripUnlikely(), bodyText, removed, cuts);
        CandidateScores scores = CandidateScores.of(body, flags.weightClasses(), hints);
        Element top = scores.top(body);
        List<Element> article = new ArrayList<>(scores.withSiblings(top));
        for (Element element : article) {
            clean(element, flags, removed, cuts);
        }
        for (Element part : continuations(body, top, article)) {
            clean(part, flags, removed, cuts);
            article.add(part);
        }
        article.addAll(leadAbove(body, article));
        return new Located(page, article, removed);
    }

    /**
     * The article's later parts when a layout splits it across rows: containers below it of the same tag and
     * class as the article's container (or one of the two around it), holding plain prose and nothing else,
     * no headings and no links, the way a grid's next row carries on a story after an advert.
     */
    private static List<Element> continuations(Element body, Element top, List<Element> article) {
        List<Element> parts = new ArrayList<>();
        if (top == body) {
            return parts;
        }
        Set<String> shapes = new java.util.HashSet<>();
        Element shaped = top;
        for (int level = 0; level < 3 && shaped != null && shaped != body; level++, shaped = shaped.parent()) {
            if (!shaped.className().isBlank()) {
                shapes.add(shaped.normalName() + "." + shaped.className().strip());
            }
        }
        if (shapes.isEmpty()) {
            return parts;
        }
        Set<Element> inArticle = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element element : article) {
            inArticle.addAll(element.getAllElements());
            inArticle.addAll(element.parents());
        }
        boolean after = false;
        for (Element element : body.getAllElements()) {
            if (element == article.get(0)) {
                after = true;
            }
            if (!after || inArticle.contains(element) || element.className().isBlank()
                    || !shapes.contains(element.normalName() + "." + element.className().strip())
                    || parts.stream().anyMatch(part -> element.parents().contains(part))) {
                continue;
            }
            if (isPlainProse(element)) {
                parts.add(element);
            }
        }
        return parts;
    }

    private static boolean isPlainProse(Element element) {
        if (element.selectFirst(NOT_IN_PLAIN_PROSE) != null) {
            return false;
        }
        int prose = 0;
        for (Element paragraph : element.select(P)) {
            String text = TextShape.collapse(paragraph.text());
            if (TextShape.isProse(text) && TextShape.endsSentence(text)) {
                prose++;
            }
        }
        return prose > 0;
    }

    /**
     * The article's first part when it sits in a container of its own between the headline and the part that
     * won (a lead paragraph in the headline's column, the body in the next row): the prose paragraphs inside the
     * container of the page's last main heading above the article. A summary is not the article's first part:
     * a paragraph whose markup names it one (standfirst, dek, blurb...) or that repeats the page's description
     * stays out, and so does a byline. Chrome named as such is already gone.
     */
    private List<Element> leadAbove(Element body, List<Element> article) {
        Element first = article.get(0);
        List<Element> all = body.getAllElements();
        Element heading = null;
        int start = -1;
        int end = -1;
        for (int i = 0; i < all.size(); i++) {
            Element element = all.get(i);
            if (element == first) {
                end = i;
                break;
            }
            if (element.normalName().equals("h1")) {
                heading = element;
                start = i;
            }
        }
        List<Element> lead = new ArrayList<>();
        if (heading == null || end < 0 || first.normalName().equals("body") || heading.parent() == null) {
            return lead;
        }
        Element headingContainer = heading.parent();
        String description = description(body.ownerDocument());
        for (Element element : all.subList(start + 1, end)) {
            if (!element.normalName().equals("p") || !element.parents().contains(headingContainer)) {
                continue;
            }
            String text = TextShape.collapse(element.text());
            if (TextShape.isProse(text) && TextShape.endsSentence(text) && linkDensity(element) < 0.25
                    && !BYLINE_START.matcher(text).find() && !isSummary(element, headingContainer)
                    && !text.equalsIgnoreCase(description)) {
                lead.add(element);
            }
        }
        return lead;
    }

    private boolean isSummary(Element paragraph, Element stop) {
        for (Element e = paragraph; e != null && e != stop; e = e.parent()) {
            if (hints.summary.matcher(HtmlHints.classAndId(e)).find()) {
                return true;
            }
        }
        return false;
    }

    private static String description(Document page) {
        if (page == null) {
            return "";
        }
        Element meta = page.selectFirst(DESCRIPTION);
        return meta == null ? "" : TextShape.collapse(meta.attr("content"));
    }

    static double linkDensity(Element element) {
        return linkDensity(TextLength.of(element), element.select(A));
    }

    /** The share of a text of this length inside the links, a link to a place on the page weighing less. */
    static double linkDensity(int textLength, List<Element> links) {
        if (textLength == 0) {
            return 0;
        }
        double linkLength = 0;
        for (Element link : links) {
            String href = link.attr("href");
            double coefficient = href.startsWith("#") && href.length() > 1 ? 0.3 : 1;
            linkLength += TextLength.of(link) * coefficient;
        }
        return Math.min(1, linkLength / textLength);
    }

    private void clean(Element root, Flags flags, Map<Element, String> removed, PageCuts cuts) {
        for (Element element : reversed(root.select(ANY))) {
            if (element == root || isDetached(element, root)) {
                continue;
            }
            String reason = cleaner.reason(element, flags.weightClasses(), flags.cleanConditionally());
            if (reason != null) {
                removed.put(element, reason);
                cuts.cut(element);
            }
        }
    }

    private static boolean isDetached(Element element, Element body) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e == body) {
                return false;
            }
        }
        return true;
    }    private static List<Element> reversed(List<Element> elements) {
        List<Element> copy = new ArrayList<>(elements);
        Collections.reverse(copy);
        return copy;
    }
}
