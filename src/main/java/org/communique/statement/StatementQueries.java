package org.communique.statement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongSupplier;

import org.communique.cluster.ArchiveVersion;
import org.communique.cluster.KeptByVersion;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Root;

/**
 * Reads statements for the pages and the API: filtered, paged lists of rows, the calendar, the archive's
 * overview (one statement read fully is {@link StatementViews}). A list page costs a fixed handful of queries
 * whatever its length: the page (a party's or an official's: its ids, then its rows), its count (its calendar added
 * up), then the parties and the officials of all its rows at once.
 */
@Component
@Transactional(readOnly = true)
public class StatementQueries {


    private final Statements statements;
    private final StatementConditions conditions;
    private final ArchiveVocabulary vocabulary;
    private final EntityManager entityManager;
    /**
     * List rows already read (up to 10,000, a few hundred pages' worth): search pages, feeds, the API and a
     * statement's neighbours that list the same statements read them once.
     */
    private final KeptByVersion<Long, StatementSummary> rows;
    /**
     * Calendars already counted (the timeline's, its pages' neighbours, a filtered list's chart and count): counting reads
     * every statement a filter takes, which at a million statements is seconds; a calendar changes only with the
     * archive.
     */
    private final KeptByVersion<StatementFilter, List<CalendarCount>> calendars;
    /** How many statements hold each party (from the index of codes): a list of several parties is read from the rarest. */
    private final KeptByVersion<String, Long> partyHolders;
    /** How many statements each publisher has (from the index of publishers): a party's list or a publisher's. */
    private final KeptByVersion<List<String>, Long> publisherHolders;

    StatementQueries(Statements statements, StatementConditions conditions, ArchiveVocabulary vocabulary,
                     ArchiveVersion archive, EntityManager entityManager) {
        this.statements = statements;
        this.conditions = conditions;
        this.vocabulary = vocabulary;
        this.rows = new KeptByVersion<>(archive, 10_000);
        this.calendars = new KeptByVersion<>(archive, 200);
        this.partyHolders = new KeptByVersion<>(archive, 1_000);
        this.publisherHolders = new KeptByVersion<>(archive, 1_000);
        this.entityManager = entityManager;
    }

    /** The statements that match a filter (words are matched plainly here; the search engine ranks them). */
    public Page<StatementSummary> list(StatementFilter filter) {
        Pageable pageable = PageRequest.of(filter.page(), filter.size());
        Optional<Specification<Statement>> spec = specification(filter);
        if (spec.isEmpty()) {
            return Page.empty(pageable);
        }
        Optional<PartyRows> byParty = partyRows(filter);
        List<StatementSummary> page = pageable.getOffset() > Integer.MAX_VALUE ? List.of()
                : page(spec.get(), byParty, filter, (int) pageable.getOffset(), pageable.getPageSize());
        long total = filter.page() == 0 && page.size() < pageable.getPageSize() ? page.size()
                : calendar(filter).stream().mapToLong(CalendarCount::count).sum();
        return new PageImpl<>(page, pageable, total);
    }

    /**
     * How many of a filter's statements are dated, from its calendar: a list's count is its calendar added up, as
     * counting them is most of what counting by day costs (1.4 s for the list of a type held by a million
     * statements), and the list's chart and the timeline read the same calendar, kept until the archive changes.
     */
    private long dated(StatementFilter filter) {
        return calendar(filter).stream().filter(month -> month.year() != null).mapToLong(CalendarCount::count).sum();
    }

    /**
     * A page of a filter's statements: of a filter of parties, the ids from the index of their rows and then the
     * page's statements (any already read are kept); of any other, the rows straight from the statements.
     */
    private List<StatementSummary> page(Specification<Statement> spec, Optional<PartyRows> byParty,
                                        StatementFilter filter, int offset, int size) {
        if (byParty.isPresent()) {
            PartyRows party = byParty.get();
            return summaries(inTimeOrder(offset, size,
                    (dated, from, most) -> party.ids(entityManager, dated, filter.order(), from, most), () -> dated(filter)));
        }
        Optional<OfficialRows> byOfficial = officialRows(filter);
        if (byOfficial.isPresent()) {
            OfficialRows official = byOfficial.get();
            return summaries(inTimeOrder(offset, size,
                    (dated, from, most) -> official.ids(entityManager, dated, filter.order(), from, most), () -> dated(filter)));
        }
        return summariesOf(inTimeOrder(offset, size, (dated, from, most) -> rowsOf(spec, dated, filter, from, most),
                () -> dated(filter)));
    }

