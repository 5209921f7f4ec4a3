package org.communique.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.communique.official.Officials;
import org.communique.statement.ArchiveVocabulary;
import org.communique.statement.PartialDate;
import org.communique.statement.StatementFilter;
import org.communique.statement.StatementListPage;
import org.communique.statement.StatementQueries;
import org.communique.statement.CalendarCount;
import org.communique.statement.StatementQueries.Dated;
import org.communique.statement.StatementSummary;
import org.communique.statement.StatementType;
import org.communique.statement.Statements;
import org.communique.web.TextLanguage;
import org.communique.web.Viewer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The timeline over a mocked archive of four statements: April 2021, July 2021 twice, and 2024. */
@WebMvcTest(TimelineController.class)
@AutoConfigureMockMvc(addFilters = false)
@Import({StatementListPage.class, TextLanguage.class, Viewer.class})
class TimelineControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    StatementQueries queries;

    @MockitoBean
    Statements statements;

    @MockitoBean
    Officials officials;

    @MockitoBean
    ArchiveVocabulary vocabulary;

    @BeforeEach
    void fourStatements() {
        given(queries.chronology(any())).willReturn(List.of(
                new Dated(4, PartialDate.parse("2021-04-07")),
                new Dated(2, PartialDate.parse("2021-07-23")),
                new Dated(0, PartialDate.parse("2021-07-26")),
                new Dated(3, PartialDate.parse("2024")),
                new Dated(9, null)));
        given(queries.summaries(anyList())).willAnswer(call -> ((List<Long>) call.getArgument(0)).stream()
                .map(TimelineControllerTest::row).toList());
        given(queries.calendar(any())).willReturn(List.of(new CalendarCount(2021, 4, 1), new CalendarCount(2021, 7, 2),
                new CalendarCount(2024, null, 1), new CalendarCount(null, null, 1)));
        given(queries.firstDated(any(), org.mockito.ArgumentMatchers.anyInt())).willAnswer(call -> {
            StatementFilter group = call.getArgument(0);
            return group.dating() == StatementFilter.Dating.YEAR_ONLY ? List.of(3L)
                    : group.from().toString().equals("2021-07") ? List.of(2L, 0L)
                    : group.from().toString().equals("2021-04") ? List.of(4L) : List.of();
        });
        given(queries.list(any())).willReturn(Page.empty());
    }

    @Test
    void theTimelineRunsOldestFirstByYearAndMonth() throws Exception {
        String page = mvc.perform(get("/timeline")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).containsSubsequence("Statement 4", "Statement 2", "Statement 0", "Statement 3", "Statement 9");
        assertThat(page).containsSubsequence(">April 2021<", ">July 2021<", ">2024, month not known<", ">Undated<");
        assertThat(page).contains("href=\"#m2021-7\"", "July: 2 statements", "June: none");
    }

    @Test
    void aLargeArchiveShowsItsMonthsWithCountsRatherThanEveryStatement() throws Exception {
        given(queries.calendar(any())).willReturn(List.of(new CalendarCount(2021, 7, 250), new CalendarCount(2021, 9, 80),
                new CalendarCount(2022, null, 12), new CalendarCount(null, null, 3)));

        String page = mvc.perform(get("/timeline")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).doesNotContain("Statement 4").containsSubsequence(">July 2021<", "250 statements",
                ">September 2021<", "80 statements", ">2022, month not known<", "12 statements", ">Undated<");
        assertThat(page).contains("class=\"column h-10\"", "class=\"column h-3\"");
        org.mockito.Mockito.verify(queries, org.mockito.Mockito.never()).chronology(any());
    }

    @Test
    void aYearShowsItsMonthsWithTheirFirstStatementsReadGroupByGroup() throws Exception {
        String page = mvc.perform(get("/timeline/2021")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        assertThat(page).containsSubsequence(">April 2021<", "Statement 4", ">July 2021<", "Statement 2", "Statement 0")
                .doesNotContain("Statement 3").contains("data-total=\"3\"", "July: 2 statements");
        org.mockito.Mockito.verify(queries, org.mockito.Mockito.never()).chronology(any());
        org.mockito.ArgumentCaptor<StatementFilter> groups = org.mockito.ArgumentCaptor.forClass(StatementFilter.class);
        org.mockito.Mockito.verify(queries, org.mockito.Mockito.times(2)).firstDated(groups.capture(),
                org.mockito.ArgumentMatchers.eq(TimelineController.PER_MONTH_OF_YEAR));
        assertThat(groups.getAllValues()).extracting(g -> g.from() + " to " + g.to() + ", " + g.dating())
                .containsExactly("2021-04 to 2021-04, DAY_OR_MONTH", "2021-07 to 2021-07, DAY_OR_MONTH");
    }

    @Test
    void aYearLinksToTheYearsBeforeAndAfterItThatHoldStatements() throws Exception {
        String page = mvc.perform(get("/timeline/2024")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        assertThat(page).contains("href=\"/timeline/2021\"").doesNotContain("href=\"/timeline/2023\"")
                .doesNotContain("href=\"/timeline/2025\"");
    }

    @Test
    void aMonthIsAListOfItsStatementsWithItsYearAndNeighbours() throws Exception {
        given(queries.calendar(any())).willReturn(List.of(new CalendarCount(2021, 4, 1), new CalendarCount(2021, 7, 2),
                new CalendarCount(2024, null, 1)));
        given(queries.list(any())).willReturn(new org.springframework.data.domain.PageImpl<>(List.of(row(2), row(0)),
                org.springframework.data.domain.PageRequest.of(0, 20), 2));

        String page = mvc.perform(get("/timeline/2021/07")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        assertThat(page).contains("href=\"/timeline/2021\">2021</a>", "href=\"/timeline/2021/04\"", "April 2021");
        org.mockito.ArgumentCaptor<org.communique.statement.StatementFilter> asked =
                org.mockito.ArgumentCaptor.forClass(org.communique.statement.StatementFilter.class);
        org.mockito.Mockito.verify(queries).list(asked.capture());
        assertThat(asked.getValue().dating()).isEqualTo(org.communique.statement.StatementFilter.Dating.DAY_OR_MONTH);
    }

    @Test
    void aYearOrAMonthWithoutStatementsIsNotFound() throws Exception {
        given(queries.calendar(any())).willReturn(List.of(new CalendarCount(2021, 7, 2)));

        mvc.perform(get("/timeline/2023")).andExpect(status().isNotFound());
        mvc.perform(get("/timeline/2021/05")).andExpect(status().isNotFound());
    }

    @Test
    void theYearOnlyAndUndatedGroupsLinkToListsOfExactlyThem() throws Exception {
        String page = mvc.perform(get("/timeline")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("href=\"/timeline/2024/month-unknown\" data-count=\"1\"",
                "href=\"/timeline/undated\" data-count=\"1\"");
    }

    @Test
    void addressesThatNameNoMonthAreNotFound() throws Exception {
        mvc.perform(get("/timeline/2021/13")).andExpect(status().isNotFound());
        mvc.perform(get("/timeline/2021/0")).andExpect(status().isNotFound());
        mvc.perform(get("/timeline/abc")).andExpect(status().isNotFound());
        mvc.perform(get("/timeline/99999")).andExpect(status().isNotFound());
    }

    private static StatementSummary row(long id) {
        return new StatementSummary(id, "statement-" + id, "Statement " + id, false, null, null, StatementType.OTHER,
                List.of(), List.of(), null, false);
    }
}
