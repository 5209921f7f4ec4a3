package org.communique.feed;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.communique.web.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import jakarta.persistence.EntityManager;

/**
 * The sitemap (sitemaps.org 0.9): the main pages, every official and every statement at its canonical
 * address with the day it last changed. Past {@value #PER_FILE} statements, {@code /sitemap.xml} becomes an
 * index of files of that many each, as the protocol's limit of 50,000 addresses a file asks.
 */
@Controller
@Transactional(readOnly = true)
class SitemapController {

    static final int PER_FILE = 40_000;
    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");
    private static final List<String> PAGES = List.of("/", "/statements", "/timeline", "/officials", "/export");

    private final EntityManager entityManager;

    SitemapController(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemap() throws XMLStreamException {
        long statements = entityManager.createQuery("select count(s) from Statement s", Long.class).getSingleResult();
        String base = base();
        if (statements <= PER_FILE) {
            return xml(urlset(base, true, 0));
        }
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("sitemapindex");
        xml.writeDefaultNamespace(NS);
        for (int part = 0; part * (long) PER_FILE < statements; part++) {
            xml.writeStartElement("sitemap");
            element(xml, "loc", base + "/sitemaps/" + part + ".xml");
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        return xml(out.toString());
    }

    /** One part of a large sitemap: part 0 also holds the main pages and the officials. */
    @GetMapping("/sitemaps/{part}.xml")
    ResponseEntity<String> part(@PathVariable int part) throws XMLStreamException {
        long statements = entityManager.createQuery("select count(s) from Statement s", Long.class).getSingleResult();
        if (part < 0 || (part > 0 && part * (long) PER_FILE >= statements)) {
            throw new NotFoundException("There is no such sitemap.");
        }
        return xml(urlset(base(), part == 0, part));
    }

    private String urlset(String base, boolean withPages, int part) throws XMLStreamException {
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("urlset");
        xml.writeDefaultNamespace(NS);
        if (withPages) {
            for (String page : PAGES) {
                url(xml, base + page, null);
            }
            for (String slug : entityManager.createQuery("select o.slug from Official o where o.mergedInto is null"
                    + " and exists (select a from Appearance a where a.official = o) order by o.slug", String.class)
                    .getResultList()) {
                url(xml, base + "/officials/" + slug, null);
            }
        }
        for (Object[] row : entityManager.createQuery("select s.id, s.slug, s.updatedAt from Statement s order by s.id",
                Object[].class).setFirstResult(part * PER_FILE).setMaxResults(PER_FILE).getResultList()) {
            url(xml, base + "/statements/" + row[0] + "-" + row[1], (Instant) row[2]);
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        return out.toString();
    }

    private static void url(XMLStreamWriter xml, String loc, Instant modified) throws XMLStreamException {
        xml.writeStartElement("url");
        element(xml, "loc", loc);
        if (modified != null) {
            element(xml, "lastmod", modified.atOffset(ZoneOffset.UTC).toLocalDate().toString());
        }
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static ResponseEntity<String> xml(String body) {
        return ResponseEntity.ok().contentType(XML).body(body);
    }

    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
    }
}
