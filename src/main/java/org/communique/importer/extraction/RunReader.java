package org.communique.importer.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a run of capitalised words as what it says of a person: [country] [qualifier] [modifier] office [of
 * portfolio] [service] [rank] [honorific] name [of country].
 */
final class RunReader {

    /** Words that join a run's capitalised words ("Minister of Foreign Affairs", "Ali al Sistani"). */
    static final Set<String> CONNECTORS = Set.of("of", "the", "for", "to", "and", "al", "bin", "ibn", "bint",
            "de", "da", "van", "von", "der", "del", "la", "le", "du", "di", "on");
    /** Words a run may start with that belong neither to an office nor to a name. */
    static final Set<String> SKIPPED_OPENERS = Set.of("the", "a", "an", "then", "his", "her", "its", "their");
    private static final Set<String> OBJECT_WORDS = Set.of("of", "for", "to", "on");

    private final RoleLexicon roles;
    private final CountryPhrases countries;
    private final NameSpans names;

    RunReader(RoleLexicon roles, CountryPhrases countries, NameSpans names) {
        this.roles = roles;
        this.countries = countries;
        this.names = names;
    }

    /** What a run of capitalised words says: an office, a country, a name, or some of these. */
    record Reading(String role, String rank, String country, List<Tokens.Token> name, int end) {

        boolean hasName() {
            return !name.isEmpty();
        }

        Reading withRole(String newRole, String newCountry) {
            return new Reading(newRole, rank, country != null ? country : newCountry, name, end);
        }

        Reading withCountry(String newCountry) {
            return new Reading(role, rank, country != null ? country : newCountry, name, end);
        }
    }

