package org.communique.importer.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Readability's cleaning of the article the {@link MainContentLocator} found: which of its elements go as side
 * sections, share links, or containers that hold a link list, a gallery, a form or a widget rather than text.
 */
final class ArticleCleaner {

    private static final Evaluator CAPTION = Selector.evaluatorOf("caption");
    private static final Evaluator CODE_OR_PRE = Selector.evaluatorOf("code, pre");
    private static final Evaluator EMBEDS = Selector.evaluatorOf("object, embed, iframe");
    private static final Evaluator FIGURE = Selector.evaluatorOf("figure");
    private static final Evaluator HEADINGS = Selector.evaluatorOf("h1, h2, h3, h4, h5, h6");
    private static final Evaluator IMG = Selector.evaluatorOf("img");
    private static final Evaluator INPUT = Selector.evaluatorOf("input");
    private static final Evaluator LI = Selector.evaluatorOf("li");
    private static final Evaluator P = Selector.evaluatorOf("p");
    private static final Evaluator TABLE = Selector.evaluatorOf("table");
    private static final Evaluator TABLE_STRUCTURE = Selector.evaluatorOf("col, colgroup, tfoot, thead, th");
    private static final Evaluator TD = Selector.evaluatorOf("td");
    private static final Evaluator TR = Selector.evaluatorOf("tr");
    private static final Set<String> CONDITIONAL_TAGS = Set.of("form", "fieldset", "table", "ul", "div", "section");

    private final HtmlHints hints;

    ArticleCleaner(HtmlHints hints) {
        this.hints = hints;
    }

    /**
     * Why an element of the article goes, or {@code null} when it stays: side sections, share links, and (when the
     * attempt cleans conditionally) containers that are link lists, galleries, forms or widgets rather than text.
     */
    String reason(Element element, boolean weightClasses, boolean cleanConditionally) {
        String tag = element.normalName();
        if (tag.equals("footer") || tag.equals("aside")) {
            return tag.equals("footer") ? "footer" : "sidebar";
        }
        String classAndId = HtmlHints.classAndId(element);
        if (hints.finds(hints.share, classAndId) && TextLength.of(element) < MainContentLocator.CHAR_THRESHOLD) {
            return "share and print links";
        }
        if ((tag.equals("h1") || tag.equals("h2")) && hints.classWeight(element) < 0) {
            return "heading of a side section";
        }
        if (cleanConditionally && CONDITIONAL_TAGS.contains(tag)) {
            return conditionalReason(element, weightClasses);
        }
        return null;
    }

    /** Readability's test for a container that is a link list, a gallery or a widget rather than text. */
    private String conditionalReason(Element element, boolean weightClasses) {
        if (element.normalName().equals("table") && isDataTable(element)) {
            return null;
        }
        if (element.closest(CODE_OR_PRE) != null) {
            return null;
        }
        int weight = weightClasses ? hints.classWeight(element) : 0;
        if (weight < 0) {
            return "side content (class)";
        }
        TextLength.Collapsed text = TextLength.Collapsed.of(element); // counted, not made, as a page has many containers
        if (text.commas() >= 10) {
            return null;
        }
        boolean isList = element.normalName().equals("ul") || element.normalName().equals("ol");
        Inside inside = Inside.of(element);
        int paragraphs = inside.paragraphs();
        int images = inside.images();
        int listItems = inside.listItems() - 100;
        int inputs = inside.inputs();
        int headingText = inside.headingText();
        double headingDensity = text.length() == 0 ? 0 : (double) headingText / text.length();
        int embeds = inside.embeds();
        double linkDensity = MainContentLocator.linkDensity(text.textLength(), inside.links());
        int length = text.latinLength();
        boolean inFigure = element.closest(FIGURE) != null;
        if (images > 1 && (double) paragraphs / images < 0.5 && !inFigure) {
            return "gallery";
        }
        if (!isList && listItems > paragraphs) {
            return "link list";
        }
        if (inputs > paragraphs / 3) {
            return "form";
        }
        if (!isList && headingDensity < 0.9 && length < 25 && (images == 0 || images > 2) && !inFigure) {
            return "widget";
        }
        if (!isList && weight < 25 && linkDensity > 0.2) {
            return "link list";
        }
        if (weight >= 25 && linkDensity > 0.5) {
            return "link list";
        }
        if ((embeds == 1 && length < 75) || embeds > 1) {
            return "embedded media";
        }
        if (isList && linkDensity > 0.5 && paragraphs == 0) {
            return "link list";
        }
        return null;
    }

    private static boolean isDataTable(Element table) {
        if (table.attr("role").equals("presentation") || table.attr("datatable").equals("0")) {
            return false;
        }
        if (!table.attr("summary").isEmpty() || table.selectFirst(CAPTION) != null
                || table.selectFirst(TABLE_STRUCTURE) != null) {
            return true;
        }
        if (table.selectFirst(TABLE) != null) {
            return false;
        }
        int rows = table.select(TR).size();
        int columns = table.select(TR).stream().mapToInt(tr -> tr.select(TD).size()).max().orElse(0);
        return rows >= 10 || columns > 4 || rows * columns > 10;
    }

    /**
     * What a container holds, as the conditional cleaning counts it: its paragraphs, images, list items, inputs,
     * the text length of its headings, its embeds and its links, each as its own {@code select} would find it,
     * gathered in one walk of the container instead of seven.
     */
    record Inside(int paragraphs, int images, int listItems, int inputs, int headingText, int embeds, List<Element> links) {

        static Inside of(Element root) {
            int paragraphs = 0;
            int images = 0;
            int listItems = 0;
            int inputs = 0;
            int headingText = 0;
            int embeds = 0;
            List<Element> links = new ArrayList<>();
            for (Element e = root; e != null; e = PreOrder.next(e, root)) {
                paragraphs += P.matches(root, e) ? 1 : 0;
                images += IMG.matches(root, e) ? 1 : 0;
                listItems += LI.matches(root, e) ? 1 : 0;
                inputs += INPUT.matches(root, e) ? 1 : 0;
                headingText += HEADINGS.matches(root, e) ? TextLength.of(e) : 0;
                embeds += EMBEDS.matches(root, e) ? 1 : 0;
                if (MainContentLocator.A.matches(root, e)) {
                    links.add(e);
                }
            }
            return new Inside(paragraphs, images, listItems, inputs, headingText, embeds, links);
        }
    }
}
