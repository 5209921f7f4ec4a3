package org.communique.statement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.communique.official.Official;
import org.communique.web.Slug;

import jakarta.persistence.EntityManager;

/** Writes officials and statements straight into a test's database, as the importer would leave them. */
public final class ArchiveBuilder {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private final EntityManager entityManager;
    private int files;

    public ArchiveBuilder(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Official official(String name, String country, String... otherSpellings) {
        Official official = new Official(name, Slug.of(name), country, NOW);
        Arrays.stream(otherSpellings).forEach(official::addAlias);
        entityManager.persist(official);
        return official;
    }

    /** A statement to build: only what a test sets differs from a plain undated "other". */
    public Draft statement(String title) {
        return new Draft(title);
    }

    public final class Draft {
        private final String title;
        private PartialDate date;
        private LocalDate end;
        private StatementType type = StatementType.OTHER;
        private List<String> parties = List.of();
        private final List<StatementContent.Named> officials = new ArrayList<>();
        private final List<StatementContent.Said> quotes = new ArrayList<>();
        private String publisher;
        private List<String> paragraphs = List.of("A paragraph of the statement.");

        private Draft(String title) {
            this.title = title;
        }

        public Draft dated(String iso) {
            this.date = PartialDate.parse(iso);
            return this;
        }

        public Draft until(String isoDay) {
            this.end = LocalDate.parse(isoDay);
            return this;
        }

        public Draft type(StatementType type) {
            this.type = type;
            return this;
        }

        public Draft parties(String... codes) {
            this.parties = List.of(codes);
            return this;
        }

        public Draft naming(Official official, String role) {
            return namingAs(official, role, official.getName());
        }

        /** Names the official as the importer would have found them: under these spellings. */
        public Draft namingAs(Official official, String role, String... mentions) {
            officials.add(new StatementContent.Named(official, role, official.getCountry(), List.of(mentions)));
            return this;
        }

        /** Quotes the official (whom it also names, as the importer would). */
        public Draft quoting(Official official, String text) {
            if (officials.stream().noneMatch(named -> named.official() == official)) {
                naming(official, null);
            }
            quotes.add(new StatementContent.Said(official, official.getName(), text));
            return this;
        }

        public Draft publisher(String publisher) {
            this.publisher = publisher;
            return this;
        }

        public Draft body(String... paragraphs) {
            this.paragraphs = List.of(paragraphs);
            return this;
        }

        public Statement save() {
            Source source = new Source("built/" + (++files) + "-" + Slug.of(title) + ".txt");
            source.read("0".repeat(64), 100, "text/plain", "UTF-8", title, NOW, "test");
            StatementContent content = new StatementContent(title, false, date, end,
                    date == null ? DateBasis.NONE : DateBasis.PUBLISHED, type, publisher, null, paragraphs, List.of(),
                    "[]", parties, officials, quotes);
            Statement statement = new Statement(source, content, NOW);
            entityManager.persist(statement);
            return statement;
        }
    }

    /** Deletes a statement and its source, as a test leaves the archive it found (in the caller's transaction). */
    public void delete(Statements statements, long id) {
        Statement statement = statements.findWithSourceById(id).orElseThrow();
        Source source = statement.getSource();
        statements.delete(statement);
        statements.flush();
        entityManager.remove(source);
    }
}
