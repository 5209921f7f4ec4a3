package org.communique.importer.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.communique.importer.extraction.People.Person;
import org.communique.importer.extraction.RunReader.Reading;

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

        static Sighting of(int paragraph, Reading reading, Person person) {
            List<Tokens.Token> name = reading.name();
            return new Sighting(paragraph, name.get(0).start(), name.get(name.size() - 1).end(), person.name);
        }
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

    /** Offices written short before a name ("Sen. Lindsey Graham"), shown in full. */
    private static final Map<String, String> ABBREVIATED_OFFICES = Map.of("sen.", "Senator", "rep.", "Representative",
            "pm", "Prime Minister");
    static final Set<String> SMALL_WORDS = Set.of("of", "the", "for", "and", "to", "on", "in", "at", "a", "an");

    private final OfficialRegistry registry;
    private final RoleLexicon roles;
    private final WrittenOffices writtenOffices;
    private final CountryPhrases countries;
    private final RunReader reader;
    private final NearbyOffices nearby;
    private final OtherLanguageOfficials otherLanguages;

    OfficialFinder(OfficialRegistry registry, Gazetteer gazetteer, RoleLexicon roles, GivenNames givenNames) {
        this.registry = registry;
        this.roles = roles;
        this.writtenOffices = new WrittenOffices(roles, gazetteer);
        this.countries = new CountryPhrases(gazetteer, roles);
        this.reader = new RunReader(roles, countries, new NameSpans(registry, gazetteer, roles, givenNames));
        this.nearby = new NearbyOffices(registry, gazetteer, roles, givenNames, countries, reader);
        this.otherLanguages = new OtherLanguageOfficials(registry, roles, writtenOffices);
    }

    private record Pending(int paragraph, Reading reading) {
    }

    /**
     * A text as the finder reads it, its nicknames blanked ({@link Nicknames#blanked}), and its tokens: read once
     * for the English reading and again for the other languages' offices, which tokenised it a second time.
     */
    record Read(String text, List<Tokens.Token> tokens) {

        static Read of(String text) {
            String blanked = Nicknames.blanked(text);
            return new Read(blanked, Tokens.of(blanked));
        }
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
        Found found = new Found(new People(registry, roles), asOf);
        Read headlineRead = headline == null ? null : Read.of(headline);
        if (headlineRead != null) {
            readText(-1, headlineRead, isTitleCase(Tokens.of(headline)), found);
        }
        for (int c = 0; c < credits.size(); c++) {
            readText(-2 - c, Read.of(credits.get(c)), false, found);
        }
        List<Read> paragraphReads = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            Read read = Read.of(paragraphs.get(p));
            paragraphReads.add(read);
            readText(p, read, false, found);
        }
        otherLanguages.inEuropeanLanguages(found.people(), found.sightings(), headlineRead, paragraphReads, asOf);
        for (Pending single : found.singles()) {
            Person person = found.people().bySurname(single.reading(), asOf);
            if (person != null) {
                found.sightings().add(Sighting.of(single.paragraph(), single.reading(), person));
            }
        }
        otherLanguages.inArabic(found.people(), found.sightings(), paragraphs, asOf);
        otherLanguages.withOfficesAfter(found.people(), paragraphs);
        return result(found);
    }

    /** What the reading of a statement's texts has found so far: its people, where it saw them, and bare surnames. */
    private record Found(People people, List<Sighting> sightings, List<Pending> singles, LocalDate asOf) {

        Found(People people, LocalDate asOf) {
            this(people, new ArrayList<>(), new ArrayList<>(), asOf);
        }
    }

    /**
     * Reads one text (paragraph {@code p}: -1 the headline, -2 and below the credit lines) run of capitalised
     * words by run, each with the office written before, after or around it.
     */
    private void readText(int p, Read read, boolean titleCaseHeadline, Found found) {
        List<Tokens.Token> tokens = read.tokens();
        List<int[]> runs = reader.runs(tokens);
        String lastOffice = null;
        for (int r = 0; r < runs.size(); r++) {
            int[] run = runs.get(r);
            Reading reading = reader.read(tokens, run[0], run[1]);
            if (reading.hasName() && reading.end() + 1 < run[1] && tokens.get(reading.end()).bare().equals("and")) {
                runs.add(r + 1, new int[] {reading.end() + 1, run[1]}); // "Secretary X and Minister Y"
                run[1] = reading.end();
            }
            Optional<Reading> apposed = nearby.appositionAfter(tokens, runs, r, reading);
            if (apposed.isPresent()) {
                reading = apposed.get();
                while (r + 1 < runs.size() && runs.get(r + 1)[0] < reading.end()) {
                    r++; // the name's run has been read with the office
                }
            } else if (reading.hasName() && reading.role() == null) {
                reading = nearby.withRoleBefore(tokens, run[0], reading);
                if (reading.role() == null) {
                    reading = nearby.withRoleAfter(tokens, run[1], reading);
                }
            }
            if (reading.hasName() && reading.role() != null) {
                if (NearbyOffices.COUNTERPARTS.contains(reading.role().toLowerCase(Locale.ROOT))) {
                    reading = counterpart(reading, lastOffice, found.asOf());
                } else {
                    lastOffice = reading.role();
                }
            }
            if (reading.hasName() && reading.country() == null) {
                reading = reading.withCountry(countries.delegationCountry(tokens, run[0]));
            }
            if (p == -1 && titleCaseHeadline && reading.hasName()) {
                reading = withRegistryName(reading); // "President Hu Jintao Holds Talks": every word is capitalised
            }
            if (reading.hasName()) {
                sighted(p, reading, tokens, found);
            }
        }
    }

    /**
     * "Foreign Minister X met his Chinese counterpart, Y": Y holds X's office (the last office the text named), or
     * the one the registry knows Y in on the day.
     */
    private Reading counterpart(Reading reading, String lastOffice, LocalDate asOf) {
        boolean registered = asOf != null && registry.byName(NameSpans.written(reading.name()))
                .flatMap(entry -> entry.roleOn(asOf)).isPresent();
        return new Reading(registered ? null : lastOffice != null ? lastOffice : "counterpart", reading.rank(),
                reading.country(), reading.name(), reading.end());
    }

    /** A name read: a bare surname waits for the full names; a full name is a person, seen here. */
    private void sighted(int p, Reading reading, List<Tokens.Token> tokens, Found found) {
        if (reading.name().size() == 1) {
            found.singles().add(new Pending(p, reading));
            return;
        }
        if (p < -1 && found.people().isOutOfOffice(reading, found.asOf())) {
            return; // a credit line naming someone no longer in office is another page's label
        }
        Person person = found.people().named(reading, found.asOf());
        if (person != null) {
            found.sightings().add(Sighting.of(p, reading, person));
            String bracketed = countries.bracketedCountry(tokens, reading.end());
            if (person.country == null && bracketed != null) {
                person.country = bracketed;
                person.nationalityOnly = true;
            }
        }
    }

    /**
     * The officials found, each with the office and country the archive shows, where the body names them, and the
     * country or organisation each serving official acts for.
     */
    private Result result(Found found) {
        LocalDate asOf = found.asOf();
        List<Sighting> sightings = found.sightings();
        sightings.sort((a, b) -> a.paragraph() != b.paragraph() ? Integer.compare(a.paragraph(), b.paragraph())
                : Integer.compare(a.start(), b.start()));
        Map<String, Integer> firstSeen = new java.util.HashMap<>();
        for (Sighting sighting : sightings) {
            firstSeen.merge(sighting.name(), sighting.paragraph(), Math::min);
        }
        sightings.removeIf(sighting -> sighting.paragraph() < 0);
        List<OfficialMention> officials = new ArrayList<>();
        List<Acting> actingFor = new ArrayList<>();
        for (Person person : found.people().all()) {
            String country = countryOf(person);
            officials.add(new OfficialMention(person.name, roleOf(person, asOf),
                    country == null ? null : Gazetteer.stateOf(country), List.copyOf(person.mentions)));
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
            if (registry.byName(NameSpans.written(name.subList(0, length))).isPresent()) {
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
