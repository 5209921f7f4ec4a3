package org.communique.importer.extraction;

import java.util.List;

/**
 * An official named in a statement: the canonical name, the role the text gives at the time, the country
 * (alpha-2 or an organisation code) and the spellings under which the text names them.
 */
public record OfficialMention(String name, String role, String country, List<String> mentions) {

    public OfficialMention {
        mentions = List.copyOf(mentions);
    }
}
