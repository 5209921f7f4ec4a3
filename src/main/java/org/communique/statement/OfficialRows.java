package org.communique.statement;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Root;

/**
 * The statements that name one official, as that official's rows of appearance, which hold each statement's
 * first day (V1): read in the order of the index of (official, day, statement), newest or oldest first, and counted
 * by day from it. With the statements' own rows, the list of an official named in 351,650 of 1,000,000 statements
 * read and sorted all of them for a page of twenty, 16 s the first time, and 17 to 52 s with a party, a type or a
 * year. Alone, the official's rows are read from the index alone; with other conditions ({@code rest}), each row's
 * statement is joined through its primary key and tested, and a page stops at its last statement. Not for a
 * spelling that several officials go by, nor for words.
 *
 * @param rest the filter's other conditions, or {@code null} when it names the official alone
 */
record OfficialRows(long officialId, StatementConditions.Condition rest) {

    /** A day that starts a year: a statement dated to the year alone starts there too. */
    private static final MonthDay NEW_YEAR = MonthDay.of(1, 1);

    static Optional<OfficialRows> of(StatementFilter filter, List<Long> officialIds,
                                     Supplier<StatementConditions.Condition> rest) {
        if (officialIds.size() != 1 || filter.q() != null) {
            return Optional.empty();
        }
        boolean alone = filter.parties().isEmpty() && filter.type() == null && filter.publisher() == null
                && filter.dating() == StatementFilter.Dating.ANY && filter.fromDay() == null && filter.toDay() == null;
        return Optional.of(new OfficialRows(officialIds.get(0), alone ? null : rest.get()));
    }

    /**
     * The ids of the dated or the undated statements, newest or oldest first (then by statement within a day),
     * however far the page is; ordered by the official first, though it has one value: H2 reads an index in
     * order only when the order starts with its first column.
     */
    List<Long> ids(EntityManager entityManager, boolean dated, StatementFilter.Order order, int offset, int size) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Appearance> appearance = query.from(Appearance.class);
        Path<LocalDate> day = appearance.get("dateStart");
        Path<Long> official = appearance.get("official").get("id");
        Path<Long> statement = appearance.get("statement").get("id");
        Function<Expression<?>, Order> inOrder = order == StatementFilter.Order.OLDEST ? cb::asc : cb::desc;
        query.select(statement)
                .where(cb.equal(official, officialId), dated ? cb.isNotNull(day) : cb.isNull(day),
                        rest == null ? cb.conjunction() : rest.on(appearance.join("statement"), query, cb))
                .orderBy(inOrder.apply(official), inOrder.apply(day), inOrder.apply(statement));
        return entityManager.createQuery(query).setFirstResult(offset).setMaxResults(size).getResultList();
    }

    /** The statements counted by day (and by precision, which a year's statements need). */
    void countByDay(EntityManager entityManager, CalendarCount.Tally tally) {
        if (rest == null) {
            countAloneByDay(entityManager, tally);
            return;
        }
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
        Root<Appearance> appearance = query.from(Appearance.class);
        Join<Appearance, Statement> statement = appearance.join("statement");
        Path<LocalDate> day = appearance.get("dateStart");
        Path<Long> official = appearance.get("official").get("id");
        Path<DatePrecision> precision = statement.get("datePrecision");
        query.multiselect(day, precision, cb.count(appearance))
                .where(cb.equal(official, officialId), rest.on(statement, query, cb))
                .groupBy(official, day, precision);
        for (Object[] row : entityManager.createQuery(query).getResultList()) {
            tally.add((LocalDate) row[0], (DatePrecision) row[1], (Long) row[2]);
        }
    }

    /**
     * The official's statements counted by day from the index alone. Its rows hold no precision; only a
     * statement dated to the year alone needs it (it counts for its year, not for January), and such a statement
     * starts on the first of January: the statements of those days alone are counted by precision, from their
     * own rows.
     */
    private void countAloneByDay(EntityManager entityManager, CalendarCount.Tally tally) {
        List<LocalDate> newYears = new ArrayList<>();
        Map<LocalDate, Long> days = new HashMap<>();
        for (Object[] row : entityManager.createQuery("select a.dateStart, count(a) from Appearance a"
                + " where a.official.id = :official group by a.official.id, a.dateStart", Object[].class)
                .setParameter("official", officialId).getResultList()) {
            LocalDate day = (LocalDate) row[0];
            if (day != null && MonthDay.from(day).equals(NEW_YEAR)) {
                newYears.add(day);
            } else {
                days.put(day, (Long) row[1]);
            }
        }
        // any precision finer than the year counts for the day's month
        days.forEach((day, count) -> tally.add(day, day == null ? null : DatePrecision.DAY, count));
        if (!newYears.isEmpty()) {
            for (Object[] row : entityManager.createQuery("select a.dateStart, s.datePrecision, count(a)"
                            + " from Appearance a join a.statement s where a.official.id = :official"
                            + " and a.dateStart in :days group by a.dateStart, s.datePrecision", Object[].class)
                    .setParameter("official", officialId).setParameter("days", newYears).getResultList()) {
                tally.add((LocalDate) row[0], (DatePrecision) row[1], (Long) row[2]);
            }
        }
    }
}
