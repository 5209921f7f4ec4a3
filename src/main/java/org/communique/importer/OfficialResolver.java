package org.communique.importer;

import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.communique.importer.extraction.OfficialMention;
import org.communique.official.NameKey;
import org.communique.official.Official;
import org.communique.official.Officials;
import org.communique.web.Slug;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import jakarta.persistence.EntityManager;

/**
 * Finds the archive's official for each one a statement names, by canonical name or any spelling, and
 * adds the statement's spellings to them; someone the archive does not know yet becomes a new official.
 * Works from a {@link Registry} read once per batch of files (one query), so that a mention costs no query
 * unless it brings something new: a person, a spelling, a country.
 */
@Component
class OfficialResolver {

    private final Officials officials;
    private final EntityManager entityManager;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    OfficialResolver(Officials officials, EntityManager entityManager, JdbcTemplate jdbc, Clock clock) {
        this.officials = officials;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The registry as the database holds it now; read inside the batch's transaction. */
    Registry registry() {
        Registry registry = new Registry();
        jdbc.query("SELECT o.id, o.name, o.slug, o.country, o.merged_into, a.alias, a.exact_key FROM official o"
                + " LEFT JOIN official_alias a ON a.official_id = o.id", rs -> {
            long id = rs.getLong(1);
            registry.slugs.add(rs.getString(3));
            if (rs.getObject(5) != null) {
                return; // merged into someone else: found under the survivor's spellings
            }
            Known known = registry.byId.computeIfAbsent(id, k -> new Known(id));
            known.name = rs.getString(2);
            known.countryKnown = rs.getString(4) != null;
            String alias = rs.getString(6);
            if (alias != null) {
                known.aliases.add(alias);
                registry.byKey.computeIfAbsent(rs.getString(7), k -> new LinkedHashSet<>()).add(id);
            }
        });
        return registry;
    }

    /** The official a mention stands for, created if need be. Runs inside the file's transaction. */
    Resolved resolve(OfficialMention mention, Registry registry) {
        Official official = null;
        Known known = registry.known(mention.name());
        if (known == null) {
            official = officials.save(new Official(mention.name(), registry.uniqueSlug(mention.name()),
                    mention.country(), clock.instant()));
            known = registry.add(official);
        }
        for (String spelling : mention.mentions()) {
            String alias = spelling == null ? "" : spelling.strip();
            if (NameKey.tokens(spelling).size() > 1 && !alias.isEmpty() && !known.aliases.contains(alias)
                    && !registry.someoneElseGoesBy(alias, known.id)) {
                official = official != null ? official : entityManager.find(Official.class, known.id);
                if (official.addAlias(spelling)) { // a full name as written; bare surnames would collide
                    registry.byKey.computeIfAbsent(NameKey.exact(alias), k -> new LinkedHashSet<>()).add(known.id);
                }
                known.aliases.add(alias);
            }
        }
        if (!known.countryKnown && mention.country() != null) {
            official = official != null ? official : entityManager.find(Official.class, known.id);
            official.setCountry(mention.country());
            known.countryKnown = official.getCountry() != null;
        }
        return new Resolved(official != null ? official : entityManager.getReference(Official.class, known.id),
                known.id, known.name);
    }

    /** An official found for a mention: the entity (perhaps not loaded), its id and canonical name. */
    record Resolved(Official official, long id, String name) {
    }

    /** The officials as one batch of files sees them: who goes by which spelling, and the slugs taken. */
    static final class Registry {

        private final Map<String, Set<Long>> byKey = new HashMap<>();
        private final Map<Long, Known> byId = new HashMap<>();
        private final Set<String> slugs = new HashSet<>();

        private Known add(Official official) {
            Known known = new Known(official.getId());
            known.name = official.getName();
            known.countryKnown = official.getCountry() != null;
            official.getAliases().forEach(a -> {
                known.aliases.add(a.getAlias());
                byKey.computeIfAbsent(a.getExactKey(), k -> new LinkedHashSet<>()).add(known.id);
            });
            byId.put(known.id, known);
            slugs.add(official.getSlug());
            return known;
        }

        /**
         * The official a name stands for: the one who goes by it, or, where several do (spellings shared before
         * an administrator told them apart), the one whose own name it is, else the one known longest. Never a new
         * official when someone goes by the name: one each time would split a person across the archive, and
         * make the name more shared still with every statement that names them.
         */
        private Known known(String name) {
            String key = NameKey.exact(name);
            Set<Long> found = byKey.getOrDefault(key, Set.of());
            Known chosen = null;
            for (long id : found) {
                Known candidate = byId.get(id);
                if (candidate != null && (chosen == null || better(candidate, chosen, key))) {
                    chosen = candidate;
                }
            }
            return chosen;
        }

        private static boolean better(Known candidate, Known than, String key) {
            boolean named = NameKey.exact(candidate.name).equals(key);
            if (named != NameKey.exact(than.name).equals(key)) {
                return named;
            }
            return candidate.id < than.id;
        }

        /**
         * Whether someone other than official {@code id} goes by this spelling: a statement's spellings are added
         * to its official only where they do not name another (the extractor may take two people whose names sound
         * alike for one, as an administrator's spelling may not name another official either).
         */
        private boolean someoneElseGoesBy(String spelling, long id) {
            return byKey.getOrDefault(NameKey.exact(spelling), Set.of()).stream().anyMatch(other -> other != id);
        }

        private String uniqueSlug(String name) {
            String base = Slug.of(name);
            String slug = base;
            for (int n = 2; slugs.contains(slug); n++) {
                slug = base + "-" + n;
            }
            return slug;
        }
    }

    /** What the registry knows of one official: name, spellings (compared as {@link Official#addAlias} does). */
    private static final class Known {

        private final long id;
        private String name;
        private boolean countryKnown;
        private final Set<String> aliases = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

        private Known(long id) {
            this.id = id;
        }
    }

    /** The quotation's speaker (a canonical name) among the officials the statement names, if there. */
    static Resolved speaker(String name, List<Resolved> named) {
        return named.stream().filter(o -> o.name().equals(name)).findFirst().orElse(null);
    }
}
