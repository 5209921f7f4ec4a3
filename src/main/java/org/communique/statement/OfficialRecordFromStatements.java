package org.communique.statement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.communique.official.OfficialRecord;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;

/** The statements' side of the officials' pages, read as projections: no statement body is loaded. */
@Component
@Transactional(readOnly = true)
class OfficialRecordFromStatements implements OfficialRecord {

    private static final String NO_OFFICE = "(no office given)";

    private final EntityManager em;

    OfficialRecordFromStatements(EntityManager em) {
        this.em = em;
    }

    /**
     * Dated statements come first, read in the order of the index of officials by date; the undated follow.
     * Reading the two apart keeps a busy official's pages from sorting all their statements on every visit.
     */
    @Override
    public Named statementsNaming(long officialId, int page, int size) {
        long dated = em.createQuery("select count(a) from Appearance a where a.official.id = :id and a.dateStart is not null",
                Long.class).setParameter("id", officialId).getSingleResult();
        long undated = em.createQuery("select count(a) from Appearance a where a.official.id = :id and a.dateStart is null",
                Long.class).setParameter("id", officialId).getSingleResult();
        int offset = page * size;
        List<NamedIn> items = new ArrayList<>();
        if (offset < dated) {
            items.addAll(naming(officialId, "a.dateStart is not null order by a.dateStart asc, a.statement.id asc",
                    offset, size));
        }
        if (items.size() < size && undated > 0) {
            int undatedOffset = (int) Math.max(0, offset - dated);
            items.addAll(naming(officialId, "a.dateStart is null order by a.statement.id asc", undatedOffset,
                    size - items.size()));
        }
        return new Named(items, dated + undated);
    }

    private List<NamedIn> naming(long officialId, String condition, int offset, int limit) {
        return em.createQuery("select s.id, s.slug, s.title, s.dateStart, s.datePrecision, s.dateEnd, a.role, s.type"
                        + " from Appearance a join a.statement s where a.official.id = :id and " + condition, Object[].class)
                .setParameter("id", officialId).setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(row -> {
                    PartialDate date = date(row[3], row[4]);
                    return new NamedIn((Long) row[0], "/statements/" + row[0] + "-" + row[1], (String) row[2],
                            StatementSummary.displayDate(date, (LocalDate) row[5]), date == null ? null : date.start(),
                            (String) row[6], ((StatementType) row[7]).label());
                }).toList();
    }

    @Override
    public List<Role> rolesOf(long officialId) {
        record Held(String role, PartialDate first, PartialDate last, long statements) {
        }
        Map<String, Held> byRole = new java.util.LinkedHashMap<>();
        for (Object[] row : em.createQuery("select lower(a.role), min(a.role), s.dateStart, s.datePrecision, count(a)"
                        + " from Appearance a join a.statement s where a.official.id = :id"
                        + " group by lower(a.role), s.dateStart, s.datePrecision", Object[].class)
                .setParameter("id", officialId).getResultList()) {
            PartialDate date = date(row[2], row[3]);
            Held one = new Held(row[1] == null ? NO_OFFICE : (String) row[1], date, date, (Long) row[4]);
            byRole.merge(row[0] == null ? "" : (String) row[0], one, (a, b) -> new Held(a.role(),
                    earlier(a.first(), b.first()), later(a.last(), b.last()), a.statements() + b.statements()));
        }
        return byRole.values().stream()
                .sorted(java.util.Comparator.comparing(Held::first, java.util.Comparator.nullsLast(
                        java.util.Comparator.comparing(PartialDate::lowerBound))))
                .map(h -> new Role(h.role(), month(h.first()), month(h.last()), h.statements()))
                .toList();
    }

    private static PartialDate earlier(PartialDate a, PartialDate b) {
        return a == null ? b : b == null ? a : b.lowerBound().isBefore(a.lowerBound()) ? b : a;
    }

    private static PartialDate later(PartialDate a, PartialDate b) {
        return a == null ? b : b == null ? a : b.lowerBound().isAfter(a.lowerBound()) ? b : a;
    }

    @Override
    public Quoted quotationsOf(long officialId, int limit) {
        List<Quote> items = em.createQuery("select q.text, s.id, s.slug, s.title, s.dateStart, s.datePrecision, s.dateEnd"
                        + " from Quotation q join q.statement s where q.official.id = :id"
                        + " order by s.dateStart desc nulls last, s.id desc, q.position asc", Object[].class)
                .setParameter("id", officialId).setMaxResults(limit).getResultList().stream()
                .map(row -> new Quote((String) row[0], "/statements/" + row[1] + "-" + row[2], (String) row[3],
                        StatementSummary.displayDate(date(row[4], row[5]), (LocalDate) row[6])))
                .toList();
        long total = items.size() < limit ? items.size()
                : em.createQuery("select count(q) from Quotation q where q.official.id = :id", Long.class)
                .setParameter("id", officialId).getSingleResult();
        return new Quoted(items, total);
    }

    @Override
    public Map<Long, Long> statementCounts() {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : em.createQuery("select a.official.id, count(distinct a.statement.id) from Appearance a"
                + " group by a.official.id", Object[].class).getResultList()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    private static PartialDate date(Object start, Object precision) {
        return start == null ? null : new PartialDate((LocalDate) start, (DatePrecision) precision);
    }

    /** "July 2021", or "2024" for a date known only to the year (never "January 2024"). */
    private static String month(PartialDate date) {
        return date == null ? null : date.displayMonth();
    }
}
