package org.communique.feed;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.communique.official.Official;
import org.communique.official.Officials;
import org.communique.statement.FullTextSearch;
import org.communique.statement.StatementFilter;
import org.communique.statement.StatementQueries;
import org.communique.statement.StatementSummary;
import org.communique.web.NotFoundException;
import org.communique.web.PartyNames;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;

import jakarta.persistence.EntityManager;

/**
 * Atom feeds of the newest statements: of the whole archive, or of any filter of the statements page
 * (words, party, official, type, dates), and by path per official and per party. Newest first, by the
 * statement's date; each entry links to the statement's permanent page and gives its lead.
 */
@Controller
class FeedController {

    static final int ENTRIES = 30;
    private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final FullTextSearch search;
    private final StatementQueries queries;
    private final Officials officials;
    private final EntityManager entityManager;

    FeedController(FullTextSearch search, StatementQueries queries, Officials officials, EntityManager entityManager) {
        this.search = search;
        this.queries = queries;
        this.officials = officials;
        this.entityManager = entityManager;
    }

    @GetMapping("/feeds/statements.atom")
    ResponseEntity<String> statements(@RequestParam(required = false) String q, @RequestParam(required = false) String from,
                                      @RequestParam(required = false) String to,
                                      @RequestParam(required = false) String official,
                                      @RequestParam(required = false) List<String> party,
                                      @RequestParam(required = false) String type,
                                      @RequestParam(required = false) String publisher) {
        StatementFilter filter = StatementFilter.of(q, null, from, to, official, party, type, publisher, "newest", 0);
        String title = filter.isEmpty() ? "Communique: newest statements" : "Communique: newest statements, " + describe(filter);
        return feed(filter, title, ServletUriComponentsBuilder.fromCurrentContextPath().path("/statements")
                .query(ServletUriComponentsBuilder.fromCurrentRequest().build().getQuery()).toUriString());
    }

    @GetMapping("/feeds/officials/{slug}.atom")
    ResponseEntity<String> official(@PathVariable String slug) {
        Official official = officials.findBySlug(slug).filter(o -> !o.isMerged())
                .orElseThrow(() -> new NotFoundException("There is no official '" + slug + "' in the archive."));
        StatementFilter filter = StatementFilter.of(null, null, null, null, official.getName(), null, null, null, "newest", 0);
        return feed(filter, "Communique: statements naming " + official.getName(),
                ServletUriComponentsBuilder.fromCurrentContextPath().path("/officials/{slug}").buildAndExpand(slug).toUriString());
    }

    @GetMapping("/feeds/parties/{code}.atom")
    ResponseEntity<String> party(@PathVariable String code) {
        List<String> codes = PartyNames.parseList(code).filter(found -> !found.isEmpty())
                .orElseThrow(() -> new NotFoundException("There is no party '" + code + "' in the archive, so no feed of it.",
                        "/parties", "Every party in the archive"));
        StatementFilter filter = StatementFilter.of(null, null, null, null, null, List.of(String.join("-", codes)), null,
                null, "newest", 0);
        String names = String.join(" and ", filter.parties().stream().map(PartyNames::nameInText).toList());
        return feed(filter, "Communique: statements of " + names,
                ServletUriComponentsBuilder.fromCurrentContextPath().path("/parties/{code}").buildAndExpand(code).toUriString());
    }

    private ResponseEntity<String> feed(StatementFilter filter, String title, String alternate) {
        List<Long> ids = search.search(filter).ids().stream().limit(ENTRIES).toList();
        List<StatementSummary> rows = queries.summaries(ids);
        Map<Long, Object[]> extra = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Object[] row : entityManager.createQuery("select s.id, s.updatedAt, substring(s.body, 1, 600)"
                    + " from Statement s where s.id in :ids", Object[].class).setParameter("ids", ids).getResultList()) {
                extra.put((Long) row[0], row);
            }
        }
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(title);
        feed.setUri(ServletUriComponentsBuilder.fromCurrentRequest().toUriString());
        feed.setLinks(List.of(link("self", ServletUriComponentsBuilder.fromCurrentRequest().toUriString(), "application/atom+xml"),
                link("alternate", alternate, "text/html")));
        feed.setAuthors(List.of(person("Communique")));
        feed.setGenerator("Communique");
        List<SyndEntry> entries = new ArrayList<>();
        Instant newest = Instant.EPOCH;
        for (StatementSummary s : rows) {
            Object[] more = extra.get(s.id());
            Instant updated = (Instant) more[1];
            newest = updated.isAfter(newest) ? updated : newest;
            SyndEntry entry = new SyndEntryImpl();
            entry.setTitle(s.title());
            entry.setUri(base + "/statements/" + s.id());
            entry.setLink(base + s.url());
            entry.setUpdatedDate(Date.from(updated));
            if (s.date() != null) {
                entry.setPublishedDate(Date.from(s.date().lowerBound().atStartOfDay().toInstant(ZoneOffset.UTC)));
            }
            if (s.publisher() != null) {
                entry.setAuthors(List.of(person(s.publisher())));
            }
            SyndContent summary = new SyndContentImpl();
            summary.setType("text");
            summary.setValue(s.displayDate() + " · " + s.type().label() + ". " + lead((String) more[2]));
            entry.setDescription(summary);
            entries.add(entry);
        }
        feed.setEntries(entries);
        feed.setPublishedDate(Date.from(newest.equals(Instant.EPOCH) ? Instant.parse("2000-01-01T00:00:00Z") : newest));
        try {
            return ResponseEntity.ok().contentType(ATOM).body(new SyndFeedOutput().outputString(feed));
        } catch (FeedException e) {
            throw new IllegalStateException("Cannot write the Atom feed: " + e.getMessage(), e);
        }
    }

    /** The first paragraph, cut at a word near 400 characters. */
    static String lead(String body) {
        String first = body == null ? "" : body.split("\n\n", 2)[0].strip();
        if (first.length() <= 400) {
            return first;
        }
        int cut = first.lastIndexOf(' ', 400);
        return first.substring(0, cut > 200 ? cut : 400) + " …";
    }

    private static String describe(StatementFilter filter) {
        List<String> parts = new ArrayList<>();
        if (filter.q() != null) {
            parts.add("“" + filter.q() + "”");
        }
        if (filter.official() != null) {
            parts.add("naming " + filter.official());
        }
        if (!filter.parties().isEmpty()) {
            parts.add(String.join(" and ", filter.parties().stream().map(PartyNames::nameOf).toList()));
        }
        if (filter.type() != null) {
            parts.add(filter.type().label());
        }
        if (filter.publisher() != null) {
            parts.add("by " + filter.publisher());
        }
        if (filter.from() != null || filter.to() != null) {
            parts.add((filter.from() == null ? "…" : filter.from().toString()) + " to "
                    + (filter.to() == null ? "…" : filter.to().toString()));
        }
        return String.join(", ", parts);
    }

    private static SyndLink link(String rel, String href, String type) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }

    private static SyndPerson person(String name) {
        SyndPerson person = new SyndPersonImpl();
        person.setName(name);
        return person;
    }
}
