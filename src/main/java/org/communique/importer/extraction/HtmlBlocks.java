package org.communique.importer.extraction;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Cuts an HTML page into blocks in reading order: each paragraph, heading, list item, caption or cell, and
 * each run of text that sits directly in a container between such blocks. Every element that owns a block
 * is tagged with a {@code data-cq} number, so the block can be found again once the locator has cut the page.
 */
final class HtmlBlocks {

    /** The CSS queries this class asks, each parsed once. */
    private static final Evaluator BLOCKQUOTE = Selector.evaluatorOf("blockquote");
    private static final Evaluator FIGCAPTION = Selector.evaluatorOf("figcaption");
    private static final Evaluator TABLE = Selector.evaluatorOf("table");

    static final String OWNER_ATTRIBUTE = "data-cq";
    /** What stands between the cells of a table row read as one line. */
    static final String CELL_SEPARATOR = " | ";

    static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body", "center",
            "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
            "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav",
            "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul",
            "caption", "legend", "noscript", "frameset", "frame", "output");
    static final Set<String> SKIPPED_TAGS = Set.of("script", "style", "noscript", "template", "svg", "math",
            "iframe", "button", "select", "option", "input", "textarea", "object", "embed", "canvas", "video",
            "audio", "map", "head", "meta", "link", "title", "base", "picture", "source", "track", "dialog");

    /** A block as cut from the page, before it is judged. */
    record Cut(int owner, String text, Block.Kind kind, double linkDensity, int wordCount) {
    }

    private final List<Cut> cuts = new ArrayList<>();
    /** {@link #containsBlock}'s answers, by element. */
    private final Map<Element, Boolean> holdsBlock = new IdentityHashMap<>();
    /** Whether each table met holds no other table. */
    private final Map<Element, Boolean> singleTables = new IdentityHashMap<>();
    private int nextOwner;

    static List<Cut> cut(Element body) {
        HtmlBlocks blocks = new HtmlBlocks();
        blocks.walk(body);
        return blocks.cuts;
    }

    private void walk(Element container) {
        Run run = new Run();
        for (Node child : container.childNodes()) {
            if (child instanceof TextNode text) {
                run.append(text.getWholeText(), false);
            } else if (child instanceof Element element) {
                String tag = element.normalName();
                if (SKIPPED_TAGS.contains(tag)) {
                    continue;
                }
                if (tag.equals("br")) {
                    if (isDoubleBreak(element)) {
                        flush(container, run);
                    } else {
                        run.append(" ", false);
                    }
                } else if (tag.equals("tr") && isTextRow(element)) {
                    flush(container, run);
                    row(element);
                } else if (BLOCK_TAGS.contains(tag) || containsBlock(element)) {
                    flush(container, run);
                    walk(element);
                } else {
                    inline(element, run, tag.equals("a"));
                }
            }
        }
        flush(container, run);
    }

    private void inline(Element element, Run run, boolean inLink) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                run.append(text.getWholeText(), inLink);
            } else if (child instanceof Element inner) {
                String tag = inner.normalName();
                if (SKIPPED_TAGS.contains(tag)) {
                    continue;
                }
                if (tag.equals("br")) {
                    run.append(" ", inLink);
                } else {
                    inline(inner, run, inLink || tag.equals("a"));
                }
            }
        }
    }

    /** A row of a table of figures is read as one line, its cells set apart by bars: "2021 | 410 | 655". */
    private void row(Element tr) {
        Run run = new Run();
        boolean first = true;
        for (Element cell : tr.children()) {
            if (!first) {
                run.append(CELL_SEPARATOR, false);
            }
            inline(cell, run, false);
            first = false;
        }
        flush(tr, run);
    }

    /** A row of two or more cells that hold only text, in a table that holds no other table. */
    private boolean isTextRow(Element tr) {
        if (tr.childrenSize() < 2) {
            return false;
        }
        for (Element cell : tr.children()) {
            if (!cell.normalName().equals("td") && !cell.normalName().equals("th") || containsBlock(cell)) {
                return false;
            }
        }
        Element table = tr.closest(TABLE);
        // asked once a table, not once a row: the whole table was searched for every row
        return table != null && singleTables.computeIfAbsent(table, t -> t.select(TABLE).size() == 1);
    }

    /**
     * Whether a block element lies anywhere below this one: looked for child by child, stopping at the first, and
     * remembered for each element asked about, since the walk asks again of each child of an element that holds one
     * (without the memo, a deep chain of inline wrappers around a block is searched once for every level).
     */
    private boolean containsBlock(Element element) {
        Boolean known = holdsBlock.get(element);
        if (known != null) {
            return known;
        }
        boolean found = false;
        for (Element child = element.firstElementChild(); child != null && !found; child = child.nextElementSibling()) {
            found = BLOCK_TAGS.contains(child.normalName()) || containsBlock(child);
        }
        holdsBlock.put(element, found);
        return found;
    }

    private static boolean isDoubleBreak(Element br) {
        Node next = br.nextSibling();
        while (next instanceof TextNode text && text.isBlank()) {
            next = next.nextSibling();
        }
        return next instanceof Element element && element.normalName().equals("br");
    }

    private void flush(Element owner, Run run) {
        // most runs between blocks are only the page's indentation: collapsed and stripped, nothing is left of them
        String text = TextShape.isAllSpace(run.text) ? "" : TextShape.collapse(run.text.toString());
        int words = text.isEmpty() ? 0 : TextShape.words(text);
        if (words > 0) {
            double linkDensity = run.text.isEmpty() ? 0 : Math.min(1.0, (double) run.linkChars / run.text.length());
            cuts.add(new Cut(ownerId(owner), text, kindOf(owner), linkDensity, words));
        }
        run.text.setLength(0);
        run.linkChars = 0;
    }

    private int ownerId(Element owner) {
        String existing = owner.attr(OWNER_ATTRIBUTE);
        if (!existing.isEmpty()) {
            return Integer.parseInt(existing);
        }
        int id = nextOwner++;
        owner.attr(OWNER_ATTRIBUTE, Integer.toString(id));
        return id;
    }

    private static Block.Kind kindOf(Element owner) {
        return switch (owner.normalName()) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> Block.Kind.HEADING;
            case "li", "dd", "dt" -> Block.Kind.LIST_ITEM;
            case "blockquote" -> Block.Kind.QUOTE;
            case "figcaption", "caption" -> Block.Kind.CAPTION;
            case "pre" -> Block.Kind.PREFORMATTED;
            case "td", "th", "tr" -> Block.Kind.CELL;
            default -> owner.closest(FIGCAPTION) != null ? Block.Kind.CAPTION
                    : owner.closest(BLOCKQUOTE) != null ? Block.Kind.QUOTE : Block.Kind.PARAGRAPH;
        };
    }

    /** Text collected between two blocks, and how much of it sits inside links. */
    private static final class Run {
        final StringBuilder text = new StringBuilder();
        int linkChars;

        void append(String value, boolean inLink) {
            text.append(value);
            if (inLink) {
                linkChars += value.strip().length();
            }
        }
    }
}
