package org.communique.importer.extraction;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Finds the element that holds a page's article and cuts the chrome out of it, after the published
 * Readability algorithm: paragraphs score their ancestors, the best-scoring container wins, siblings that
 * score well join it, and link lists, widgets and share bars inside it are cut. Before scoring, containers
 * that the markup names as chrome (navigation, sidebars, footers, share bars, related links, comments) and
 * hidden elements are cut. Works on the page itself, putting back what one attempt cut before the next, and
 * reports, for each cut subtree, why it went.
 */
final class MainContentLocator {

    /** The CSS queries this class asks, each parsed once. */
    static final Evaluator A = Selector.evaluatorOf("a");
    private static final Evaluator ANY = Selector.evaluatorOf("*");
    private static final Evaluator ARTICLE_HOLDERS = Selector.evaluatorOf("article, main, [itemprop=articleBody]");
    private static final Evaluator DESCRIPTION = Selector.evaluatorOf("meta[name=description], meta[property=og:description]");
    private static final Evaluator MEDIA = Selector.evaluatorOf("img, picture, video");
    private static final Evaluator NOT_IN_PLAIN_PROSE = Selector.evaluatorOf("h1, h2, h3, h4, h5, h6, a[href], form, input, img");
    private static final Evaluator P = Selector.evaluatorOf("p");
    private static final Evaluator TABLE_OR_CODE = Selector.evaluatorOf("table, code");

    static final int CHAR_THRESHOLD = 500;
    private static final int TOP_CANDIDATES = 5;
    private static final Pattern BYLINE_START = Pattern.compile("^(?:By|BY|Par|Von|Por)\\s+\\p{Lu}");
    private static final Set<String> SCORED_KINDS_TAGS = Set.of("p", "pre", "td", "h2", "h3", "h4", "h5", "h6", "section");
    private static final Set<String> ALWAYS_CHROME_TAGS = Set.of("nav", "aside", "footer", "header");
    private static final Set<String> EMPTY_REMOVABLE = Set.of("div", "section", "header", "h1", "h2", "h3", "h4", "h5", "h6");

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
    private final ArticleCleaner cleaner;

    MainContentLocator(HtmlHints hints) {
        this.hints = hints;
        this.cleaner = new ArticleCleaner(hints);
    }

    /**
     * Finds the article, trying the attempts in turn on the page itself (which it leaves as the chosen attempt
     * cut it) until one finds enough text; when none does, the one that found the most is made again.
     */
    Located locate(Document page) {
        PageCuts cuts = new PageCuts();
        PageText bodyText = new PageText(page, cuts);
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

    private Located attempt(Document page, Flags flags, PageText bodyText, PageCuts cuts) {
        Map<Element, String> removed = new IdentityHashMap<>();
        Element body = page.body();
        prune(body, flags, bodyText, removed, cuts);
        Map<Element, Double> scores = score(body, flags);
        Element top = topCandidate(body, scores);
        List<Element> article = new ArrayList<>(withSiblings(top, scores));
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
     * The subtrees an attempt cut from the page, in the order it cut them, each with the element it stood in and
     * its place there, so that they can be put back, last cut first, leaving the page as it was parsed.
     */
    private static final class PageCuts {
        private record Cut(Element element, Element parent, int index) {
        }

        private final List<Cut> cuts = new ArrayList<>();

        void cut(Element element) {
            cuts.add(new Cut(element, element.parent(), element.siblingIndex()));
            element.remove();
        }

        /** Puts every cut subtree back: the page as parsed, for another attempt. */
        void putBack() {
            restore();
            cuts.clear();
        }

        /** Reads the page as parsed: the cut subtrees put back for the reading, and cut again after it. */
        int readUncut(IntSupplier reading) {
            restore();
            try {
                return reading.getAsInt();
            } finally {
                for (Cut cut : cuts) {
                    cut.element().remove();
                }
            }
        }

        private void restore() {
            for (int i = cuts.size() - 1; i >= 0; i--) {
                Cut cut = cuts.get(i);
                cut.parent().insertChildren(cut.index(), cut.element());
            }
        }
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

    // ---- pruning before scoring ----

    /**
     * Cuts what the markup names as chrome, asking of the body's elements in document order and passing over the
     * elements of a subtree once it is cut (as a list of all the elements, made first, would have them detached).
     */
    private void prune(Element body, Flags flags, PageText bodyText, Map<Element, String> removed, PageCuts cuts) {
        Element element = PreOrder.next(body, body);
        while (element != null) {
            String reason = pruneReason(element, flags, bodyText);
            if (reason == null) {
                element = PreOrder.next(element, body);
                continue;
            }
            Element next = PreOrder.nextOutside(element, body); // found while the subtree still stands in the page
            removed.put(element, reason);
            cuts.cut(element);
            element = next;
        }
    }

    private static boolean isDetached(Element element, Element body) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e == body) {
                return false;
            }
        }
        return true;
    }

