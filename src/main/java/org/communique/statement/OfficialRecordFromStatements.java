package org.communique.statement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.communique.cluster.ArchiveVersion;
import org.communique.cluster.KeptByVersion;
import org.communique.official.OfficialRecord;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;

/** The statements' side of the officials' pages, read as projections: no statement body is loaded. */
@Component
@Transactional(readOnly = true)
class OfficialRecordFromStatements implements OfficialRecord {

    private static final String NO_OFFICE = "(no office given)";
    /**
     * On or before every date the archive can hold (years of four digits). The dated rows are asked for as "on or
     * after it" rather than "not null", and ordered by official first: so H2 reads them from the index of
     * (official, day, statement) in its order and stops at the page, where "not null" made it read every row of
     * the official through the foreign key's index and sort them (PostgreSQL finds the index either way).
     */
    private static final LocalDate BEFORE_ANY_DATE = LocalDate.of(0, 1, 1);

    private final EntityManager em;
    /**
     * How many statements name each official, kept until the archive changes: counting every appearance took 4.3 s
     * at 1,000,000 statements (3 million appearances), for the officials' page and each of its orders and the API.
     */
    private final KeptByVersion<Boolean, Map<Long, Long>> statementCounts;

    OfficialRecordFromStatements(EntityManager em, ArchiveVersion archive) {
        this.em = em;
        this.statementCounts = new KeptByVersion<>(archive, 1);
    }

    /**
     * Dated statements come first, read in the order of the index of officials by date; the undated follow.
     * Reading the two apart keeps a busy official's pages from sorting all their statements on every visit.
     */
    @Override
    public Named statementsNaming(long officialId, int page, int size) {
        // one read of the official's index entries counts both: every date the archive holds is after BEFORE_ANY_DATE
        Object[] counts = em.createQuery("select count(a), count(a.dateStart) from Appearance a where a.official.id = :id",
                Object[].class).setParameter("id", officialId).getSingleResult();
        long dated = (Long) counts[1];
        long undated = (Long) counts[0] - dated;
        int offset = page * size;
        List<NamedIn> items = new ArrayList<>();
        if (offset < dated) {
            items.addAll(naming(officialId, true, offset, size));
        }
        if (items.size() < size && undated > 0) {
            int undatedOffset = (int) Math.max(0, offset - dated);
            items.addAll(naming(officialId, false, undatedOffset, size - items.size()));
        }
        return new Named(items, dated + undated);
    }

    /**
     * One page of the official's appearances, read from the index of (official, day, statement) alone, then those
     * statements: joining first made the database join and sort every statement that names a busy official (44 s
     * for one named in 351,919 statements of 1,000,000) to show twenty.
     */
    private List<NamedIn> naming(long officialId, boolean dated, int offset, int limit) {
        var query = em.createQuery("select a.statement.id, a.role from Appearance a where a.official.id = :id and "
                + (dated ? "a.dateStart >= :earliest" : "a.dateStart is null")
                + " order by a.official.id, a.dateStart, a.statement.id", Object[].class).setParameter("id", officialId);
        if (dated) {
            query.setParameter("earliest", BEFORE_ANY_DATE);
        }
        List<Object[]> appearances = query.setFirstResult(offset).setMaxResults(limit).getResultList();
        Map<Long, Listed> statements = listed(appearances.stream().map(row -> (Long) row[0]).toList());
        List<NamedIn> items = new ArrayList<>();
        for (Object[] appearance : appearances) {
            Listed s = statements.get((Long) appearance[0]);
            if (s != null) {
                items.add(new NamedIn(s.id(), s.url(), s.title(), s.displayDate(),
                        s.date() == null ? null : s.date().start(), (String) appearance[1], s.type().label()));
            }
        }
        return items;
    }

    /**
     * Two bounded reads instead of one over every statement that names the official: the offices with their
     * first and last day and count, from the appearances alone (an index holds official, office and day); then,
     * for each office's first and last day only, the precision the statements of that day give it. Of statements
     * that share a first day at different precisions the finest is shown ("May 2013" before "2013"), of those
     * sharing a last day the coarsest; the spelling shown is the least of an office's spellings.
     */
    @Override
    public List<Role> rolesOf(long officialId) {
        record Held(String key, String role, LocalDate first, LocalDate last, long statements) {
        }
        Map<String, Held> byRole = new java.util.LinkedHashMap<>();
        for (Object[] row : em.createQuery("select lower(a.role), min(a.role), min(a.dateStart), max(a.dateStart), count(a)"
                        + " from Appearance a where a.official.id = :id group by lower(a.role) order by lower(a.role) nulls last",
                        Object[].class)
                .setParameter("id", officialId).getResultList()) {
            String key = (String) row[0];
            byRole.put(key == null ? "" : key, new Held(key, row[1] == null ? NO_OFFICE : (String) row[1],
                    (LocalDate) row[2], (LocalDate) row[3], (Long) row[4]));
        }
        return byRole.values().stream()
                .sorted(java.util.Comparator.comparing(Held::first, java.util.Comparator.nullsLast(
                        java.util.Comparator.naturalOrder())))
                .map(h -> new Role(h.role(), month(dayOf(officialId, h.key(), h.first(), true)),
                        month(dayOf(officialId, h.key(), h.last(), false)), h.statements()))
                .toList();
    }

