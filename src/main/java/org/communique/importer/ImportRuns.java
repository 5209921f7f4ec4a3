package org.communique.importer;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The history of import runs. */
public interface ImportRuns extends JpaRepository<ImportRun, Long> {

    @Query("select r from ImportRun r order by r.startedAt desc, r.id desc")
    List<ImportRun> newestFirst(Pageable limit);

    @Query("select r from ImportRun r left join fetch r.files where r.id = :id")
    Optional<ImportRun> findWithFiles(@Param("id") long id);

    @Query("select r from ImportRun r where r.status = org.communique.importer.ImportRun.Status.RUNNING")
    List<ImportRun> findRunning();
}
