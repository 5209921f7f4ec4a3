package org.communique.statement;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.communique.web.NotFoundException;
import org.communique.web.PartyNames;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The statements of a party, or of a pair of parties ({@code /parties/US-IQ}). */
@Controller
class PartyController {

    private final StatementListPage listPage;

    PartyController(StatementListPage listPage) {
        this.listPage = listPage;
    }

    @GetMapping("/parties/{codes}")
    String party(@PathVariable String codes, @RequestParam(required = false) String sort,
                 @RequestParam(required = false) Integer page, Model model) {
        List<String> parties = Arrays.stream(codes.split("[-,]")).map(c -> c.strip().toUpperCase(Locale.ROOT)).toList();
        for (String code : parties) {
            if (!PartyNames.isKnown(code)) {
                throw new NotFoundException("There is no party '" + code + "'.");
            }
        }
        StatementFilter filter = StatementFilter.of(null, null, null, null, null, List.of(codes), null, null, sort, page);
        String names = parties.stream().map(PartyNames::nameOf).collect(Collectors.joining(" and "));
        return listPage.render(filter, "Statements of " + names, "/parties/" + codes, model);
    }
}
