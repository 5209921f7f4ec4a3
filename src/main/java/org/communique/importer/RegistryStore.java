package org.communique.importer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.communique.importer.extraction.OfficialRegistry;
import org.communique.official.NameKey;
import org.communique.official.Office;
import org.communique.official.Official;
import org.communique.official.Officials;
import org.communique.web.Slug;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry of officials as the archive keeps it: offered the file shipped with Communique (each of its
 * spellings once, so a newer release adds what it brings), then the database's, so that admins' aliases and
 * merges count on the next import.
 */
@Component
public class RegistryStore {

    private static final Logger log = LoggerFactory.getLogger(RegistryStore.class);

    private final Officials officials;
    private final Clock clock;
    private final JdbcTemplate jdbc;

    RegistryStore(Officials officials, Clock clock, JdbcTemplate jdbc) {
        this.officials = officials;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /**
     * Offers the bundled registry to the archive: an empty archive receives all of it, an archive seeded by an
     * older Communique receives the officials and spellings its bundle did not have yet. Each bundled spelling
     * is offered once ({@code bundled_spelling} remembers it and who received it), so a spelling an admin
     * removed is never added again, a renamed official is found by the official who received it (its old name
     * stays a spelling), a merged one by the official it was merged into, and an admin's name, country or
     * offices are never overwritten: only a missing country and an empty list of offices are filled in.
     * A bundle already offered costs one query. Several nodes starting together do it once: the first takes the
     * import lock's row, the others wait for its commit and find the bundle offered.
     */
    @Transactional
    public void synchronizeWithBundle() {
        synchronizeWith(OfficialRegistry.bundled().entries());
    }

    /** {@link #synchronizeWithBundle()} with the entries of a bundle (a test gives an older or newer one). */
    @Transactional
    void synchronizeWith(List<OfficialRegistry.Entry> entries) {
        String digest = digest(entries);
        if (offered(digest)) {
            return;
        }
        jdbc.queryForList("SELECT id FROM import_lock WHERE id = 1 FOR UPDATE", Integer.class);
        if (offered(digest)) {
            return;
        }
        Ledger ledger = new Ledger();
        jdbc.query("SELECT entry, spelling, official_id FROM bundled_spelling", rs -> {
            ledger.offered.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2).toLowerCase(Locale.ROOT));
            long id = rs.getLong(3);
            if (!rs.wasNull()) {
                ledger.receiver.putIfAbsent(rs.getString(1), id);
            }
        });
        Archive archive = archive();
        Instant now = clock.instant();
        int created = 0;
        int grown = 0;
        for (OfficialRegistry.Entry entry : entries) {
            Set<String> offered = ledger.offered.getOrDefault(entry.name(), Set.of());
            Map<String, String> fresh = new LinkedHashMap<>();
            for (String spelling : spellings(entry)) {
                String lower = spelling.toLowerCase(Locale.ROOT);
                if (!offered.contains(lower)) {
                    fresh.putIfAbsent(lower, spelling);
                }
            }
            if (fresh.isEmpty()) {
                continue;
            }
            Long receiver;
            if (!offered.isEmpty()) {
                Long earlier = ledger.receiver.get(entry.name());
                receiver = earlier == null ? null : officials.survivorOf(earlier);
            } else {
                receiver = archive.match(entry);
            }
            if (receiver == null && offered.isEmpty() && !archive.ambiguous(entry)) {
                Official official = new Official(entry.name(), archive.uniqueSlug(Slug.of(entry.name())), entry.country(), now);
                fresh.values().forEach(official::addAlias);
                entry.roles().forEach(role -> official.addOffice(role.title(), role.from(), role.to()));
                receiver = officials.save(official).getId();
                created++;
            } else if (receiver != null) {
                Official official = officials.findById(receiver).orElseThrow();
                boolean changed = false;
                for (String spelling : fresh.values()) {
                    changed |= official.addAlias(spelling);
                }
                if (official.getCountry() == null && entry.country() != null) {
                    official.setCountry(entry.country());
                    changed = true;
                }
                if (official.getOffices().isEmpty() && !entry.roles().isEmpty()) {
                    entry.roles().forEach(role -> official.addOffice(role.title(), role.from(), role.to()));
                    changed = true;
                }
                grown += changed ? 1 : 0;
            } else {
                log.warn("The bundled official {} matches several officials of the archive: merge them, then import"
                        + " the registry file to add the bundled spellings", entry.name());
            }
            for (String spelling : fresh.values()) {
                jdbc.update("INSERT INTO bundled_spelling (entry, spelling, official_id, offered_at) VALUES (?, ?, ?, ?)",
                        entry.name(), spelling, receiver, Timestamp.from(now));
            }
        }
        officials.flush();
        jdbc.update("INSERT INTO bundled_registry (digest, entries, applied_at) VALUES (?, ?, ?)", digest, entries.size(),
                Timestamp.from(now));
        log.info("Offered the bundled registry of officials ({} people): {} new, {} with new spellings", entries.size(),
                created, grown);
    }

    private boolean offered(String digest) {
        return !jdbc.queryForList("SELECT digest FROM bundled_registry WHERE digest = ?", String.class, digest).isEmpty();
    }

    /** The bundle's spellings, the name first, each once whatever its case. */
    private static Collection<String> spellings(OfficialRegistry.Entry entry) {
        Map<String, String> spellings = new LinkedHashMap<>();
        spellings.putIfAbsent(entry.name().toLowerCase(Locale.ROOT), entry.name());
        for (String alias : entry.aliases()) {
            if (!alias.isBlank()) {
                spellings.putIfAbsent(alias.strip().toLowerCase(Locale.ROOT), alias.strip());
            }
        }
        return spellings.values();
    }

    private static String digest(List<OfficialRegistry.Entry> entries) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(entries.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What each bundled official was offered before, and who received it. */
    private static final class Ledger {
        final Map<String, Set<String>> offered = new HashMap<>();
        final Map<String, Long> receiver = new HashMap<>();
    }

    /** The archive's officials by the exact key of every spelling (merged ones under their survivor), and its slugs. */
    private Archive archive() {
        Archive archive = new Archive();
        Map<Long, Long> mergedInto = new HashMap<>();
        jdbc.query("SELECT id, slug, merged_into FROM official", rs -> {
            archive.slugs.add(rs.getString(2));
            long target = rs.getLong(3);
            if (!rs.wasNull()) {
                mergedInto.put(rs.getLong(1), target);
            }
        });
        archive.slugs.addAll(jdbc.queryForList("SELECT slug FROM official_slug", String.class));
        jdbc.query("SELECT official_id, exact_key FROM official_alias", rs -> {
            long id = rs.getLong(1);
            for (int hops = 0; mergedInto.containsKey(id) && hops < 100; hops++) {
                id = mergedInto.get(id);
            }
            archive.byKey.computeIfAbsent(rs.getString(2), k -> new HashSet<>()).add(id);
        });
        return archive;
    }

    private static final class Archive {
        final Map<String, Set<Long>> byKey = new HashMap<>();
        final Set<String> slugs = new HashSet<>();

        /** The one official the entry's name stands for, else the one its other spellings stand for; null if none or several. */
        Long match(OfficialRegistry.Entry entry) {
            Set<Long> found = candidates(entry);
            return found.size() == 1 ? found.iterator().next() : null;
        }

        boolean ambiguous(OfficialRegistry.Entry entry) {
            return candidates(entry).size() > 1;
        }

        private Set<Long> candidates(OfficialRegistry.Entry entry) {
            String nameKey = NameKey.exact(entry.name());
            Set<Long> found = new HashSet<>(nameKey.isEmpty() ? Set.of() : byKey.getOrDefault(nameKey, Set.of()));
            if (found.isEmpty()) {
                for (String alias : entry.aliases()) {
                    String key = NameKey.exact(alias);
                    if (!key.isEmpty()) { // a spelling in another script has no key to meet under
                        found.addAll(byKey.getOrDefault(key, Set.of()));
                    }
                }
            }
            return found;
        }

        String uniqueSlug(String base) {
            String slug = base;
            for (int n = 2; !slugs.add(slug); n++) {
                slug = base + "-" + n;
            }
            return slug;
        }
    }

    /** The registry the importer recognises officials with: everyone in the archive, with every spelling. */
    @Transactional(readOnly = true)
    public OfficialRegistry current() {
        List<OfficialRegistry.Entry> entries = new ArrayList<>();
        for (Official official : officials.findAllForRegistry()) {
            List<String> aliases = official.getAliases().stream().map(a -> a.getAlias())
                    .filter(a -> !a.equals(official.getName())).toList();
            List<OfficialRegistry.Role> roles = new ArrayList<>();
            for (Office office : official.getOffices()) {
                roles.add(new OfficialRegistry.Role(office.getTitle(), office.getHeldFrom(), office.getHeldTo()));
            }
            entries.add(new OfficialRegistry.Entry(official.getName(), official.getCountry(), aliases, roles));
        }
        return OfficialRegistry.of(entries);
    }
}
