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

    /** The statement's type (V66): a party's statements of one type are counted and read from an index of the two. */
    @Enumerated(EnumType.STRING)
    @Column(name = "type")
    private StatementType type;

    protected StatementParty() {
    }

    StatementParty(String code, LocalDate dateStart, DatePrecision datePrecision, StatementType type) {
        this.code = code;
        this.dateStart = dateStart;
        this.datePrecision = datePrecision;
        this.type = type;
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

    /** The statement's type changed (a correction, a re-import). */
    void typed(StatementType newType) {
        this.type = newType;
    }
}
