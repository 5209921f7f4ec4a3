package org.communique.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.communique.QueryTest;
import org.communique.cluster.ArchiveVersion;
import org.communique.official.Official;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;

import jakarta.persistence.EntityManager;

@QueryTest
@Import({StatementQueries.class, StatementConditions.class, StatementViews.class, ArchiveVocabulary.class, ArchiveVersion.class})
class StatementQueriesTest {

    @Autowired
    StatementQueries queries;

    @Autowired
    StatementViews views;

    @Autowired
    EntityManager entityManager;

    private ArchiveBuilder archive;

    @BeforeEach
    void builder() {
        archive = new ArchiveBuilder(entityManager);
    }

    @Test
    void aPartialDateMatchesEveryRangeItsSpanOverlaps() {
        archive.statement("On the 26th").dated("2021-07-26").save();
        archive.statement("In July").dated("2021-07").save();
        archive.statement("In 2021").dated("2021").save();
        archive.statement("On the 30th of June").dated("2021-06-30").save();
        archive.statement("On the 1st of August").dated("2021-08-01").save();
        archive.statement("Some day").save();
        flush();

        assertThat(titles(filter("2021-07", "2021-07"))).containsExactlyInAnyOrder("On the 26th", "In July", "In 2021");
        assertThat(titles(filter("2021-07-15", "2021-07-20"))).containsExactlyInAnyOrder("In July", "In 2021");
        assertThat(titles(filter("2021-08", null))).containsExactlyInAnyOrder("On the 1st of August", "In 2021");
        assertThat(titles(filter(null, "2021-06"))).containsExactlyInAnyOrder("On the 30th of June", "In 2021");
        assertThat(titles(filter("2022", "2024"))).isEmpty();
    }

    @Test
    void newestAndOldestFirstBothKeepTheUndatedLast() {
        archive.statement("Undated").save();
        archive.statement("August").dated("2021-08-01").save();
        archive.statement("A year").dated("2020").save();
        archive.statement("June").dated("2021-06-30").save();
        flush();

        assertThat(titles(StatementFilter.ALL)).containsExactly("August", "June", "A year", "Undated");
        assertThat(titles(StatementFilter.of(null, null, null, null, null, null, null, null, "oldest", null)))
                .containsExactly("A year", "June", "August", "Undated");
    }

    @Test
    void pagesRunThroughTheDatedThenTheUndatedWhereverAPageBreaks() {
        archive.statement("Undated one").save();
        archive.statement("August").dated("2021-08-01").save();
        archive.statement("Undated two").save();
        archive.statement("June").dated("2021-06-30").type(StatementType.READOUT).save();
        archive.statement("July").dated("2021-07").type(StatementType.READOUT).save();
        archive.statement("Undated readout").type(StatementType.READOUT).save();
        flush();
        StatementFilter oldest = StatementFilter.of(null, null, null, null, null, null, null, null, "oldest", null)
                .withSize(2);
        StatementFilter newest = StatementFilter.ALL.withSize(2);

        assertThat(pages(oldest, 4)).containsExactly("June", "July", "August", "Undated one", "Undated two",
                "Undated readout");
        assertThat(pages(newest, 4)).containsExactly("August", "July", "June", "Undated readout", "Undated two",
                "Undated one");
        StatementFilter readouts = StatementFilter.of(null, null, null, null, null, null, "readout", null, "oldest", null)
                .withSize(2);
        assertThat(pages(readouts, 3)).containsExactly("June", "July", "Undated readout");
        assertThat(queries.list(readouts.withPage(1)).getTotalElements()).isEqualTo(3);
    }