    /**
     * A filter's statements as party rows, when it can be read so: from its rarest party's rows when it names
     * several, as the rows of the first were each probed for the others (a common party and a rare one, 1.4 s at a
     * million statements, the rare one first 0.1 s); with a publisher, only when the party is the rarer of the two.
     */
    private Optional<PartyRows> partyRows(StatementFilter filter) {
        List<String> publishers = conditions.publishers(filter);
        return PartyRows.of(filter, publishers, code -> partyHolders.get(code, () -> count(entityManager
                        .createNativeQuery("select count(*) from statement_party where code = :code")
                        .setParameter("code", code))),
                () -> publisherHolders.get(publishers, () -> count(entityManager
                        .createNativeQuery("select count(*) from statement where publisher in (:publishers)")
                        .setParameter("publishers", publishers))));
    }

    /** A filter of one official as that official's rows of appearance (with the filter's other conditions). */
    private Optional<OfficialRows> officialRows(StatementFilter filter) {
        return filter.official() == null ? Optional.empty() : OfficialRows.of(filter,
                conditions.officialIds(filter),
                () -> conditions.of(filter, false).orElseThrow());
    }

    private static long count(Query query) {
        return ((Number) query.getSingleResult()).longValue();
    }

    /** The dated or the undated part of a list, from an offset into that part. */
    private interface Part<T> {
        List<T> read(boolean dated, int offset, int size);
    }

    /**
     * A page in time order, the undated last: the dated first, then as many undated as the page has room for.
     * Read apart, each part comes straight from an index of dates in its order, on every database; "dates
     * ascending, nulls last" in one query made H2 (which sorts nulls first) sort every statement that matches,
     * and PostgreSQL (nulls last) the same for the newest first.
     */
    private static <T> List<T> inTimeOrder(int offset, int size, Part<T> part, LongSupplier datedCount) {
        List<T> page = new ArrayList<>(part.read(true, offset, size));
        if (page.size() < size) {
            long dated = page.isEmpty() ? datedCount.getAsLong() : offset + page.size();
            page.addAll(part.read(false, (int) Math.max(0, offset - dated), size - page.size()));
        }
        return page;
    }

