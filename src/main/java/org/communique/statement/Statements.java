package org.communique.statement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The statements of the archive. */
public interface Statements extends JpaRepository<Statement, Long>, JpaSpecificationExecutor<Statement> {

    @EntityGraph(attributePaths = "source")
    Optional<Statement> findWithSourceById(long id);

    Optional<Statement> findBySourcePath(String path);

    @Query("select s from Statement s join fetch s.source")
    List<Statement> findAllWithSource();

    @Query("select s.id, p.code from Statement s join s.parties p where s.id in :ids order by s.id, index(p)")
    List<Object[]> partiesOf(@Param("ids") Collection<Long> ids);

    /** Per statement, the officials it names: statement id, name, slug, role, country, in the statement's order. */
    @Query("select a.statement.id, o.name, o.slug, a.role, a.country from Appearance a join a.official o"
            + " where a.statement.id in :ids order by a.statement.id, a.position")
    List<Object[]> officialsOf(@Param("ids") Collection<Long> ids);

    @Query("select a.official.id from Appearance a where a.statement.id = :id order by a.position")
    List<Long> officialIdsOf(@Param("id") long id);

    // ordered by the official first, though there is one: so H2 reads the index of (official, day, statement) in
    // order, either way, and stops at the few asked for; ordered by day alone it read and sorted every appearance of
    // the official on that side of the day (170,422 rows, 0.7 s, for the busiest of 1,000,000 statements)

    /** Statements naming an official, on or before a day, the nearest first: statement id and first day. */
    @Query("select a.statement.id, a.dateStart from Appearance a where a.official.id = :official"
            + " and a.dateStart <= :day and a.statement.id <> :id"
            + " order by a.official.id desc, a.dateStart desc, a.statement.id desc")
    List<Object[]> namingOnOrBefore(@Param("official") long official, @Param("day") LocalDate day,
                                    @Param("id") long id, Pageable limit);

    @Query("select a.statement.id, a.dateStart from Appearance a where a.official.id = :official"
            + " and a.dateStart >= :day and a.statement.id <> :id"
            + " order by a.official.id asc, a.dateStart asc, a.statement.id asc")
    List<Object[]> namingOnOrAfter(@Param("official") long official, @Param("day") LocalDate day,
                                   @Param("id") long id, Pageable limit);

    @Query("select a.statement.id, a.dateStart from Appearance a where a.official.id = :official"
            + " and a.statement.id <> :id order by a.statement.id desc")
    List<Object[]> latestNaming(@Param("official") long official, @Param("id") long id, Pageable limit);

    /** Where a statement came from, without the source's text: path, hash, size, type, charset, when, extractor. */
    @Query("select src.path, src.sha256, src.sizeBytes, src.mediaType, src.charset, src.importedAt, src.extractorVersion"
            + " from Statement s join s.source src where s.id = :id")
    List<Object[]> provenanceOf(@Param("id") long id);

    @Query("select q from Quotation q left join fetch q.official where q.statement.id = :id order by q.position")
    List<Quotation> quotationsOf(@Param("id") long id);

    // the archive's chronological order: dated statements by date, then the undated ones by id

    @Query("select s.id from Statement s where s.dateStart < :date or (s.dateStart = :date and s.id < :id)"
            + " order by s.dateStart desc, s.id desc")
    List<Long> datedBefore(@Param("date") LocalDate date, @Param("id") long id, Pageable limit);

    @Query("select s.id from Statement s where s.dateStart > :date or (s.dateStart = :date and s.id > :id)"
            + " order by s.dateStart asc, s.id asc")
    List<Long> datedAfter(@Param("date") LocalDate date, @Param("id") long id, Pageable limit);

    @Query("select s.id from Statement s where s.dateStart is null and s.id < :id order by s.id desc")
    List<Long> undatedBefore(@Param("id") long id, Pageable limit);

    @Query("select s.id from Statement s where s.dateStart is null and s.id > :id order by s.id asc")
    List<Long> undatedAfter(@Param("id") long id, Pageable limit);

    @Query("select s.id from Statement s where s.dateStart is not null order by s.dateStart desc, s.id desc")
    List<Long> latestDated(Pageable limit);

    @Query("select s.id from Statement s where s.dateStart is null order by s.id asc")
    List<Long> firstUndated(Pageable limit);

    @Query("select s.dateStart, s.datePrecision from Statement s where s.dateStart is not null"
            + " order by s.dateStart asc, s.datePrecision asc")
    List<Object[]> earliestDates(Pageable limit);

    @Query("select s.dateStart, s.datePrecision from Statement s where s.dateStart is not null"
            + " order by s.dateStart desc, s.datePrecision asc")
    List<Object[]> latestDates(Pageable limit);

    /** Officials probed one by one in the index of appearances: counting distinct ids over every appearance took seconds. */
    @Query("select count(o) from Official o where exists (select a.id from Appearance a where a.official = o)")
    long countNamedOfficials();

    @Query("select s.id from Statement s order by s.dateStart desc nulls last, s.id desc")
    List<Long> newestIds(Pageable limit);

    /** From the index of party codes alone (a party is stored only for a statement): joining every statement took 28 s at 1,000,000. */
    @Query(value = "select distinct code from statement_party order by code", nativeQuery = true)
    List<String> partyCodes();

    @Query("select distinct s.publisher from Statement s where s.publisher is not null order by s.publisher")
    List<String> publishers();

    @Query("select p.code, count(s) from Statement s join s.parties p group by p.code")
    List<Object[]> partyCounts();

    @Query("select p1.code, p2.code, count(s) from Statement s join s.parties p1 join s.parties p2 where p1.code < p2.code"
            + " group by p1.code, p2.code")
    List<Object[]> partyPairCounts();
}
