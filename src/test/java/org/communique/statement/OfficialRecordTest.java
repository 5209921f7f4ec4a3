package org.communique.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.communique.QueryTest;
import org.communique.official.Official;
import org.communique.official.OfficialRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import jakarta.persistence.EntityManager;

@QueryTest
@Import(OfficialRecordFromStatements.class)
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
    void statementCountsAreCountedPerOfficial() {
        Official other = archive.official("Fuad Hussein", "IQ");
        archive.statement("Both").dated("2021-01-01").naming(blinken, "Secretary").naming(other, "Minister").save();
        archive.statement("One").dated("2021-01-02").naming(blinken, "Secretary").save();
        flush();

        assertThat(record.statementCounts()).containsEntry(blinken.getId(), 2L).containsEntry(other.getId(), 1L);
    }

    private void flush() {
        entityManager.flush();
        entityManager.clear();
    }
}
