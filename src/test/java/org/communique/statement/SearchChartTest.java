package org.communique.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.communique.ArchiveTest;
import org.communique.web.Links;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.ExtendedModelMap;

import jakarta.persistence.EntityManager;

/** A search's chart of matches per year or month holds what the database counts for the same statements. */
@ArchiveTest
class SearchChartTest {

    @Autowired
    StatementListPage listPage;

    @Autowired
    StatementQueries queries;

    @Autowired
    Statements statements;

    @Autowired
    EntityManager entityManager;

    @Autowired
    TransactionTemplate tx;

    private final List<Long> built = new ArrayList<>();

    @AfterEach
    void removeBuilt() {
        tx.executeWithoutResult(s -> built.forEach(id -> new ArchiveBuilder(entityManager).delete(statements, id)));
    }

    @Test
    void aSearchOverManyYearsIsChartedByYearWithItsUndated() {
        build("quokkaria", "2019-03-02", "2019-11", "2020", "2021-06-30", "2021-06", "2023-01-15", "2023", null, null);
        MatchChart chart = chartOf("quokkaria");
        assertThat(chart.unit()).isEqualTo("year");
        assertThat(chart.bars()).extracting(MatchChart.Bar::label).containsExactly("2019", "2020", "2021", "2022", "2023");
        assertThat(chart.undated()).isEqualTo(2);
        assertThat(chart).isEqualTo(countedByTheDatabase("quokkaria"));
    }

    @Test
    void aSearchWithinTwoYearsIsChartedByMonthWithItsYearOnly() {
        build("wallabiad", "2021-02-03", "2021-02", "2021", "2022-07-30", "2022-07-01", null);
        MatchChart chart = chartOf("wallabiad");
        assertThat(chart.unit()).isEqualTo("month");
        assertThat(chart.yearOnly()).isEqualTo(1);
        assertThat(chart.undated()).isEqualTo(1);
        assertThat(chart).isEqualTo(countedByTheDatabase("wallabiad"));
    }

    private void build(String word, String... dates) {
        tx.executeWithoutResult(s -> {
            ArchiveBuilder archive = new ArchiveBuilder(entityManager);
            for (String date : dates) {
                ArchiveBuilder.Draft draft = archive.statement("Talks on " + word + " " + (built.size() + 1))
                        .body("The parties discussed " + word + " at length.");
                if (date != null) {
                    draft.dated(date);
                }
                built.add(draft.save().getId());
            }
        });
    }

    private MatchChart chartOf(String word) {
        ExtendedModelMap model = new ExtendedModelMap();
        listPage.render(filter(word), "Statements", "/statements", model);
        return (MatchChart) model.get("chart");
    }

    /** The chart drawn from the database's count per year, month and precision of the very statements built. */
    private MatchChart countedByTheDatabase(String word) {
        List<CalendarCount> counts = tx.execute(s -> queries.calendarOf(built));
        Map<String, String> parameters = new LinkedHashMap<>(filter(word).parameters());
        return MatchChart.of(counts, span -> {
            Map<String, String> p = new LinkedHashMap<>(parameters);
            p.put("from", span);
            p.put("to", span);
            return new Links("/statements", p).current();
        });
    }

    private static StatementFilter filter(String q) {
        return StatementFilter.of(q, null, null, null, null, null, null, null, null, null);
    }
}
