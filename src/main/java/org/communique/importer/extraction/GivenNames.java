package org.communique.importer.extraction;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The given names of {@code extraction/given-names.txt}: where a person's name starts after an office. */
final class GivenNames {

    private final Set<String> names;

    private GivenNames(Set<String> names) {
        this.names = names;
    }

    static GivenNames load() {
        return new GivenNames(Lexicon.lines("given-names.txt").stream()
                .map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toSet()));
    }

    boolean contains(Tokens.Token token) {
        return names.contains(token.bare());
    }
}
