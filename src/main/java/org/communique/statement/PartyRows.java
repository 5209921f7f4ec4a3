package org.communique.statement;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;

import org.hibernate.query.NativeQuery;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * A filter's statements as rows of statement_party, which hold each statement's first day and precision
 * (V65): the rows of its rarest party, of statements that have its other parties too, one row a statement. Only
 * for a filter of parties and of what those rows hold (dates and a type, V66), and a publisher rarer than none of
 * them (probed in each row's statement); words, an official, or a range that takes a statement by the end of its
 * span ("from" without a dating) need the statement's own row.
 *
 * @param where      the condition on the rows, {@code p} being statement_party
 * @param leading    the columns the condition binds to one value each that lead the rows' index ({@code p.code},
 *                   or {@code p.code, p.type}): an order or a grouping starts with them, as H2 reads an index in
 *                   order only for an order that starts with its first column
 * @param parameters its values by name
 */
record PartyRows(String where, String leading, Map<String, Object> parameters) {

    /**
     * The rows of a filter's statements, when its conditions are all on those rows; of its rarest party when
     * it names several ({@code held}: how many statements hold a party). With a publisher ({@code publishers}: the
     * archive's spellings of it; {@code published}: how many statements they have), only when its rarest party
     * has fewer statements than the publisher: else the publisher's own statements are the fewer to read, each
     * probed for the parties (a rare party and a common publisher, 21 s at a million statements the other way).
     */
    static Optional<PartyRows> of(StatementFilter filter, List<String> publishers, ToLongFunction<String> held,
                                  LongSupplier published) {
        if (filter.parties().isEmpty() || filter.q() != null || filter.official() != null
                || filter.dating() == StatementFilter.Dating.ANY && filter.fromDay() != null) {
            return Optional.empty();
        }
        List<String> parties = filter.parties().size() == 1 ? filter.parties()
                : filter.parties().stream().sorted(Comparator.comparingLong(held)).toList();
        if (filter.publisher() != null && held.applyAsLong(parties.get(0)) > published.getAsLong()) {
            return Optional.empty();
        }
        StringBuilder where = new StringBuilder("p.code = :party0");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("party0", parties.get(0));
        for (int i = 1; i < parties.size(); i++) {
            // from the index of (code, statement) alone
            where.append(" and exists (select 1 from statement_party o where o.code = :party").append(i)
                    .append(" and o.statement_id = p.statement_id)");
            parameters.put("party" + i, parties.get(i));
        }
        if (filter.publisher() != null) {
            // through the primary key, one statement a row
            where.append(" and exists (select 1 from statement s where s.id = p.statement_id"
                    + " and s.publisher in (:publishers))");
            parameters.put("publishers", publishers);
        }
        String leading = "p.code";
        if (filter.type() != null) {
            where.append(" and p.type = :type");
            parameters.put("type", filter.type().name());
            leading = "p.code, p.type";
        }
        // the dates as specification() takes them, here from the party's rows
        if (filter.dating() == StatementFilter.Dating.UNDATED) {
            where.append(" and p.date_start is null");
            return Optional.of(new PartyRows(where.toString(), leading, parameters));
        }
        if (filter.dating() != StatementFilter.Dating.ANY) {
            where.append(filter.dating() == StatementFilter.Dating.YEAR_ONLY
                    ? " and p.date_precision = :year" : " and p.date_precision <> :year");
            parameters.put("year", DatePrecision.YEAR.name());
            if (filter.fromDay() != null) {
                where.append(" and p.date_start >= :fromDay");
                parameters.put("fromDay", filter.fromDay());
            }
        }
        if (filter.toDay() != null) {
            where.append(" and p.date_start <= :toDay");
            parameters.put("toDay", filter.toDay());
        }
        return Optional.of(new PartyRows(where.toString(), leading, parameters));
    }

    /**
     * The ids of the dated or the undated statements, newest or oldest first, from the index of (code, day,
     * precision, statement) or of (code, type, day, precision, statement) in its order (then by statement within
     * a day) and from that index alone, however far the page is; the statements themselves are read only for the
     * page. Ordered by the leading columns first, though each has one value: H2 reads an index in order only when
     * the order starts with its first column.
     */
    List<Long> ids(EntityManager entityManager, boolean dated, StatementFilter.Order order, int offset, int size) {
        String direction = order == StatementFilter.Order.OLDEST ? " asc" : " desc";
        Query query = query(entityManager, "select p.statement_id from statement_party p where " + where
                + (dated ? " and p.date_start is not null" : " and p.date_start is null")
                + " order by " + leading.replace(",", direction + ",") + direction + ", p.date_start" + direction
                + ", p.statement_id" + direction);
        return ((List<?>) query.setFirstResult(offset).setMaxResults(size).getResultList()).stream()
                .map(id -> ((Number) id).longValue()).toList();
    }

    /**
     * The statements counted by day from the same index alone and in its order: grouped by the leading columns
     * too, as H2 groups in the order of an index only by its first columns.
     */
    void countByDay(EntityManager entityManager, CalendarCount.Tally tally) {
        for (Object row : query(entityManager, "select p.date_start as day_start, p.date_precision as"
                + " day_precision, count(*) as statements from statement_party p where " + where
                + " group by " + leading + ", p.date_start, p.date_precision")
                .unwrap(NativeQuery.class).addScalar("day_start", LocalDate.class)
                .addScalar("day_precision", String.class).addScalar("statements", Long.class).getResultList()) {
            Object[] day = (Object[]) row;
            tally.add((LocalDate) day[0], day[1] == null ? null : DatePrecision.valueOf((String) day[1]),
                    (Long) day[2]);
        }
    }

    private Query query(EntityManager entityManager, String sql) {
        Query query = entityManager.createNativeQuery(sql);
        parameters.forEach(query::setParameter);
        return query;
    }
}
