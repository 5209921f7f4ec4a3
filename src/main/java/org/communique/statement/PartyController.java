package org.communique.statement;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.communique.web.Crumb;
import org.communique.web.NotFoundException;
import org.communique.web.PartyNames;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The parties: an index of every party and every pair of parties with their counts, and the statements of
 * a party or a pair ({@code /parties/US-IQ}). A party may be named by any of its names or codes in any
 * case ("/parties/usa"); such an address redirects to the one with the canonical codes.
 */
@Controller
class PartyController {

    private final StatementListPage listPage;
    private final Statements statements;

    PartyController(StatementListPage listPage, Statements statements) {
        this.listPage = listPage;
        this.statements = statements;
    }

    /** A party or a pair as the index lists it. */
    record Entry(String path, String name, long count) {
    }

    @GetMapping("/parties")
    @Transactional(readOnly = true)
    String index(Model model) {
        List<Entry> parties = statements.partyCounts().stream()
                .map(row -> new Entry("/parties/" + row[0], PartyNames.nameOf((String) row[0]), (Long) row[1]))
                .sorted(Comparator.comparing(Entry::count).reversed().thenComparing(Entry::name)).toList();
        List<Entry> pairs = statements.partyPairCounts().stream()
                .map(row -> new Entry("/parties/" + row[0] + "-" + row[1],
                        PartyNames.nameOf((String) row[0]) + " and " + PartyNames.nameOf((String) row[1]), (Long) row[2]))
                .sorted(Comparator.comparing(Entry::count).reversed().thenComparing(Entry::name)).toList();
        model.addAttribute("parties", parties);
        model.addAttribute("pairs", pairs);
        return "parties/index";
    }

    @GetMapping("/parties/{codes}")
    ModelAndView party(@PathVariable String codes, @RequestParam(required = false) String sort,
                       @RequestParam(required = false) Integer page, Model model) {
        List<String> parties = PartyNames.parseList(codes).filter(found -> !found.isEmpty())
                .orElseThrow(() -> new NotFoundException("There is no party '" + codes + "' in the archive.",
                        "/parties", "Every party in the archive"));
        String canonical = String.join("-", parties);
        if (!canonical.equals(codes)) {
            RedirectView redirect = new RedirectView(ServletUriComponentsBuilder.fromCurrentRequest()
                    .replacePath("/parties/" + canonical).build().toUriString());
            redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
            return new ModelAndView(redirect);
        }
        StatementFilter filter = StatementFilter.of(null, null, null, null, null, List.of(canonical), null, null, sort, page);
        String names = parties.stream().map(PartyNames::nameInText).collect(Collectors.joining(" and "));
        model.addAttribute("crumbs", List.of(new Crumb("Parties", "/parties")));
        model.addAttribute("here", parties.stream().map(PartyNames::nameOf).collect(Collectors.joining(" and ")));
        return new ModelAndView(listPage.render(filter, "Statements of " + names, "/parties/" + canonical, model),
                model.asMap());
    }
}
