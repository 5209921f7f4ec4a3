package org.communique.importer.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads what a page says about itself: JSON-LD, Open Graph and other meta tags, the {@code <title>}, the
 * first {@code <h1>}, the canonical link, and the "saved from" comment that browsers write into saved pages.
 */
final class HtmlMetadataReader {

    /** The CSS queries this class asks, each parsed once. */
    private static final Evaluator CANONICAL_LINK = Selector.evaluatorOf("link[rel=canonical][href]");
    private static final Evaluator H1 = Selector.evaluatorOf("h1");
    private static final Evaluator JSON_LD = Selector.evaluatorOf("script[type=application/ld+json]");
    private static final Evaluator META_WITH_CONTENT = Selector.evaluatorOf("meta[content]");
    private static final Evaluator PUBLISHED_DATES = Selector.evaluatorOf("[itemprop=datePublished], time[pubdate], time.published, time.entry-date");
    private static final Evaluator TIME_WITH_DATETIME = Selector.evaluatorOf("time[datetime]");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–—·•»]\\s+|\\s+-\\s+");
    private static final Pattern SAVED_FROM = Pattern.compile("saved from url=\\(\\d+\\)(\\S+)");
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportagenewsarticle",
            "analysisnewsarticle", "blogposting", "report", "pressrelease", "webpage", "scholarlyarticle",
            "opinionnewsarticle", "backgroundnewsarticle", "socialmediaposting", "liveblogposting", "creativework",
            "speech", "governmentpublication");
    /** Meta names and properties that name a publication date, most trusted first. */
    private static final List<String> PUBLISHED_META = List.of("article:published_time", "og:article:published_time",
            "article:published", "datepublished", "published_time", "og:published_time", "publishdate",
            "publish-date", "publish_date", "pubdate", "dc.date.issued", "dcterms.issued", "citation_publication_date",
            "parsely-pub-date", "sailthru.date", "article.published", "release_date");
    /** Meta names that carry some date of the page, not said to be its publication. */
    private static final List<String> OTHER_DATE_META = List.of("date", "dc.date", "dcterms.date", "dc.date.created",
            "dcterms.created", "citation_date", "created");

    /**
     * The elements the reader asks about, gathered in one walk of the page, each list in document order as
     * {@code select} gives it (a query walks the whole page, and there were five of them); and, from the same
     * walk, the depth of the page's deepest node, as a {@code NodeTraversor} counts it (the document 0, a text
     * node one below its element), for the reader's depth budget.
     */
    record Asked(List<Element> jsonLd, List<Element> metas, List<Element> publishedDates, Element firstH1,
                 Element canonical, int depth) {

        static Asked of(Document doc) {
            List<Element> jsonLd = new ArrayList<>();
            List<Element> metas = new ArrayList<>();
            List<Element> publishedDates = new ArrayList<>();
            Element firstH1 = null;
            Element canonical = null;
            int deepest = 0;
            int depth = 0;
            Element e = doc;
            while (e != null) {
                deepest = Math.max(deepest, e.childNodeSize() > 0 ? depth + 1 : depth);
                if (firstH1 == null && H1.matches(doc, e)) {
                    firstH1 = e;
                }
                if (e.attributesSize() > 0) { // every other query asks for an attribute, and most elements have none
                    if (JSON_LD.matches(doc, e)) {
                        jsonLd.add(e);
                    }
                    if (META_WITH_CONTENT.matches(doc, e)) {
                        metas.add(e);
                    }
                    if (PUBLISHED_DATES.matches(doc, e)) {
                        publishedDates.add(e);
                    }
                    if (canonical == null && CANONICAL_LINK.matches(doc, e)) {
                        canonical = e;
                    }
                }
                // the next element in document order, the depth following the step down or the steps up
                Element next = PreOrder.next(e, doc);
                if (next != null && next.parent() == e) {
                    depth++;
                } else if (next != null) {
                    for (Element at = e; at.parent() != next.parent(); at = at.parent()) {
                        depth--;
                    }
                }
                e = next;
            }
            return new Asked(jsonLd, metas, publishedDates, firstH1, canonical, deepest);
        }
    }

    /** What the page says about itself, {@code asked} being what {@link Asked#of} gathered from it. */
    PageMetadata read(Document doc, Asked asked) {
        List<JsonNode> articles = jsonLdArticles(asked);
        Map<String, String> metas = metaContents(asked);
        String headline = firstText(articles, "headline");
        if (headline == null) {
            headline = meta(metas, "og:title", "twitter:title", "dc.title");
        }
        if (headline == null) {
            headline = firstText(articles, "name");
        }
        Element h1 = asked.firstH1();
        String firstHeading = h1 == null ? null : TextShape.collapse(h1.text());
        String siteName = meta(metas, "og:site_name", "application-name", "al:ios:app_name");
        if (siteName == null) {
            siteName = titleSuffix(doc.title(), headline, firstHeading);
        }
        return new PageMetadata(
                clean(headline),
                clean(doc.title()),
                emptyToNull(firstHeading),
                clean(siteName == null ? null : siteName.replaceFirst("^@", "")),
                clean(publisher(articles, metas)),
                publishedDates(articles, asked, metas),
                otherDates(asked, metas),
                url(articles, doc, asked, metas),
                documentType(articles, metas));
    }

    /** "Headline | Site Name": the part of the {@code <title>} that is not the headline names the site. */
    private static String titleSuffix(String title, String headline, String heading) {
        String[] parts = TITLE_SEPARATOR.split(title == null ? "" : title.strip());
        if (parts.length < 2) {
            return null;
        }
        String last = parts[parts.length - 1].strip();
        String first = parts[0].strip();
        boolean headlineFirst = headline != null && first.equalsIgnoreCase(TextShape.collapse(headline))
                || heading != null && first.equalsIgnoreCase(heading);
        return headlineFirst && TextShape.words(last) <= 10 ? last : null;
    }

    private static List<JsonNode> jsonLdArticles(Asked asked) {
        List<JsonNode> found = new ArrayList<>();
        for (Element script : asked.jsonLd()) {
            try {
                collectArticles(JSON.readTree(script.data()), found);
            } catch (JacksonException e) {
                // malformed JSON-LD is common; the page's other metadata still counts
            }
        }
        found.sort((a, b) -> Integer.compare(rank(a), rank(b)));
        return found;
    }

    private static int rank(JsonNode node) {
        String type = types(node).stream().findFirst().orElse("");
        return type.endsWith("article") || type.equals("blogposting") || type.equals("pressrelease") ? 0 : 1;
    }

    private static void collectArticles(JsonNode node, List<JsonNode> found) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(child -> collectArticles(child, found));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (types(node).stream().anyMatch(ARTICLE_TYPES::contains)) {
            found.add(node);
        }
        collectArticles(node.get("@graph"), found);
        collectArticles(node.get("mainEntity"), found);
    }

    private static List<String> types(JsonNode node) {
        JsonNode type = node.get("@type");
        List<String> types = new ArrayList<>();
        if (type == null) {
            return types;
        }
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asString().toLowerCase(Locale.ROOT)));
        } else {
            types.add(type.asString().toLowerCase(Locale.ROOT));
        }
        return types;
    }

    private static String firstText(List<JsonNode> nodes, String field) {
        for (JsonNode node : nodes) {
            JsonNode value = node.get(field);
            if (value != null && value.isString() && !value.asString().isBlank()) {
                return value.asString();
            }
        }
        return null;
    }

    private static String publisher(List<JsonNode> articles, Map<String, String> metas) {
        for (JsonNode article : articles) {
            for (String field : List.of("publisher", "sourceOrganization")) {
                JsonNode publisher = article.get(field);
                if (publisher != null && publisher.isArray() && !publisher.isEmpty()) {
                    publisher = publisher.get(0);
                }
                if (publisher != null && publisher.isObject() && publisher.hasNonNull("name")) {
                    return publisher.get("name").asString();
                }
                if (publisher != null && publisher.isString()) {
                    return publisher.asString();
                }
            }
        }
        return meta(metas, "article:publisher", "publisher", "dc.publisher", "citation_publisher");
    }

    private static List<String> publishedDates(List<JsonNode> articles, Asked asked, Map<String, String> metas) {
        List<String> dates = new ArrayList<>();
        for (JsonNode article : articles) {
            for (String field : List.of("datePublished", "dateCreated")) {
                JsonNode value = article.get(field);
                if (value != null && value.isString()) {
                    dates.add(value.asString());
                }
            }
        }
        String stated = meta(metas, PUBLISHED_META.toArray(String[]::new));
        if (stated != null) {
            dates.add(stated);
        }
        for (Element element : asked.publishedDates()) {
            String value = element.hasAttr("datetime") ? element.attr("datetime")
                    : element.hasAttr("content") ? element.attr("content") : element.text();
            if (!value.isBlank()) {
                dates.add(value);
            }
        }
        return dates;
    }

    /** Generic date metadata, and the {@code <time datetime>} nearest after the page's headline. */
    private static List<String> otherDates(Asked asked, Map<String, String> metas) {
        List<String> dates = new ArrayList<>();
        String generic = meta(metas, OTHER_DATE_META.toArray(String[]::new));
        if (generic != null) {
            dates.add(generic);
        }
        Element h1 = asked.firstH1();
        if (h1 != null && h1.parent() != null) {
            Element time = h1.parent().selectFirst(TIME_WITH_DATETIME);
            if (time != null) {
                dates.add(time.attr("datetime"));
            }
        }
        return dates;
    }

    private static String url(List<JsonNode> articles, Document doc, Asked asked, Map<String, String> metas) {
        Element canonical = asked.canonical();
        if (canonical != null && canonical.attr("href").startsWith("http")) {
            return canonical.attr("href");
        }
        String og = meta(metas, "og:url", "twitter:url", "dc.identifier");
        if (og != null && og.startsWith("http")) {
            return og;
        }
        for (JsonNode article : articles) {
            JsonNode url = article.get("url");
            if (url != null && url.isString() && url.asString().startsWith("http")) {
                return url.asString();
            }
            JsonNode main = article.get("mainEntityOfPage");
            if (main != null && main.isObject() && main.hasNonNull("@id") && main.get("@id").asString().startsWith("http")) {
                return main.get("@id").asString();
            }
        }
        return savedFrom(doc);
    }

    /** The address in the comment that browsers write at the top of a saved page. */
    private static String savedFrom(Document doc) {
        for (Node node : doc.childNodes()) {
            String text = node instanceof Comment comment ? comment.getData() : null;
            if (text == null && node instanceof Element html) {
                for (Node child : html.childNodes()) {
                    if (child instanceof Comment comment) {
                        text = comment.getData();
                        break;
                    }
                }
            }
            if (text != null) {
                Matcher m = SAVED_FROM.matcher(text);
                if (m.find() && m.group(1).startsWith("http")) {
                    return m.group(1);
                }
            }
        }
        return null;
    }

    private static String documentType(List<JsonNode> articles, Map<String, String> metas) {
        if (!articles.isEmpty()) {
            return types(articles.get(0)).stream().findFirst().orElse(null);
        }
        return meta(metas, "og:type");
    }

    /** The page's meta tags' contents by name or property (lower-cased), the first tag of a name winning: read once a page. */
    private static Map<String, String> metaContents(Asked asked) {
        Map<String, String> metas = new HashMap<>();
        for (Element meta : asked.metas()) {
            String key = meta.hasAttr("property") ? meta.attr("property")
                    : meta.hasAttr("name") ? meta.attr("name") : meta.attr("itemprop");
            if (!meta.attr("content").isBlank()) {
                metas.putIfAbsent(key.toLowerCase(Locale.ROOT), meta.attr("content").strip());
            }
        }
        return metas;
    }

    /** The content of the first meta tag, by name or property, that has one. */
    private static String meta(Map<String, String> metas, String... names) {
        for (String name : names) {
            String value = metas.get(name.toLowerCase(Locale.ROOT));
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String clean(String value) {
        return value == null ? null : emptyToNull(TextShape.collapse(org.jsoup.parser.Parser.unescapeEntities(value, false)));
    }

    private static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
