package org.communique.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.communique.statement.Appearance;
import org.communique.statement.Quotation;
import org.communique.statement.Statement;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;

/**
 * Reads statements whole, as {@link StatementDocument}s: one by id, or a batch in id order for the export.
 * A batch costs four queries whatever its size: the statements with their sources, their officials, their
 * quotations, their parties.
 */
@Component
@Transactional(readOnly = true)
class StatementDocuments {

    private final EntityManager entityManager;

    StatementDocuments(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    Optional<StatementDocument> one(long id, String baseUrl) {
        List<StatementDocument> found = load(List.of(id), baseUrl);
        return found.stream().findFirst();
    }

    /** Up to {@code size} statements with an id above {@code afterId}, in id order. */
    List<StatementDocument> batchAfter(long afterId, int size, String baseUrl) {
        List<Long> ids = entityManager.createQuery("select s.id from Statement s where s.id > :after order by s.id",
                Long.class).setParameter("after", afterId).setMaxResults(size).getResultList();
        return load(ids, baseUrl);
    }

    /** The statements given by id, whole, in the order given. */
    List<StatementDocument> byIds(List<Long> ids, String baseUrl) {
        Map<Long, StatementDocument> byId = new LinkedHashMap<>();
        load(ids, baseUrl).forEach(d -> byId.put(d.id(), d));
        return ids.stream().map(byId::get).filter(d -> d != null).toList();
    }

    private List<StatementDocument> load(List<Long> ids, String baseUrl) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Statement> statements = entityManager.createQuery(
                "select s from Statement s join fetch s.source where s.id in :ids order by s.id", Statement.class)
                .setParameter("ids", ids).getResultList();
        Map<Long, List<StatementDocument.Named>> named = new LinkedHashMap<>();
        for (Appearance a : entityManager.createQuery("select a from Appearance a join fetch a.official"
                + " where a.statement.id in :ids order by a.statement.id, a.position", Appearance.class)
                .setParameter("ids", ids).getResultList()) {
            named.computeIfAbsent(a.getStatement().getId(), k -> new ArrayList<>()).add(new StatementDocument.Named(
                    a.getOfficial().getName(), a.getOfficial().getSlug(), a.getRole(), a.getCountry(), a.getMentions()));
        }
        Map<Long, List<StatementDocument.Quote>> quotes = new LinkedHashMap<>();
        for (Quotation q : entityManager.createQuery("select q from Quotation q where q.statement.id in :ids"
                + " order by q.statement.id, q.position", Quotation.class).setParameter("ids", ids).getResultList()) {
            quotes.computeIfAbsent(q.getStatement().getId(), k -> new ArrayList<>())
                    .add(new StatementDocument.Quote(q.getSpeaker(), q.getText()));
        }
        Map<Long, List<String>> parties = new LinkedHashMap<>();
        for (Object[] row : entityManager.createQuery("select s.id, p.code from Statement s join s.parties p"
                + " where s.id in :ids order by s.id, index(p)", Object[].class).setParameter("ids", ids).getResultList()) {
            parties.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[1]);
        }
        List<StatementDocument> documents = new ArrayList<>();
        for (Statement s : statements) {
            var source = s.getSource();
            documents.add(new StatementDocument(s.getId(), baseUrl + "/statements/" + s.getId() + "-" + s.getSlug(),
                    source.getPath(), s.getTitle(), s.isTitleDerived(),
                    s.getDate() == null ? null : s.getDate().toString(),
                    s.getDateEnd() == null ? null : s.getDateEnd().toString(), s.getDateBasis().code(), s.getType().code(),
                    parties.getOrDefault(s.getId(), List.of()), named.getOrDefault(s.getId(), List.of()),
                    quotes.getOrDefault(s.getId(), List.of()), s.getPublisher(), s.getSourceUrl(), s.getBody(),
                    s.getWarnings(), s.getStatus().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    s.getUpdatedAt(), new StatementDocument.Source(source.getPath(), source.getSha256(),
                            source.getSizeBytes(), source.getMediaType(), source.getCharset(), source.getImportedAt(),
                            source.getExtractorVersion(), source.isMissing())));
        }
        return documents;
    }
}
