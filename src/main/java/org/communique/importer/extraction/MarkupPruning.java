package org.communique.importer.extraction;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * The locator's first step in each attempt: cuts what the markup names as chrome (navigation, sidebars, footers,
 * share bars, related links, comments, captions, bylines) and hidden elements, before the paragraphs are scored;
 * in the strictest attempt also what is merely unlikely to be content, as Readability does. An element that holds
 * the article is never cut as chrome.
 */
final class MarkupPruning {

    private static final Evaluator ARTICLE_HOLDERS = Selector.evaluatorOf("article, main, [itemprop=articleBody]");
    private static final Evaluator MEDIA = Selector.evaluatorOf("img, picture, video");
    private static final Evaluator TABLE_OR_CODE = Selector.evaluatorOf("table, code");
    private static final Set<String> ALWAYS_CHROME_TAGS = Set.of("nav", "aside", "footer", "header");
    private static final Set<String> EMPTY_REMOVABLE = Set.of("div", "section", "header", "h1", "h2", "h3", "h4", "h5", "h6");

    private final HtmlHints hints;

    MarkupPruning(HtmlHints hints) {
        this.hints = hints;
    }

    /**
     * Cuts what the markup names as chrome, asking of the body's elements in document order and passing over the
     * elements of a subtree once it is cut (as a list of all the elements, made first, would have them detached).
     */
    void prune(Element body, boolean stripUnlikely, PageText bodyText, Map<Element, String> removed, PageCuts cuts) {
        Element element = PreOrder.next(body, body);
        while (element != null) {
            String reason = pruneReason(element, stripUnlikely, bodyText);
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

    private String pruneReason(Element element, boolean stripUnlikely, PageText bodyText) {
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
            if (stripUnlikely && hints.finds(hints.weakChrome, words)
                    && !hints.finds(hints.maybeCandidate, words) && !holdsArticle(element, bodyText)) {
                return "site chrome (" + firstClassWord(classAndId) + ")";
            }
            if (stripUnlikely && hints.finds(hints.unlikely, words)
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
        return length < 100 && length > 0 && element.select(MainContentLocator.P).size() <= 1;
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
    static final class PageText {
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
}