    @Test
    void aPartysListRunsThroughItsDatedThenItsUndatedStatementsAndCountsThemAll() {
        archive.statement("Undated Iraq").parties("IQ").save();
        archive.statement("August Iraq").dated("2021-08-01").parties("US", "IQ").save();
        archive.statement("August elsewhere").dated("2021-08-01").parties("US", "EU").save();
        archive.statement("June Iraq").dated("2021-06-30").parties("IQ", "TR").save();
        archive.statement("July Iraq").dated("2021-07").parties("IQ").save();
        archive.statement("Also August Iraq").dated("2021-08-01").parties("IQ", "US").save();
        archive.statement("A year of Iraq").dated("2021").parties("IQ").save();
        archive.statement("Undated elsewhere").parties("EU").save();
        archive.statement("Undated Iraq too").parties("US", "IQ").save();
        flush();
        StatementFilter newest = party("IQ", null).withSize(2);
        StatementFilter oldest = party("IQ", "oldest").withSize(2);

        // the same day's by number, as the list of all statements has them
        assertThat(pages(newest, 5)).containsExactly("Also August Iraq", "August Iraq", "July Iraq", "June Iraq",
                "A year of Iraq", "Undated Iraq too", "Undated Iraq");
        assertThat(pages(oldest, 5)).containsExactly("A year of Iraq", "June Iraq", "July Iraq", "August Iraq",
                "Also August Iraq", "Undated Iraq", "Undated Iraq too");
        assertThat(queries.list(newest.withPage(1)).getTotalElements()).isEqualTo(7);
        assertThat(queries.list(oldest.withPage(3)).getContent()).extracting(StatementSummary::title)
                .containsExactly("Undated Iraq too");
        assertThat(queries.list(party("TR", null).withPage(0)).getTotalElements()).isEqualTo(1);
        assertThat(titles(party("FR", null))).isEmpty();
        assertThat(queries.list(party("FR", null).withPage(3)).getTotalElements()).isZero();
    }

    @Test
    void aPartysCalendarCountsItsStatementsEachMonthThenItsYearsThenItsUndated() {
        archive.statement("July").dated("2021-07-26").parties("IQ", "US").save();
        archive.statement("July too").dated("2021-07").parties("IQ").save();
        archive.statement("July, not Iraq").dated("2021-07-02").parties("US").save();
        archive.statement("A year").dated("2021").parties("US", "IQ").save();
        archive.statement("January").dated("2021-01-01").parties("IQ").save();
        archive.statement("Undated").parties("IQ").save();
        archive.statement("Undated, not Iraq").parties("EU").save();
        flush();

        assertThat(queries.calendar(party("IQ", null))).containsExactly(new CalendarCount(2021, null, 1),
                new CalendarCount(2021, 1, 1), new CalendarCount(2021, 7, 2),
                new CalendarCount(null, null, 1));
        assertThat(queries.calendar(party("US", null))).containsExactly(new CalendarCount(2021, null, 1),
                new CalendarCount(2021, 7, 2));
    }

    @Test
    void aPartysMonthAndYearGroupsTakeTheirOwnStatements() {
        archive.statement("Late July").dated("2021-07-26").parties("IQ").save();
        archive.statement("July").dated("2021-07").parties("IQ").save();
        archive.statement("Early July, not Iraq").dated("2021-07-02").parties("US").save();
        archive.statement("Early July").dated("2021-07-02").parties("US", "IQ").save();
        archive.statement("The year").dated("2021").parties("IQ").save();
        archive.statement("August").dated("2021-08-01").parties("IQ").save();
        flush();
        StatementFilter july = StatementFilter.of(null, "2021-07", null, null, null, List.of("IQ"), null, null,
                "oldest", null).withDating(StatementFilter.Dating.DAY_OR_MONTH);

        assertThat(queries.firstDated(july, 2)).extracting(id -> entityManager.find(Statement.class, id).getTitle())
                .containsExactly("July", "Early July");
        assertThat(titles(july)).containsExactly("July", "Early July", "Late July");
        assertThat(queries.firstDated(StatementFilter.of(null, "2021", null, null, null, List.of("IQ"), null, null,
                "oldest", null).withDating(StatementFilter.Dating.YEAR_ONLY), 3))
                .extracting(id -> entityManager.find(Statement.class, id).getTitle()).containsExactly("The year");
        // up to a day, counted by the span's start; from a day, by the span's end (the year reaches into August)
        assertThat(titles(StatementFilter.of(null, null, null, "2021-07-10", null, List.of("IQ"), null, null, "oldest",
                null))).containsExactly("The year", "July", "Early July");
        assertThat(titles(StatementFilter.of(null, null, "2021-07-27", null, null, List.of("IQ"), null, null, "oldest",
                null))).containsExactly("The year", "July", "August");
    }

