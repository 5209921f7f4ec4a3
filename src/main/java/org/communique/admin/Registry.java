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

    /** What a merge would do, for the admin to confirm: both officials and how much moves. */
    record MergePlan(long keptId, String keptName, long otherId, String otherName, List<String> otherSpellings,
                     int statements, int quotations) {
    }

    /** Checks that {@code otherId} can be merged into {@code keptId} and says what would move. */
    @Transactional(readOnly = true)
    MergePlan planMerge(long keptId, long otherId) {
        if (keptId == otherId) {
            throw new IllegalArgumentException("Merge: an official cannot be merged into themselves.");
        }
        Official kept = active(keptId);
        Official other = active(otherId);
        Integer statements = jdbc.queryForObject("SELECT COUNT(DISTINCT statement_id) FROM appearance WHERE official_id = ?",
                Integer.class, otherId);
        Integer quotations = jdbc.queryForObject("SELECT COUNT(*) FROM quotation WHERE official_id = ?", Integer.class, otherId);
        return new MergePlan(keptId, kept.getName(), otherId, other.getName(),
                other.getAliases().stream().map(a -> a.getAlias()).sorted().toList(),
                statements == null ? 0 : statements, quotations == null ? 0 : quotations);
    }

    /** What a merge moved, kept so that it can be undone. */
    record Moved(List<String> spellings, List<String> offices, boolean country, List<Long> appearances,
                 List<Dropped> dropped, List<Long> quotations, List<String> slugs) {
    }

    /** An appearance of the merged official the merge deleted (the statement named both): restored on undo. */
    record Dropped(long statementId, int position, String role, String country, String mentions, String dateStart) {
    }

    /** A merge as the official's page lists it, with whether it can still be undone. */
    record MergeRow(long id, long otherId, String otherName, java.time.Instant at, String by, boolean undone) {
    }

    /**
     * Merges {@code otherId} into {@code keptId} and records what moved (see {@link #split}); returns the
     * names of both, kept first.
     */
    @Transactional
    String[] merge(long keptId, long otherId, String by) {
        if (keptId == otherId) {
            throw new IllegalArgumentException("Merge: an official cannot be merged into themselves.");
        }
        Official kept = active(keptId);
        Official other = active(otherId);
        Set<String> spellingsBefore = new LinkedHashSet<>();
        kept.getAliases().forEach(a -> spellingsBefore.add(a.getAlias()));
        other.mergeInto(kept);
        List<String> spellings = kept.getAliases().stream().map(a -> a.getAlias())
                .filter(a -> !spellingsBefore.contains(a)).toList();
        boolean country = false;
        if (kept.getCountry() == null && other.getCountry() != null) {
            kept.setCountry(other.getCountry());
            country = true;
        }
        Set<String> titles = new LinkedHashSet<>();
        kept.getOffices().forEach(o -> titles.add(o.getTitle().toLowerCase(Locale.ROOT)));
        List<String> offices = new ArrayList<>();
        for (Office office : other.getOffices()) {
            if (titles.add(office.getTitle().toLowerCase(Locale.ROOT))) {
                kept.addOffice(office.getTitle(), office.getHeldFrom(), office.getHeldTo());
                offices.add(office.getTitle());
            }
        }
        entityManager.flush();
        // a statement that names both keeps one appearance, the kept official's
        List<Dropped> dropped = jdbc.query("SELECT statement_id, position, role, country, mentions, date_start FROM appearance"
                + " WHERE official_id = ? AND statement_id IN (SELECT statement_id FROM appearance WHERE official_id = ?)",
                (rs, n) -> new Dropped(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate().toString()), otherId, keptId);
        jdbc.update("DELETE FROM appearance WHERE official_id = ? AND statement_id IN"
                + " (SELECT statement_id FROM appearance WHERE official_id = ?)", otherId, keptId);
        List<Long> appearances = jdbc.queryForList("SELECT statement_id FROM appearance WHERE official_id = ?", Long.class, otherId);
        List<Long> quotations = jdbc.queryForList("SELECT id FROM quotation WHERE official_id = ?", Long.class, otherId);
        List<String> slugs = jdbc.queryForList("SELECT slug FROM official_slug WHERE official_id = ?", String.class, otherId);
        jdbc.update("UPDATE appearance SET official_id = ? WHERE official_id = ?", keptId, otherId);
        jdbc.update("UPDATE quotation SET official_id = ? WHERE official_id = ?", keptId, otherId);
        jdbc.update("UPDATE official_slug SET official_id = ? WHERE official_id = ?", keptId, otherId);
        Moved moved = new Moved(spellings, offices, country, appearances, dropped, quotations, slugs);
        jdbc.update("INSERT INTO official_merge (kept_id, merged_id, merged_at, merged_by, moved) VALUES (?, ?, ?, ?, ?)",
                keptId, otherId, java.sql.Timestamp.from(clock.instant()), by, JSON.writeValueAsString(moved));
        version.changed(); // the appearances moved by SQL: every node's figures are read again after the commit
        entityManager.clear();
        return new String[] {kept.getName(), other.getName()};
    }

    /** The merges into this official, newest first. */
    @Transactional(readOnly = true)
    List<MergeRow> mergesInto(long keptId) {
        return jdbc.query("SELECT m.id, m.merged_id, o.name, m.merged_at, m.merged_by, m.undone_at FROM official_merge m"
                + " JOIN official o ON o.id = m.merged_id WHERE m.kept_id = ? ORDER BY m.id DESC", (rs, n) -> new MergeRow(
                rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getTimestamp(4).toInstant(), rs.getString(5),
                rs.getTimestamp(6) != null), keptId);
    }

    /**
     * Undoes a merge: the merged official stands on their own again with their spellings, offices and old
     * addresses, and the appearances and quotations the merge moved go back to them (the appearances it
     * dropped are restored). What the kept official gained only through the merge is taken away again.
     * Returns the names of both, kept first.
     */
    @Transactional
    String[] split(long keptId, long mergeId, String by) {
        Map<String, Object> row = jdbc.queryForList("SELECT kept_id, merged_id, moved, undone_at FROM official_merge WHERE id = ?",
                mergeId).stream().findFirst().orElseThrow(() -> new NotFoundException("There is no merge " + mergeId + "."));
        long kept = ((Number) row.get("kept_id")).longValue();
        long other = ((Number) row.get("merged_id")).longValue();
        if (kept != keptId) {
            throw new NotFoundException("There is no merge " + mergeId + " into official " + keptId + ".");
        }
        if (row.get("undone_at") != null) {
            throw new IllegalArgumentException("Undo: this merge was undone already.");
        }
        Official keptOfficial = active(kept);
        Official merged = officials.findById(other).orElseThrow();
        if (!Long.valueOf(kept).equals(merged.getMergedInto())) {
            throw new IllegalArgumentException("Undo: " + merged.getName() + " is no longer merged into " + keptOfficial.getName()
                    + " (a later change of the registry); undo that first.");
        }
        Moved moved = JSON.readValue((String) row.get("moved"), Moved.class);
        merged.unmerge();
        moved.spellings().forEach(keptOfficial::removeAlias);
        if (!moved.offices().isEmpty()) {
            Set<String> gained = new java.util.HashSet<>(moved.offices());
            keptOfficial.replaceOffices(keptOfficial.getOffices().stream().filter(o -> !gained.contains(o.getTitle())).toList());
        }
        if (moved.country() && java.util.Objects.equals(keptOfficial.getCountry(), merged.getCountry())) {
            keptOfficial.setCountry(null);
        }
        entityManager.flush();
        for (List<Long> ids : chunks(moved.appearances())) {
            jdbc.update("UPDATE appearance SET official_id = ? WHERE official_id = ? AND statement_id IN (" + marks(ids) + ")",
                    args(other, kept, ids));
        }
        for (Dropped d : moved.dropped()) {
            Integer there = jdbc.queryForObject("SELECT COUNT(*) FROM statement WHERE id = ?", Integer.class, d.statementId());
            if (there != null && there > 0) {
                jdbc.update("INSERT INTO appearance (statement_id, official_id, position, role, country, mentions, date_start)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)", d.statementId(), other, d.position(), d.role(), d.country(),
                        d.mentions(), d.dateStart() == null ? null : java.sql.Date.valueOf(d.dateStart()));
            }
        }
        for (List<Long> ids : chunks(moved.quotations())) {
            jdbc.update("UPDATE quotation SET official_id = ? WHERE official_id = ? AND id IN (" + marks(ids) + ")",
                    args(other, kept, ids));
        }
        List<Long> later = namedWhileMerged(keptOfficial, merged, moved);
        for (List<Long> ids : chunks(later)) {
            jdbc.update("UPDATE appearance SET official_id = ? WHERE official_id = ? AND statement_id IN (" + marks(ids) + ")",
                    args(other, kept, ids));
            jdbc.update("UPDATE quotation SET official_id = ? WHERE official_id = ? AND statement_id IN (" + marks(ids) + ")",
                    args(other, kept, ids));
        }
        for (String slug : moved.slugs()) {
            jdbc.update("UPDATE official_slug SET official_id = ? WHERE slug = ? AND official_id = ?", other, slug, kept);
        }
        jdbc.update("UPDATE official_merge SET undone_at = ?, undone_by = ? WHERE id = ?",
                java.sql.Timestamp.from(clock.instant()), by, mergeId);
        version.changed();
        String[] names = {keptOfficial.getName(), merged.getName()};
        entityManager.clear();
        return names;
    }

    /**
     * Statements imported or revised while the merge stood that named the merged official: the importer gave
     * their appearance to the kept official. Each such appearance whose every mention is a spelling of the
     * merged official, and none of the kept official's own, goes back with the merge's undoing (with the
     * quotations the kept official has there); one that also names the kept official stays.
     */
    private List<Long> namedWhileMerged(Official kept, Official merged, Moved moved) {
        Set<Long> known = new java.util.HashSet<>(moved.appearances());
        moved.dropped().forEach(d -> known.add(d.statementId()));
        Set<String> keptNames = nameKeys(kept);
        Set<String> mergedNames = nameKeys(merged);
        List<Long> later = new ArrayList<>();
        jdbc.query("SELECT statement_id, mentions FROM appearance WHERE official_id = ?", rs -> {
            long statement = rs.getLong(1);
            String mentions = rs.getString(2);
            if (known.contains(statement) || mentions == null || mentions.isBlank()) {
                return;
            }
            boolean theMerged = true;
            for (String mention : mentions.split("\n")) {
                Set<String> keys = mentionKeys(mention);
                theMerged &= keys.stream().anyMatch(mergedNames::contains) && keys.stream().noneMatch(keptNames::contains);
            }
            if (theMerged) {
                later.add(statement);
            }
        }, kept.getId());
        return later;
    }

    /** The keys under which the importer finds an official: each spelling whole, by first and last name, and its surname. */
    private static Set<String> nameKeys(Official official) {
        Set<String> keys = new java.util.HashSet<>();
        List<String> spellings = new ArrayList<>(List.of(official.getName()));
        official.getAliases().forEach(a -> spellings.add(a.getAlias()));
        for (String spelling : spellings) {
            keys.add(NameKey.exact(spelling));
            keys.add(NameKey.firstLast(spelling));
            keys.add(NameKey.surname(spelling));
        }
        keys.remove("");
        return keys;
    }

    /** A mention's keys: a surname alone is matched as a surname, a fuller name by all its tokens or first and last. */
    private static Set<String> mentionKeys(String mention) {
        Set<String> keys = new java.util.HashSet<>(List.of(NameKey.exact(mention), NameKey.firstLast(mention)));
        keys.remove("");
        return keys;
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += 500) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + 500)));
        }
        return chunks;
    }

    private static String marks(List<Long> ids) {
        return String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
    }

    private static Object[] args(long first, long second, List<Long> ids) {
        List<Object> args = new ArrayList<>();
        args.add(first);
        args.add(second);
        args.addAll(ids);
        return args.toArray();
    }

    /** Removes a spelling of an official (not the canonical name); returns the official's name. */
    @Transactional
    String removeAlias(long id, String alias) {
        Official official = active(id);
        if (alias == null || alias.isBlank()) {
            throw new IllegalArgumentException("Spelling: say which spelling to remove.");
        }
        if (alias.equals(official.getName())) {
            throw new IllegalArgumentException("Spelling: '" + alias + "' is the official's name; rename them first to remove it.");
        }
        if (!official.removeAlias(alias)) {
            throw new IllegalArgumentException("Spelling: '" + alias + "' is not a spelling of " + official.getName() + ".");
        }
        return official.getName();
    }

    /** Refuses a name or spelling that is already another active official's, naming them. */
    private void belongsToNoOther(long id, String name, String what) {
        String key = NameKey.exact(name);
        if (key.isEmpty()) {
            return;
        }
        for (Official holder : officials.findByExactKey(key)) {
            if (!holder.getId().equals(id)) {
                throw new IllegalArgumentException(what + ": '" + name + "' is already " + (holder.getName().equals(name)
                        ? "the name" : "a spelling") + " of " + holder.getName() + " (official " + holder.getId()
                        + "); a name belongs to one official: merge the two if they are one person.");
            }
        }
    }

    /** A new canonical name; the old one stays a spelling and the old URL redirects. Returns the old name. */
    @Transactional
    String rename(long id, String newName) {
        Official official = active(id);
        String name = newName == null ? "" : newName.strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new IllegalArgumentException("Name: give the new name (at most 200 characters).");
        }
        belongsToNoOther(id, name, "Name");
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
        Official official = active(id);
        belongsToNoOther(id, alias.strip(), "Spelling");
        return official.addAlias(alias.strip());
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
