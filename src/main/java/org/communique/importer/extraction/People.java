package org.communique.importer.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.communique.importer.extraction.RunReader.Reading;
import org.communique.official.NameKey;

/**
 * The people one text names, one each however many spellings and mentions: a name read joins the person it
 * names, whose office, rank and country it may complete, or starts one.
 */
final class People {

    /** "KISHIDA Fumio": a family name in capitals before a given name. */
    private static final Pattern FAMILY_NAME_IN_CAPITALS = Pattern.compile("^\\p{Lu}{2,}(?:-\\p{Lu}+)? \\p{Lu}\\p{Ll}");
    private static final Set<String> PORTFOLIO_WORDS = Set.of("for", "of", "to", "on");

    /**
     * A spelling's name keys, made as {@link NameKey} makes them from the spelling's tokens, which are read once for
     * all of them ({@code NameKey.firstLast}, {@code loose}, {@code surname} and {@code looseSurname} each tokenise
     * the spelling again).
     */
    record Keys(List<String> tokens) {

        static Keys of(String spelling) {
            return new Keys(NameKey.tokens(spelling));
        }

        /** {@link NameKey#firstLast}. */
        String firstLast() {
            if (tokens.isEmpty()) {
                return "";
            }
            return tokens.size() == 1 ? tokens.get(0) : tokens.get(0) + " " + tokens.get(tokens.size() - 1);
        }

        /** {@link NameKey#loose}. */
        String loose() {
            if (tokens.size() < 2) {
                return "";
            }
            return NameKey.skeleton(tokens.get(0)) + " " + NameKey.skeleton(tokens.get(tokens.size() - 1));
        }

        /** {@link NameKey#surname}. */
        String surname() {
            return tokens.isEmpty() ? "" : tokens.get(tokens.size() - 1);
        }

        /** {@link NameKey#looseSurname}. */
        String looseSurname() {
            String surname = surname();
            return surname.isEmpty() ? "" : NameKey.skeleton(surname);
        }
    }

    /** One person as the text shows them, gathered over all their mentions. */
    static final class Person {
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
            Keys keys = Keys.of(spelling);
            nameKeys.add("fl:" + keys.firstLast());
            String loose = keys.loose();
            if (!loose.isEmpty()) {
                nameKeys.add("lo:" + loose);
            }
            surnameKeys.add(keys.surname());
            surnameKeys.add("lo:" + keys.looseSurname());
        }
    }

    private final OfficialRegistry registry;
    private final RoleLexicon roles;
    private final Map<String, Person> byName = new LinkedHashMap<>();
    /** The keys of each name the text writes, made once however often it writes the name. */
    private final Map<String, Keys> writtenKeys = new java.util.HashMap<>();
    /** The registry entry of each name the text writes, looked up once however often it writes the name. */
    private final Map<String, Optional<OfficialRegistry.Entry>> registryEntries = new java.util.HashMap<>();

    People(OfficialRegistry registry, RoleLexicon roles) {
        this.registry = registry;
        this.roles = roles;
    }

    /** Everyone found, in the order they were found. */
    Collection<Person> all() {
        return byName.values();
    }

    /** The person a registry official is, started if the text has not named them yet. */
    Person registered(OfficialRegistry.Entry entry) {
        return byName.computeIfAbsent(exactKey(entry.name()), key -> new Person(entry.name(), entry));
    }

    /** Whether the registry knows the name read and the person was out of office on the day. */
    boolean isOutOfOffice(Reading reading, LocalDate asOf) {
        if (asOf == null) {
            return false;
        }
        Optional<OfficialRegistry.Entry> entry = inRegistry(NameSpans.written(reading.name()));
        return entry.isPresent() && entry.get().roleOn(asOf).isEmpty();
    }

    /**
     * The person a name read with its office names: someone already found under another spelling, a registry
     * official, or someone new with an office or a rank; null for a name that is none of these.
     */
    Person named(Reading reading, LocalDate asOf) {
        String written = NameSpans.written(reading.name());
        Optional<OfficialRegistry.Entry> entry = inRegistry(written);
        if (entry.isPresent()) {
            boolean inOffice = asOf == null || entry.get().roleOn(asOf).isPresent();
            if (reading.role() == null && reading.rank() == null && !inOffice) {
                return null;
            }
        } else {
            Person known = findKnown(written, reading.country());
            if (known != null) {
                return merge(known, reading, written);
            }
            if (reading.role() == null && reading.rank() == null) {
                return null;
            }
        }
        // a speaker's label in capitals ("FOREIGN MINISTER AMINA ODUYA:") names the person as a name is written
        String name = entry.map(OfficialRegistry.Entry::name).orElse(
                written.equals(written.toUpperCase(Locale.ROOT)) && written.contains(" ") ? OfficialFinder.titleCase(written) : written);
        Person person = byName.computeIfAbsent(exactKey(name), key -> new Person(name, entry.orElse(null)));
        return merge(person, reading, written);
    }

    private Person merge(Person person, Reading reading, String written) {
        if (person.mentions.add(written) && keysOf(written).tokens().size() > 1) {
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

    private static boolean isBareOffice(String role) {
        return !role.strip().contains(" ");
    }

    /**
     * A person already found under another spelling of the same name. A name that only sounds like theirs
     * ("Moreau" and "Morrow") is someone else when it is read with another country than theirs.
     */
    private Person findKnown(String written, String country) {
        Keys keys = keysOf(written);
        String firstLast = "fl:" + keys.firstLast();
        String loose = keys.loose();
        for (Person person : byName.values()) {
            if (person.nameKeys.contains(firstLast) || !loose.isEmpty() && person.nameKeys.contains("lo:" + loose)
                    && (country == null || person.country == null || country.equals(person.country))) {
                return person;
            }
        }
        return null;
    }

    /** A one-word name: an official already found, or with an office, a registry official of that name. */
    Person bySurname(Reading reading, LocalDate asOf) {
        String written = NameSpans.written(reading.name());
        Keys keys = keysOf(written);
        String surname = keys.surname();
        String loose = keys.looseSurname();
        if (surname.isEmpty()) {
            return null;
        }
        List<Person> matches = new ArrayList<>();
        for (Person person : byName.values()) {
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
        List<OfficialRegistry.Entry> candidates = registry.bySurname(surname, loose).stream()
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
        return merge(registered(entry), reading, written);
    }

    private Keys keysOf(String written) {
        return writtenKeys.computeIfAbsent(written, Keys::of);
    }

    /** The registry entry a written name stands for ({@link OfficialRegistry#byName}), looked up once for the text. */
    private Optional<OfficialRegistry.Entry> inRegistry(String written) {
        Optional<OfficialRegistry.Entry> entry = registryEntries.get(written);
        if (entry == null) {
            entry = registry.byTokens(keysOf(written).tokens());
            registryEntries.put(written, entry);
        }
        return entry;
    }

    /** {@link NameKey#exact}, from the name's tokens made once for the text. */
    private String exactKey(String name) {
        return String.join(" ", keysOf(name).tokens());
    }

    /** The titles of the offices a registry official held on a day. */
    private static List<String> heldOn(OfficialRegistry.Entry entry, LocalDate day) {
        return entry.roles().stream().filter(role -> role.heldOn(day)).map(OfficialRegistry.Role::title).toList();
    }
}