    /**
     * The dated or the undated rows of a page. A list of one type or publisher is ordered by them first (one value
     * each, so the order is the same), so that the index that leads with them is read in order ({@link #leading}).
     */
    private List<Row> rowsOf(Specification<Statement> spec, boolean dated, StatementFilter filter, int offset, int size) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
        Root<Statement> root = query.from(Statement.class);
        Path<LocalDate> start = root.get("dateStart");
        Function<Expression<?>, jakarta.persistence.criteria.Order> inOrder =
                filter.order() == StatementFilter.Order.OLDEST ? cb::asc : cb::desc;
        List<jakarta.persistence.criteria.Order> order = new ArrayList<>();
        if (dated) {
            conditions.leading(root, filter).forEach(column -> order.add(inOrder.apply(column)));
            order.add(inOrder.apply(start));
        }
        order.add(inOrder.apply(root.get("id")));
        query.multiselect(Row.columns(root))
                .where(cb.and(spec.toPredicate(root, query, cb), dated ? cb.isNotNull(start) : cb.isNull(start)))
                .orderBy(order);
        return entityManager.createQuery(query).setFirstResult(offset).setMaxResults(size).getResultList().stream()
                .map(Row::of).toList();
    }

    /** Rows for statements given by id, in the order given: for search results and feeds. */
    public List<StatementSummary> summaries(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, StatementSummary> byId = rows.get(ids, unread -> {
            CriteriaBuilder cb = entityManager.getCriteriaBuilder();
            CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
            Root<Statement> root = query.from(Statement.class);
            query.multiselect(Row.columns(root)).where(root.get("id").in(unread));
            Map<Long, StatementSummary> read = new HashMap<>();
            summariesOf(entityManager.createQuery(query).getResultList().stream().map(Row::of).toList())
                    .forEach(summary -> read.put(summary.id(), summary));
            return read;
        });
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** What a row of a list needs of a statement: no body, no source. */
    private record Row(long id, String slug, String title, boolean titleDerived, LocalDate dateStart,
                       DatePrecision precision, LocalDate dateEnd, StatementType type, String publisher,
                       StatementStatus status) {

        static List<jakarta.persistence.criteria.Selection<?>> columns(Root<Statement> root) {
            return List.of(root.get("id"), root.get("slug"), root.get("title"), root.get("titleDerived"),
                    root.get("dateStart"), root.get("datePrecision"), root.get("dateEnd"), root.get("type"),
                    root.get("publisher"), root.get("status"));
        }

        static Row of(Object[] t) {
            return new Row((Long) t[0], (String) t[1], (String) t[2], (Boolean) t[3], (LocalDate) t[4],
                    (DatePrecision) t[5], (LocalDate) t[6], (StatementType) t[7], (String) t[8], (StatementStatus) t[9]);
        }

        static Row of(Statement s) {
            PartialDate date = s.getDate();
            return new Row(s.getId(), s.getSlug(), s.getTitle(), s.isTitleDerived(), date == null ? null : date.lowerBound(),
                    date == null ? null : date.precision(), s.getDateEnd(), s.getType(), s.getPublisher(), s.getStatus());
        }

        PartialDate date() {
            return dateStart == null ? null : new PartialDate(dateStart, precision);
        }
    }

    private List<StatementSummary> summariesOf(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(Row::id).toList();
        Map<Long, List<StatementSummary.Party>> parties = new LinkedHashMap<>();
        for (Object[] row : statements.partiesOf(ids)) {
            parties.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(StatementSummary.Party.of((String) row[1]));
        }
        Map<Long, List<StatementSummary.Named>> named = new LinkedHashMap<>();
        for (Object[] row : statements.officialsOf(ids)) {
            named.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                    .add(new StatementSummary.Named((String) row[1], (String) row[2], (String) row[3], (String) row[4]));
        }
        return rows.stream().map(r -> new StatementSummary(r.id(), r.slug(), r.title(), r.titleDerived(), r.date(),
                r.dateEnd(), r.type(), parties.getOrDefault(r.id(), List.of()), named.getOrDefault(r.id(), List.of()),
                r.publisher(), r.status() == StatementStatus.SOURCE_MISSING)).toList();
    }

    /** The filter as a query, or nothing when no statement can match it ({@link StatementConditions#of}). */
    Optional<Specification<Statement>> specification(StatementFilter filter) {
        return conditions.of(filter, true).map(condition -> condition::on);
    }

    /** How many statements of a filter fall in each month (and, for dates known only to the year, each year). */
    public List<CalendarCount> calendar(StatementFilter filter) {
        return calendars.get(filter.whichStatements(), () -> countCalendar(filter));
    }

    private List<CalendarCount> countCalendar(StatementFilter filter) {
        Optional<Specification<Statement>> spec = specification(filter);
        if (spec.isEmpty()) {
            return List.of();
        }
        CalendarCount.Tally tally = new CalendarCount.Tally();
        Optional<PartyRows> byParty = partyRows(filter);
        Optional<OfficialRows> byOfficial = byParty.isPresent() ? Optional.empty() : officialRows(filter);
        if (byParty.isPresent()) {
            byParty.get().countByDay(entityManager, tally);
        } else if (byOfficial.isPresent()) {
            byOfficial.get().countByDay(entityManager, tally);
        } else {
            countByDay(tally, (root, query, cb) -> spec.get().toPredicate(root, query, cb), root -> conditions.leading(root, filter));
        }
        return tally.counts();
    }

    /** How many of the statements given by id fall in each month (or year, or none): for a search's chart. */
    public List<CalendarCount> calendarOf(List<Long> ids) {
        CalendarCount.Tally tally = new CalendarCount.Tally();
        for (int from = 0; from < ids.size(); from += 1000) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
            countByDay(tally, (root, query, cb) -> root.get("id").in(chunk), root -> List.of());
        }
        return tally.counts();
    }

    /**
     * Adds the statements a condition takes to the months they fall in: counted by day, in the order of the index
     * of dates, and added up by month here (H2 groups rows that come in order without a table of groups, and reads
     * the day and precision from the index alone). Grouped by the {@code leading} columns first, which the
     * condition binds to one value each, as H2 groups in the order of an index only by its first columns.
     */
    private void countByDay(CalendarCount.Tally tally, Specification<Statement> condition,
                            Function<Root<Statement>, List<Expression<?>>> leading) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
        Root<Statement> root = query.from(Statement.class);
        Path<LocalDate> start = root.get("dateStart");
        Path<DatePrecision> precision = root.get("datePrecision");
        List<Expression<?>> groups = new ArrayList<>(leading.apply(root));
        groups.addAll(List.of(start, precision));
        query.multiselect(start, precision, cb.count(root))
                .where(condition.toPredicate(root, query, cb))
                .groupBy(groups);
        for (Object[] row : entityManager.createQuery(query).getResultList()) {
            tally.add((LocalDate) row[0], (DatePrecision) row[1], (Long) row[2]);
        }
    }

    /**
     * The ids of the first few statements of a filter that takes only dated statements (a month, a year's
     * statements known only to the year), oldest first: a timeline group's first rows, read from the index of
     * dates in its order without reading the rest.
     */
    public List<Long> firstDated(StatementFilter filter, int most) {
        Optional<Specification<Statement>> spec = specification(filter);
        if (spec.isEmpty()) {
            return List.of();
        }
        Optional<PartyRows> byParty = partyRows(filter);
        if (byParty.isPresent()) {
            return byParty.get().ids(entityManager, true, StatementFilter.Order.OLDEST, 0, most);
        }
        Optional<OfficialRows> byOfficial = officialRows(filter);
        if (byOfficial.isPresent()) {
            return byOfficial.get().ids(entityManager, true, StatementFilter.Order.OLDEST, 0, most);
        }
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Statement> root = query.from(Statement.class);
        query.select(root.get("id"))
                .where(cb.and(spec.get().toPredicate(root, query, cb), cb.isNotNull(root.get("dateStart"))))
                .orderBy(cb.asc(root.get("dateStart")), cb.asc(root.get("id")));
        return entityManager.createQuery(query).setMaxResults(most).getResultList();
    }

    /** A statement's own row, as a list shows it: for its page. */
    StatementSummary summaryOf(Statement statement) {
        return summariesOf(List.of(Row.of(statement))).get(0);
    }

    /** What the archive holds: counts, the span of dates, the newest statements. */
    public ArchiveOverview overview(int newest) {
        ArchiveVocabulary.Figures figures = vocabulary.figures();
        return new ArchiveOverview(figures.statements(), figures.namedOfficials(), figures.partyCodes().size(),
                figures.earliest(), figures.latest(), summaries(statements.newestIds(PageRequest.of(0, newest))));
    }

    /**
     * The statements of a filter in time order (oldest first, undated last), each as its id and date: what
     * the timeline groups into years and months. One query, two columns a row.
     */
    public List<Dated> chronology(StatementFilter filter) {
        Optional<Specification<Statement>> spec = specification(filter);
        if (spec.isEmpty()) {
            return List.of();
        }
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
        Root<Statement> root = query.from(Statement.class);
        Path<LocalDate> start = root.get("dateStart");
        query.multiselect(root.get("id"), start, root.get("datePrecision"))
                .where(spec.get().toPredicate(root, query, cb))
                .orderBy(cb.asc(cb.selectCase().when(cb.isNull(start), 1).otherwise(0)), cb.asc(start),
                        cb.asc(root.get("id")));
        List<Dated> dated = new ArrayList<>();
        for (Object[] row : entityManager.createQuery(query).getResultList()) {
            LocalDate day = (LocalDate) row[1];
            dated.add(new Dated((Long) row[0], day == null ? null : new PartialDate(day, (DatePrecision) row[2])));
        }
        return dated;
    }

    /** A statement's place in time: its id and date ({@code null} when undated). */
    public record Dated(long id, PartialDate date) {
    }
}
