package org.communique.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.communique.ArchiveHttp;
import org.communique.ArchiveTest;
import org.communique.SeedArchive;
import org.communique.importer.Importer;
import org.communique.statement.Statements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;

/** The Atom feeds and the sitemap parse as XML and list what they should. */
@ArchiveTest
class FeedAndSitemapTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

    @Autowired
    Importer importer;

    @Autowired
    Statements statements;

    @LocalServerPort
    int port;

    private ArchiveHttp http;

    @BeforeEach
    void seeds() {
        SeedArchive.load(importer);
        http = new ArchiveHttp(port);
    }

    @Test
    void theFeedListsTheNewestStatementsAsValidAtom() throws Exception {
        HttpResponse<String> response = http.get("/feeds/statements.atom");
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/atom+xml");
        Document xml = parse(response.body());
        Element feed = xml.getDocumentElement();
        assertThat(feed.getLocalName()).isEqualTo("feed");
        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        for (String required : List.of("id", "title", "updated")) {
            assertThat(feed.getElementsByTagNameNS(ATOM, required).getLength()).as(required).isPositive();
        }
        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        assertThat(entries.getLength()).isEqualTo((int) statements.count());
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            for (String required : List.of("id", "title", "updated", "link", "summary")) {
                assertThat(entry.getElementsByTagNameNS(ATOM, required).getLength()).as(required).isPositive();
            }
        }
        SyndFeed read = new SyndFeedInput().build(new StringReader(response.body()));
        assertThat(read.getFeedType()).isEqualTo("atom_1.0");
        assertThat(read.getEntries().get(0).getPublishedDate()).isAfterOrEqualTo(read.getEntries().get(1).getPublishedDate());
    }

    @Test
    void feedsPerSearchPerOfficialAndPerParty() throws Exception {
        assertThat(titles("/feeds/statements.atom?q=Peshmerga")).hasSize(2);
        assertThat(titles("/feeds/officials/antony-blinken.atom")).hasSize(3)
                .contains("Joint Statement on the U.S.-Iraq Strategic Dialogue");
        List<String> iraq = titles("/feeds/parties/IQ.atom");
        assertThat(iraq).isNotEmpty();
        assertThat(http.get("/feeds/officials/nobody-of-that-name.atom").statusCode()).isEqualTo(404);
        assertThat(http.get("/feeds/parties/Narnia.atom").statusCode()).isEqualTo(404);
        assertThat(titles("/feeds/parties/iraq.atom")).isEqualTo(iraq);
        assertThat(titles("/feeds/statements.atom?party=USA&type=news-report")).isNotEmpty();
    }

    @Test
    void theSitemapListsEveryStatementAtItsCanonicalAddress() throws Exception {
        HttpResponse<String> response = http.get("/sitemap.xml");
        Document xml = parse(response.body());
        assertThat(xml.getDocumentElement().getLocalName()).isEqualTo("urlset");
        assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo(SITEMAP);
        List<String> locations = new ArrayList<>();
        NodeList locs = xml.getElementsByTagNameNS(SITEMAP, "loc");
        for (int i = 0; i < locs.getLength(); i++) {
            locations.add(locs.item(i).getTextContent());
        }
        String base = "http://localhost:" + port;
        assertThat(locations).contains(base + "/", base + "/statements", base + "/officials/antony-blinken");
        long id = statements.findBySourcePath("000_10cd8ee5ffed7d6e.txt").orElseThrow().getId();
        assertThat(locations).contains(base + "/statements/" + id + "-joint-statement-on-the-us-iraq-strategic-dialogue");
        assertThat(locations.stream().filter(l -> l.contains("/statements/")).count()).isEqualTo(statements.count());
        for (String location : locations.stream().filter(l -> l.contains("/statements/")).toList()) {
            assertThat(http.get(location.substring(base.length())).statusCode()).as(location).isEqualTo(200);
        }
    }

    private List<String> titles(String path) throws Exception {
        HttpResponse<String> response = http.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return new SyndFeedInput().build(new StringReader(response.body())).getEntries().stream().map(SyndEntry::getTitle)
                .toList();
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }
}