    /** The day {@code start} at the precision the official's statements of that day under that office give it. */
    private PartialDate dayOf(long officialId, String roleKey, LocalDate start, boolean finest) {
        if (start == null) {
            return null;
        }
        var query = em.createQuery("select distinct s.datePrecision from Appearance a join a.statement s"
                        + " where a.official.id = :id and a.dateStart = :start and "
                        + (roleKey == null ? "a.role is null" : "lower(a.role) = :role"), DatePrecision.class)
                .setParameter("id", officialId).setParameter("start", start);
        if (roleKey != null) {
            query.setParameter("role", roleKey);
        }
        List<DatePrecision> precisions = query.getResultList();
        return new PartialDate(start, precisions.stream().filter(java.util.Objects::nonNull)
                .reduce((a, b) -> (a.compareTo(b) < 0) == finest ? a : b).orElse(DatePrecision.DAY));
    }

    /**
     * The dated quotations newest first, then the undated, each read from the index of (official, day, statement,
     * position) alone, then their statements: sorting by the statement's date through a join made the database
     * sort every quotation of a busy official to show five.
     */
    @Override
    public Quoted quotationsOf(long officialId, int limit) {
        String order = " order by q.official.id, q.dateStart desc, q.statement.id desc, q.position asc";
        List<Object[]> quotations = new ArrayList<>(em.createQuery("select q.text, q.statement.id from Quotation q"
                        + " where q.official.id = :id and q.dateStart >= :earliest" + order, Object[].class)
                .setParameter("id", officialId).setParameter("earliest", BEFORE_ANY_DATE).setMaxResults(limit)
                .getResultList());
        if (quotations.size() < limit) {
            quotations.addAll(em.createQuery("select q.text, q.statement.id from Quotation q"
                            + " where q.official.id = :id and q.dateStart is null" + order, Object[].class)
                    .setParameter("id", officialId).setMaxResults(limit - quotations.size()).getResultList());
        }
        Map<Long, Listed> statements = listed(quotations.stream().map(row -> (Long) row[1]).distinct().toList());
        List<Quote> items = new ArrayList<>();
        for (Object[] quotation : quotations) {
            Listed s = statements.get((Long) quotation[1]);
            if (s != null) {
                items.add(new Quote((String) quotation[0], s.url(), s.title(), s.displayDate()));
            }
        }
        long total = items.size() < limit ? items.size()
                : em.createQuery("select count(q) from Quotation q where q.official.id = :id", Long.class)
                .setParameter("id", officialId).getSingleResult();
        return new Quoted(items, total);
    }

    @Override
    public Map<Long, Long> statementCounts() {
        return statementCounts.get(true, () -> {
            Map<Long, Long> counts = new HashMap<>();
            for (Object[] row : em.createQuery("select a.official.id, count(distinct a.statement.id) from Appearance a"
                    + " group by a.official.id", Object[].class).getResultList()) {
                counts.put((Long) row[0], (Long) row[1]);
            }
            return Map.copyOf(counts);
        });
    }

    @Override
    public long statementCount(long officialId) {
        return em.createQuery("select count(distinct a.statement.id) from Appearance a where a.official.id = :id",
                Long.class).setParameter("id", officialId).getSingleResult();
    }

    /** What an official's page shows of a statement it lists. */
    private record Listed(long id, String url, String title, PartialDate date, String displayDate, StatementType type) {
    }

    /** The statements of these ids as the official's page lists them, by id (absent ids left out). */
    private Map<Long, Listed> listed(List<Long> ids) {
        Map<Long, Listed> listed = new HashMap<>();
        if (ids.isEmpty()) {
            return listed;
        }
        for (Object[] row : em.createQuery("select s.id, s.slug, s.title, s.dateStart, s.datePrecision, s.dateEnd, s.type"
                + " from Statement s where s.id in :ids", Object[].class).setParameter("ids", ids).getResultList()) {
            PartialDate date = date(row[3], row[4]);
            listed.put((Long) row[0], new Listed((Long) row[0], "/statements/" + row[0] + "-" + row[1], (String) row[2],
                    date, StatementSummary.displayDate(date, (LocalDate) row[5]), (StatementType) row[6]));
        }
        return listed;
    }

    private static PartialDate date(Object start, Object precision) {
        return start == null ? null : new PartialDate((LocalDate) start, (DatePrecision) precision);
    }

    /** "July 2021", or "2024" for a date known only to the year (never "January 2024"). */
    private static String month(PartialDate date) {
        return date == null ? null : date.displayMonth();
    }
}