    @Test
    void twoPartiesTakeTheStatementsOfBothOnceEach() {
        archive.statement("Both").dated("2021-07-26").parties("US", "IQ").save();
        archive.statement("Both and Turkey").dated("2021-07-27").parties("TR", "IQ", "US").save();
        archive.statement("Both, undated").parties("IQ", "US").save();
        archive.statement("Only Iraq").dated("2021-07-26").parties("IQ", "TR").save();
        archive.statement("Only the US").dated("2021-07-28").parties("US").save();
        flush();
        StatementFilter both = StatementFilter.of(null, null, null, null, null, List.of("IQ-US"), null, null, null, null);

        assertThat(titles(both)).containsExactly("Both and Turkey", "Both", "Both, undated");
        assertThat(queries.list(both.withSize(1).withPage(1)).getTotalElements()).isEqualTo(3);
        assertThat(queries.calendar(both)).containsExactly(new CalendarCount(2021, 7, 2),
                new CalendarCount(null, null, 1));
        assertThat(titles(StatementFilter.of(null, null, null, null, null, List.of("US", "TR", "IQ"), null, null, null,
                null))).containsExactly("Both and Turkey");
    }

    @Test
    void aPartyAndATypeTakeTheStatementsOfBoth() {
        archive.statement("Readout with Iraq").dated("2021-07-26").type(StatementType.READOUT).parties("IQ").save();
        archive.statement("Readout, undated").type(StatementType.READOUT).parties("US", "IQ").save();
        archive.statement("Readout without Iraq").dated("2021-07-27").type(StatementType.READOUT).parties("US").save();
        archive.statement("Remarks with Iraq").dated("2021-07-28").type(StatementType.REMARKS).parties("IQ").save();
        flush();
        StatementFilter readouts = StatementFilter.of(null, null, null, null, null, List.of("IQ"), "readout", null,
                null, null);

        assertThat(titles(readouts)).containsExactly("Readout with Iraq", "Readout, undated");
        assertThat(queries.list(readouts.withSize(1).withPage(1)).getTotalElements()).isEqualTo(2);
        assertThat(queries.calendar(readouts)).containsExactly(new CalendarCount(2021, 7, 1),
                new CalendarCount(null, null, 1));
    }

    @Test
    void anOfficialsListRunsThroughTheirDatedThenUndatedStatementsAndCountsTheYearsApart() {
        Official saleh = archive.official("Barham Salih", "IQ", "Barham Saleh");
        Official other = archive.official("Somebody Else", "US");
        archive.statement("The year").dated("2021").naming(saleh, "President").save();
        archive.statement("New Year's Day").dated("2021-01-01").naming(saleh, "President").save();
        archive.statement("January").dated("2021-01").naming(saleh, "President").save();
        archive.statement("Undated").naming(saleh, "President").save();
        archive.statement("July").dated("2021-07-26").naming(saleh, "President").naming(other, "Envoy").save();
        archive.statement("Not them").dated("2021-07-27").naming(other, "Envoy").save();
        flush();
        StatementFilter newest = official("Barham Saleh").withSize(2);
        StatementFilter oldest = StatementFilter.of(null, null, null, null, "barham salih", null, null, null, "oldest",
                null).withSize(2);

        // the same day's by number, as the list of all statements has them
        assertThat(pages(newest, 4)).containsExactly("July", "January", "New Year's Day", "The year", "Undated");
        assertThat(pages(oldest, 4)).containsExactly("The year", "New Year's Day", "January", "July", "Undated");
        assertThat(queries.list(newest.withPage(1)).getTotalElements()).isEqualTo(5);
        assertThat(queries.calendar(newest)).containsExactly(new CalendarCount(2021, null, 1),
                new CalendarCount(2021, 1, 2), new CalendarCount(2021, 7, 1),
                new CalendarCount(null, null, 1));
    }

    @Test
    void anOfficialWithAPartyOrAYearTakesTheirStatementsThatAlsoMatch() {
        Official saleh = archive.official("Barham Salih", "IQ");
        archive.statement("The year, Turkey").dated("2021").parties("IQ", "TR").naming(saleh, "President").save();
        archive.statement("July, Turkey").dated("2021-07-26").parties("TR").naming(saleh, "President").save();
        archive.statement("July, Iraq alone").dated("2021-07-27").parties("IQ").naming(saleh, "President").save();
        archive.statement("Undated, Turkey").parties("TR").naming(saleh, "President").save();
        archive.statement("2022, Turkey").dated("2022-02-02").parties("TR").naming(saleh, "President").save();
        archive.statement("Turkey, not them").dated("2021-07-28").parties("TR").save();
        flush();
        StatementFilter withTurkey = StatementFilter.of(null, null, null, null, "Barham Salih", List.of("TR"), null,
                null, null, null).withSize(2);
        StatementFilter in2021 = StatementFilter.of(null, "2021", "2021", null, "Barham Salih", null, null, null,
                "oldest", null);

        assertThat(pages(withTurkey, 3)).containsExactly("2022, Turkey", "July, Turkey", "The year, Turkey",
                "Undated, Turkey");
        assertThat(queries.list(withTurkey.withPage(1)).getTotalElements()).isEqualTo(4);
        assertThat(queries.calendar(withTurkey)).containsExactly(new CalendarCount(2021, null, 1),
                new CalendarCount(2021, 7, 1), new CalendarCount(2022, 2, 1),
                new CalendarCount(null, null, 1));
        assertThat(titles(in2021)).containsExactly("The year, Turkey", "July, Turkey", "July, Iraq alone");
        assertThat(queries.firstDated(in2021.withDating(StatementFilter.Dating.DAY_OR_MONTH), 5))
                .hasSize(2);
    }

