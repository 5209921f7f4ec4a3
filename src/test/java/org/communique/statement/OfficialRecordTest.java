package org.communique.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.communique.QueryTest;
import org.communique.cluster.ArchiveVersion;
import org.communique.official.Official;
import org.communique.official.OfficialRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import jakarta.persistence.EntityManager;

@QueryTest
@Import({OfficialRecordFromStatements.class, ArchiveVersion.class})
class OfficialRecordTest {

    @Autowired
    OfficialRecord record;

    @Autowired
    EntityManager entityManager;

    private ArchiveBuilder archive;
    private Official blinken;

    @BeforeEach
    void anOfficial() {
        archive = new ArchiveBuilder(entityManager);
        blinken = archive.official("Antony Blinken", "US");
    }

    @Test
    void statementsComePageByPageOldestFirstWithTheUndatedLast() {
        archive.statement("Undated A").naming(blinken, "Secretary").save();
        for (int day = 5; day >= 1; day--) {
            archive.statement("Day " + day).dated("2021-03-0" + day).naming(blinken, "Secretary").save();
        }
        archive.statement("Undated B").naming(blinken, "Secretary").save();
        flush();

        List<String> all = new ArrayList<>();
        for (int page = 0; page < 4; page++) {
            OfficialRecord.Named named = record.statementsNaming(blinken.getId(), page, 2);
            assertThat(named.total()).isEqualTo(7);
            named.items().forEach(item -> all.add(item.title()));
        }

        assertThat(all).containsExactly("Day 1", "Day 2", "Day 3", "Day 4", "Day 5", "Undated A", "Undated B");
    }

    @Test
    void aCorrectedDateMovesTheStatementAlongTheOfficialsRecord() {
        Statement late = archive.statement("Late").dated("2024-01-01").naming(blinken, "Secretary").save();
        archive.statement("Middle").dated("2022-01-01").naming(blinken, "Secretary").save();
        flush();

        Statement corrected = entityManager.find(Statement.class, late.getId());
        corrected.setDate(PartialDate.parse("2020-06"), null, DateBasis.PUBLISHED);
        flush();

        assertThat(record.statementsNaming(blinken.getId(), 0, 10).items()).extracting(OfficialRecord.NamedIn::title)
                .containsExactly("Late", "Middle");
    }

    @Test
    void quotationsComeNewestFirstInTheOrderSaidWithTheUndatedLastAndFollowACorrectedDate() {
        Official other = archive.official("Fuad Hussein", "IQ");
        archive.statement("Undated").quoting(blinken, "undated words").save();
        Statement old = archive.statement("Old").dated("2021-03").quoting(blinken, "old words").save();
        archive.statement("New").dated("2023-07-22").quoting(blinken, "first words").quoting(other, "another's words")
                .quoting(blinken, "second words").save();
        archive.statement("Middle").dated("2022").quoting(blinken, "middle words").save();
        flush();

        OfficialRecord.Quoted quoted = record.quotationsOf(blinken.getId(), 10);
        assertThat(quoted.items()).extracting(q -> q.text() + " / " + q.statementTitle() + " / " + q.displayDate())
                .containsExactly("first words / New / 22 July 2023", "second words / New / 22 July 2023",
                        "middle words / Middle / 2022", "old words / Old / March 2021", "undated words / Undated / Undated");
        assertThat(quoted.total()).isEqualTo(5);
        assertThat(record.quotationsOf(blinken.getId(), 2).items()).extracting(OfficialRecord.Quote::text)
                .containsExactly("first words", "second words");
        assertThat(record.quotationsOf(blinken.getId(), 2).total()).isEqualTo(5);

        entityManager.find(Statement.class, old.getId()).setDate(PartialDate.parse("2024-01-05"), null, DateBasis.PUBLISHED);
        flush();
        assertThat(record.quotationsOf(blinken.getId(), 1).items()).extracting(OfficialRecord.Quote::text)
                .containsExactly("old words");
    }

    @Test
    void officesAreGatheredWhateverTheirCaseWithTheirFirstAndLastMonth() {
        archive.statement("One").dated("2021-02-10").naming(blinken, "Secretary of State").save();
        archive.statement("Two").dated("2023-11").naming(blinken, "secretary of state").save();
        archive.statement("Three").dated("2013-05-01").naming(blinken, "Deputy National Security Advisor").save();
        archive.statement("Four").naming(blinken, null).save();
        flush();

        assertThat(record.rolesOf(blinken.getId())).extracting(r -> r.role().toLowerCase() + " " + r.from() + " " + r.to()
                        + " " + r.statements())
                .containsExactly("deputy national security advisor May 2013 May 2013 1",
                        "secretary of state February 2021 November 2023 2",
                        "(no office given) null null 1");
    }

    @Test
    void anOfficeKnownOnlyToTheYearSaysTheYearNotJanuary() {
        archive.statement("Early").dated("2024").naming(blinken, "Secretary of State").save();
        archive.statement("Later").dated("2024-07-22").naming(blinken, "Secretary of State").save();
        archive.statement("Alone").dated("2019").naming(blinken, "Envoy").save();
        flush();

        assertThat(record.rolesOf(blinken.getId())).extracting(r -> r.role() + " " + r.from() + " " + r.to() + " " + r.statements())
                .containsExactly("Envoy 2019 2019 1", "Secretary of State 2024 July 2024 2");
    }

