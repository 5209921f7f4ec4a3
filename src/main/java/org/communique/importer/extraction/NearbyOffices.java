package org.communique.importer.extraction;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An office the text writes outside a name's own run: in apposition before it ("the Iraqi Foreign Minister, Fuad
 * Hussein,"), in lower case just before it ("former president Donald Trump"), or after it and a comma ("Dana
 * Stroul, deputy assistant secretary of defense").
 */
final class NearbyOffices {

    /** A word that names the office of the one met, who holds it for another country. */
    static final Set<String> COUNTERPARTS = Set.of("counterpart", "counterparts", "homologue", "homologues");
    private static final Set<String> CLAUSE_STOPS = Set.of("who", "whom", "whose", "which", "that", "said", "says",
            "told", "during", "at", "in", "on", "when", "while", "has", "have", "had", "was", "is", "will", "would",
            "also", "met", "received", "welcomed", "and", "as", "with", "after", "before", "from", "by");

    private final OfficialRegistry registry;
    private final Gazetteer gazetteer;
    private final RoleLexicon roles;
    private final GivenNames givenNames;
    private final CountryPhrases countries;
    private final RunReader reader;

    NearbyOffices(OfficialRegistry registry, Gazetteer gazetteer, RoleLexicon roles, GivenNames givenNames,
            CountryPhrases countries, RunReader reader) {
        this.registry = registry;
        this.gazetteer = gazetteer;
        this.roles = roles;
        this.givenNames = givenNames;
        this.countries = countries;
        this.reader = reader;
    }

    /**
     * "the Iraqi Foreign Minister, Fuad Hussein," or "the Director of the Americas Department at the
     * Ministry, Ambassador Dr. Laith al-Hadithi": an office, then a comma and a name that has no office of
     * its own but a title.
     */
    Optional<RunReader.Reading> appositionAfter(List<Tokens.Token> tokens, List<int[]> runs, int r, RunReader.Reading office) {
        if (office.role() == null || r + 1 >= runs.size()) {
            return Optional.empty();
        }
        int comma = runs.get(r)[1];
        int limit = Math.min(tokens.size(), comma + 6);
        while (comma < limit && !tokens.get(comma).text().equals(",")) {
            Tokens.Token between = tokens.get(comma);
            boolean placePhrase = between.capitalized() || Set.of("at", "in", "of", "the").contains(between.bare());
            if (!placePhrase) {
                return Optional.empty(); // only "at the Ministry" may stand between an office and its comma
            }
            comma++;
        }
        if (comma >= limit) {
            return Optional.empty();
        }
        int following = r + 1;
        while (following < runs.size() && runs.get(following)[0] <= comma) {
            following++;
        }
        if (following >= runs.size() || runs.get(following)[0] != comma + 1) {
            return Optional.empty();
        }
        int[] next = runs.get(following);
        RunReader.Reading name = reader.read(tokens, next[0], next[1]);
        boolean titleOnly = name.role() == null || isTitleOnly(name.role());
        boolean officeHasDoubtfulName = !office.hasName() || registry.byName(NameSpans.written(office.name())).isEmpty()
                && !givenNames.contains(office.name().get(0));
        if (!name.hasName() || !titleOnly || !officeHasDoubtfulName) {
            return Optional.empty();
        }
        String[] stripped = countries.countrySuffix(TextShape.collapse(officeText(tokens, runs.get(r))));
        return Optional.of(new RunReader.Reading(stripped[0], name.rank(), office.country() != null ? office.country()
                : stripped[1] != null ? stripped[1] : name.country(), name.name(), name.end()));
    }

    /** The office words of a run: without the openers, days and country names it starts with. */
    private String officeText(List<Tokens.Token> tokens, int[] run) {
        int start = run[0];
        while (start < run[1] && (RunReader.SKIPPED_OPENERS.contains(tokens.get(start).bare()) || reader.isLeadingNoise(tokens, start, run[1])
                || countries.countryAt(tokens, start, run[1]) > 0 && roles.head(tokens, start) == 0)) {
            start += Math.max(1, countries.countryAt(tokens, start, run[1]));
        }
        return Tokens.join(tokens, start, run[1]);
    }

    private static boolean isTitleOnly(String role) {
        return role.equalsIgnoreCase("Ambassador") || role.equalsIgnoreCase("Sheikh");
    }

    /**
     * "former president Donald Trump": an office in lower case just before the run; or set off by a comma,
     * "an Iraqi government spokesman, Hayder Majeed al-Tamimi,".
     */
    RunReader.Reading withRoleBefore(List<Tokens.Token> tokens, int runStart, RunReader.Reading reading) {
        if (runStart >= 2 && tokens.get(runStart - 1).text().equals(",")) {
            int comma = runStart - 1;
            for (int start = comma - 1; start >= Math.max(0, comma - 5); start--) {
                int head = roles.head(tokens, start);
                if (head == 0 && COUNTERPARTS.contains(tokens.get(start).bare())) {
                    head = 1; // "his Brazilian counterpart, Name,": the office of the one met, from another country
                }
                if (head > 0 && start + head < comma && isPostedTo(tokens, start + head, comma)) {
                    head = comma - start; // "the Qatari ambassador to Moscow, Name,"
                }
                if (head > 0 && start + head == comma) {
                    int from = start;
                    while (from - 1 >= 0 && gazetteer.codeOf(tokens.get(from - 1).text()).isEmpty()
                            && (reader.isQualifier(tokens, from - 1, comma) || roles.modifier(tokens, from - 1) == 1
                            || !tokens.get(from - 1).capitalized() && roles.isQualifierWord(tokens.get(from - 1)))) {
                        from--;
                    }
                    String country = from - 1 >= 0 ? gazetteer.codeOf(tokens.get(from - 1).text()).orElse(null) : null;
                    return reading.withRole(Tokens.join(tokens, from, comma), country);
                }
            }
        }
        for (int start = runStart - 1; start >= Math.max(0, runStart - 6); start--) {
            int head = roles.head(tokens, start);
            if (head == 0 && start == runStart - 1 && COUNTERPARTS.contains(tokens.get(start).bare())) {
                head = 1; // "his Uzbek counterpart Name": the office of the one met, from another country
            }
            if (head > 0 && start + head == runStart) {
                int from = reader.modifierStart(tokens, start, Math.max(0, runStart - 8));
                int owner = ownerBefore(tokens, from);
                if (owner >= 0) { // "Egypt's foreign ministry spokesperson Name"
                    return reading.withRole(Tokens.join(tokens, owner + 1, runStart),
                            gazetteer.codeOf(tokens.get(owner).text().replaceFirst("['’]s$", "")).orElse(null));
                }
                return reading.withRole(Tokens.join(tokens, from, runStart), null);
            }
            if (!tokens.get(start).word()) {
                break;
            }
        }
        return reading;
    }

