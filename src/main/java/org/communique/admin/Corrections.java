package org.communique.admin;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The corrections admins made, oldest first per statement. */
interface Corrections extends JpaRepository<Correction, Long> {

    @Query("select c from Correction c where c.statementId = :id order by c.id")
    List<Correction> ofStatement(@Param("id") long statementId);

    @Modifying
    @Query("delete from Correction c where c.statementId = :id")
    void deleteOfStatement(@Param("id") long statementId);
}