    @Test
    void aFirstDayGivenAtSeveralPrecisionsShowsTheFinestAndALastDayTheCoarsest() {
        archive.statement("The year").dated("2024").naming(blinken, "Envoy").save();
        archive.statement("The month").dated("2024-01").naming(blinken, "Envoy").save();
        archive.statement("The day").dated("2024-01-01").naming(blinken, "Envoy").save();
        flush();

        assertThat(record.rolesOf(blinken.getId())).extracting(r -> r.role() + " " + r.from() + " " + r.to() + " " + r.statements())
                .containsExactly("Envoy January 2024 2024 3");
    }

    @Test
    void officesAreTheSameAsGroupingEveryAppearanceWithItsStatementGave() {
        String[] offices = {"Secretary of State", "secretary of state", "SECRETARY OF STATE", "Envoy", "envoy",
                "Deputy Secretary", "Ambassador", null};
        java.util.Random random = new java.util.Random(13);
        String[] firsts = {"2009-02-10", "2009-03", "2008", "2009-04-13", "2009-05", "2007", "2009-06-16", "2009-07"};
        for (int i = 0; i < offices.length; i++) { // each office's first day a day of its own: no tie in the order
            archive.statement("First " + i).dated(firsts[i]).naming(blinken, offices[i]).save();
        }
        for (int i = 0; i < 240; i++) {
            int office = random.nextInt(offices.length);
            int year = random.nextInt(Math.min(15, 4 + 2 * office)); // the offices end at different times
            // days in 2010-2014, months (never January) in 2015-2019, years 2020-2024: one precision to a day
            String date = year < 5 ? java.time.LocalDate.of(2010 + year, 1, 2).plusDays(random.nextInt(360)).toString()
                    : year < 10 ? "%d-%02d".formatted(2010 + year, 2 + random.nextInt(11)) : Integer.toString(2010 + year);
            var draft = archive.statement("Statement " + i).naming(blinken, offices[office]);
            (random.nextInt(20) == 0 ? draft : draft.dated(date)).save();
        }
        flush();

        assertThat(record.rolesOf(blinken.getId())).extracting(OfficialRecordTest::lowerCased)
                .containsExactlyElementsOf(rolesGroupedOverStatements(blinken.getId()).stream()
                        .map(OfficialRecordTest::lowerCased).toList())
                .hasSize(5);
    }

    private static String lowerCased(OfficialRecord.Role role) {
        return role.role().toLowerCase() + " " + role.from() + " " + role.to() + " " + role.statements();
    }

    /** The offices as they were read before: every appearance joined to its statement, grouped by office and date. */
    private List<OfficialRecord.Role> rolesGroupedOverStatements(long officialId) {
        record Held(String role, PartialDate first, PartialDate last, long statements) {
        }
        java.util.Map<String, Held> byRole = new java.util.LinkedHashMap<>();
        for (Object[] row : entityManager.createQuery("select lower(a.role), min(a.role), s.dateStart, s.datePrecision,"
                        + " count(a) from Appearance a join a.statement s where a.official.id = :id"
                        + " group by lower(a.role), s.dateStart, s.datePrecision", Object[].class)
                .setParameter("id", officialId).getResultList()) {
            PartialDate date = row[2] == null ? null : new PartialDate((java.time.LocalDate) row[2], (DatePrecision) row[3]);
            Held one = new Held(row[1] == null ? "(no office given)" : (String) row[1], date, date, (Long) row[4]);
            byRole.merge(row[0] == null ? "" : (String) row[0], one, (a, b) -> new Held(a.role(),
                    a.first() == null || b.first() != null && b.first().lowerBound().isBefore(a.first().lowerBound()) ? b.first() : a.first(),
                    a.last() == null || b.last() != null && b.last().lowerBound().isAfter(a.last().lowerBound()) ? b.last() : a.last(),
                    a.statements() + b.statements()));
        }
        return byRole.values().stream()
                .sorted(java.util.Comparator.comparing(Held::first, java.util.Comparator.nullsLast(
                        java.util.Comparator.comparing(PartialDate::lowerBound))))
                .map(h -> new OfficialRecord.Role(h.role(), h.first() == null ? null : h.first().displayMonth(),
                        h.last() == null ? null : h.last().displayMonth(), h.statements()))
                .toList();
    }

    @Test
    void statementCountsAreCountedPerOfficial() {
        Official other = archive.official("Fuad Hussein", "IQ");
        archive.statement("Both").dated("2021-01-01").naming(blinken, "Secretary").naming(other, "Minister").save();
        archive.statement("One").dated("2021-01-02").naming(blinken, "Secretary").save();
        flush();

        assertThat(record.statementCounts()).containsEntry(blinken.getId(), 2L).containsEntry(other.getId(), 1L);
        assertThat(record.statementCount(blinken.getId())).isEqualTo(2);
        assertThat(record.statementCount(other.getId())).isEqualTo(1);
    }

    private void flush() {
        entityManager.flush();
        entityManager.clear();
    }
}
