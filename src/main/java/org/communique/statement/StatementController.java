package org.communique.statement;

import java.util.List;

import org.communique.web.Crumb;
import org.communique.web.Links;
import org.communique.web.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/** The statements: the filterable list, one statement's page, and its source text. */
@Controller
class StatementController {

    private final StatementViews views;
    private final Statements statements;
    private final StatementListPage listPage;
    private final ObjectProvider<StatementCorrections> corrections;

    StatementController(StatementViews views, Statements statements, StatementListPage listPage,
                        ObjectProvider<StatementCorrections> corrections) {
        this.views = views;
        this.statements = statements;
        this.listPage = listPage;
        this.corrections = corrections;
    }

    @GetMapping("/statements")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String date,
                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) String official, @RequestParam(required = false) List<String> party,
                @RequestParam(required = false) String type, @RequestParam(required = false) String publisher,
                @RequestParam(required = false) String sort, @RequestParam(required = false) Integer page, Model model) {
        StatementFilter filter = StatementFilter.of(q, date, from, to, official, party, type, publisher, sort, page);
        if (!filter.parties().isEmpty() && !party.equals(List.of(String.join("-", filter.parties())))) {
            return "redirect:" + new Links("/statements", filter.parameters()).page(filter.page());
        }
        return listPage.render(filter, filter.q() == null ? "Statements" : "Search", "/statements", model);
    }

    @GetMapping("/statements/{reference}")
    ModelAndView statement(@PathVariable String reference) {
        long id = idOf(reference);
        StatementView view = views.view(id)
                .orElseThrow(() -> new NotFoundException("There is no statement " + id + " in the archive."));
        String canonical = view.summary().url();
        if (!("/statements/" + reference).equals(canonical)) {
            RedirectView redirect = new RedirectView(canonical);
            redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
            return new ModelAndView(redirect);
        }
        StatementCorrections history = corrections.getIfAvailable();
        return new ModelAndView("statements/detail").addObject("statement", view)
                .addObject("crumbs", crumbs(view.summary().date()))
                .addObject("corrections", history == null ? List.of() : history.of(id));
    }

    /** The source file's text exactly as the importer read it. */
    @GetMapping(value = "/statements/{id}/source", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> source(@PathVariable String id) {
        long statementId = idOf(id);
        return statements.findWithSourceById(statementId)
                .map(s -> ResponseEntity.ok().contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
                        .body(s.getSource().getOriginalText()))
                .orElseThrow(() -> new NotFoundException("There is no statement " + statementId + " in the archive."));
    }

    /** Statements › 2021 › July: the list, then the statement's year and month on the timeline, as far as its date is known. */
    static List<Crumb> crumbs(PartialDate date) {
        List<Crumb> crumbs = new java.util.ArrayList<>(List.of(new Crumb("Statements", "/statements")));
        if (date == null) {
            crumbs.add(new Crumb("Undated", "/timeline/undated"));
            return crumbs;
        }
        int year = date.lowerBound().getYear();
        crumbs.add(new Crumb(Integer.toString(year), "/timeline/" + year));
        if (date.precision() == DatePrecision.YEAR) {
            crumbs.add(new Crumb("Month not known", "/timeline/" + year + "/month-unknown"));
        } else {
            crumbs.add(new Crumb(date.lowerBound().getMonth().getDisplayName(java.time.format.TextStyle.FULL,
                    java.util.Locale.ENGLISH), "/timeline/" + year + "/" + String.format("%02d", date.lowerBound().getMonthValue())));
        }
        return crumbs;
    }

    /** "123" or "123-joint-statement-on-..." → 123. */
    static long idOf(String reference) {
        String digits = reference.split("-", 2)[0];
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new NotFoundException("There is no statement '" + reference + "' in the archive.");
        }
    }
}
