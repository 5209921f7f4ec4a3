package org.communique.importer.extraction;

import java.util.List;
import java.util.Optional;

/**
 * The country or organisation that words around a name or an office's own words name: how many tokens name one
 * ("the United States", "Iraq's"), its code, whether it is a seat of government ("the White House"), and the
 * country an office names ("Minister of Foreign Affairs of the Republic of Iraq").
 */
final class CountryPhrases {

    private final Gazetteer gazetteer;
    private final RoleLexicon roles;

    CountryPhrases(Gazetteer gazetteer, RoleLexicon roles) {
        this.gazetteer = gazetteer;
        this.roles = roles;
    }

    /** "Council President Maren Holvik (Norway)": a country in brackets right after a name. */
    String bracketedCountry(List<Tokens.Token> tokens, int at) {
        if (at + 2 >= tokens.size() || !tokens.get(at).text().equals("(")) {
            return null;
        }
        int place = countryAt(tokens, at + 1, tokens.size());
        boolean closed = place > 0 && at + 1 + place < tokens.size() && tokens.get(at + 1 + place).text().equals(")");
        return closed ? countryCode(tokens, at + 1, tokens.size()) : null;
    }

    /** "the Iraqi side by ...", "the U.S. delegation was led by ...": the country a delegation leader is from. */
    String delegationCountry(List<Tokens.Token> tokens, int runStart) {
        int by = runStart - 1;
        if (by < 2 || !tokens.get(by).bare().equals("by")) {
            return null;
        }
        for (int j = by - 1; j >= Math.max(0, by - 5); j--) {
            String word = tokens.get(j).bare();
            if (word.equals("side") || word.equals("delegation") || word.equals("team")) {
                for (int k = j - 1; k >= Math.max(0, j - 3); k--) {
                    Optional<String> code = gazetteer.codeOf(tokens.get(k).text());
                    if (code.isPresent()) {
                        return code.get();
                    }
                }
                return null;
            }
        }
        return null;
    }

    /** "Minister of Foreign Affairs of the Republic of Iraq" → the office, and the country it names. */
    String[] countrySuffix(String role) {
        String[] stripped = countryNamed(role);
        return new String[] {roles.withoutSelfReference(stripped[0]), stripped[1]};
    }

    private String[] countryNamed(String role) {
        List<Tokens.Token> tokens = Tokens.of(role);
        int posting = postingAt(tokens);
        if (posting > 0) {
            // "Ambassador of the Russian Federation to the Republic of Iraq": the country after "of" sends the
            // ambassador, the one after "to" is where the post is
            for (int i = 1; i < posting; i++) {
                if (tokens.get(i).bare().equals("of") && i + 1 + countryAt(tokens, i + 1, posting) == posting) {
                    String code = countryCode(tokens, i + 1, posting);
                    if (code != null && Gazetteer.isOrganisation(code)) {
                        return new String[] {role, code}; // "Ambassador of the European Union to Iraq" keeps its name
                    }
                    if (code != null) {
                        return new String[] {(role.substring(0, tokens.get(i).start()).strip() + " "
                                + role.substring(tokens.get(posting).start())).strip(), code};
                    }
                }
            }
            return new String[] {role, null};
        }
        for (int i = 1; i + 1 < tokens.size(); i++) {
            if (!tokens.get(i).bare().equals("of")) {
                continue;
            }
            int place = countryAt(tokens, i + 1, tokens.size() + 1);
            if (place > 0 && i + 1 + place == tokens.size() && (roles.isInstitution(tokens.get(i - 1))
                    || roles.isInstitution(tokens.get(tokens.size() - 1)))) {
                // "Governor of the Central Bank of Iraq", "President of the Economic and Social Council": the
                // office's name keeps the body it is named after
                String code = countryCode(tokens, i + 1, tokens.size());
                return new String[] {role, code}; // "Governor of the Central Bank of Iraq": the name keeps the country
            }
            if (place > 0 && i + 1 + place == tokens.size()) {
                int skip = tokens.get(i + 1).bare().equals("the") ? 1 : 0;
                String code = gazetteer.codeOf(Tokens.join(tokens, i + 1 + skip, tokens.size())).orElse(null);
                if (code != null) {
                    return new String[] {role.substring(0, tokens.get(i).start()).strip(), code};
                }
            }
        }
        return new String[] {role, null};
    }

    /** Where "to" and a country end an office ("... to the Republic of Iraq"): the index of "to", or -1. */
    private int postingAt(List<Tokens.Token> tokens) {
        for (int t = 1; t + 1 < tokens.size(); t++) {
            if (tokens.get(t).bare().equals("to") && t + 1 + countryAt(tokens, t + 1, tokens.size()) == tokens.size()) {
                return t;
            }
        }
        return -1;
    }

    /** How many tokens from {@code at} name a country or organisation ("Iraq's", "the United States"), or 0. */
    int countryAt(List<Tokens.Token> tokens, int at, int to) {
        int skip = at < tokens.size() && tokens.get(at).bare().equals("the") ? 1 : 0;
        if (at + skip < tokens.size() && !gazetteer.mayStartName(tokens.get(at + skip))) {
            return 0; // no name starts with the first word: nothing to join and look up
        }
        for (int length = Math.min(6, to - at - skip); length >= 1; length--) {
            if (at + skip + length > tokens.size()) {
                continue;
            }
            if (gazetteer.codeOf(Tokens.join(tokens, at + skip, at + skip + length)).isPresent()) {
                return skip + length;
            }
        }
        return 0;
    }

    /** Whether the place named between two tokens is a seat of government ("the White House"), not a country. */
    boolean isMetonym(List<Tokens.Token> tokens, int from, int to) {
        int skip = tokens.get(from).bare().equals("the") ? 1 : 0;
        List<Gazetteer.Place> places = gazetteer.find(Tokens.join(tokens, from + skip, to));
        return places.size() == 1 && places.get(0).form() == Gazetteer.Form.METONYM;
    }

    /** The code of the country or organisation named from {@code at}, if one is. */
    String countryCode(List<Tokens.Token> tokens, int at, int to) {
        int place = countryAt(tokens, at, to);
        if (place == 0) {
            return null;
        }
        int skip = tokens.get(at).bare().equals("the") ? 1 : 0;
        return gazetteer.codeOf(Tokens.join(tokens, at + skip, at + place)).orElse(null);
    }
}