    @Test
    void aPublishersListRunsThroughItsDatedThenItsUndatedStatementsAloneOrWithAType() {
        archive.statement("State, August").dated("2021-08-01").type(StatementType.READOUT).publisher("Department of State").save();
        archive.statement("State, undated").type(StatementType.READOUT).publisher("Department of State").save();
        archive.statement("Ministry, July").dated("2021-07-15").type(StatementType.READOUT).publisher("Ministry").save();
        archive.statement("State, a year").dated("2021").type(StatementType.REMARKS).publisher("Department of State").save();
        archive.statement("State, June").dated("2021-06-30").type(StatementType.READOUT).publisher("Department of State").save();
        archive.statement("State, also August").dated("2021-08-01").type(StatementType.REMARKS).publisher("Department of State").save();
        archive.statement("Nobody's, June").dated("2021-06-01").save();
        flush();
        StatementFilter newest = publisher("department of state", null, null).withSize(2);
        StatementFilter oldest = publisher("Department of State", null, "oldest").withSize(2);
        StatementFilter readouts = publisher("DEPARTMENT OF STATE", "readout", null).withSize(2);

        // the same day's by number, as the list of all statements has them
        assertThat(pages(newest, 4)).containsExactly("State, also August", "State, August", "State, June",
                "State, a year", "State, undated");
        assertThat(pages(oldest, 4)).containsExactly("State, a year", "State, June", "State, August",
                "State, also August", "State, undated");
        assertThat(queries.list(newest.withPage(1)).getTotalElements()).isEqualTo(5);
        assertThat(queries.calendar(newest)).containsExactly(new CalendarCount(2021, null, 1),
                new CalendarCount(2021, 6, 1), new CalendarCount(2021, 8, 2),
                new CalendarCount(null, null, 1));
        assertThat(pages(readouts, 3)).containsExactly("State, August", "State, June", "State, undated");
        assertThat(queries.list(readouts.withPage(1)).getTotalElements()).isEqualTo(3);
        assertThat(queries.calendar(readouts)).containsExactly(new CalendarCount(2021, 6, 1),
                new CalendarCount(2021, 8, 1), new CalendarCount(null, null, 1));
    }

    @Test
    void aPartyAndAPublisherTakeTheStatementsOfBothWhicheverHasFewer() {
        // Kurdistan is rarer than the State Department, which is rarer than the US: read from either side
        archive.statement("State, US and Kurdistan").dated("2021-07-26").parties("US", "KRG")
                .publisher("Department of State").save();
        archive.statement("State, US, undated").parties("US").publisher("Department of State").save();
        archive.statement("State, US").dated("2021-07-01").parties("US").publisher("Department of State").save();
        archive.statement("State, Iraq").dated("2021-07-02").parties("IQ").publisher("Department of State").save();
        archive.statement("Embassy, US and Kurdistan").dated("2021-07-27").parties("US", "KRG")
                .publisher("Embassy").save();
        for (int i = 1; i <= 4; i++) {
            archive.statement("Embassy, US " + i).dated("2021-07-0" + i).parties("US").publisher("Embassy").save();
        }
        archive.statement("Ministry, US").dated("2021-06-01").parties("US").publisher("Ministry").save();
        flush();

        StatementFilter kurdsOfState = StatementFilter.of(null, null, null, null, null, List.of("KRG"), null,
                "Department of State", null, null);
        StatementFilter usOfState = StatementFilter.of(null, null, null, null, null, List.of("US"), null,
                "department of state", null, null);
        StatementFilter usOfMinistry = StatementFilter.of(null, null, null, null, null, List.of("US"), null,
                "Ministry", "oldest", null);

        assertThat(titles(kurdsOfState)).containsExactly("State, US and Kurdistan");
        assertThat(queries.calendar(kurdsOfState)).containsExactly(new CalendarCount(2021, 7, 1));
        assertThat(titles(usOfState)).containsExactly("State, US and Kurdistan", "State, US", "State, US, undated");
        assertThat(queries.list(usOfState.withSize(1).withPage(2)).getTotalElements()).isEqualTo(3);
        assertThat(queries.calendar(usOfState)).containsExactly(new CalendarCount(2021, 7, 2),
                new CalendarCount(null, null, 1));
        assertThat(titles(usOfMinistry)).containsExactly("Ministry, US");
    }

