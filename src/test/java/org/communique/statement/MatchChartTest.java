package org.communique.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The chart of matches over time: years, or months for a short span, with the empty ones between drawn. */
class MatchChartTest {

    @Test
    void aLongSpanIsDrawnByYearWithEmptyYearsBetween() {
        MatchChart chart = MatchChart.of(List.of(new CalendarCount(2020, 3, 2), new CalendarCount(2023, null, 4),
                new CalendarCount(null, null, 1)), span -> "/statements?from=" + span);

        assertThat(chart.unit()).isEqualTo("year");
        assertThat(chart.bars()).extracting(MatchChart.Bar::label).containsExactly("2020", "2021", "2022", "2023");
        assertThat(chart.bars()).extracting(MatchChart.Bar::count).containsExactly(2L, 0L, 0L, 4L);
        assertThat(chart.bars().get(3).height()).isEqualTo(130.0);
        assertThat(chart.bars().get(0).height()).isEqualTo(65.0);
        assertThat(chart.bars().get(1).height()).isZero();
        assertThat(chart.undated()).isEqualTo(1);
        assertThat(chart.busiest().label()).isEqualTo("2023");
        assertThat(chart.bars().get(0).link()).isEqualTo("/statements?from=2020");
    }

    @Test
    void aLoneMonthIsDrawnAsABarInTheMiddleNotAsAWall() {
        MatchChart chart = MatchChart.of(List.of(new CalendarCount(2021, 7, 1)), span -> span);

        MatchChart.Bar bar = chart.bars().get(0);
        assertThat(bar.width()).isLessThanOrEqualTo(MatchChart.WIDTH / 6.0);
        assertThat(bar.labelX()).isEqualTo(MatchChart.WIDTH / 2.0);
    }

    @Test
    void aShortSpanIsDrawnByMonth() {
        MatchChart chart = MatchChart.of(List.of(new CalendarCount(2021, 7, 2), new CalendarCount(2021, 10, 1),
                new CalendarCount(2021, null, 1)), span -> span);

        assertThat(chart.unit()).isEqualTo("month");
        assertThat(chart.bars()).extracting(MatchChart.Bar::longLabel)
                .containsExactly("July 2021", "August 2021", "September 2021", "October 2021");
        assertThat(chart.yearOnly()).isEqualTo(1);
        assertThat(chart.bars().get(0).link()).isEqualTo("2021-07");
    }

    @Test
    void nothingDatedDrawsNoChart() {
        assertThat(MatchChart.of(List.of(new CalendarCount(null, null, 3)), span -> span)).isNull();
    }
}