    private String pruneReason(Element element, Flags flags, PageText bodyText) {
        String tag = element.normalName();
        if (!isProbablyVisible(element)) {
            return "hidden element";
        }
        String role = element.attr("role");
        if (!role.isEmpty() && hints.unlikelyRoles.matcher(role).matches() && !holdsArticle(element, bodyText)) {
            return "navigation, banner or sidebar (role)";
        }
        if (ALWAYS_CHROME_TAGS.contains(tag) && !holdsArticle(element, bodyText)) {
            return switch (tag) {
                case "nav" -> "navigation";
                case "aside" -> "sidebar";
                case "footer" -> "footer";
                default -> "page header";
            };
        }
        String classAndId = HtmlHints.classAndId(element).strip();
        if (!classAndId.isEmpty()) {
            HtmlHints.Words words = hints.words(classAndId); // read once for the several patterns below
            if (hints.finds(hints.embed, words)) {
                return "embedded social post";
            }
            if (hints.finds(hints.caption, words) && TextLength.of(element) < 400) {
                return "photo caption or credit";
            }
            if (isByline(element, words)) {
                return "byline";
            }
            if (hints.finds(hints.chrome, words) && !holdsArticle(element, bodyText)) {
                // named chrome (comments, share bars, related links) goes in every attempt, unlike Readability's
                // merely "unlikely" candidates, which a short article brings back
                return "site chrome (" + firstClassWord(classAndId) + ")";
            }
            if (flags.stripUnlikely() && hints.finds(hints.weakChrome, words)
                    && !hints.finds(hints.maybeCandidate, words) && !holdsArticle(element, bodyText)) {
                return "site chrome (" + firstClassWord(classAndId) + ")";
            }
            if (flags.stripUnlikely() && hints.finds(hints.unlikely, words)
                    && !hints.finds(hints.maybeCandidate, words)
                    && element.closest(TABLE_OR_CODE) == null && !tag.equals("body") && !tag.equals("a")) {
                return "unlikely to be content (" + firstClassWord(classAndId) + ")";
            }
        }
        if (tag.equals("figcaption")) {
            return "photo caption or credit";
        }
        if (EMPTY_REMOVABLE.contains(tag) && !element.hasText() && element.select(MEDIA).isEmpty()) {
            return "empty";
        }
        return null;
    }

    private boolean isByline(Element element, HtmlHints.Words words) {
        boolean marked = element.attr("rel").equals("author") || element.attr("itemprop").contains("author")
                || hints.finds(hints.byline, words);
        if (!marked) {
            return false;
        }
        int length = TextLength.of(element);
        return length < 100 && length > 0 && element.select(P).size() <= 1;
    }

    /**
     * An article element, one that holds one, or a content wrapper that holds most of the page's text is
     * never cut as chrome, whatever else its class says; a comment thread may be longer than the article.
     */
    private boolean holdsArticle(Element element, PageText bodyText) {
        if (element.normalName().equals("main") || element.normalName().equals("article")) {
            return true;
        }
        if (bodyText.holdsArticleElement(element)) {
            return true;
        }
        return hints.finds(hints.maybeCandidate, HtmlHints.classAndId(element))
                && TextLength.of(element) > bodyText.length() * 0.6;
    }

