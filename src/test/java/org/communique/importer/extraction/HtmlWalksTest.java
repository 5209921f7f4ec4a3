package org.communique.importer.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Selector;
import org.junit.jupiter.api.Test;

/** Walks of the parsed page written by hand, each compared with the jsoup call it replaces. */
class HtmlWalksTest {

    private static final String[] TAGS = {"html", "head", "body", "div", "p", "span", "a", "b", "i", "br", "h1", "h2",
            "table", "tr", "td", "ul", "li", "script", "style", "meta", "link", "time", "title", "noscript", "template",
            "svg", "form", "select", "option", "article", "main", "frameset", "textarea", "pre", "img", "input",
            "h3", "object", "embed", "iframe", "math", "textarea", "center", "label", "button", "img", "sup"};
    private static final String[] ATTRIBUTES = {"type=\"application/ld+json\"", "type=APPLICATION/LD+JSON",
            "content=\"x\"", "content", "itemprop=datePublished", "itemprop=' datepublished '", "pubdate",
            "class=published", "class=\"entry-date big\"", "datetime=2024-01-02", "rel=canonical", "rel=CANONICAL",
            "href=\"https://example.org/a\"", "href", "id=x", "name=description", "itemprop=articleBody",
            "itemprop=ARTICLEBODY"};
    private static final String[] TEXTS = {"", " ", "text", "\n  ", "a & b", "<!-- note -->", "{\"@type\":\"NewsArticle\"}",
            "</p>", "<", "&nbsp;", "</script>", "<![CDATA[x]]>", "\u200B", "\u00AD", "  \n\t ", "\u0001", "\u0085x",
            "\u3000", "😀", "\u00A0", "a\u2003b", "中文", "カタカナー", "\uD840\uDC00", "々", "\uD840", "\uDC00", ",", "a, b,",
            "、", "，", "\u2028", "\u1680", "\u202F", "\u001F", "x  y", "\t"};

    @Test
    void preOrderListsTheElementsGetAllElementsLists() {
        for (Document doc : documents()) {
            List<Element> walked = new ArrayList<>();
            for (Element e = doc; e != null; e = PreOrder.next(e, doc)) {
                walked.add(e);
            }
            assertIdentical(walked, doc.getAllElements(), doc);
            org.jsoup.select.Evaluator holders = Selector.evaluatorOf("article, main, [itemprop=articleBody]");
            List<Element> matched = new ArrayList<>();
            for (Element e = doc.body(); e != null; e = PreOrder.next(e, doc.body())) {
                if (holders.matches(doc.body(), e)) {
                    matched.add(e);
                }
            }
            assertIdentical(matched, doc.body().select(holders), doc);
            for (Element root : doc.getAllElements()) {
                List<Element> under = new ArrayList<>();
                for (Element e = root; e != null; e = PreOrder.next(e, root)) {
                    under.add(e);
                }
                assertIdentical(under, root.getAllElements(), doc);
            }
        }
    }

