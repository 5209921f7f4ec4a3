package org.communique.importer.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.communique.official.NameKey;

/**
 * Finds everyone a statement names in an official capacity. A person is a run of capitalised words; an
 * office before it ("Secretary of State Antony J. Blinken", "former president Donald Trump"), after it
 * ("Dr. Fuad Hussein, Iraq's Minister of Foreign Affairs") or set off by commas ("the Iraqi Foreign
 * Minister, Fuad Hussein,") makes them an official, as does a registry entry for someone in office on the
 * statement's date. Spellings meet in the registry; a bare surname ("Austin said") is a further mention
 * of an official already found, and an office with a surname ("Prime Minister Sudani") may name a
 * registry official.
 */
final class OfficialFinder {

    /** Where the text names an official, for attributing quotations. */
    record Sighting(int paragraph, int start, int end, String name) {
    }

    /**
     * The officials, where the body names them, and the country or organisation each serving official acts
     * for, with where the text first names them.
     */
    record Result(List<OfficialMention> officials, List<Sighting> sightings, List<Acting> actingFor) {
    }

    /** A serving official's country or organisation, and the paragraph that first names them (-1: the headline). */
    record Acting(String code, int paragraph) {
    }

    private static final Set<String> CONNECTORS = Set.of("of", "the", "for", "to", "and", "al", "bin", "ibn", "bint",
            "de", "da", "van", "von", "der", "del", "la", "le", "du", "di", "on");
    /** Offices written short before a name ("Sen. Lindsey Graham"), shown in full. */
    private static final Map<String, String> ABBREVIATED_OFFICES = Map.of("sen.", "Senator", "rep.", "Representative",
            "pm", "Prime Minister");
    /** An office that serves the head of an international body, on that body's own page. */
    private static final Pattern SERVES_HEAD_OF_BODY = Pattern.compile(
            "\\b(?:for|to|of) the (?:secretary[- ]general|high representative|chairperson)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPOKESPERSON = Pattern.compile("(?i)\\bspokes(?:person|man|woman)\\b");
    private static final Set<String> LINEAGE = Set.of("bin", "ibn", "bint");
    private static final Set<String> COUNTERPARTS = Set.of("counterpart", "counterparts", "homologue", "homologues");
    private static final Set<String> OBJECT_WORDS = Set.of("of", "for", "to", "on");
    private static final Set<String> NAME_PARTICLES = Set.of("al", "bin", "ibn", "bint", "de", "da", "van", "von",
            "der", "del", "la", "le", "du", "di");
    private static final Set<String> SMALL_WORDS = Set.of("of", "the", "for", "and", "to", "on", "in", "at", "a", "an");
    private static final Set<String> SKIPPED_OPENERS = Set.of("the", "a", "an", "then", "his", "her", "its", "their");
    private static final Set<String> CLAUSE_STOPS = Set.of("who", "whom", "whose", "which", "that", "said", "says",
            "told", "during", "at", "in", "on", "when", "while", "has", "have", "had", "was", "is", "will", "would",
            "also", "met", "received", "welcomed", "and", "as", "with", "after", "before", "from", "by");
    /** "KISHIDA Fumio": a family name in capitals before a given name. */
    private static final Pattern FAMILY_NAME_IN_CAPITALS = Pattern.compile("^\\p{Lu}{2,}(?:-\\p{Lu}+)? \\p{Lu}\\p{Ll}");
    /** An office of a body ("President of the Economic and Social Council"), not of a state. */
    private static final Pattern BODY_OFFICE = Pattern.compile("(?i)\\bof (?:the )?(?:[\\p{L}'’.-]+ ){0,6}"
            + "(?:council|organi[sz]ation|fund|commission|assembly|programme|program|agency|court|union|league|"
            + "secretariat|bank|alliance|conference)\\b");
    private static final Pattern ARABIC_INITIAL = Pattern.compile("(?<=\\s)\\p{IsArabic}\\.\\s+");
    /** A region's officials act for the region (a party) but hold the country's nationality. */
    private static final Map<String, String> NATIONALITY = Map.of("KRG", "IQ");

    private final OfficialRegistry registry;
    private final Gazetteer gazetteer;
    private final RoleLexicon roles;
    private final GivenNames givenNames;
    private final WrittenOffices writtenOffices;

    /** The registry's spellings in Arabic script, longest first: Arabic has no capitals to find a name by. */
    private final List<Map.Entry<String, OfficialRegistry.Entry>> arabicSpellings = new ArrayList<>();

    OfficialFinder(OfficialRegistry registry, Gazetteer gazetteer, RoleLexicon roles, GivenNames givenNames) {
        for (OfficialRegistry.Entry entry : registry.entries()) {
            for (String alias : entry.aliases()) {
                if (holdsArabic(alias) && alias.strip().contains(" ")) {
                    arabicSpellings.add(Map.entry(alias.strip(), entry));
                }
            }
        }
        arabicSpellings.sort((a, b) -> Integer.compare(b.getKey().length(), a.getKey().length()));
        this.registry = registry;
        this.gazetteer = gazetteer;
        this.roles = roles;
        this.givenNames = givenNames;
        this.writtenOffices = new WrittenOffices(roles, gazetteer);
    }

    /** One person as the text shows them, gathered over all their mentions. */
    private static final class Person {
        final String name;
        final OfficialRegistry.Entry entry;
        String role;
        String rank;
        String country;
        /** The country is the person's nationality, written after the name, not the side they act for. */
        boolean nationalityOnly;
        final Set<String> mentions = new LinkedHashSet<>();
        /** The role is in another language than English, as the text writes it: not re-cased. */
        boolean roleAsWritten;
        /** First-and-last, loose and surname keys of every spelling known for the person. */
        final Set<String> nameKeys = new java.util.HashSet<>();
        final Set<String> surnameKeys = new java.util.HashSet<>();

        Person(String name, OfficialRegistry.Entry entry) {
            this.name = name;
            this.entry = entry;
            addSpelling(name);
            if (entry != null) {
                entry.aliases().forEach(this::addSpelling);
            }
        }

        void addSpelling(String spelling) {
            boolean familyFirst = entry != null && OfficialRegistry.writesFamilyNameFirst(entry.country())
                    || FAMILY_NAME_IN_CAPITALS.matcher(spelling).find();
            String family = familyFirst ? OfficialRegistry.familyName(spelling) : "";
            if (!family.isEmpty()) {
                surnameKeys.add(family); // "Xi said" after "Xi Jinping"; "Kishida" after "KISHIDA Fumio"
                surnameKeys.add("lo:" + NameKey.skeleton(family));
            }
            nameKeys.add("fl:" + NameKey.firstLast(spelling));
            String loose = NameKey.loose(spelling);
            if (!loose.isEmpty()) {
                nameKeys.add("lo:" + loose);
            }
            surnameKeys.add(NameKey.surname(spelling));
            surnameKeys.add("lo:" + NameKey.looseSurname(spelling));
        }
    }

    /** What a run of capitalised words says: an office, a country, a name, or some of these. */
    private record Reading(String role, String rank, String country, List<Tokens.Token> name, int end) {

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

    private record Pending(int paragraph, Reading reading) {
    }

    Result find(String headline, List<String> paragraphs, LocalDate asOf) {
        return find(headline, List.of(), paragraphs, asOf);
    }

    /**
     * @param headline the page's own headline, or {@code null}: officials it names with their office count
     *                 ("Joint press point with NATO Secretary General Jens Stoltenberg"), as paragraph -1
     * @param credits  lines cut from the body that credit it ({@link CreditLines}), read before the body as
     *                 paragraphs -2, -3...: they name officials but hold no quotation
     */
    Result find(String headline, List<String> credits, List<String> paragraphs, LocalDate asOf) {
        Map<String, Person> people = new LinkedHashMap<>();
        List<Sighting> sightings = new ArrayList<>();
        List<Pending> singles = new ArrayList<>();
        boolean titleCase = headline != null && isTitleCase(Tokens.of(headline));
        List<Integer> order = new ArrayList<>();
        if (headline != null) {
            order.add(-1);
        }
        for (int c = 0; c < credits.size(); c++) {
            order.add(-2 - c);
        }
        for (int p = 0; p < paragraphs.size(); p++) {
            order.add(p);
        }
        for (int p : order) {
            String text = withoutNicknames(p >= 0 ? paragraphs.get(p) : p == -1 ? headline : credits.get(-2 - p));
            List<Tokens.Token> tokens = Tokens.of(text);
            List<int[]> runs = runs(tokens);
            String lastOffice = null;
            for (int r = 0; r < runs.size(); r++) {
                int[] run = runs.get(r);
                Reading reading = read(tokens, run[0], run[1]);
                if (reading.hasName() && reading.end() + 1 < run[1] && tokens.get(reading.end()).bare().equals("and")) {
                    runs.add(r + 1, new int[] {reading.end() + 1, run[1]}); // "Secretary X and Minister Y"
                    run[1] = reading.end();
                }
                Optional<Reading> apposed = appositionAfter(tokens, runs, r, reading);
                if (apposed.isPresent()) {
                    reading = apposed.get();
                    while (r + 1 < runs.size() && runs.get(r + 1)[0] < reading.end()) {
                        r++; // the name's run has been read with the office
                    }
                } else if (reading.hasName() && reading.role() == null) {
                    reading = withRoleBefore(tokens, run[0], reading);
                    if (reading.role() == null) {
                        reading = withRoleAfter(tokens, run[1], reading);
                    }
                }
                if (reading.hasName() && reading.role() != null) {
                    if (COUNTERPARTS.contains(reading.role().toLowerCase(Locale.ROOT))) {
                        // "Foreign Minister X met his Chinese counterpart, Y": Y holds X's office, or the one the
                        // registry knows Y in on the day
                        boolean registered = asOf != null && registry.byName(written(reading.name()))
                                .flatMap(entry -> entry.roleOn(asOf)).isPresent();
                        reading = new Reading(registered ? null : lastOffice != null ? lastOffice : "counterpart",
                                reading.rank(), reading.country(), reading.name(), reading.end());
                    } else {
                        lastOffice = reading.role();
                    }
                }
                if (reading.hasName() && reading.country() == null) {
                    reading = reading.withCountry(delegationCountry(tokens, run[0]));
                }
                if (p == -1 && titleCase && reading.hasName()) {
                    reading = withRegistryName(reading); // "President Hu Jintao Holds Talks": every word is capitalised
                }
                if (!reading.hasName()) {
                    continue;
                }
                if (reading.name().size() == 1) {
                    singles.add(new Pending(p, reading));
                    continue;
                }
                if (p < -1 && isOutOfOffice(reading, asOf)) {
                    continue; // a credit line naming someone no longer in office is another page's label
                }
                Person person = person(people, reading, asOf);
                if (person != null) {
                    sightings.add(sighting(p, reading, person));
                    String bracketed = bracketedCountry(tokens, reading.end());
                    if (person.country == null && bracketed != null) {
                        person.country = bracketed;
                        person.nationalityOnly = true;
                    }
                }
            }
        }
        inOtherLanguages(people, sightings, headline, paragraphs, asOf);
        for (Pending single : singles) {
            Person person = resolveSurname(people, single.reading(), asOf);
            if (person != null) {
                sightings.add(sighting(single.paragraph(), single.reading(), person));
            }
        }
        inArabic(people, sightings, paragraphs, asOf);
        withOfficesAfter(people, paragraphs);
        sightings.sort((a, b) -> a.paragraph() != b.paragraph() ? Integer.compare(a.paragraph(), b.paragraph())
                : Integer.compare(a.start(), b.start()));
        Map<String, Integer> firstSeen = new java.util.HashMap<>();
        for (Sighting sighting : sightings) {
            firstSeen.merge(sighting.name(), sighting.paragraph(), Math::min);
        }
        sightings.removeIf(sighting -> sighting.paragraph() < 0);
        List<OfficialMention> officials = new ArrayList<>();
        List<Acting> actingFor = new ArrayList<>();
        for (Person person : people.values()) {
            String country = countryOf(person);
            officials.add(new OfficialMention(person.name, roleOf(person, asOf),
                    country == null ? null : NATIONALITY.getOrDefault(country, country), List.copyOf(person.mentions)));
            boolean registeredInOffice = person.entry != null && asOf != null && person.entry.roleOn(asOf).isPresent();
            boolean serving = person.role == null ? person.rank != null || registeredInOffice
                    : !person.role.toLowerCase(Locale.ROOT).startsWith("former");
            if (person.country == null && person.entry != null && asOf != null && !registeredInOffice) {
                serving = false; // "Quartet Representative Tony Blair": the registry's country is that of a past office
            }
            if (country != null && serving && !person.nationalityOnly) {
                actingFor.add(new Acting(country, firstSeen.getOrDefault(person.name, Integer.MAX_VALUE)));
            }
        }
        return new Result(officials, sightings, actingFor);
    }

    /** "Council President Maren Holvik (Norway)": a country in brackets right after a name. */
    private String bracketedCountry(List<Tokens.Token> tokens, int at) {
        if (at + 2 >= tokens.size() || !tokens.get(at).text().equals("(")) {
            return null;
        }
        int place = countryAt(tokens, at + 1, tokens.size());
        boolean closed = place > 0 && at + 1 + place < tokens.size() && tokens.get(at + 1 + place).text().equals(")");
        return closed ? countryCode(tokens, at + 1, tokens.size()) : null;
    }

    /** A headline In Title Case, where a run of capitalised words does not end where a name ends. */
    private static boolean isTitleCase(List<Tokens.Token> tokens) {
        long words = tokens.stream().filter(t -> t.word() && t.text().length() > 3).count();
        long capitalised = tokens.stream().filter(t -> t.word() && t.text().length() > 3 && t.capitalized()).count();
        return words >= 3 && capitalised * 10 >= words * 8;
    }

    /**
     * In a headline in title case, the longest start of the name that the registry knows, a single word
     * (a surname, resolved like any other), or no name at all.
     */
    private Reading withRegistryName(Reading reading) {
        List<Tokens.Token> name = reading.name();
        if (name.size() >= 2 && name.size() <= 4 && name.get(name.size() - 1).possessive() && reading.role() != null) {
            return reading; // "Spokesperson Wang Wenbin's Regular Press Conference": the possessive ends the name
        }
        for (int length = name.size(); length >= 2; length--) {
            if (registry.byName(written(name.subList(0, length))).isPresent()) {
                return new Reading(reading.role(), reading.rank(), reading.country(), name.subList(0, length), reading.end());
            }
        }
        int verb = name.size() - 1;
        if (name.size() >= 3 && roles.isHeadlineVerb(name.get(verb)) && reading.role() != null) {
            return new Reading(reading.role(), reading.rank(), reading.country(), name.subList(0, verb), reading.end());
        } // "Chinese Ambassador Xie Feng Meets with ...": the verb ends the name
        List<Tokens.Token> first = name.size() > 1 && reading.role() != null ? name.subList(0, 1) : List.of();
        return new Reading(reading.role(), reading.rank(), reading.country(), first, reading.end());
    }

    /**
     * Officials whose country the text leaves unsaid but whose office only a state has ("the Minister of
     * Water Resources"): they belong to the one state among the parties, or else to the state that
     * published the statement.
     */
    /**
     * The organisation an office belongs to, when the office names it ("Executive Director of the United Nations
     * Children's Fund", "President of the Economic and Social Council"): the head of an international body has its
     * code as country.
     */
    private String organisationOf(String role) {
        if (role == null || !BODY_OFFICE.matcher(role).find()) {
            return null;
        }
        return gazetteer.find(role).stream().map(Gazetteer.Place::code)
                .filter(code -> code.length() > 2 || code.equals("EU") || code.equals("UN")).findFirst().orElse(null);
    }

    List<OfficialMention> withNationalOffices(List<OfficialMention> officials, List<String> parties, String issuer) {
        List<String> states = parties.stream().map(code -> NATIONALITY.getOrDefault(code, code))
                .filter(code -> code.length() == 2 && !code.equals("EU") && !code.equals("UN")).distinct().toList();
        String assumed = states.size() == 1 ? states.get(0)
                : issuer != null && states.contains(issuer) ? issuer : null;
        String envoySide = envoySide(officials, states);
        List<OfficialMention> resolved = new ArrayList<>();
        for (OfficialMention official : officials) {
            String organisation = official.country() == null ? organisationOf(official.role()) : null;
            if (organisation == null && official.country() == null && envoySide != null && official.role() != null
                    && official.role().toLowerCase(Locale.ROOT).startsWith("ambassador")) {
                organisation = envoySide; // "Japan will give ..., its ambassador said after meeting Minister X"
            }
            if (organisation == null && official.country() == null && issuer != null
                    && (issuer.length() > 2 || issuer.equals("UN") || issuer.equals("EU"))
                    && official.role() != null && (SERVES_HEAD_OF_BODY.matcher(official.role()).find()
                    || SPOKESPERSON.matcher(official.role()).find())) {
                // "Spokesman for the Secretary-General" on the United Nations' own page; the EU's spokesperson
                // signing the EU's statement
                organisation = issuer;
            }
            boolean national = assumed != null && official.country() == null && official.role() != null
                    && roles.isNationalOffice(official.role()) && !BODY_OFFICE.matcher(official.role()).find();
            resolved.add(organisation != null
                    ? new OfficialMention(official.name(), official.role(), organisation, official.mentions())
                    : national ? new OfficialMention(official.name(), official.role(), assumed, official.mentions()) : official);
        }
        return resolved;
    }

    /**
     * Between two states, the one none of whose officials the text names otherwise: an ambassador whose country
     * the text leaves unsaid is its envoy to the other, whose officials receive him; else null.
     */
    private static String envoySide(List<OfficialMention> officials, List<String> states) {
        if (states.size() != 2) {
            return null;
        }
        Set<String> named = new java.util.HashSet<>();
        for (OfficialMention official : officials) {
            if (official.country() != null) {
                named.add(official.country());
            }
        }
        List<String> unnamed = states.stream().filter(state -> !named.contains(state)).toList();
        return unnamed.size() == 1 ? unnamed.get(0) : null;
    }

    private static Sighting sighting(int paragraph, Reading reading, Person person) {
        List<Tokens.Token> name = reading.name();
        return new Sighting(paragraph, name.get(0).start(), name.get(name.size() - 1).end(), person.name);
    }

    // ---- runs of capitalised words ----

    /** Runs of capitalised words, joined by "of", "the", "al"... when a capitalised word follows. */
    private List<int[]> runs(List<Tokens.Token> tokens) {
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
    private Reading read(List<Tokens.Token> tokens, int from, int to) {
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
            int place = countryAt(tokens, i, to);
            int head = roles.head(tokens, i);
            int rankLength = roles.rank(tokens, i);
            int modifier = roles.modifier(tokens, i);
            if (place > 0 && role == null && country == null && i + place < to && head == 0
                    && !isGivenNameAfterHonorific(tokens, i, to)) {
                country = countryCode(tokens, i, to);
                if (isMetonym(tokens, i, i + place) && qualifier < 0) {
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
            } else if (role != null && tokens.get(i).bare().equals("of") && countryAt(tokens, i + 1, to) > 0
                    && i + 1 + countryAt(tokens, i + 1, to) < to
                    && tokens.get(i + 1 + countryAt(tokens, i + 1, to)).capitalized()) {
                // "Chairperson of the African Union Commission Moussa Faki", "President of France Emmanuel Macron"
                int body = countryAt(tokens, i + 1, to);
                String code = countryCode(tokens, i + 1, to);
                if (code != null && code.length() > 2) {
                    role = role + " " + Tokens.join(tokens, i, i + 1 + body); // an organisation's office keeps its name
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
                if (isGivenNameAfterHonorific(tokens, i, to)) {
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
        List<Tokens.Token> written = leadingName(tokens, i, to);
        List<Tokens.Token> name = registeredLineage(written);
        int after = i + written.size();
        int end = after;
        if (name.size() > 0 && after + 1 < to && tokens.get(after).bare().equals("of")
                && countryAt(tokens, after + 1, to) > 0) {
            if (country == null) {
                country = countryCode(tokens, after + 1, to); // "Prime Minister Mohammed Shia' al-Sudani of Iraq"
            }
            end = after + 1 + countryAt(tokens, after + 1, to);
        }
        if (role != null) {
            String[] stripped = countrySuffix(role);
            role = stripped[0];
            if (country == null) {
                country = stripped[1];
            }
        }
        return new Reading(role, rank, country, name, end);
    }

    /** "the Iraqi side by ...", "the U.S. delegation was led by ...": the country a delegation leader is from. */
    private String delegationCountry(List<Tokens.Token> tokens, int runStart) {
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

    private boolean isLeadingNoise(List<Tokens.Token> tokens, int at, int to) {
        Tokens.Token token = tokens.get(at);
        if (at + 1 >= to || roles.head(tokens, at) > 0 || roles.rank(tokens, at) > 0 || countryAt(tokens, at, to) > 0
                || roles.service(tokens, at) > 0) {
            return false;
        }
        if ((roles.isNotName(token) || roles.isOpener(token)) && CONNECTORS.contains(tokens.get(at + 1).bare())) {
            return true;
        }
        // "As Vice President Biden said": a sentence's opening word before an office or a title
        int next = at + 1;
        return roles.isOpener(token) && (roles.head(tokens, next) > 0 || roles.rank(tokens, next) > 0
                || roles.modifier(tokens, next) > 0 || roles.honorific(tokens, next) > 0);
    }

    /** "Minister of Foreign Affairs of the Republic of Iraq" → the office, and the country it names. */
    private String[] countrySuffix(String role) {
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
    private int countryAt(List<Tokens.Token> tokens, int at, int to) {
        int skip = at < tokens.size() && tokens.get(at).bare().equals("the") ? 1 : 0;
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
    private boolean isMetonym(List<Tokens.Token> tokens, int from, int to) {
        int skip = tokens.get(from).bare().equals("the") ? 1 : 0;
        List<Gazetteer.Place> places = gazetteer.find(Tokens.join(tokens, from + skip, to));
        return places.size() == 1 && places.get(0).form() == Gazetteer.Form.METONYM;
    }

    /** The code of the country or organisation named from {@code at}, if one is. */
    private String countryCode(List<Tokens.Token> tokens, int at, int to) {
        int place = countryAt(tokens, at, to);
        if (place == 0) {
            return null;
        }
        int skip = tokens.get(at).bare().equals("the") ? 1 : 0;
        return gazetteer.codeOf(Tokens.join(tokens, at + skip, at + place)).orElse(null);
    }

    /** A capitalised word or two before an office that name the body it belongs to: "State Department". */
    private boolean isQualifier(List<Tokens.Token> tokens, int at, int to) {
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

    private int modifierStart(List<Tokens.Token> tokens, int at, int runStart) {
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
                    end = nameStartIn(tokens, end + 1, to, 1); // "for the Middle East" + "and North Africa"
                } else if (end < to && tokens.get(end).capitalized()) {
                    end = nameStartIn(tokens, end, to, 0); // "for Energy" + "Resources Geoffrey Pyatt"
                }
                continue;
            }
            int place = countryAt(tokens, end + 1, to);
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
            int nameStart = objectStart < to ? nameStartIn(tokens, objectStart, to, 1) : objectStart;
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

    /**
     * Where a person's name starts among the capitalised words after an office's portfolio, leaving at
     * least {@code minObject} of them to the portfolio: a registry name at the end, else a given name that
     * starts a run of name-like words to the end, else the longest such run at the end. Returns the end of
     * the words when none of them is a name ("Political Affairs and Electoral Assistance").
     */
    private int nameStartIn(List<Tokens.Token> tokens, int from, int to, int minObject) {
        int seqEnd = from;
        while (seqEnd < to && (tokens.get(seqEnd).capitalized() || NAME_PARTICLES.contains(tokens.get(seqEnd).bare()))) {
            seqEnd++;
        }
        int earliest = from + minObject;
        for (int length = Math.min(4, seqEnd - earliest); length >= 2; length--) {
            if (registry.byName(Tokens.join(tokens, seqEnd - length, seqEnd)).isPresent()) {
                return seqEnd - length;
            }
        }
        for (int k = earliest; k < seqEnd - 1; k++) {
            if (givenNames.contains(tokens.get(k)) && allNameLike(tokens, k, seqEnd)) {
                return withTitlesBefore(tokens, k, earliest);
            }
        }
        for (int k = earliest; k < seqEnd - 1; k++) {
            if (allNameLike(tokens, k, seqEnd)) {
                return k;
            }
        }
        return seqEnd;
    }

    /** Moves a name's start back over the honorifics and ranks written before it ("Dr. Hassan ..."). */
    private int withTitlesBefore(List<Tokens.Token> tokens, int nameStart, int earliest) {
        int start = nameStart;
        while (start - 1 >= earliest && (roles.honorific(tokens, start - 1) == 1 || roles.rank(tokens, start - 1) == 1)) {
            start--;
        }
        return start;
    }

    private boolean allNameLike(List<Tokens.Token> tokens, int from, int to) {
        if (NAME_PARTICLES.contains(tokens.get(from).bare()) || CONNECTORS.contains(tokens.get(from).bare())) {
            return false;
        }
        for (int k = from; k < to; k++) {
            Tokens.Token token = tokens.get(k);
            boolean particle = NAME_PARTICLES.contains(token.bare());
            if (!particle && (!token.capitalized() || roles.isNotName(token) || CONNECTORS.contains(token.bare())
                    || gazetteer.codeOf(token.text()).isPresent() || roles.head(tokens, k) > 0)) {
                return false;
            }
        }
        return true;
    }

    /** The name-like words at the start of a span: capitalised, initials, particles such as "al-" or "bin". */
    private List<Tokens.Token> leadingName(List<Tokens.Token> tokens, int from, int to) {
        List<Tokens.Token> name = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Tokens.Token token = tokens.get(i);
            boolean particle = NAME_PARTICLES.contains(token.bare()) && !name.isEmpty();
            if (!name.isEmpty() && roles.isOpener(token) && token.text().length() <= 3) {
                break; // "General Ray Odierno On the Ratification ...": a headline's capitalised preposition
            }
            boolean titleAsName = !name.isEmpty() && roles.head(tokens, i) == 1 && i + 1 < to
                    && tokens.get(i + 1).capitalized() && roles.head(tokens, i + 1) == 0 && !roles.isNotName(tokens.get(i + 1));
            if (name.isEmpty() && isGivenNameAfterHonorific(tokens, i, to)) {
                name.add(token); // "Mr. German Gref": a given name spelt like a nationality
                continue;
            }
            if (!particle && !titleAsName && (!token.capitalized() || roles.isNotName(token)
                    || gazetteer.codeOf(token.text()).isPresent() || roles.head(tokens, i) > 0)) {
                break; // but "Abdul Amir Yarallah", "Faisal bin Sultan Al ...": a title's word inside a name
            }
            name.add(token);
            if (token.possessive()) {
                break;
            }
        }
        while (!name.isEmpty() && NAME_PARTICLES.contains(name.get(name.size() - 1).bare())) {
            name.remove(name.size() - 1);
        }
        long words = name.stream().filter(token -> !NAME_PARTICLES.contains(token.bare())).count();
        return words > 5 ? List.of() : name; // "Mohammed bin Salman bin Abdulaziz Al Saud" has four
    }

    /**
     * Whether the word at {@code at}, spelt like a nationality ("German", "Iraqi"), is a given name: right after an
     * honorific and before a capitalised word that names no place ("Mr. German Gref").
     */
    private boolean isGivenNameAfterHonorific(List<Tokens.Token> tokens, int at, int to) {
        if (at == 0 || at + 1 >= to || roles.honorific(tokens, at - 1) == 0 || !tokens.get(at).capitalized()
                || gazetteer.find(tokens.get(at).text()).stream().noneMatch(p -> p.form() == Gazetteer.Form.ADJECTIVE)) {
            return false;
        }
        Tokens.Token next = tokens.get(at + 1);
        return next.capitalized() && gazetteer.codeOf(next.text()).isEmpty() && roles.head(tokens, at + 1) == 0
                && !roles.isNotName(next);
    }

    /**
     * A name with a line of descent ("Mohammed bin Salman bin Abdulaziz Al Saud") shortened to the start the
     * registry knows it by ("Mohammed bin Salman"); any other name as it is.
     */
    private List<Tokens.Token> registeredLineage(List<Tokens.Token> name) {
        if (name.size() < 4 || name.subList(1, name.size()).stream().noneMatch(t -> LINEAGE.contains(t.bare()))) {
            return name;
        }
        for (int length = name.size() - 1; length >= 2; length--) {
            if (registry.byName(written(name.subList(0, length))).isPresent()) {
                return name.subList(0, length);
            }
        }
        return name;
    }

    /**
     * "the Iraqi Foreign Minister, Fuad Hussein," or "the Director of the Americas Department at the
     * Ministry, Ambassador Dr. Laith al-Hadithi": an office, then a comma and a name that has no office of
     * its own but a title.
     */
    private Optional<Reading> appositionAfter(List<Tokens.Token> tokens, List<int[]> runs, int r, Reading office) {
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
        Reading name = read(tokens, next[0], next[1]);
        boolean titleOnly = name.role() == null || isTitleOnly(name.role());
        boolean officeHasDoubtfulName = !office.hasName() || registry.byName(written(office.name())).isEmpty()
                && !givenNames.contains(office.name().get(0));
        if (!name.hasName() || !titleOnly || !officeHasDoubtfulName) {
            return Optional.empty();
        }
        String[] stripped = countrySuffix(TextShape.collapse(officeText(tokens, runs.get(r))));
        return Optional.of(new Reading(stripped[0], name.rank(), office.country() != null ? office.country()
                : stripped[1] != null ? stripped[1] : name.country(), name.name(), name.end()));
    }

    /** The office words of a run: without the openers, days and country names it starts with. */
    private String officeText(List<Tokens.Token> tokens, int[] run) {
        int start = run[0];
        while (start < run[1] && (SKIPPED_OPENERS.contains(tokens.get(start).bare()) || isLeadingNoise(tokens, start, run[1])
                || countryAt(tokens, start, run[1]) > 0 && roles.head(tokens, start) == 0)) {
            start += Math.max(1, countryAt(tokens, start, run[1]));
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
    private Reading withRoleBefore(List<Tokens.Token> tokens, int runStart, Reading reading) {
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
                            && (isQualifier(tokens, from - 1, comma) || roles.modifier(tokens, from - 1) == 1
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
                int from = modifierStart(tokens, start, Math.max(0, runStart - 8));
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
            if (!token.word() || SMALL_WORDS.contains(token.bare()) || CLAUSE_STOPS.contains(token.bare())) {
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

    /** "Dana Stroul, deputy assistant secretary of defense for the Middle East,": an office after a comma. */
    private Reading withRoleAfter(List<Tokens.Token> tokens, int runEnd, Reading reading) {
        if (runEnd >= tokens.size() || !tokens.get(runEnd).text().equals(",")) {
            return reading;
        }
        int i = runEnd + 1;
        while (i < tokens.size() && SKIPPED_OPENERS.contains(tokens.get(i).bare())) {
            i++;
        }
        String country = null;
        int place = countryAt(tokens, i, tokens.size());
        int start = i;
        if (place > 0 && roles.head(tokens, i) == 0) {
            country = countryCode(tokens, i, tokens.size());
            i += place;
            if (!isMetonym(tokens, start, i)) {
                start = i; // "Iraq's Minister ..." loses the country; "the White House Coordinator ..." keeps it
            }
        } else if (i < tokens.size() && tokens.get(i).possessive() && tokens.get(i).capitalized()) {
            i++; // "the Coalition's deputy commander for operations"
            start = i;
        }
        while (i < tokens.size() && (roles.modifier(tokens, i) > 0 || isQualifier(tokens, i, tokens.size()))
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
            if (!token.word() && !token.text().matches("[-–’']")
                    || CLAUSE_STOPS.contains(token.bare()) && !token.capitalized() && !token.bare().equals("and")) {
                break;
            }
            end++;
        }
        while (end > i + head && SMALL_WORDS.contains(tokens.get(end - 1).bare())) {
            end--;
        }
        String[] stripped = countrySuffix(Tokens.join(tokens, start, end));
        if (country == null && stripped[1] == null && end < tokens.size()) {
            country = roles.countryOfBody(Tokens.join(tokens, end, Math.min(tokens.size(), end + 6))); // "at the Defense Department"
        }
        return reading.withRole(stripped[0], country != null ? country : stripped[1]);
    }

    // ---- people ----

    private boolean isOutOfOffice(Reading reading, LocalDate asOf) {
        if (asOf == null) {
            return false;
        }
        Optional<OfficialRegistry.Entry> entry = registry.byName(written(reading.name()));
        return entry.isPresent() && entry.get().roleOn(asOf).isEmpty();
    }

    private Person person(Map<String, Person> people, Reading reading, LocalDate asOf) {
        String written = written(reading.name());
        Optional<OfficialRegistry.Entry> entry = registry.byName(written);
        if (entry.isPresent()) {
            boolean inOffice = asOf == null || entry.get().roleOn(asOf).isPresent();
            if (reading.role() == null && reading.rank() == null && !inOffice) {
                return null;
            }
        } else {
            Person known = findKnown(people, written);
            if (known != null) {
                return merge(known, reading, written);
            }
            if (reading.role() == null && reading.rank() == null) {
                return null;
            }
        }
        // a speaker's label in capitals ("FOREIGN MINISTER AMINA ODUYA:") names the person as a name is written
        String name = entry.map(OfficialRegistry.Entry::name).orElse(
                written.equals(written.toUpperCase(Locale.ROOT)) && written.contains(" ") ? titleCase(written) : written);
        Person person = people.computeIfAbsent(NameKey.exact(name), key -> new Person(name, entry.orElse(null)));
        return merge(person, reading, written);
    }

    private static Person merge(Person person, Reading reading, String written) {
        if (person.mentions.add(written) && NameKey.tokens(written).size() > 1) {
            person.addSpelling(written);
        }
        if (reading.role() != null && (person.role == null || isBareOffice(person.role)
                && reading.role().toLowerCase(Locale.ROOT).contains(person.role.toLowerCase(Locale.ROOT))
                && reading.role().length() > person.role.length() || withPortfolio(person.role, reading.role()))) {
            person.role = reading.role(); // "Secretary" gives way to "Secretary of State"
        }
        if (person.rank == null && reading.rank() != null) {
            person.rank = reading.rank();
        }
        if (person.country == null && reading.country() != null) {
            person.country = reading.country();
        }
        return person;
    }

    /** "Deputy Assistant Secretary" and "Deputy Assistant Secretary for the Middle East": the second says more. */
    private static boolean withPortfolio(String role, String longer) {
        String lower = longer.toLowerCase(Locale.ROOT);
        String prefix = role.toLowerCase(Locale.ROOT) + " ";
        return lower.startsWith(prefix) && PORTFOLIO_WORDS.contains(lower.substring(prefix.length()).split(" ", 2)[0]);
    }

    private static final Set<String> PORTFOLIO_WORDS = Set.of("for", "of", "to", "on");

    private static boolean isBareOffice(String role) {
        return !role.strip().contains(" ");
    }

    /** A person already found under another spelling of the same name. */
    private static Person findKnown(Map<String, Person> people, String written) {
        String firstLast = "fl:" + NameKey.firstLast(written);
        String loose = NameKey.loose(written);
        for (Person person : people.values()) {
            if (person.nameKeys.contains(firstLast) || !loose.isEmpty() && person.nameKeys.contains("lo:" + loose)) {
                return person;
            }
        }
        return null;
    }

    /** A one-word name: an official already found, or with an office, a registry official of that name. */
    private Person resolveSurname(Map<String, Person> people, Reading reading, LocalDate asOf) {
        String written = written(reading.name());
        String surname = NameKey.surname(written);
        String loose = NameKey.looseSurname(written);
        if (surname.isEmpty()) {
            return null;
        }
        List<Person> matches = new ArrayList<>();
        for (Person person : people.values()) {
            if (person.surnameKeys.contains(surname) || person.surnameKeys.contains("lo:" + loose)) {
                matches.add(person);
            }
        }
        if (matches.size() == 1) {
            return merge(matches.get(0), reading, written);
        }
        if (!matches.isEmpty() || reading.role() == null && (reading.rank() == null || asOf == null)) {
            return null;
        }
        // "Foreign Minister Steinmeier": the registry official of that name in that office on the day;
        // "General Mattis": the one of that name in any office on the day
        List<OfficialRegistry.Entry> candidates = registry.bySurname(written).stream()
                .filter(e -> reading.country() == null || reading.country().equals(e.country()))
                .filter(e -> asOf == null || e.roleOn(asOf).isPresent())
                .filter(e -> asOf == null || reading.role() == null
                        || heldOn(e, asOf).stream().anyMatch(title -> roles.sameOffice(reading.role(), title)))
                // a rank alone says little of the office: the surname must be the registry's own ("Gen. Michael" is not Michel)
                .filter(e -> reading.role() != null || e.spellings().stream().anyMatch(s -> NameKey.surname(s).equals(surname)))
                .toList();
        if (candidates.size() != 1) {
            return null;
        }
        OfficialRegistry.Entry entry = candidates.get(0);
        Person person = people.computeIfAbsent(NameKey.exact(entry.name()), key -> new Person(entry.name(), entry));
        return merge(person, reading, written);
    }

    /** The titles of the offices a registry official held on a day. */
    private static List<String> heldOn(OfficialRegistry.Entry entry, LocalDate day) {
        return entry.roles().stream().filter(role -> role.heldOn(day)).map(OfficialRegistry.Role::title).toList();
    }

    /**
     * A nickname in quotation marks between a given name and a surname ("Gen. Michael \"Erik\" Kurilla") blanked
     * out, so that the name reads as one; the text keeps its length, and every offset its place.
     */
    static String withoutNicknames(String text) {
        StringBuilder blanked = null;
        Matcher m = NICKNAME.matcher(text).useTransparentBounds(true); // its look-behind sees before the region
        int from = 1;
        for (int quote = nextQuotedCapital(text, from); quote >= 0; quote = nextQuotedCapital(text, from)) {
            m.region(quote, text.length());
            if (!m.lookingAt()) {
                from = quote + 1;
                continue;
            }
            if (blanked == null) {
                blanked = new StringBuilder(text);
            }
            for (int i = m.start(1); i < m.end(1); i++) {
                blanked.setCharAt(i, ' ');
            }
            from = m.end();
        }
        return blanked == null ? text : blanked.toString();
    }

    /**
     * Where, from {@code from} on, a quotation mark stands after a space and before a capital, or -1: a nickname
     * starts only there, so the pattern, whose look-behind is costly, is tried only there.
     */
    private static int nextQuotedCapital(String text, int from) {
        for (int i = Math.max(from, 1); i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '"' || c == '“') && text.charAt(i - 1) == ' '
                    && Character.getType(text.codePointAt(i + 1)) == Character.UPPERCASE_LETTER) {
                return i;
            }
        }
        return -1;
    }

    /** The same as {@link #withoutNicknames}, the pattern tried at every position: kept to check it against. */
    static String withoutNicknamesByPattern(String text) {
        Matcher m = NICKNAME.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder blanked = new StringBuilder(text);
        do {
            for (int i = m.start(1); i < m.end(1); i++) {
                blanked.setCharAt(i, ' ');
            }
        } while (m.find());
        return blanked.toString();
    }

    private static final Pattern NICKNAME = Pattern.compile("(?<=\\p{Lu}[\\p{L}.]{1,20} )([\"“]\\p{Lu}[\\p{L}.'’-]{1,15}[\"”] )(?=\\p{Lu}\\p{L})");

    private static String written(List<Tokens.Token> name) {
        StringBuilder text = new StringBuilder();
        for (Tokens.Token token : name) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(Gazetteer.withoutPossessive(token.text()));
        }
        return text.toString();
    }

    // ---- what the archive shows ----

    private String roleOf(Person person, LocalDate asOf) {
        Optional<OfficialRegistry.Role> registered = person.entry == null || asOf == null ? Optional.empty()
                : person.entry.roleOn(asOf);
        if (person.role != null && roles.isIncomplete(person.role) && registered.isPresent()
                && registered.get().title().toLowerCase(Locale.ROOT).contains(person.role.toLowerCase(Locale.ROOT))) {
            return registered.get().title(); // "SECRETARY BLINKEN:" → "Secretary of State"
        }
        if (person.role != null) {
            return person.roleAsWritten || roles.isWrittenOffice(person.role) ? person.role
                    : titleCase(ABBREVIATED_OFFICES.getOrDefault(person.role.toLowerCase(Locale.ROOT), person.role));
        }
        if (person.entry != null && asOf != null) {
            Optional<OfficialRegistry.Role> role = person.entry.roleOn(asOf);
            if (role.isPresent()) {
                return role.get().title();
            }
        }
        return person.rank == null ? null : titleCase(expandRank(person.rank));
    }

    private String countryOf(Person person) {
        if (person.country != null) {
            return person.country;
        }
        if (person.entry != null && person.entry.country() != null) {
            return person.entry.country();
        }
        if (person.role != null && roles.isWrittenOffice(person.role)) { // "Premier ministre du Portugal"
            String named = writtenOffices.countryIn(person.role);
            if (named != null) {
                return named;
            }
        }
        return person.role != null && roles.isUsOnly(titleCase(person.role)) ? "US" : null;
    }

    /** Whether a letter or sign of the Arabic script ({@code \p{IsArabic}}) is in the text: none stands before U+0600. */
    static boolean holdsArabic(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (c >= 0x0600 && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /**
     * Officials a text in Arabic names by a spelling the registry knows ("وزير الخارجية فؤاد حسين"), with the
     * office the text writes before the name, in Arabic. Someone not in office on the day needs that office.
     */
    private void inArabic(Map<String, Person> people, List<Sighting> sightings, List<String> paragraphs, LocalDate asOf) {
        for (int p = 0; p < paragraphs.size(); p++) {
            String text = paragraphs.get(p);
            if (!holdsArabic(text)) {
                continue;
            }
            String paragraph = ARABIC_INITIAL.matcher(text).replaceAll(""); // "أنطوني ج. بلينكين" is "أنطوني بلينكين"
            for (Map.Entry<String, OfficialRegistry.Entry> spelling : arabicSpellings) {
                String written = spelling.getKey();
                int at = wordAt(paragraph, written);
                if (at < 0) {
                    continue;
                }
                String role = roles.arabicOfficeBefore(paragraph, at);
                OfficialRegistry.Entry entry = spelling.getValue();
                if (role == null && asOf != null && entry.roleOn(asOf).isEmpty()) {
                    continue;
                }
                Person person = people.computeIfAbsent(NameKey.exact(entry.name()), key -> new Person(entry.name(), entry));
                person.mentions.add(written);
                sightings.add(new Sighting(p, at, at + written.length(), person.name));
                if (person.role == null && role != null) {
                    person.role = role;
                    person.roleAsWritten = true;
                }
            }
        }
    }

    /** Where a word or words stand in a text as whole words, or -1. */
    private static int wordAt(String text, String words) {
        for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
            int end = at + words.length();
            if ((at == 0 || !Character.isLetter(text.charAt(at - 1)))
                    && (end >= text.length() || !Character.isLetter(text.charAt(end)))) {
                return at;
            }
        }
        return -1;
    }

    /**
     * Officials named with an office in French, Spanish, Portuguese, Italian or German ({@link WrittenOffices}),
     * the office kept as written.
     */
    private void inOtherLanguages(Map<String, Person> people, List<Sighting> sightings, String headline,
            List<String> paragraphs, LocalDate asOf) {
        for (int p = headline == null ? 0 : -1; p < paragraphs.size(); p++) {
            String text = withoutNicknames(p == -1 ? headline : paragraphs.get(p));
            for (WrittenOffices.Naming naming : writtenOffices.find(text)) {
                Reading reading = new Reading(naming.role(), null, naming.country(), naming.name(), 0);
                Person person = person(people, reading, asOf);
                if (person == null) {
                    continue;
                }
                if (naming.role().equals(person.role)) {
                    person.roleAsWritten = true;
                }
                sightings.add(sighting(p, reading, person));
            }
        }
    }

    /** The office a text in another language writes after an official's name ("M. X, ministre de ..."), as written. */
    private void withOfficesAfter(Map<String, Person> people, List<String> paragraphs) {
        for (Person person : people.values()) {
            if (person.role != null) {
                continue;
            }
            for (int p = 0; p < paragraphs.size() && person.role == null; p++) {
                String paragraph = paragraphs.get(p);
                for (String mention : person.mentions) {
                    int at = paragraph.indexOf(mention);
                    String role = at < 0 ? null : roles.writtenOfficeAfter(paragraph, at + mention.length());
                    if (role != null) {
                        person.role = role;
                        person.roleAsWritten = true;
                        break;
                    }
                }
            }
        }
    }

    private static String expandRank(String rank) {
        return switch (rank.replace(" ", "").toLowerCase(Locale.ROOT)) {
            case "gen." -> "General";
            case "lt.gen." -> "Lieutenant General";
            case "maj.gen." -> "Major General";
            case "brig.gen." -> "Brigadier General";
            case "adm." -> "Admiral";
            case "col." -> "Colonel";
            default -> rank;
        };
    }

    /** "deputy assistant secretary of defense for the Middle East" → "Deputy Assistant Secretary of Defense for the Middle East". */
    static String titleCase(String role) {
        if (role.equals(role.toUpperCase(Locale.ROOT)) && role.length() > 3) {
            // "SECRETARY" from a transcript's speaker label; "İ" lower-cased leaves a dot to drop
            role = role.toLowerCase(Locale.ROOT).replace("i\u0307", "i");
        }
        String[] words = role.strip().split(" ");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            String lower = word.toLowerCase(Locale.ROOT);
            if (i > 0) {
                out.append(' ');
            }
            if (lower.equals("former") || (i > 0 && SMALL_WORDS.contains(lower))) {
                out.append(lower);
            } else if (!word.isEmpty() && Character.isLowerCase(word.charAt(0))) {
                out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            } else {
                out.append(word);
            }
        }
        return out.toString();
    }
}
