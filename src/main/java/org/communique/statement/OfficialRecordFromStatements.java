package org.communique.statement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.communique.official.OfficialRecord;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;

/** The statements' side of the officials' pages. */
@Component
@Transactional(readOnly = true)
class OfficialRecordFromStatements implements OfficialRecord {

    private final EntityManager em;

    OfficialRecordFromStatements(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<NamedIn> statementsNaming(long officialId) {
        List<Appearance> appearances = em.createQuery("select a from Appearance a join fetch a.statement s"
                        + " where a.official.id = :id order by s.dateStart asc nulls last, s.id asc", Appearance.class)
                .setParameter("id", officialId).getResultList();
        return appearances.stream().map(a -> {
            Statement s = a.getStatement();
            return new NamedIn(s.getId(), "/statements/" + s.getId() + "-" + s.getSlug(), s.getTitle(),
                    StatementSummary.displayDate(s.getDate(), s.getDateEnd()), s.getDate() == null ? null : s.getDate().start(),
                    a.getRole(), s.getType().label());
        }).toList();
    }

    @Override
    public List<Quoted> quotationsOf(long officialId) {
        List<Quotation> quotations = em.createQuery("select q from Quotation q join fetch q.statement s"
                        + " where q.official.id = :id order by s.dateStart asc nulls last, s.id asc, q.position asc",
                        Quotation.class)
                .setParameter("id", officialId).getResultList();
        return quotations.stream().map(q -> {
            Statement s = q.getStatement();
            return new Quoted(q.getText(), "/statements/" + s.getId() + "-" + s.getSlug(), s.getTitle(),
                    StatementSummary.displayDate(s.getDate(), s.getDateEnd()));
        }).toList();
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
}
