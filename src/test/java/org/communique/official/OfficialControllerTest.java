package org.communique.official;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.communique.web.TextLanguage;
import org.communique.web.Viewer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

/** The officials' pages over a mocked registry: the index, an official's record, and old addresses. */
@WebMvcTest(OfficialController.class)
@AutoConfigureMockMvc(addFilters = false)
@Import({TextLanguage.class, Viewer.class})
class OfficialControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Officials officials;

    @MockitoBean
    OfficialSlugs oldSlugs;

    @MockitoBean
    OfficialRecord record;

    @Test
    void anOfficialsPageShowsTheirRolesOverTimeAndTheStatementsThatNameThem() throws Exception {
        Official blinken = official(1, "Antony Blinken", "antony-blinken", "US", "Anthony Blinken");
        given(officials.findBySlug("antony-blinken")).willReturn(Optional.of(blinken));
        given(record.statementsNaming(1, 0, OfficialController.STATEMENTS_PER_PAGE)).willReturn(new OfficialRecord.Named(List.of(
                new OfficialRecord.NamedIn(4, "/statements/4-a", "April statement", "7 April 2021", LocalDate.of(2021, 4, 7),
                        "Secretary of State", "News report"),
                new OfficialRecord.NamedIn(0, "/statements/0-b", "July statement", "26 July 2021", LocalDate.of(2021, 7, 26),
                        "Secretary of State", "Joint statement")), 2));
        given(record.rolesOf(1)).willReturn(List.of(new OfficialRecord.Role("Secretary of State", "April 2021", "July 2021", 2)));
        given(record.quotationsOf(1, OfficialController.QUOTATIONS_SHOWN)).willReturn(new OfficialRecord.Quoted(List.of(
                new OfficialRecord.Quote("We stand together.", "/statements/0-b", "July statement", "26 July 2021")), 1));

        mvc.perform(get("/officials/antony-blinken"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Antony Blinken"), containsString("Anthony Blinken"),
                        containsString("Secretary of State"), containsString("7 April 2021"),
                        containsString("26 July 2021"), containsString("We stand together."),
                        containsString("href=\"/statements/4-a\""), containsString("United States"),
                        not(containsString("Page 1 of")))));
    }

    @Test
    void anOfficialNamedInManyStatementsGetsThemPageByPage() throws Exception {
        Official busy = official(1, "Antony Blinken", "antony-blinken", "US");
        given(officials.findBySlug("antony-blinken")).willReturn(Optional.of(busy));
        List<OfficialRecord.NamedIn> fifty = java.util.stream.IntStream.range(50, 100).mapToObj(i -> new OfficialRecord.NamedIn(i,
                "/statements/" + i + "-s", "Statement " + i, "2021", null, null, "Other")).toList();
        given(record.statementsNaming(1, 1, OfficialController.STATEMENTS_PER_PAGE)).willReturn(new OfficialRecord.Named(fifty, 120));
        given(record.quotationsOf(1, OfficialController.QUOTATIONS_SHOWN)).willReturn(new OfficialRecord.Quoted(List.of(), 0));

        mvc.perform(get("/officials/antony-blinken").param("page", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("51–100 of 120"), containsString("aria-current=\"page\" aria-label=\"Page 2\""),
                        containsString("Officials</a>"), containsString("href=\"/officials/antony-blinken?page=2\" aria-label=\"Page 3\""),
                        containsString("href=\"/officials/antony-blinken?page=2\""), containsString("Statement 99"))));
        mvc.perform(get("/officials/antony-blinken").param("page", "-1")).andExpect(status().isBadRequest());
    }

    @Test
    void aPagePastTheEndOfAnOfficialsStatementsIsNotFoundAndLinksToTheLastPage() throws Exception {
        Official busy = official(1, "Antony Blinken", "antony-blinken", "US");
        given(officials.findBySlug("antony-blinken")).willReturn(Optional.of(busy));
        given(record.statementsNaming(1, 7, OfficialController.STATEMENTS_PER_PAGE)).willReturn(new OfficialRecord.Named(List.of(), 120));
        given(record.statementsNaming(1, 0, OfficialController.STATEMENTS_PER_PAGE)).willReturn(new OfficialRecord.Named(List.of(), 120));

        mvc.perform(get("/officials/antony-blinken").param("page", "7"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("href=\"/officials/antony-blinken?page=2\"")));
        mvc.perform(get("/officials/antony-blinken").param("page", "2147483647")).andExpect(status().isNotFound());
    }

    @Test
    void anOldSlugOrAMergedOfficialRedirectsForGood() throws Exception {
        Official survivor = official(1, "Mustafa al-Kadhimi", "mustafa-al-kadhimi", "IQ");
        Official merged = official(2, "Mustafa Al-Kazemi", "mustafa-al-kazemi", "IQ");
        ReflectionTestUtils.setField(merged, "mergedInto", 1L);
        given(officials.findBySlug("mustafa-al-kazemi")).willReturn(Optional.of(merged));
        given(officials.findById(1L)).willReturn(Optional.of(survivor));
        given(oldSlugs.findById("mustafa-kadhimi")).willReturn(Optional.of(new OfficialSlug("mustafa-kadhimi", 1L)));

        mvc.perform(get("/officials/mustafa-al-kazemi")).andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/officials/mustafa-al-kadhimi"));
        mvc.perform(get("/officials/mustafa-kadhimi")).andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/officials/mustafa-al-kadhimi"));
        mvc.perform(get("/officials/nobody")).andExpect(status().isNotFound());
    }

    @Test
    void theIndexListsOnlyOfficialsNamedInStatementsUnlessAskedForEveryone() throws Exception {
        given(officials.listAll()).willReturn(List.of(new Officials.Listed(1L, "Antony Blinken", "antony-blinken", "US"),
                new Officials.Listed(2L, "Fuad Hussein", "fuad-hussein", "IQ")));
        given(record.statementCounts()).willReturn(Map.of(1L, 3L));

        mvc.perform(get("/officials"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Antony Blinken"), not(containsString("Fuad Hussein")))));
        mvc.perform(get("/officials").param("all", "").param("by", "country"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Fuad Hussein"), containsString("Iraq"))));
    }

    private static Official official(long id, String name, String slug, String country, String... spellings) {
        Official official = new Official(name, slug, country, Instant.parse("2026-01-01T00:00:00Z"));
        for (String spelling : spellings) {
            official.addAlias(spelling);
        }
        ReflectionTestUtils.setField(official, "id", id);
        return official;
    }
}
