package org.communique.statement;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The front page: what the archive holds, the newest statements, and the ways in. */
@Controller
class HomeController {

    private static final int NEWEST = 6;

    private final StatementQueries queries;
    private final ArchiveVocabulary vocabulary;

    HomeController(StatementQueries queries, ArchiveVocabulary vocabulary) {
        this.queries = queries;
        this.vocabulary = vocabulary;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("overview", queries.overview(NEWEST));
        model.addAttribute("partyOptions", vocabulary.partyCodes().stream().map(StatementSummary.Party::of).toList());
        return "index";
    }
}
