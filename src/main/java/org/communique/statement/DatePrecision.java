package org.communique.statement;

/** How much of a statement's date the source supports: the day, only the month, or only the year. */
public enum DatePrecision {
    DAY, MONTH, YEAR
}