    /**
     * The length of the text of the page as parsed, before any attempt cuts it: read on first use, since only a
     * content wrapper named in the markup asks for it, and most pages have none.
     */
    private static final class PageText {
        private final Document page;
        private final PageCuts cuts;
        private int length = -1;
        /** The article elements and their ancestors in the page as parsed, gathered on first use. */
        private Set<Element> holders;

        PageText(Document page, PageCuts cuts) {
            this.page = page;
            this.cuts = cuts;
        }

        int length() {
            if (length < 0) {
                length = cuts.readUncut(() -> Math.max(1, TextLength.of(page.body())));
            }
            return length;
        }

        /**
         * Whether the element is, or holds, an article element ({@code article}, {@code main}, an articleBody),
         * as {@code element.select(ARTICLE_HOLDERS)} would tell: the holders' ancestors are gathered once a
         * page, not looked for under every element asked about. Pruning asks in document order, so when it
         * asks about an element nothing below it has been cut yet, and the page as parsed answers alike.
         */
        boolean holdsArticleElement(Element element) {
            if (holders == null) {
                holders = Collections.newSetFromMap(new IdentityHashMap<>());
                cuts.readUncut(() -> {
                    Element body = page.body();
                    for (Element holder = body; holder != null; holder = PreOrder.next(holder, body)) {
                        if (!ARTICLE_HOLDERS.matches(body, holder)) {
                            continue; // the elements select would list, walked without building the list
                        }
                        for (Element e = holder; e != null && holders.add(e); e = e.parent()) {
                            // each holder's ancestors, up to those another holder already added
                        }
                    }
                    return 0;
                });
            }
            return holders.contains(element);
        }
    }

    private static String firstClassWord(String classAndId) {
        String first = firstToken(classAndId.strip());
        return first.length() > 40 ? first.substring(0, 40) : first;
    }

