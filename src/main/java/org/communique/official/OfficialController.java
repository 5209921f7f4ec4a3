package org.communique.official;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.communique.web.NotFoundException;
import org.communique.web.PartyNames;
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

    /** One row of the index. */
    record Row(String name, String slug, String country, long statements) {
    }

    @GetMapping("/officials")
    @Transactional(readOnly = true)
    ModelAndView index(@RequestParam(required = false) String by, @RequestParam(required = false) String all) {
        Map<Long, Long> counts = record.statementCounts();
        boolean everyone = all != null;
        List<Row> rows = officials.findAll().stream()
                .filter(o -> !o.isMerged() && (everyone || counts.getOrDefault(o.getId(), 0L) > 0))
                .map(o -> new Row(o.getName(), o.getSlug(), o.getCountry(), counts.getOrDefault(o.getId(), 0L)))
                .sorted(Comparator.comparing(r -> sortKey(r.name())))
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
    ModelAndView official(@PathVariable String slug) {
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
        List<OfficialRecord.NamedIn> statements = record.statementsNaming(official.getId());
        OfficialView view = new OfficialView(official.getName(), official.getSlug(), official.getCountry(),
                official.getAliases().stream().map(OfficialAlias::getAlias).filter(a -> !a.equals(official.getName()))
                        .sorted().toList(),
                official.getOffices().stream().map(o -> new OfficialView.Held(o.getTitle(), o.getHeldFrom(), o.getHeldTo()))
                        .toList());
        return new ModelAndView("officials/detail")
                .addObject("official", view)
                .addObject("roles", RoleSpan.of(statements))
                .addObject("statements", statements)
                .addObject("quotations", record.quotationsOf(official.getId()));
    }

    private static ModelAndView redirect(Official official) {
        RedirectView view = new RedirectView("/officials/" + official.getSlug());
        view.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
        return new ModelAndView(view);
    }

    /** An office as the statements give it, and the span of the statements that show it. */
    record RoleSpan(String role, String from, String to, long statements) {

        static List<RoleSpan> of(List<OfficialRecord.NamedIn> named) {
            Map<String, List<OfficialRecord.NamedIn>> byRole = new LinkedHashMap<>();
            for (OfficialRecord.NamedIn in : named) {
                String role = in.role() == null ? "(no office given)" : in.role();
                byRole.computeIfAbsent(role.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(in);
            }
            List<RoleSpan> spans = new ArrayList<>();
            for (List<OfficialRecord.NamedIn> group : byRole.values()) {
                List<OfficialRecord.NamedIn> dated = group.stream().filter(g -> g.date() != null).toList();
                String role = group.get(0).role() == null ? "(no office given)" : group.get(0).role();
                spans.add(new RoleSpan(role, dated.isEmpty() ? null : dated.get(0).displayDate(),
                        dated.isEmpty() ? null : dated.get(dated.size() - 1).displayDate(), group.size()));
            }
            return spans;
        }
    }

    private static Map<String, List<Row>> byLetter(List<Row> rows) {
        Map<String, List<Row>> groups = new TreeMap<>();
        for (Row row : rows) {
            String key = sortKey(row.name());
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