    @Test
    void aPublisherSpelledSeveralWaysTakesAllItsSpellingsInTimeOrder() {
        archive.statement("Capitals, July").dated("2021-07-10").parties("US").publisher("DEPARTMENT OF STATE").save();
        archive.statement("Plain, August").dated("2021-08-10").parties("US").publisher("Department of State").save();
        archive.statement("Plain, June").dated("2021-06-10").publisher("Department of State").save();
        archive.statement("Capitals, undated").publisher("DEPARTMENT OF STATE").save();
        flush();

        assertThat(titles(publisher("department of state", null, null))).containsExactly("Plain, August",
                "Capitals, July", "Plain, June", "Capitals, undated");
        assertThat(pages(publisher("Department of State", null, "oldest").withSize(1), 5)).containsExactly(
                "Plain, June", "Capitals, July", "Plain, August", "Capitals, undated");
        assertThat(titles(StatementFilter.of(null, null, null, null, null, List.of("US"), null, "Department of State",
                null, null))).containsExactly("Plain, August", "Capitals, July");
        assertThat(queries.calendar(publisher("Department of State", null, null))).containsExactly(
                new CalendarCount(2021, 6, 1), new CalendarCount(2021, 7, 1),
                new CalendarCount(2021, 8, 1), new CalendarCount(null, null, 1));
    }

    @Test
    void aStatementsPartiesKeepItsTypeThroughCorrections() {
        archive.statement("Readout with Iraq").dated("2021-07-26").type(StatementType.READOUT).parties("IQ").save();
        Long remarks = archive.statement("Remarks with Iraq").dated("2021-07-28").type(StatementType.REMARKS)
                .parties("IQ").save().getId();
        flush();
        StatementFilter readouts = StatementFilter.of(null, null, null, null, null, List.of("IQ"), "readout", null,
                null, null);
        assertThat(titles(readouts)).containsExactly("Readout with Iraq");

        entityManager.find(Statement.class, remarks).setType(StatementType.READOUT);
        flush();

        assertThat(titles(readouts)).containsExactly("Remarks with Iraq", "Readout with Iraq");
        assertThat(titles(StatementFilter.of(null, null, null, null, null, List.of("IQ"), "readout", null, "oldest",
                null))).containsExactly("Readout with Iraq", "Remarks with Iraq");
        assertThat(queries.calendar(readouts)).containsExactly(new CalendarCount(2021, 7, 2));
        assertThat(titles(StatementFilter.of(null, null, null, null, null, List.of("IQ"), "remarks", null, null,
                null))).isEmpty();
    }

    @Test
    void aStatementsPartiesKeepItsDateThroughCorrectionsAndRevisions() {
        Long moved = archive.statement("Moved").dated("2021-07-26").parties("US", "IQ").save().getId();
        Long undated = archive.statement("Dated later").parties("IQ").save().getId();
        Long revised = archive.statement("Revised").dated("2020-01-05").parties("IQ").save().getId();
        flush();

        Statement statement = entityManager.find(Statement.class, moved);
        statement.setDate(PartialDate.parse("2022-03"), null, DateBasis.PUBLISHED);
        statement.setParties(List.of("EU", "IQ", "TR"));
        entityManager.find(Statement.class, undated).setDate(PartialDate.parse("2023"), null, DateBasis.PUBLISHED);
        entityManager.find(Statement.class, revised).revise(new StatementContent("Revised", false,
                PartialDate.parse("2019-11-02"), null, DateBasis.PUBLISHED, StatementType.OTHER, null, null,
                List.of("A paragraph."), List.of(), "[]", List.of("KW", "IQ"), List.of(), List.of()),
                java.time.Instant.parse("2026-02-01T00:00:00Z"));
        flush();

        assertThat(partyRows()).containsExactly(moved + " EU 2022-03-01 MONTH", moved + " IQ 2022-03-01 MONTH",
                moved + " TR 2022-03-01 MONTH", undated + " IQ 2023-01-01 YEAR", revised + " KW 2019-11-02 DAY",
                revised + " IQ 2019-11-02 DAY");
        assertThat(queries.calendar(party("IQ", null))).containsExactly(new CalendarCount(2019, 11, 1),
                new CalendarCount(2022, 3, 1), new CalendarCount(2023, null, 1));
        assertThat(titles(party("TR", null))).containsExactly("Moved");
        assertThat(titles(party("US", null))).isEmpty();
    }

