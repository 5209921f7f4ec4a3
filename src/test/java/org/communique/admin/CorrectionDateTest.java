package org.communique.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The correction form's date: typed, with a precision, or a range of days; refusals name the field. */
class CorrectionDateTest {

    private static String form(String date, String precision, String lastDay) {
        return StatementCorrector.DateValue.fromForm(date, precision, lastDay);
    }

    @Test
    void aDateIsCutToThePrecisionChosen() {
        assertThat(form("2024-07-22", "day", "")).isEqualTo("2024-07-22");
        assertThat(form("2024-07-22", "month", "")).isEqualTo("2024-07");
        assertThat(form("2024-07", "year", null)).isEqualTo("2024");
        assertThat(form("2024-07", null, null)).as("without a precision the date says its own").isEqualTo("2024-07");
        assertThat(form("", "day", "")).as("undated").isEmpty();
    }

    @Test
    void aRangeOfDaysKeepsItsLastDayAndReadsAsARange() {
        String value = form("2024-07-22", "range", "2024-07-23");
        assertThat(value).isEqualTo("2024-07-22/2024-07-23");
        StatementCorrector.DateValue date = StatementCorrector.DateValue.parse(value);
        assertThat(date.end()).hasToString("2024-07-23");
        assertThat(date.precision()).isEqualTo(StatementCorrector.Precision.RANGE);
        assertThat(date.display()).isEqualTo("22 July 2024 to 23 July 2024");
    }

    @Test
    void whatCannotBeADateIsRefusedNamingTheField() {
        assertThatThrownBy(() -> form("2024-07", "day", "")).hasMessageStartingWith("Date:").hasMessageContaining("the day");
        assertThatThrownBy(() -> form("2024-13-01", "day", "")).hasMessageStartingWith("Date:").hasMessageContaining("month 13");
        assertThatThrownBy(() -> form("2024-07-22", "range", "")).hasMessageStartingWith("Last day:");
        assertThatThrownBy(() -> form("2024-07-22", "range", "2024-07-21")).hasMessageStartingWith("Last day:")
                .hasMessageContaining("does not come after");
        assertThatThrownBy(() -> form("2024-07-22", "range", "2026-01-01")).hasMessageStartingWith("Last day:")
                .hasMessageContaining("at most a year");
        assertThatThrownBy(() -> form("2024-07-22", "week", "")).hasMessageStartingWith("Precision:");
        assertThatThrownBy(() -> form("", "range", "2024-07-23")).hasMessageStartingWith("Date:");
    }

    @Test
    void anImportersRangeTheFormWouldRefuseStillReads() {
        StatementCorrector.DateValue stored = StatementCorrector.DateValue.lenient("2024-07/2024-08-15");
        assertThat(stored.date()).hasToString("2024-07");
        assertThat(stored.end()).hasToString("2024-08-15");
    }
}
