package org.communique.official;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.communique.web.InvalidParameterException;
import org.communique.web.Crumb;
import org.communique.web.Links;
import org.communique.web.Pager;
import org.communique.web.NotFoundException;
import org.communique.web.PartyNames;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/** The officials: an index A–Z or by country, with counts; an official's page. */
@Controller
class OfficialController {

    static final int STATEMENTS_PER_PAGE = 50;
    static final int QUOTATIONS_SHOWN = 20;

    private final Officials officials;
    private final OfficialSlugs oldSlugs;
    private final OfficialRecord record;

    OfficialController(Officials officials, OfficialSlugs oldSlugs, OfficialRecord record) {
        this.officials = officials;
        this.oldSlugs = oldSlugs;
        this.record = record;
    }

    /** An official as their page shows them. */
    record OfficialView(String name, String slug, String country, List<String> aliases, List<Held> offices) {

        /** An office the registry records, from and to ("YYYY[-MM[-DD]]"; {@code to} absent while held). */
        record Held(String title, String from, String to) {
        }
    }

    /** One row of the index, with the key it sorts under (worked out once, not on every comparison). */
    record Row(String name, String slug, String country, long statements, String sortKey) {

        Row(String name, String slug, String country, long statements) {
            this(name, slug, country, statements, OfficialController.sortKey(name));
        }
    }

    @GetMapping("/officials")
    @Transactional(readOnly = true)
    ModelAndView index(@RequestParam(required = false) String by, @RequestParam(required = false) String all) {
        Map<Long, Long> counts = record.statementCounts();
        boolean everyone = all != null;
        List<Row> rows = officials.listAll().stream()
                .filter(o -> everyone || counts.getOrDefault(o.id(), 0L) > 0)
                .map(o -> new Row(o.name(), o.slug(), o.country(), counts.getOrDefault(o.id(), 0L)))
                .sorted(Comparator.comparing(Row::sortKey))
                .toList();
        boolean byCountry = "country".equals(by);
        Map<String, List<Row>> groups = byCountry ? byCountry(rows) : byLetter(rows);
        return new ModelAndView("officials/list")
                .addObject("groups", groups)
                .addObject("byCountry", byCountry)
                .addObject("everyone", everyone)
                .addObject("total", rows.size());
    }

    @GetMapping("/officials/{slug}")
    @Transactional(readOnly = true)
    ModelAndView official(@PathVariable String slug, @RequestParam(required = false) Integer page) {
        Optional<Official> found = officials.findBySlug(slug);
        if (found.isEmpty()) {
            return oldSlugs.findById(slug).flatMap(old -> officials.findById(old.getOfficialId()))
                    .map(o -> redirect(o))
                    .orElseThrow(() -> new NotFoundException("There is no official '" + slug + "' in the archive."));
        }
        Official official = found.get();
        if (official.isMerged()) {
            return officials.findById(official.getMergedInto()).map(OfficialController::redirect)
                    .orElseThrow(() -> new NotFoundException("There is no official '" + slug + "' in the archive."));
        }
        if (page != null && page < 0) {
            throw new InvalidParameterException("page", "page must be 0 or more, not " + page);
        }
        int pageNumber = page == null ? 0 : page;
        OfficialRecord.Named named = pageNumber > Integer.MAX_VALUE / STATEMENTS_PER_PAGE - 1
                ? new OfficialRecord.Named(List.of(), record.statementsNaming(official.getId(), 0, STATEMENTS_PER_PAGE).total())
                : record.statementsNaming(official.getId(), pageNumber, STATEMENTS_PER_PAGE);
        if (pageNumber > 0 && named.items().isEmpty()) {
            int last = (int) Math.max(0, (named.total() - 1) / STATEMENTS_PER_PAGE);
            throw new NotFoundException("There is no page " + (pageNumber + 1) + " of " + official.getName()
                    + "'s statements.", new Links("/officials/" + official.getSlug(), Map.of()).page(last),
                    last == 0 ? official.getName() : "The last page, page " + (last + 1));
        }
        OfficialView view = new OfficialView(official.getName(), official.getSlug(), official.getCountry(),
                official.getAliases().stream().map(OfficialAlias::getAlias).filter(a -> !a.equals(official.getName()))
                        .sorted().toList(),
                official.getOffices().stream().map(o -> new OfficialView.Held(o.getTitle(), o.getHeldFrom(), o.getHeldTo()))
                        .toList());
        return new ModelAndView("officials/detail")
                .addObject("official", view)
                .addObject("countryName", official.getCountry() == null ? null : PartyNames.nameOf(official.getCountry()))
                .addObject("roles", record.rolesOf(official.getId()))
                .addObject("statements", new PageImpl<>(named.items(), PageRequest.of(pageNumber, STATEMENTS_PER_PAGE),
                        named.total()))
                .addObject("pager", Pager.of(pageNumber, STATEMENTS_PER_PAGE, named.total(),
                        new Links("/officials/" + official.getSlug(), Map.of())))
                .addObject("crumbs", List.of(new Crumb("Officials", "/officials")))
                .addObject("quotations", record.quotationsOf(official.getId(), QUOTATIONS_SHOWN));
    }

    private static ModelAndView redirect(Official official) {
        RedirectView view = new RedirectView("/officials/" + official.getSlug());
        view.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
        return new ModelAndView(view);
    }

    private static Map<String, List<Row>> byLetter(List<Row> rows) {
        Map<String, List<Row>> groups = new TreeMap<>();
        for (Row row : rows) {
            String key = row.sortKey();
            String letter = key.isEmpty() ? "#" : key.substring(0, 1).toUpperCase(Locale.ROOT);
            groups.computeIfAbsent(letter, k -> new ArrayList<>()).add(row);
        }
        return groups;
    }

    private static Map<String, List<Row>> byCountry(List<Row> rows) {
        Map<String, List<Row>> groups = new TreeMap<>();
        for (Row row : rows) {
            groups.computeIfAbsent(row.country() == null ? "Country not known" : PartyNames.nameOf(row.country()),
                    k -> new ArrayList<>()).add(row);
        }
        return groups;
    }

    /** Names sort by their last word, without accents or an Arabic article: "al-Abbasi" under A. */
    static String sortKey(String name) {
        String[] words = name.strip().split("\\s+");
        String last = words[words.length - 1].replaceFirst("(?i)^(al|el)-", "");
        return Normalizer.normalize(last, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
                + " " + name.toLowerCase(Locale.ROOT);
    }
}