    /** Runs of capitalised words, joined by "of", "the", "al"... when a capitalised word follows. */
    List<int[]> runs(List<Tokens.Token> tokens) {
        List<int[]> runs = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= tokens.size(); i++) {
            Tokens.Token token = i < tokens.size() ? tokens.get(i) : null;
            boolean nextPerson = token != null && token.bare().equals("and") && roles.honorific(tokens, i + 1) > 0;
            boolean inRun = token != null && (token.capitalized()
                    || (start >= 0 && CONNECTORS.contains(token.bare()) && nextIsCapitalized(tokens, i) && !nextPerson));
            if (inRun && start < 0) {
                start = i;
            } else if (!inRun && start >= 0) {
                runs.add(new int[] {start, i});
                start = -1;
            }
            if (inRun && token.possessive() && i + 1 < tokens.size() && !tokens.get(i + 1).capitalized()) {
                runs.add(new int[] {start, i + 1});
                start = -1;
            }
        }
        return runs;
    }

    private static boolean nextIsCapitalized(List<Tokens.Token> tokens, int i) {
        for (int j = i + 1; j < tokens.size() && j <= i + 2; j++) {
            if (tokens.get(j).capitalized()) {
                return true;
            }
            if (!CONNECTORS.contains(tokens.get(j).bare())) {
                return false;
            }
        }
        return false;
    }

    /**
     * Reads a run as [country] [qualifier] [modifier] office [of portfolio] [service] [rank] [honorific]
     * name [of country]: "U.S. Secretary of Defense Lloyd Austin", "State Department Spokesperson Matthew
     * Miller", "Chairman of the Joint Chiefs of Staff General Charles Q. Brown".
     */
    Reading read(List<Tokens.Token> tokens, int from, int to) {
        int i = from;
        while (i < to && (SKIPPED_OPENERS.contains(tokens.get(i).bare()) && !tokens.get(i).possessive()
                && roles.honorific(tokens, i) == 0 || isLeadingNoise(tokens, i, to))) { // "His Highness" stays
            i++; // "the ...", and "Tuesday the U.S. Ambassador": a day or an opener joined to the run by "the"
        }
        String country = null;
        String role = null;
        String rank = null;
        int qualifier = -1;
        while (i < to) {
            int place = countries.countryAt(tokens, i, to);
            int head = roles.head(tokens, i);
            int rankLength = roles.rank(tokens, i);
            int modifier = roles.modifier(tokens, i);
            if (place > 0 && role == null && country == null && i + place < to && head == 0
                    && !names.isGivenNameAfterHonorific(tokens, i, to)) {
                country = countries.countryCode(tokens, i, to);
                if (countries.isMetonym(tokens, i, i + place) && qualifier < 0) {
                    qualifier = i; // "White House Coordinator ..." keeps the seat of government in the office
                }
                i += place;
            } else if (head > 0 && head >= rankLength) {
                if (qualifier >= 0 && country == null) {
                    country = roles.countryOfBody(Tokens.join(tokens, qualifier, i)); // "State Department Spokesperson"
                }
                int start = modifierStart(tokens, qualifier >= 0 ? qualifier : i, from);
                int end = portfolioEnd(tokens, i + head, to);
                if (end + 1 < to && tokens.get(end).bare().equals("and") && roles.head(tokens, end + 1) > 0) {
                    end = portfolioEnd(tokens, end + 1 + roles.head(tokens, end + 1), to); // a compound office
                }
                if (role == null) {
                    role = Tokens.join(tokens, start, end);
                }
                i = end;
                qualifier = -1;
            } else if (role != null && tokens.get(i).bare().equals("of") && countries.countryAt(tokens, i + 1, to) > 0
                    && i + 1 + countries.countryAt(tokens, i + 1, to) < to
                    && tokens.get(i + 1 + countries.countryAt(tokens, i + 1, to)).capitalized()) {
                // "Chairperson of the African Union Commission Moussa Faki", "President of France Emmanuel Macron"
                int body = countries.countryAt(tokens, i + 1, to);
                String code = countries.countryCode(tokens, i + 1, to);
                // an organisation's office keeps its name. The test is the code's length, not its kind (Gazetteer.kindOf):
                // the EU's, the UN's and the G7's offices are read as the bare title with the body as country
                // ("President", EU), as they always were
                if (code != null && code.length() > 2) {
                    role = role + " " + Tokens.join(tokens, i, i + 1 + body);
                }
                if (country == null) {
                    country = code;
                }
                i += 1 + body;
            } else if (rankLength > 0) {
                if (rank == null) {
                    rank = Tokens.join(tokens, i, i + rankLength);
                }
                i += rankLength;
            } else if (modifier > 0 && i + modifier < to && (roles.head(tokens, i + modifier) > 0
                    || roles.modifier(tokens, i + modifier) > 0 || roles.rank(tokens, i + modifier) > 0)) {
                i += modifier;
            } else if (roles.service(tokens, i) > 0) {
                i += roles.service(tokens, i);
            } else if (roles.honorific(tokens, i) > 0) {
                i += roles.honorific(tokens, i);
                if (names.isGivenNameAfterHonorific(tokens, i, to)) {
                    break; // "Mr. German Gref": the name starts here
                }
            } else if (role == null && qualifier < 0 && isQualifier(tokens, i, to)) {
                qualifier = i++;
            } else if (qualifier >= 0 && role == null && tokens.get(i).capitalized()) {
                i++;
            } else {
                break;
            }
        }
        List<Tokens.Token> written = names.leadingName(tokens, i, to);
        List<Tokens.Token> name = names.registeredLineage(written);
        int after = i + written.size();
        int end = after;
        if (name.size() > 0 && after + 1 < to && tokens.get(after).bare().equals("of")
                && countries.countryAt(tokens, after + 1, to) > 0) {
            if (country == null) {
                country = countries.countryCode(tokens, after + 1, to); // "Prime Minister Mohammed Shia' al-Sudani of Iraq"
            }
            end = after + 1 + countries.countryAt(tokens, after + 1, to);
        }
        if (role != null) {
            String[] stripped = countries.countrySuffix(role);
            role = stripped[0];
            if (country == null) {
                country = stripped[1];
            }
        }
        return new Reading(role, rank, country, name, end);
    }

    boolean isLeadingNoise(List<Tokens.Token> tokens, int at, int to) {
        Tokens.Token token = tokens.get(at);
        if (at + 1 >= to || roles.head(tokens, at) > 0 || roles.rank(tokens, at) > 0 || countries.countryAt(tokens, at, to) > 0
                || roles.service(tokens, at) > 0) {
            return false;
        }
        if ((roles.isNotName(token) || roles.isOpener(token)) && CONNECTORS.contains(tokens.get(at + 1).bare())) {
            return true;
        }
        // "As Vice President Biden said": a sentence's opening word before an office or a title
        int next = at + 1;
        if (roles.isOpener(token) && (roles.head(tokens, next) > 0 || roles.rank(tokens, next) > 0
                || roles.modifier(tokens, next) > 0 || roles.honorific(tokens, next) > 0)) {
            return true;
        }
        // "received on Saturday Iraq's Minister of Foreign Affairs": a word no name holds, before a country's office
        int place = roles.isNotName(token) ? countries.countryAt(tokens, next, to) : 0;
        return place > 0 && next + place < to && (roles.head(tokens, next + place) > 0 || roles.modifier(tokens, next + place) > 0);
    }

    /** A capitalised word or two before an office that name the body it belongs to: "State Department". */
    boolean isQualifier(List<Tokens.Token> tokens, int at, int to) {
        Tokens.Token token = tokens.get(at);
        if (!token.capitalized() || roles.isOpener(token) || CONNECTORS.contains(token.bare())) {
            return false;
        }
        for (int j = at + 1; j < Math.min(to, at + 4); j++) {
            if (roles.head(tokens, j) > 0) {
                return true;
            }
            if (!tokens.get(j).capitalized() || CONNECTORS.contains(tokens.get(j).bare())) {
                return false;
            }
        }
        return false;
    }

    int modifierStart(List<Tokens.Token> tokens, int at, int runStart) {
        int start = at;
        while (start - 1 >= runStart && roles.modifier(tokens, start - 1) == 1) {
            start--;
        }
        return start;
    }

    /**
     * Where an office's object ends: "of Foreign Affairs", "for Near Eastern Affairs", "to Iraq". A
     * portfolio the lexicon does not know runs over the capitalised words up to the name that follows it.
     */
    private int portfolioEnd(List<Tokens.Token> tokens, int at, int to) {
        int end = at;
        while (end + 1 < to && OBJECT_WORDS.contains(tokens.get(end).bare()) && !tokens.get(end).capitalized()) {
            int portfolio = roles.portfolio(tokens, end + 1);
            if (portfolio > 0) {
                end = end + 1 + portfolio;
                if (end + 1 < to && tokens.get(end).bare().equals("and") && tokens.get(end + 1).capitalized()) {
                    end = names.nameStartIn(tokens, end + 1, to, 1); // "for the Middle East" + "and North Africa"
                } else if (end < to && tokens.get(end).capitalized()) {
                    end = names.nameStartIn(tokens, end, to, 0); // "for Energy" + "Resources Geoffrey Pyatt"
                }
                continue;
            }
            int place = countries.countryAt(tokens, end + 1, to);
            boolean body = place > 0 && end + 1 + place < to && tokens.get(end + 1 + place).capitalized()
                    && roles.isInstitution(tokens.get(end + 1 + place)); // "of the African Union Commission"
            if (place > 0 && !body) {
                if (tokens.get(end).bare().equals("to") || end + 1 + place < to
                        && OBJECT_WORDS.contains(tokens.get(end + 1 + place).bare())) {
                    end = end + 1 + place;
                    continue;
                }
                break; // "of Iraq" at the end: the country, read by the caller
            }
            int objectStart = tokens.get(end + 1).bare().equals("the") ? end + 2 : end + 1;
            int nameStart = objectStart < to ? names.nameStartIn(tokens, objectStart, to, 1) : objectStart;
            if (nameStart <= objectStart) {
                break;
            }
            end = nameStart;
            if (nameStart < to && tokens.get(nameStart).capitalized()) {
                break; // the name follows
            }
        }
        return end;
    }
}
