package org.communique.importer;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.communique.importer.extraction.OfficialRegistry;
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
 * The registry of officials as the archive keeps it: seeded once from the file shipped with Communique,
 * then the database's, so that admins' aliases and merges count on the next import.
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
     * Loads the bundled registry into an empty archive. Several nodes starting together on an empty database
     * seed it once: the first takes the import lock's row, the others wait for its commit and find it seeded.
     */
    @Transactional
    public void seedIfEmpty() {
        if (officials.count() > 0) {
            return;
        }
        jdbc.queryForList("SELECT id FROM import_lock WHERE id = 1 FOR UPDATE", Integer.class);
        if (officials.count() > 0) {
            return;
        }
        List<OfficialRegistry.Entry> entries = OfficialRegistry.bundled().entries();
        Set<String> slugs = new HashSet<>(); // the archive has none yet
        for (OfficialRegistry.Entry entry : entries) {
            String base = Slug.of(entry.name());
            String slug = base;
            for (int n = 2; !slugs.add(slug); n++) {
                slug = base + "-" + n;
            }
            Official official = new Official(entry.name(), slug, entry.country(), clock.instant());
            entry.aliases().forEach(official::addAlias);
            for (OfficialRegistry.Role role : entry.roles()) {
                official.addOffice(role.title(), role.from(), role.to());
            }
            officials.save(official);
        }
        log.info("Seeded the registry of officials with {} people", entries.size());
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
