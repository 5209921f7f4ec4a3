package org.communique.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.communique.citation.Citations;
import org.communique.official.Officials;
import org.communique.web.TextLanguage;
import org.communique.web.Viewer;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The statements' pages over a mocked archive: what they show, and how they answer bad addresses. */
@WebMvcTest({StatementController.class, PartyController.class, HomeController.class})
@AutoConfigureMockMvc(addFilters = false)
@Import({StatementListPage.class, TextLanguage.class, Viewer.class, Citations.class})
class StatementControllerTest {

    private static final StatementSummary JULY = new StatementSummary(7, "joint-statement-on-the-dialogue",
            "Joint Statement on the Dialogue", false, PartialDate.parse("2021-07-26"), null,
            StatementType.JOINT_STATEMENT, List.of(StatementSummary.Party.of("US"), StatementSummary.Party.of("IQ")),
            List.of(new StatementSummary.Named("Antony Blinken", "antony-blinken", "Secretary of State", "US")),
            "U.S. Department of State", false);

    @Autowired
    MockMvc mvc;

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
    void theListShowsEachRowWithItsDateTypePartiesAndOfficials() throws Exception {
        given(queries.list(any())).willReturn(new PageImpl<>(List.of(JULY), PageRequest.of(0, 20), 1));

        mvc.perform(get("/statements"))
                .andExpect(status().isOk())
                .andExpect(view().name("statements/list"))
                .andExpect(content().string(allOf(
                        containsString("href=\"/statements/7-joint-statement-on-the-dialogue\""),
                        containsString("26 July 2021"), containsString("Joint statement"),
                        containsString("United States"), containsString("Iraq"),
                        containsString("href=\"/officials/antony-blinken\""), containsString("(Secretary of State)"))));
    }

    @Test
    void filtersAreReadFromTheAddressAndKeptInThePagesLinks() throws Exception {
        given(queries.list(any())).willReturn(new PageImpl<>(List.of(JULY), PageRequest.of(0, 20), 45));
        ArgumentCaptor<StatementFilter> asked = ArgumentCaptor.forClass(StatementFilter.class);

        mvc.perform(get("/statements").param("date", "2021-07").param("official", "Blinken").param("party", "US-IQ"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("from=2021-07&amp;to=2021-07&amp;official=Blinken&amp;party=US-IQ&amp;page=1")));

        Mockito.verify(queries).list(asked.capture());
        assertFilter(asked.getValue());
    }

    private static void assertFilter(StatementFilter filter) {
        org.assertj.core.api.Assertions.assertThat(filter.fromDay()).isEqualTo(LocalDate.of(2021, 7, 1));
        org.assertj.core.api.Assertions.assertThat(filter.toDay()).isEqualTo(LocalDate.of(2021, 7, 31));
        org.assertj.core.api.Assertions.assertThat(filter.official()).isEqualTo("Blinken");
        org.assertj.core.api.Assertions.assertThat(filter.parties()).containsExactly("US", "IQ");
    }

    @Test
    void aParameterThatCannotBeReadIsA400NamingIt() throws Exception {
        mvc.perform(get("/statements").param("from", "2021-13"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("from: ")));
        mvc.perform(get("/statements").param("page", "-1"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("page must be 0 or more")));
        mvc.perform(get("/statements").param("page", "x"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("page cannot be")));
        mvc.perform(get("/statements").param("type", "communique"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("type must be one of")));
        mvc.perform(get("/statements").param("from", "2022").param("to", "2021"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("is before from")));
    }

