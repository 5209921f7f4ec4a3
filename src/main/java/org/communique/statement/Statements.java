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

    @Query("select s.id, p from Statement s join s.parties p where s.id in :ids order by s.id, index(p)")
    List<Object[]> partiesOf(@Param("ids") Collection<Long> ids);

    @Query("select a from Appearance a join fetch a.official where a.statement.id in :ids order by a.statement.id, a.position")
    List<Appearance> appearancesOf(@Param("ids") Collection<Long> ids);

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

    /** Statements that name the most of the same officials as this one. */
    @Query("select a2.statement.id from Appearance a1, Appearance a2 where a1.statement.id = :id"
            + " and a2.official = a1.official and a2.statement.id <> :id"
            + " group by a2.statement.id order by count(a2) desc, a2.statement.id desc")
    List<Long> idsSharingOfficials(@Param("id") long id, Pageable limit);

    @Query("select s.dateStart, s.datePrecision from Statement s where s.dateStart is not null"
            + " order by s.dateStart asc, s.datePrecision asc")
    List<Object[]> earliestDates(Pageable limit);

    @Query("select s.dateStart, s.datePrecision from Statement s where s.dateStart is not null"
            + " order by s.dateStart desc, s.datePrecision asc")
    List<Object[]> latestDates(Pageable limit);

    @Query("select count(distinct a.official.id) from Appearance a")
    long countNamedOfficials();

    @Query("select count(distinct p) from Statement s join s.parties p")
    long countParties();

    @Query("select s.id from Statement s order by s.dateStart desc nulls last, s.id desc")
    List<Long> newestIds(Pageable limit);

    @Query("select distinct p from Statement s join s.parties p order by p")
    List<String> partyCodes();

    @Query("select distinct s.publisher from Statement s where s.publisher is not null order by s.publisher")
    List<String> publishers();
}
