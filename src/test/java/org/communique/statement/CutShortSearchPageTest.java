package org.communique.statement;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.communique.citation.Citations;
import org.communique.official.Officials;
import org.communique.web.TextLanguage;
import org.communique.web.Viewer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A search the engine cut short at its time limit says so: "at least" so many, and what the reader can do, rather
 * than a count over an empty page with no word of why.
 */
@WebMvcTest({StatementController.class, PartyController.class, HomeController.class})
@AutoConfigureMockMvc(addFilters = false)
@Import({StatementListPage.class, TextLanguage.class, Viewer.class, Citations.class})
class CutShortSearchPageTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    FullTextSearch search;

    @MockitoBean
    StatementQueries queries;

    @MockitoBean
    StatementViews views;

    @MockitoBean
    Statements statements;

    @MockitoBean
    Officials officials;

    @MockitoBean
    ArchiveVocabulary vocabulary;

    @Test
    void aSearchCutShortSaysSoAndCountsAtLeast() throws Exception {
        given(search.search(any())).willReturn(new FullTextSearch.SearchPage(List.of(), 3, Map.of(), Map.of(), List.of(), true));
        given(queries.summaries(any())).willReturn(List.of());

        mvc.perform(get("/statements").param("q", "security cooperation"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("At least"), containsString("class=\"cut-short\""),
                        containsString("only what was found in time"), containsString("(nothing"))));
    }

    @Test
    void aSearchAnsweredInTimeSaysNothingOfIt() throws Exception {
        given(search.search(any())).willReturn(new FullTextSearch.SearchPage(List.of(), 0, Map.of(), Map.of(), List.of(), false));

        mvc.perform(get("/statements").param("q", "security cooperation"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString("At least")), not(containsString("cut-short")),
                        containsString("No statement matches"))));
    }
}