    @Test
    void aStatementIsShownUnderItsCanonicalAddressOnly() throws Exception {
        given(views.view(7)).willReturn(Optional.of(viewOf(JULY)));

        mvc.perform(get("/statements/7-joint-statement-on-the-dialogue"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Joint Statement on the Dialogue"),
                        containsString("The paragraph of the body."), containsString("seed/0001.txt"))));
        mvc.perform(get("/statements/7"))
                .andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/statements/7-joint-statement-on-the-dialogue"));
        mvc.perform(get("/statements/7-an-old-title"))
                .andExpect(status().isMovedPermanently());
    }

    @Test
    void unknownStatementsAreNotFound() throws Exception {
        given(views.view(any(Long.class))).willReturn(Optional.empty());

        mvc.perform(get("/statements/99")).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("There is no statement 99")));
        mvc.perform(get("/statements/abc")).andExpect(status().isNotFound());
        mvc.perform(get("/statements/99/source")).andExpect(status().isNotFound());
    }

    @Test
    void anUnknownPartyIsNotFoundAndAKnownPairIsListed() throws Exception {
        given(queries.list(any())).willReturn(new PageImpl<>(List.of(JULY), PageRequest.of(0, 20), 1));

        mvc.perform(get("/parties/XX")).andExpect(status().isNotFound());
        mvc.perform(get("/parties/US-IQ"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Statements of the United States and Iraq"),
                        not(containsString("/parties/US-IQ?party")), containsString("/export/statements.csv?party=US-IQ"))));
    }

    @Test
    void groupsAreParties() throws Exception {
        StatementSummary summit = new StatementSummary(8, "leaders-declaration", "Leaders' Declaration", false,
                PartialDate.parse("2020-11-22"), null, StatementType.JOINT_STATEMENT,
                List.of(StatementSummary.Party.of("G20"), StatementSummary.Party.of("AUC"),
                        StatementSummary.Party.of("ASEAN"), StatementSummary.Party.of("G7")), List.of(), null, false);
        given(queries.list(any())).willReturn(new PageImpl<>(List.of(summit), PageRequest.of(0, 20), 1));
        ArgumentCaptor<StatementFilter> asked = ArgumentCaptor.forClass(StatementFilter.class);

        mvc.perform(get("/parties/G20-AUC"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Statements of the G20 and the African Union"),
                        containsString("ASEAN"), containsString("G7"))));
        mvc.perform(get("/statements").param("party", "g7,ASEAN")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/statements?party=G7-ASEAN"));
        mvc.perform(get("/statements").param("party", "G7-ASEAN")).andExpect(status().isOk());
        Mockito.verify(queries, Mockito.times(2)).list(asked.capture());
        assertThat(asked.getAllValues().get(0).parties()).containsExactly("G20", "AUC");
        assertThat(asked.getAllValues().get(1).parties()).containsExactly("G7", "ASEAN");
        mvc.perform(get("/parties/AU")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Statements of Australia")));
        mvc.perform(get("/statements").param("party", "G-2000")).andExpect(status().isBadRequest());
    }

    @Test
    void theFrontPageSaysWhatTheArchiveHolds() throws Exception {
        given(queries.overview(any(Integer.class))).willReturn(new ArchiveOverview(5, 13, 2,
                PartialDate.parse("2021-04-07"), PartialDate.parse("2024"), List.of(JULY)));
        given(vocabulary.partyCodes()).willReturn(List.of("IQ", "US"));

        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(">5<"), containsString(">13<"),
                        containsString("April 2021 – 2024"), containsString("Joint Statement on the Dialogue"),
                        containsString("href=\"/parties/IQ\""))));
    }

    @Test
    void thePagerNumbersThePagesAndSaysWhichStatementsItShows() throws Exception {
        given(queries.list(any())).willReturn(new PageImpl<>(List.of(JULY), PageRequest.of(1, 20), 312));

        String page = mvc.perform(get("/statements").param("page", "1")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        org.assertj.core.api.Assertions.assertThat(page).contains("21–40 of 312", "aria-current=\"page\" aria-label=\"Page 2\"",
                "href=\"/statements\" aria-label=\"Page 1\"", "href=\"/statements?page=15\" aria-label=\"Page 16\"",
                "href=\"/statements?page=3\" aria-label=\"Page 4\"", "…").doesNotContain("Page 2 of", "aria-label=\"Page 17\"");
    }

    @Test
    void aPagePastTheEndIsNotFoundAndLinksToTheLastPage() throws Exception {
        given(queries.list(any())).willReturn(new PageImpl<>(List.of(), PageRequest.of(4, 20), 45));

        mvc.perform(get("/statements").param("page", "4"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(allOf(containsString("There is no page 5 of this list"),
                        containsString("href=\"/statements?page=2\""), containsString("page 3"))));
    }

    @Test
    void anEmptyListSaysSoWithoutAPager() throws Exception {
        given(queries.list(any())).willReturn(new PageImpl<>(List.of(), PageRequest.of(0, 20), 0));

        mvc.perform(get("/statements").param("type", "readout"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("No statement matches."), containsString("Try fewer filters"),
                        not(containsString("class=\"pagination\"")), not(containsString("Narrow the results")))));
    }

    @Test
    void aPartyMayBeGivenByAnyNameOrCodeAndRedirectsToItsCode() throws Exception {
        mvc.perform(get("/statements").param("party", "USA")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/statements?party=US"));
        mvc.perform(get("/statements").param("party", "United States")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/statements?party=US"));
        mvc.perform(get("/statements").param("party", "us").param("q", "water")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/statements?q=water&party=US"));
        mvc.perform(get("/statements").param("party", "US").param("party", "IQ")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/statements?party=US-IQ"));
        mvc.perform(get("/statements").param("party", "united states-iraq")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/statements?party=US-IQ"));
    }

    @Test
    void anUnknownPartyIsABadRequestInOurWords() throws Exception {
        mvc.perform(get("/statements").param("party", "Narnia"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("There is no party called &#39;Narnia&#39;"),
                        containsString("/parties"))));
    }

    @Test
    void aPartyAddressInAnotherSpellingRedirectsToItsCanonicalOne() throws Exception {
        mvc.perform(get("/parties/us")).andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "http://localhost/parties/US"));
        mvc.perform(get("/parties/US-")).andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "http://localhost/parties/US"));
        mvc.perform(get("/parties/usa-iraq")).andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "http://localhost/parties/US-IQ"));
    }

    @Test
    void theFiltersTakeSeveralPartiesAndShowWhichAreChosen() throws Exception {
        given(queries.list(any())).willReturn(new PageImpl<>(List.of(JULY), PageRequest.of(0, 20), 1));
        given(vocabulary.partyCodes()).willReturn(List.of("IQ", "TR", "US"));

        String page = mvc.perform(get("/statements").param("party", "US-IQ")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        org.assertj.core.api.Assertions.assertThat(page)
                .contains("type=\"checkbox\" name=\"party\" value=\"IQ\" checked", "type=\"checkbox\" name=\"party\" value=\"US\" checked")
                .doesNotContain("value=\"TR\" checked").doesNotContain("<select id=\"f-party\"");
    }

    @Test
    void thePartiesIndexListsPartiesAndPairsWithTheirCounts() throws Exception {
        given(statements.partyCounts()).willReturn(List.<Object[]>of(new Object[] {"US", 4L}, new Object[] {"IQ", 5L}));
        given(statements.partyPairCounts()).willReturn(List.<Object[]>of(new Object[] {"IQ", "US", 4L}));

        mvc.perform(get("/parties"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"/parties/IQ\" data-count=\"5\""),
                        containsString("href=\"/parties/IQ-US\" data-count=\"4\""), containsString("Iraq and United States"),
                        containsString("1 pair"), containsString("2 parties"))));
    }

    @Test
    void datesThatCannotBeReadAreExplainedInOurWords() throws Exception {
        mvc.perform(get("/statements").param("from", "2021-13"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("there is no month 13"), not(containsString("MonthOfYear")))));
        mvc.perform(get("/statements").param("to", "2023-02-30"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("February 2023 has 28 days"), not(containsString("DayOfMonth")))));
    }

    @Test
    void theFormDoesNotKeepOldValuesAfterBackAndTheListLinksItsExports() throws Exception {
        given(queries.list(any())).willReturn(new PageImpl<>(List.of(JULY), PageRequest.of(0, 20), 1));

        mvc.perform(get("/statements").param("q", "water").param("type", "readout"))
                .andExpect(content().string(allOf(containsString("autocomplete=\"off\""),
                        containsString("href=\"/export/statements.csv?q=water&amp;type=readout\""),
                        containsString("href=\"/export/statements.jsonl?q=water&amp;type=readout\""),
                        containsString("href=\"/feeds/statements.atom?q=water&amp;type=readout\""))));
    }

    @Test
    void aFilteredListDrawsItsMatchesPerYearAsAnAccessibleChartWithItsTable() throws Exception {
        given(queries.list(any())).willReturn(new PageImpl<>(List.of(JULY), PageRequest.of(0, 20), 3));
        given(queries.calendar(any())).willReturn(List.of(new CalendarCount(2021, 7, 2),
                new CalendarCount(2024, 7, 1)));

        String page = mvc.perform(get("/statements").param("type", "readout")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        org.assertj.core.api.Assertions.assertThat(page).contains("<svg class=\"chart-drawing\" role=\"img\"",
                "<title id=\"chart-title\">Statements per year, 2021 – 2024</title>",
                "The busiest year is 2021 with 2 statements", "<table class=\"chart-table\">",
                "href=\"/statements?type=readout&amp;from=2021&amp;to=2021\"").doesNotContain("style=");
    }

    @Test
    void theFrontPageCountsInTheSingularWhenThereIsOne() throws Exception {
        given(queries.overview(any(Integer.class))).willReturn(new ArchiveOverview(1, 1, 1,
                PartialDate.parse("2021-04-07"), PartialDate.parse("2021-04-07"), List.of(JULY)));
        given(vocabulary.partyCodes()).willReturn(List.of("IQ"));

        mvc.perform(get("/"))
                .andExpect(content().string(allOf(containsString(">Statement</dt>"), containsString(">Official</dt>"),
                        containsString(">Party</dt>"), containsString("href=\"/parties\""))));
    }

    private static StatementView viewOf(StatementSummary summary) {
        return new StatementView(summary, DateBasis.PUBLISHED,
                List.of(List.of(new StatementView.Segment("The paragraph of the body.", null))), List.of(), null,
                List.of(), new StatementView.Provenance("seed/0001.txt", "ab".repeat(32), 1200, "text/plain", "UTF-8",
                Instant.parse("2026-01-01T10:00:00Z"), "1.0", false, Instant.parse("2026-01-01T10:00:00Z")),
                List.of(), null, null, List.of());
    }
}