    /** Every party row: statement, code, first day and precision, by statement and position. */
    private List<String> partyRows() {
        List<?> rows = entityManager.createNativeQuery("select statement_id, code, date_start, date_precision"
                + " from statement_party order by statement_id, position").getResultList();
        return rows.stream().map(row -> {
            Object[] columns = (Object[]) row;
            return columns[0] + " " + columns[1] + " " + columns[2] + " " + columns[3];
        }).toList();
    }

    private static StatementFilter party(String code, String sort) {
        return StatementFilter.of(null, null, null, null, null, List.of(code), null, null, sort, null);
    }

    /** The titles of a filter's first pages, page by page. */
    private List<String> pages(StatementFilter filter, int count) {
        List<String> titles = new java.util.ArrayList<>();
        for (int page = 0; page < count; page++) {
            titles.addAll(titles(filter.withPage(page)));
        }
        return titles;
    }

    @Test
    void anOfficialIsFoundUnderAnySpelling() {
        Official kadhimi = archive.official("Mustafa al-Kadhimi", "IQ", "Mustafa Al-Kazemi");
        Official other = archive.official("Fuad Hussein", "IQ");
        archive.statement("Named").dated("2020-08-20").naming(kadhimi, "Prime Minister").save();
        archive.statement("Not named").dated("2020-08-21").naming(other, "Foreign Minister").save();
        flush();

        for (String spelling : List.of("Mustafa al-Kadhimi", "Al-Kazemi", "mustafa al kazemi", "Kadhimi",
                "Mustafa Al-Kazimi", "MUSTAFA AL-KADHIMI")) {
            assertThat(titles(official(spelling))).as(spelling).containsExactly("Named");
        }
        assertThat(titles(official("Somebody Else"))).isEmpty();
    }

    @Test
    void filtersCombine() {
        Official blinken = archive.official("Antony Blinken", "US", "Anthony Blinken");
        Official hussein = archive.official("Fuad Hussein", "IQ");
        archive.statement("All of them").dated("2021-07-23").type(StatementType.JOINT_STATEMENT).parties("US", "IQ")
                .naming(blinken, "Secretary of State").publisher("U.S. Department of State").save();
        archive.statement("Wrong type").dated("2021-07-23").type(StatementType.READOUT).parties("US", "IQ")
                .naming(blinken, "Secretary of State").publisher("U.S. Department of State").save();
        archive.statement("Wrong official").dated("2021-07-23").type(StatementType.JOINT_STATEMENT).parties("US", "IQ")
                .naming(hussein, "Foreign Minister").publisher("U.S. Department of State").save();
        archive.statement("Wrong party").dated("2021-07-23").type(StatementType.JOINT_STATEMENT).parties("US", "EU")
                .naming(blinken, "Secretary of State").publisher("U.S. Department of State").save();
        archive.statement("Wrong month").dated("2021-08-02").type(StatementType.JOINT_STATEMENT).parties("US", "IQ")
                .naming(blinken, "Secretary of State").publisher("U.S. Department of State").save();
        archive.statement("Wrong publisher").dated("2021-07-23").type(StatementType.JOINT_STATEMENT).parties("US", "IQ")
                .naming(blinken, "Secretary of State").publisher("Iraqi Ministry of Foreign Affairs").save();
        flush();

        StatementFilter all = StatementFilter.of(null, "2021-07", null, null, "Anthony Blinken", List.of("IQ-US"),
                "joint-statement", "u.s. department of state", null, null);

        assertThat(titles(all)).containsExactly("All of them");
        assertThat(titles(StatementFilter.of(null, null, null, null, null, null, null, "IRAQI MINISTRY OF FOREIGN AFFAIRS",
                null, null))).containsExactly("Wrong publisher");
        StatementFilter nobody = StatementFilter.of(null, null, null, null, null, List.of("IQ"), null, "Nobody's Ministry",
                null, null);
        assertThat(queries.list(nobody).getTotalElements()).isZero();
        assertThat(queries.calendar(nobody)).isEmpty();
    }

