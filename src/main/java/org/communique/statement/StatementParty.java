package org.communique.statement;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A party to a statement, with the statement's date (its first day and precision) kept beside the code, as an
 * appearance keeps it beside the official: a party's statements are counted by day and read in time order from
 * the index of (code, day, precision, statement) alone, without a probe of every statement (V65).
 */
@Embeddable
public class StatementParty {

    @Column(name = "code", nullable = false)
    private String code;

    @Column(name = "date_start")
    private LocalDate dateStart;

    @Enumerated(EnumType.STRING)
    @Column(name = "date_precision")
    private DatePrecision datePrecision;

    protected StatementParty() {
    }

    StatementParty(String code, LocalDate dateStart, DatePrecision datePrecision) {
        this.code = code;
        this.dateStart = dateStart;
        this.datePrecision = datePrecision;
    }

    /** The party's code (US, IQ, EU...): all the search index holds of it. */
    public String getCode() {
        return code;
    }

    /** The statement's date changed (a correction, a re-import). */
    void dated(LocalDate newStart, DatePrecision newPrecision) {
        this.dateStart = newStart;
        this.datePrecision = newPrecision;
    }
}