    @Test
    void depthIsThatOfATraversalOfEveryNode() {
        for (Document doc : documents()) {
            int[] deepest = {0};
            org.jsoup.select.NodeTraversor.traverse((node, depth) -> deepest[0] = Math.max(deepest[0], depth), doc);
            assertThat(HtmlMetadataReader.Asked.of(doc).depth()).as(doc.outerHtml()).isEqualTo(deepest[0]);
        }
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            deep.append(i % 2 == 0 ? "<div>" : "<span>");
        }
        for (int limit : new int[] {8, 50, 258}) {
            Document doc = Jsoup.parse(deep + "x", "", Parser.htmlParser().setMaxDepth(limit));
            int[] deepest = {0};
            org.jsoup.select.NodeTraversor.traverse((node, depth) -> deepest[0] = Math.max(deepest[0], depth), doc);
            assertThat(HtmlMetadataReader.Asked.of(doc).depth()).isEqualTo(deepest[0]);
        }
    }

    @Test
    void metadataWalkFindsWhatTheQueriesFind() {
        for (Document doc : documents()) {
            HtmlMetadataReader.Asked asked = HtmlMetadataReader.Asked.of(doc);
            assertIdentical(asked.jsonLd(), doc.select(Selector.evaluatorOf("script[type=application/ld+json]")), doc);
            assertIdentical(asked.metas(), doc.select(Selector.evaluatorOf("meta[content]")), doc);
            assertIdentical(asked.publishedDates(), doc.select(Selector.evaluatorOf(
                    "[itemprop=datePublished], time[pubdate], time.published, time.entry-date")), doc);
            assertThat(asked.firstH1()).isSameAs(doc.selectFirst(Selector.evaluatorOf("h1")));
            assertThat(asked.canonical()).isSameAs(doc.selectFirst(Selector.evaluatorOf("link[rel=canonical][href]")));
        }
    }

    @Test
    void containerCountsAreThoseOfTheQueries() {
        for (Document doc : documents()) {
            for (Element root : doc.getAllElements()) {
                ArticleCleaner.Inside inside = ArticleCleaner.Inside.of(root);
                assertThat(inside.paragraphs()).isEqualTo(root.select(Selector.evaluatorOf("p")).size());
                assertThat(inside.images()).isEqualTo(root.select(Selector.evaluatorOf("img")).size());
                assertThat(inside.listItems()).isEqualTo(root.select(Selector.evaluatorOf("li")).size());
                assertThat(inside.inputs()).isEqualTo(root.select(Selector.evaluatorOf("input")).size());
                assertThat(inside.headingText()).isEqualTo(root.select(Selector.evaluatorOf("h1, h2, h3, h4, h5, h6"))
                        .stream().mapToInt(h -> h.text().length()).sum());
                assertThat(inside.embeds()).isEqualTo(root.select(Selector.evaluatorOf("object, embed, iframe")).size());
                assertIdentical(inside.links(), root.select(Selector.evaluatorOf("a")), doc);
            }
        }
    }

    @Test
    void textLengthIsTheLengthOfTheText() {
        for (Document doc : documents()) {
            for (Element element : doc.getAllElements()) {
                assertThat(TextLength.of(element)).as(element.outerHtml()).isEqualTo(element.text().length());
                assertThat(TextLength.latinOf(element)).as(element.outerHtml())
                        .isEqualTo(TextShape.latinLength(element.text()));
            }
        }
    }

    @Test
    void collapsedTextIsMeasuredAsItsText() {
        for (Document doc : documents()) {
            for (Element element : doc.getAllElements()) {
                String whole = element.text();
                String text = TextShape.collapse(whole);
                assertThat(TextLength.Collapsed.of(element)).as(element.outerHtml()).isEqualTo(new TextLength.Collapsed(
                        whole.length(), text.length(), TextShape.latinLength(text), TextShape.commas(text)));
            }
        }
    }

    private static void assertIdentical(List<Element> actual, List<Element> expected, Document doc) {
        assertThat(actual).as(doc.outerHtml()).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.get(i)).as(doc.outerHtml()).isSameAs(expected.get(i));
        }
    }

    /** The HTML fixtures and random tag soup (misnested, unclosed, raw-text elements, attributes the queries ask about). */
    private static List<Document> documents() {
        List<Document> docs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                docs.add(Jsoup.parse(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        docs.add(Jsoup.parse(""));
        Random random = new Random(61);
        for (int round = 0; round < 3_000; round++) {
            StringBuilder html = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                String tag = TAGS[random.nextInt(TAGS.length)];
                switch (random.nextInt(4)) {
                    case 0 -> html.append("</").append(tag).append('>');
                    case 1 -> html.append(TEXTS[random.nextInt(TEXTS.length)]);
                    default -> {
                        html.append('<').append(tag);
                        for (int a = random.nextInt(3); a > 0; a--) {
                            html.append(' ').append(ATTRIBUTES[random.nextInt(ATTRIBUTES.length)]);
                        }
                        html.append('>');
                    }
                }
            }
            try {
                docs.add(random.nextBoolean() ? Jsoup.parse(html.toString())
                        : Jsoup.parse(html.toString(), "", Parser.htmlParser().setMaxDepth(8)));
            } catch (RuntimeException e) {
                // jsoup 1.24.1 fails its own check on some template and noscript soup; no page to walk
            }
        }
        return docs;
    }
}