    /**
     * Where the country whose office it is stands before a lower-case office: "Egypt's" or "the Ethiopian" before
     * "water minister", "foreign ministry spokesperson", up to three lower-case words back; else -1.
     */
    private int ownerBefore(List<Tokens.Token> tokens, int officeStart) {
        for (int k = officeStart - 1; k >= Math.max(0, officeStart - 4); k--) {
            Tokens.Token token = tokens.get(k);
            if (token.capitalized()) {
                String place = token.text().replaceFirst("['’]s$", "");
                return gazetteer.codeOf(place).isPresent() ? k : -1;
            }
            if (!token.word() || OfficialFinder.SMALL_WORDS.contains(token.bare()) || CLAUSE_STOPS.contains(token.bare())) {
                return -1;
            }
        }
        return -1;
    }

    /** "to Moscow", "in Baghdad": where an office is held, its capitalised place words running up to {@code end}. */
    private static boolean isPostedTo(List<Tokens.Token> tokens, int from, int end) {
        if (from + 1 >= end || !Set.of("to", "in", "at").contains(tokens.get(from).bare())) {
            return false;
        }
        for (int k = from + 1; k < end; k++) {
            if (!tokens.get(k).capitalized() && !tokens.get(k).bare().equals("the")) {
                return false;
            }
        }
        return end - from <= 4;
    }

    /** {@code text.matches("[-–’']")}, without compiling the pattern for every mark after an office. */
    private static boolean isDashOrApostrophe(String text) {
        return text.length() == 1 && "-–’'".indexOf(text.charAt(0)) >= 0;
    }

    /** "Dana Stroul, deputy assistant secretary of defense for the Middle East,": an office after a comma. */
    RunReader.Reading withRoleAfter(List<Tokens.Token> tokens, int runEnd, RunReader.Reading reading) {
        if (runEnd >= tokens.size() || !tokens.get(runEnd).text().equals(",")) {
            return reading;
        }
        int i = runEnd + 1;
        while (i < tokens.size() && RunReader.SKIPPED_OPENERS.contains(tokens.get(i).bare())) {
            i++;
        }
        String country = null;
        int place = countries.countryAt(tokens, i, tokens.size());
        int start = i;
        if (place > 0 && roles.head(tokens, i) == 0) {
            country = countries.countryCode(tokens, i, tokens.size());
            i += place;
            if (!countries.isMetonym(tokens, start, i)) {
                start = i; // "Iraq's Minister ..." loses the country; "the White House Coordinator ..." keeps it
            }
        } else if (i < tokens.size() && tokens.get(i).possessive() && tokens.get(i).capitalized()) {
            i++; // "the Coalition's deputy commander for operations"
            start = i;
        }
        while (i < tokens.size() && (roles.modifier(tokens, i) > 0 || reader.isQualifier(tokens, i, tokens.size()))
                && roles.head(tokens, i) == 0) {
            i += Math.max(1, roles.modifier(tokens, i));
        }
        int head = i < tokens.size() ? roles.head(tokens, i) : 0;
        if (head == 0) {
            return reading;
        }
        int end = i + head;
        while (end < tokens.size() && end - start < 16) {
            Tokens.Token token = tokens.get(end);
            boolean nextOffice = token.bare().equals("and") && end + 1 < tokens.size() && roles.head(tokens, end + 1) > 0;
            if (nextOffice) {
                end += 1 + roles.head(tokens, end + 1); // a compound office: "Deputy Prime Minister and Minister of ..."
                continue;
            }
            if (token.bare().equals("and") && roles.honorific(tokens, end + 1) > 0) {
                break; // "..., Foreign Minister of Slovenia and H.E. Mr. ...": the next person
            }
            if (!token.word() && !isDashOrApostrophe(token.text())
                    || CLAUSE_STOPS.contains(token.bare()) && !token.capitalized() && !token.bare().equals("and")) {
                break;
            }
            end++;
        }
        while (end > i + head && OfficialFinder.SMALL_WORDS.contains(tokens.get(end - 1).bare())) {
            end--;
        }
        String[] stripped = countries.countrySuffix(Tokens.join(tokens, start, end));
        if (country == null && stripped[1] == null && end < tokens.size()) {
            country = roles.countryOfBody(Tokens.join(tokens, end, Math.min(tokens.size(), end + 6))); // "at the Defense Department"
        }
        return reading.withRole(stripped[0], country != null ? country : stripped[1]);
    }
}
