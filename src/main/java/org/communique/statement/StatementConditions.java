package org.communique.statement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.communique.cluster.ArchiveVersion;
import org.communique.cluster.KeptByVersion;
import org.communique.official.Official;
import org.communique.official.Officials;
import org.springframework.stereotype.Component;

import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

/**
 * A filter as conditions on statements, for the queries of {@link StatementQueries}: its dates, official,
 * parties, type, publisher and words, with the archive's own officials and spellings of publishers looked up, and
 * the columns its lists are ordered and counted by first.
 */
@Component
class StatementConditions {

    private final Officials officials;
    private final ArchiveVocabulary vocabulary;
    private final KeptByVersion<String, List<Long>> officialsByName;

    StatementConditions(Officials officials, ArchiveVocabulary vocabulary, ArchiveVersion archive) {
        this.officials = officials;
        this.vocabulary = vocabulary;
        this.officialsByName = new KeptByVersion<>(archive, 1_000);
    }

    /**
     * The officials a filter's name is one of the spellings of (none without a name), looked up once until the
     * archive changes: a list's page, its count and its calendar each ask.
     */
    List<Long> officialIds(StatementFilter filter) {
        return filter.official() == null ? List.of() : officialsByName.get(filter.official(),
                () -> officials.findByAnyName(filter.official()).stream().map(Official::getId).toList());
    }

    /**
     * The archive's own spellings of a filter's publisher (none without one), so that the index of publishers is
     * read: lower-casing each row's publisher read all of them, 54 s at 1,000,000 statements for a publisher no
     * statement has.
     */
    List<String> publishers(StatementFilter filter) {
        return filter.publisher() == null ? List.of() : vocabulary.publishersCalled(filter.publisher());
    }

    /** A filter's conditions on a statement, whichever query reaches it (its own, or an official's appearances). */
    interface Condition {
        Predicate on(From<?, Statement> statement, AbstractQuery<?> query, CriteriaBuilder cb);
    }

    /**
     * The filter's conditions, the official's among them or not ({@code withOfficial}: false where the query reads
     * the official's appearances already); nothing when it names an official or a publisher the archive does not
     * know.
     */
    Optional<Condition> of(StatementFilter filter, boolean withOfficial) {
        List<Long> officialIds = null;
        if (filter.official() != null) {
            officialIds = officialIds(filter);
            if (officialIds.isEmpty()) {
                return Optional.empty();
            }
        }
        List<String> publishers = null;
        if (filter.publisher() != null) {
            publishers = publishers(filter);
            if (publishers.isEmpty()) {
                return Optional.empty();
            }
        }
        List<Long> ids = withOfficial ? officialIds : null;
        List<String> published = publishers;
        return Optional.of((statement, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            Path<LocalDate> start = statement.get("dateStart");
            if (filter.dating() == StatementFilter.Dating.UNDATED) {
                where.add(cb.isNull(start));
            } else if (filter.dating() != StatementFilter.Dating.ANY) {
                where.add(filter.dating() == StatementFilter.Dating.YEAR_ONLY
                        ? cb.equal(statement.get("datePrecision"), DatePrecision.YEAR)
                        : cb.notEqual(statement.get("datePrecision"), DatePrecision.YEAR));
                if (filter.fromDay() != null) {
                    where.add(cb.greaterThanOrEqualTo(start, filter.fromDay()));
                }
                if (filter.toDay() != null) {
                    where.add(cb.lessThanOrEqualTo(start, filter.toDay()));
                }
            } else {
                if (filter.toDay() != null) {
                    where.add(cb.lessThanOrEqualTo(start, filter.toDay()));
                }
                if (filter.fromDay() != null) {
                    where.add(cb.greaterThanOrEqualTo(statement.get("spanEnd"), filter.fromDay()));
                }
            }
            if (ids != null) {
                Subquery<Long> named = query.subquery(Long.class);
                var appearance = named.from(Appearance.class);
                named.select(appearance.get("statement").get("id"))
                        .where(appearance.get("official").get("id").in(ids));
                where.add(statement.get("id").in(named));
            }
            for (String party : filter.parties()) {
                Subquery<Integer> holding = query.subquery(Integer.class);
                Join<Statement, StatementParty> held = correlate(holding, statement).join("parties");
                holding.select(cb.literal(1)).where(cb.equal(held.get("code"), party));
                where.add(cb.exists(holding));
            }
            if (filter.type() != null) {
                where.add(cb.equal(statement.get("type"), filter.type()));
            }
            if (published != null) {
                // one spelling as an equality, which leads the publisher's indexes of dates
                where.add(published.size() == 1 ? cb.equal(statement.get("publisher"), published.get(0))
                        : statement.get("publisher").in(published));
            }
            if (filter.q() != null) {
                for (String word : filter.q().toLowerCase(Locale.ROOT).split("\\s+")) {
                    String like = "%" + word.replace("%", "").replace("_", "") + "%";
                    where.add(cb.or(cb.like(cb.lower(statement.get("title")), like),
                            cb.like(cb.lower(statement.get("body")), like)));
                }
            }
            return cb.and(where.toArray(Predicate[]::new));
        });
    }

    @SuppressWarnings("unchecked")
    private static From<?, Statement> correlate(Subquery<?> subquery, From<?, Statement> statement) {
        Object reached = statement;
        return reached instanceof Root<?> root ? subquery.correlate((Root<Statement>) root)
                : subquery.correlate((Join<Object, Statement>) reached);
    }

    /**
     * The columns of statement that a filter binds to one value each, in the order of the index of dates that
     * leads with them: a publisher (when the archive spells it one way) and a type, (publisher, type, day,
     * precision), (publisher, day, precision) or (type, day, precision). An order or a grouping starts with them,
     * as H2 reads an index in order only for an order that starts with its first column; then a page is read in
     * order from the first entry, not every statement of the publisher read and sorted, and a count from the
     * index alone.
     */
    List<Expression<?>> leading(Root<Statement> root, StatementFilter filter) {
        List<Expression<?>> leading = new ArrayList<>(2);
        if (publishers(filter).size() == 1) {
            leading.add(root.get("publisher"));
        }
        if (filter.type() != null) {
            leading.add(root.get("type"));
        }
        return leading;
    }
}
