package org.communique.importer;

import java.time.Clock;
import java.util.List;

import org.communique.importer.extraction.OfficialMention;
import org.communique.official.NameKey;
import org.communique.official.Official;
import org.communique.official.Officials;
import org.springframework.stereotype.Component;

/**
 * Finds the archive's official for each one a statement names, by canonical name or any spelling, and
 * adds the statement's spellings to them; someone the archive does not know yet becomes a new official.
 */
@Component
class OfficialResolver {

    private final Officials officials;
    private final RegistryStore registry;
    private final Clock clock;

    OfficialResolver(Officials officials, RegistryStore registry, Clock clock) {
        this.officials = officials;
        this.registry = registry;
        this.clock = clock;
    }

    /** The official a mention stands for, created if need be. Runs inside the file's transaction. */
    Official resolve(OfficialMention mention) {
        List<Official> found = officials.findByExactKey(NameKey.exact(mention.name()));
        Official official = found.size() == 1 ? found.get(0) : null;
        if (official == null) {
            official = officials.save(new Official(mention.name(), registry.uniqueSlug(mention.name()),
                    mention.country(), clock.instant()));
        }
        for (String spelling : mention.mentions()) {
            if (NameKey.tokens(spelling).size() > 1) {
                official.addAlias(spelling); // a full name as written; bare surnames would collide
            }
        }
        if (official.getCountry() == null && mention.country() != null) {
            official.setCountry(mention.country());
        }
        return official;
    }

    /** The official a quotation's speaker (a canonical name) is, if the archive has them. */
    Official speaker(String name, List<Official> named) {
        return named.stream().filter(o -> o.getName().equals(name)).findFirst().orElse(null);
    }
}