    /**
     * What {@code text.split("\\s+")[0]} gives for a text {@link String#strip} left (one that starts with no
     * whitespace): the text up to its first space, tab, line end or form feed, found without a regex.
     */
    static String firstToken(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                return text.substring(0, i);
            }
        }
        return text;
    }

    private static boolean isProbablyVisible(Element element) {
        String style = element.attr("style").replace(" ", "").toLowerCase();
        if (style.contains("display:none") || style.contains("visibility:hidden")) {
            return false;
        }
        if (element.hasAttr("hidden")) {
            return false;
        }
        return !element.attr("aria-hidden").equals("true") || element.className().contains("fallback-image");
    }

    // ---- scoring ----

    private Map<Element, Double> score(Element body, Flags flags) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element element : body.getAllElements()) {
            Contribution contribution = contribution(element);
            if (contribution == null || contribution.feeds() == null) {
                continue;
            }
            Element scoringParent = contribution.feeds();
            int length = contribution.text().latinLength();
            if (length < 25) {
                continue;
            }
            double contentScore = 1 + (contribution.text().commas() + 1) + Math.min(Math.floor(length / 100.0), 3);
            Element ancestor = scoringParent;
            for (int level = 0; level < 5 && ancestor != null && ancestor != body.parent(); level++) {
                if (ancestor.normalName().equals("#root")) {
                    break;
                }
                scores.computeIfAbsent(ancestor, a -> initialScore(a, flags));
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.merge(ancestor, contentScore / divider, Double::sum);
                ancestor = ancestor.parent();
            }
        }
        TextLengths lengths = TextLengths.of(body, scores.keySet()); // the link densities of the scored elements only
        scores.replaceAll((element, score) -> score * (1 - lengths.linkDensity(element)));
        return scores;
    }

    /** What a text element adds to the scores: the element whose score it feeds, and the text it feeds it with. */
    private record Contribution(Element feeds, TextLength.Collapsed text) {
    }

    private static Contribution contribution(Element element) {
        String tag = element.normalName();
        if (SCORED_KINDS_TAGS.contains(tag)) {
            return new Contribution(element.parent(), TextLength.Collapsed.of(element));
        }
        if (!tag.equals("div") && !tag.equals("article") && !tag.equals("main")) {
            return null;
        }
        boolean hasBlockChild = false;
        for (Element child = element.firstElementChild(); child != null && !hasBlockChild; child = child.nextElementSibling()) {
            hasBlockChild = HtmlBlocks.BLOCK_TAGS.contains(child.normalName()); // no list of the children built
        }
        if (!hasBlockChild) {
            return new Contribution(element.parent(), TextLength.Collapsed.of(element));
        }
        String looseText = element.ownText();
        return looseText.length() >= 25 ? new Contribution(element, TextLength.Collapsed.of(looseText)) : null;
    }

    private double initialScore(Element element, Flags flags) {
        double score = switch (element.normalName()) {
            case "div" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return score + (flags.weightClasses() ? hints.classWeight(element) : 0);
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

    private static Element topCandidate(Element body, Map<Element, Double> scores) {
        List<Element> ranked = new ArrayList<>(scores.keySet());
        ranked.sort((a, b) -> Double.compare(scores.get(b), scores.get(a)));
        if (ranked.isEmpty() || ranked.get(0) == body) {
            return body;
        }
        Element top = ranked.get(0);
        double topScore = scores.get(top);
        top = commonAlternative(top, topScore, ranked.subList(1, Math.min(TOP_CANDIDATES, ranked.size())), scores, body);
        // climb while the parent scores about as well: the article may be split across several children
        Element parent = top.parent();
        double lastScore = scores.getOrDefault(top, topScore);
        double threshold = lastScore / 3;
        while (parent != null && parent != body && !parent.normalName().equals("#root")) {
            Double parentScore = scores.get(parent);
            if (parentScore == null) {
                parent = parent.parent();
                continue;
            }
            if (parentScore < threshold) {
                break;
            }
            if (parentScore > lastScore) {
                top = parent;
                break;
            }
            lastScore = parentScore;
            parent = parent.parent();
        }
        while (top.parent() != null && top.parent() != body && top.parent().children().size() == 1) {
            top = top.parent();
        }
        return top;
    }

    /** When three of the runners-up share an ancestor with the winner, that ancestor holds the article. */
    private static Element commonAlternative(Element top, double topScore, List<Element> others,
                                             Map<Element, Double> scores, Element body) {
        List<List<Element>> alternativeAncestors = new ArrayList<>();
        for (Element other : others) {
            if (scores.get(other) / topScore >= 0.75) {
                alternativeAncestors.add(other.parents());
            }
        }
        if (alternativeAncestors.size() < 3) {
            return top;
        }
        for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
            int containing = 0;
            for (List<Element> ancestors : alternativeAncestors) {
                if (containsIdentical(ancestors, parent)) {
                    containing++;
                }
            }
            if (containing >= 3) {
                return parent;
            }
        }
        return top;
    }

    private static boolean containsIdentical(List<Element> elements, Element wanted) {
        for (Element element : elements) {
            if (element == wanted) {
                return true;
            }
        }
        return false;
    }

    private static List<Element> withSiblings(Element top, Map<Element, Double> scores) {
        Element parent = top.parent();
        if (parent == null || top.normalName().equals("body")) {
            return List.of(top);
        }
        double topScore = scores.getOrDefault(top, 0.0);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> article = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                article.add(sibling);
                continue;
            }
            double bonus = !top.className().isEmpty() && sibling.className().equals(top.className()) ? topScore * 0.2 : 0;
            Double siblingScore = scores.get(sibling);
            if (siblingScore != null && siblingScore + bonus >= threshold) {
                article.add(sibling);
            } else if (sibling.normalName().equals("p")) {
                double density = linkDensity(sibling);
                String text = TextShape.collapse(sibling.text());
                if ((TextShape.latinLength(text) > 80 && density < 0.25)
                        || (text.length() > 0 && text.length() < 80 && density == 0 && text.matches(".*\\.( |$).*"))) {
                    article.add(sibling);
                }
            }
        }
        return article;
    }

    // ---- cleaning the article ----

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

    private static List<Element> reversed(List<Element> elements) {
        List<Element> copy = new ArrayList<>(elements);
        Collections.reverse(copy);
        return copy;
    }
}