    @Test
    void pagesHoldTwentyAndCountThemAll() {
        for (int i = 1; i <= 45; i++) {
            archive.statement("Statement " + i).dated(String.format("2022-01-%02d", (i % 28) + 1)).save();
        }
        flush();

        Page<StatementSummary> first = queries.list(StatementFilter.ALL);
        Page<StatementSummary> last = queries.list(StatementFilter.ALL.withPage(2));
        Page<StatementSummary> beyond = queries.list(StatementFilter.ALL.withPage(3));

        assertThat(first.getContent()).hasSize(20);
        assertThat(first.getTotalElements()).isEqualTo(45);
        assertThat(first.getTotalPages()).isEqualTo(3);
        assertThat(last.getContent()).hasSize(5);
        assertThat(beyond.getContent()).isEmpty();
        assertThat(first.getContent()).extracting(StatementSummary::id)
                .doesNotContainAnyElementsOf(last.getContent().stream().map(StatementSummary::id).toList());
    }

    @Test
    void aListPageCostsTheSameFewQueriesWhateverItsLength() {
        Official a = archive.official("Antony Blinken", "US");
        Official b = archive.official("Fuad Hussein", "IQ");
        Official c = archive.official("Lloyd Austin", "US");
        archive.statement("The only one").dated("2021-01-01").parties("US", "IQ").naming(a, "Secretary").save();
        flush();
        long forOne = statementsToList(StatementFilter.ALL);

        for (int i = 0; i < 40; i++) {
            archive.statement("Busy " + i).dated("2021-02-01").parties("US", "IQ").naming(a, "Secretary")
                    .naming(b, "Minister").naming(c, "Secretary of Defense").save();
        }
        flush();
        long forTwenty = statementsToList(StatementFilter.ALL);

        assertThat(queries.list(StatementFilter.ALL).getContent()).hasSize(20)
                .allSatisfy(row -> assertThat(row.officials()).isNotEmpty());
        // the page, its count, its parties, its officials: never one query per row
        assertThat(forOne).isLessThanOrEqualTo(4);
        assertThat(forTwenty).isLessThanOrEqualTo(4);
    }

    @Test
    void relatedStatementsShareTheMostOfficialsThenAreTheNearestInTime() {
        Official a = archive.official("Antony Blinken", "US");
        Official b = archive.official("Fuad Hussein", "IQ");
        Official c = archive.official("Lloyd Austin", "US");
        Statement here = archive.statement("Here").dated("2021-07-26").naming(a, null).naming(b, null).save();
        archive.statement("Both, a year before").dated("2020-07-26").naming(a, null).naming(b, null).save();
        archive.statement("One, the day after").dated("2021-07-27").naming(a, null).save();
        archive.statement("One, a month before").dated("2021-06-26").naming(b, null).save();
        archive.statement("Neither").dated("2021-07-26").naming(c, null).save();
        flush();

        StatementView view = views.view(here.getId()).orElseThrow();

        assertThat(view.related()).extracting(StatementSummary::title)
                .containsExactly("Both, a year before", "One, the day after", "One, a month before");
    }

    @Test
    void aStatementsEarlierAndLaterAreItsNeighboursInTimeOrderSameDayByNumberThenTheUndated() {
        Statement april = archive.statement("April").dated("2021-04-07").save();
        Statement firstOfJuly = archive.statement("July, first").dated("2021-07-26").save();
        Statement secondOfJuly = archive.statement("July, second").dated("2021-07-26").save();
        Statement august = archive.statement("August").dated("2021-08-01").save();
        Statement undated = archive.statement("Undated").save();
        Statement alsoUndated = archive.statement("Undated too").save();
        flush();

        assertThat(neighbours(april)).containsExactly(null, "July, first");
        assertThat(neighbours(firstOfJuly)).containsExactly("April", "July, second");
        assertThat(neighbours(secondOfJuly)).containsExactly("July, first", "August");
        assertThat(neighbours(august)).containsExactly("July, second", "Undated");
        assertThat(neighbours(undated)).containsExactly("August", "Undated too");
        assertThat(neighbours(alsoUndated)).containsExactly("Undated", null);
    }

