package org.communique.admin;

import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.communique.cluster.ArchiveVersion;
import org.communique.importer.RegistryStore;
import org.communique.importer.extraction.OfficialRegistry;
import org.communique.official.NameKey;
import org.communique.official.Office;
import org.communique.official.Official;
import org.communique.official.OfficialSlug;
import org.communique.official.OfficialSlugs;
import org.communique.official.Officials;
import org.communique.web.NotFoundException;
import org.communique.web.PartyNames;
import org.communique.web.Slug;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * The admin's changes to the registry of officials, each in one transaction: merging two officials (the
 * other's names become spellings of the one kept, its statements and quotations move over, its URL
 * redirects), renaming (the old URL redirects), adding spellings, setting the country; and the registry
 * as a file, exported and imported in the format of the bundled {@code officials.json}.
 */
@Component
class Registry {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Officials officials;
    private final OfficialSlugs oldSlugs;
    private final RegistryStore store;
    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;
    private final Clock clock;
    private final ArchiveVersion version;

    Registry(Officials officials, OfficialSlugs oldSlugs, RegistryStore store, JdbcTemplate jdbc,
             EntityManager entityManager, Clock clock, ArchiveVersion version) {
        this.version = version;
        this.officials = officials;
        this.oldSlugs = oldSlugs;
        this.store = store;
        this.jdbc = jdbc;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** What importing a registry file did. */
    record ImportSummary(int created, int updated, List<String> problems) {
    }

    /** Merges {@code otherId} into {@code keptId}; returns the names of both, kept first. */
    @Transactional
    String[] merge(long keptId, long otherId) {
        if (keptId == otherId) {
            throw new IllegalArgumentException("An official cannot be merged into themselves.");
        }
        Official kept = active(keptId);
        Official other = active(otherId);
        other.mergeInto(kept);
        if (kept.getCountry() == null) {
            kept.setCountry(other.getCountry());
        }
        Set<String> titles = new LinkedHashSet<>();
        kept.getOffices().forEach(o -> titles.add(o.getTitle().toLowerCase(Locale.ROOT)));
        for (Office office : other.getOffices()) {
            if (titles.add(office.getTitle().toLowerCase(Locale.ROOT))) {
                kept.addOffice(office.getTitle(), office.getHeldFrom(), office.getHeldTo());
            }
        }
        entityManager.flush();
        // a statement that names both keeps one appearance, the kept official's
        jdbc.update("DELETE FROM appearance WHERE official_id = ? AND statement_id IN"
                + " (SELECT statement_id FROM appearance WHERE official_id = ?)", otherId, keptId);
        jdbc.update("UPDATE appearance SET official_id = ? WHERE official_id = ?", keptId, otherId);
        jdbc.update("UPDATE quotation SET official_id = ? WHERE official_id = ?", keptId, otherId);
        jdbc.update("UPDATE official_slug SET official_id = ? WHERE official_id = ?", keptId, otherId);
        version.changed(); // the appearances moved by SQL: every node's figures are read again after the commit
        entityManager.clear();
        return new String[] {kept.getName(), other.getName()};
    }

    /** A new canonical name; the old one stays a spelling and the old URL redirects. Returns the old name. */
    @Transactional
    String rename(long id, String newName) {
        Official official = active(id);
        String name = newName == null ? "" : newName.strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new IllegalArgumentException("Name: give the new name (at most 200 characters).");
        }
        String before = official.getName();
        String oldSlug = official.getSlug();
        String slug = Slug.of(name);
        if (!slug.equals(oldSlug)) {
            oldSlugs.findById(slug).filter(s -> s.getOfficialId().equals(id)).ifPresent(oldSlugs::delete);
            slug = uniqueSlug(slug);
            oldSlugs.flush();
        }
        official.rename(name, slug);
        if (!slug.equals(oldSlug)) {
            oldSlugs.save(new OfficialSlug(oldSlug, id));
        }
        return before;
    }

    @Transactional
    boolean addAlias(long id, String alias) {
        if (alias == null || alias.isBlank() || alias.strip().length() > 200) {
            throw new IllegalArgumentException("Spelling: give a spelling of the name (at most 200 characters).");
        }
        return active(id).addAlias(alias.strip());
    }

    @Transactional
    void setCountry(long id, String code) {
        String country = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!country.isEmpty() && !PartyNames.isKnown(country)) {
            throw new IllegalArgumentException("Country: '" + country + "' is not a country code the archive knows.");
        }
        active(id).setCountry(country);
    }

    /** The registry as a file the archive can import again: every active official with spellings and offices. */
    @Transactional(readOnly = true)
    byte[] export() {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(Map.of("officials", store.current().entries()));
    }

    /** Adds the officials of a registry file: a known person gains spellings (and country, offices); others are new. */
    @Transactional
    ImportSummary importFile(InputStream json) {
        OfficialRegistry file;
        try {
            file = OfficialRegistry.read(json);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("The file is not a registry of officials in the archive's format: "
                    + e.getMessage(), e);
        }
        int created = 0;
        int updated = 0;
        List<String> problems = new ArrayList<>();
        for (OfficialRegistry.Entry entry : file.entries()) {
            Set<Official> found = new LinkedHashSet<>(officials.findByExactKey(NameKey.exact(entry.name())));
            if (found.isEmpty()) {
                for (String alias : entry.aliases()) {
                    found.addAll(officials.findByExactKey(NameKey.exact(alias)));
                }
            }
            if (found.size() > 1) {
                problems.add(entry.name() + ": matches " + found.size() + " officials; merge them first");
                continue;
            }
            Official official;
            if (found.isEmpty()) {
                official = officials.save(new Official(entry.name(), uniqueSlug(Slug.of(entry.name())), entry.country(),
                        clock.instant()));
                created++;
            } else {
                official = found.iterator().next();
                official.addAlias(entry.name());
                updated++;
            }
            entry.aliases().forEach(official::addAlias);
            if (entry.country() != null) {
                official.setCountry(entry.country());
            }
            if (official.getOffices().isEmpty()) {
                entry.roles().forEach(r -> official.addOffice(r.title(), r.from(), r.to()));
            }
            officials.flush();
        }
        return new ImportSummary(created, updated, problems);
    }

    Official active(long id) {
        Official official = officials.findById(id)
                .orElseThrow(() -> new NotFoundException("There is no official " + id + " in the registry."));
        if (official.isMerged()) {
            throw new IllegalArgumentException(official.getName() + " was merged into another official already.");
        }
        return official;
    }

    private String uniqueSlug(String base) {
        String slug = base;
        for (int n = 2; officials.existsBySlug(slug) || oldSlugs.existsById(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