    private List<String> neighbours(Statement statement) {
        StatementView view = views.view(statement.getId()).orElseThrow();
        return java.util.Arrays.asList(view.previous() == null ? null : view.previous().title(),
                view.next() == null ? null : view.next().title());
    }

    @Test
    void theChronologyRunsOldestFirstWithTheUndatedLast() {
        archive.statement("Undated").save();
        archive.statement("July").dated("2021-07-26").save();
        archive.statement("A year").dated("2024").save();
        archive.statement("April").dated("2021-04-07").save();
        flush();

        List<StatementQueries.Dated> chronology = queries.chronology(StatementFilter.ALL);

        assertThat(chronology).extracting(d -> d.date() == null ? "undated" : d.date().toString())
                .containsExactly("2021-04-07", "2021-07-26", "2024", "undated");
    }

    @Test
    void theCalendarCountsEachMonthThenTheYearsKnownOnlyToTheYearThenTheUndated() {
        archive.statement("Undated").save();
        archive.statement("July").dated("2021-07-26").save();
        archive.statement("July too").dated("2021-07").save();
        archive.statement("July again").dated("2021-07-02").save();
        archive.statement("A year").dated("2021").save();
        archive.statement("January").dated("2021-01-01").save();
        archive.statement("Another year").dated("2024").save();
        flush();

        assertThat(queries.calendar(StatementFilter.ALL)).containsExactly(new CalendarCount(2021, null, 1),
                new CalendarCount(2021, 1, 1), new CalendarCount(2021, 7, 3),
                new CalendarCount(2024, null, 1), new CalendarCount(null, null, 1));
    }

    @Test
    void aGroupsFirstStatementsAreItsOldestByDayThenByNumber() {
        archive.statement("Late July").dated("2021-07-26").save();
        archive.statement("July").dated("2021-07").save();
        archive.statement("Early July").dated("2021-07-02").save();
        archive.statement("Also early July").dated("2021-07-02").save();
        archive.statement("The year").dated("2021").save();
        archive.statement("August").dated("2021-08-01").save();
        flush();
        StatementFilter july = StatementFilter.of(null, "2021-07", null, null, null, null, null, null, "oldest", null)
                .withDating(StatementFilter.Dating.DAY_OR_MONTH);

        assertThat(queries.firstDated(july, 3)).extracting(id -> entityManager.find(Statement.class, id).getTitle())
                .containsExactly("July", "Early July", "Also early July");
        assertThat(queries.firstDated(july.withDating(StatementFilter.Dating.YEAR_ONLY), 3)).isEmpty();
        assertThat(queries.firstDated(StatementFilter.of(null, "2021", null, null, null, null, null, null, "oldest", null)
                .withDating(StatementFilter.Dating.YEAR_ONLY), 3))
                .extracting(id -> entityManager.find(Statement.class, id).getTitle()).containsExactly("The year");
    }

    @Test
    void theOverviewCountsOnlyTheOfficialsStatementsName() {
        Official named = archive.official("Antony Blinken", "US");
        archive.official("Nobody Named", "US");
        archive.statement("First").dated("2021-04").naming(named, "Secretary of State").parties("US", "IQ").save();
        archive.statement("Last").dated("2024").parties("US", "EU").save();
        flush();

        ArchiveOverview overview = queries.overview(5);

        assertThat(overview.statements()).isEqualTo(2);
        assertThat(overview.officials()).isEqualTo(1);
        assertThat(overview.parties()).isEqualTo(3);
        assertThat(overview.span()).isEqualTo("April 2021 – 2024");
        assertThat(overview.newest()).extracting(StatementSummary::title).containsExactly("Last", "First");
    }

    private long statementsToList(StatementFilter filter) {
        Statistics statistics = entityManager.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        entityManager.clear();
        statistics.clear();
        queries.list(filter);
        return statistics.getPrepareStatementCount();
    }

    private void flush() {
        entityManager.flush();
        entityManager.clear();
    }

    private List<String> titles(StatementFilter filter) {
        return queries.list(filter).getContent().stream().map(StatementSummary::title).toList();
    }

    private static StatementFilter filter(String from, String to) {
        return StatementFilter.of(null, null, from, to, null, null, null, null, null, null);
    }

    private static StatementFilter publisher(String name, String type, String sort) {
        return StatementFilter.of(null, null, null, null, null, null, type, name, sort, null);
    }

    private static StatementFilter official(String name) {
        return StatementFilter.of(null, null, null, null, name, null, null, null, null, null);
    }
}
