package org.communique.importer.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.communique.official.NameKey;
import org.communique.statement.PartialDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import tools.jackson.databind.json.JsonMapper;

/**
 * The curated registry of officials: one canonical name per person, the other spellings texts use, the
 * country, and the offices held with their dates. Looks people up by any spelling, through the keys of
 * {@link NameKey}. The bundled file {@code extraction/officials.json} is the default; the archive builds
 * one from its database so that admins' merges and aliases count on the next import.
 */
public final class OfficialRegistry {

    /** An office held from one date to another ({@code to} is {@code null} while it is held). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Role(String title, String from, String to) {

        public boolean heldOn(LocalDate date) {
            LocalDate start = from == null ? LocalDate.MIN : PartialDate.parse(from).lowerBound();
            LocalDate end = to == null ? LocalDate.MAX : PartialDate.parse(to).upperBound();
            return !date.isBefore(start) && !date.isAfter(end);
        }
    }

    /** One person. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entry(String name, String country, List<String> aliases, List<Role> roles) {

        public Entry {
            Objects.requireNonNull(name, "name");
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
            roles = roles == null ? List.of() : List.copyOf(roles);
        }

        List<String> spellings() {
            List<String> spellings = new ArrayList<>();
            spellings.add(name);
            spellings.addAll(aliases);
            return spellings;
        }

        /** The office the person held on a day, if the registry knows it; offices held together read as one. */
        public Optional<Role> roleOn(LocalDate date) {
            List<Role> held = roles.stream().filter(role -> role.heldOn(date)).toList();
            if (held.size() <= 1) {
                return held.stream().findFirst();
            }
            String title = String.join(" and ", held.stream().map(Role::title).distinct().toList());
            return Optional.of(new Role(title, held.get(0).from(), held.get(0).to()));
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    private record RegistryFile(List<Entry> officials) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static OfficialRegistry bundled;

    private final List<Entry> entries;
    private final Map<String, List<Entry>> byExact = new HashMap<>();
    private final Map<String, List<Entry>> byFirstLast = new HashMap<>();
    private final Map<String, List<Entry>> byLoose = new HashMap<>();
    private final Map<String, List<Entry>> bySurname = new HashMap<>();
    /** The tokens of every spelling in alphabetical order: "KISHIDA Fumio" is "Fumio Kishida". */
    private final Map<String, List<Entry>> byUnordered = new HashMap<>();
    private static final java.util.Set<String> FAMILY_NAME_FIRST = java.util.Set.copyOf(Lexicon.lines("family-name-first.txt"));

    private OfficialRegistry(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        for (Entry entry : this.entries) {
            for (String spelling : entry.spellings()) {
                index(byExact, NameKey.exact(spelling), entry);
                index(byFirstLast, NameKey.firstLast(spelling), entry);
                index(byLoose, NameKey.loose(spelling), entry);
                index(bySurname, NameKey.surname(spelling), entry);
                index(bySurname, NameKey.looseSurname(spelling), entry);
                if (NameKey.tokens(spelling).size() >= 2) {
                    index(byUnordered, unordered(spelling), entry);
                }
                if (writesFamilyNameFirst(entry.country())) {
                    String family = familyName(spelling);
                    index(bySurname, family, entry);
                    index(bySurname, family.isEmpty() ? "" : NameKey.skeleton(family), entry);
                }
            }
        }
    }

    private static void index(Map<String, List<Entry>> map, String key, Entry entry) {
        if (key.isEmpty()) {
            return;
        }
        List<Entry> list = map.computeIfAbsent(key, k -> new ArrayList<>());
        if (!list.contains(entry)) {
            list.add(entry);
        }
    }

    /** Whether a country's officials are written family name first in English ({@code family-name-first.txt}). */
    static boolean writesFamilyNameFirst(String country) {
        return country != null && FAMILY_NAME_FIRST.contains(country);
    }

    /** The first token of a name, its family name where that comes first ("Xi" of "Xi Jinping"), or "". */
    static String familyName(String spelling) {
        List<String> tokens = NameKey.tokens(spelling);
        return tokens.size() >= 2 ? tokens.get(0) : "";
    }

    private static String unordered(String spelling) {
        return String.join(" ", NameKey.tokens(spelling).stream().sorted().toList());
    }

    public static OfficialRegistry of(List<Entry> entries) {
        return new OfficialRegistry(entries);
    }

    /** The registry shipped with Communique, {@code extraction/officials.json}. */
    public static synchronized OfficialRegistry bundled() {
        if (bundled == null) {
            try (InputStream in = Lexicon.open("officials.json")) {
                bundled = read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read extraction/officials.json", e);
            }
        }
        return bundled;
    }

    /** Reads a registry file: {@code {"officials": [{"name", "country", "aliases", "roles"}]}}. */
    public static OfficialRegistry read(InputStream json) {
        RegistryFile file = JSON.readValue(json, RegistryFile.class);
        return new OfficialRegistry(file.officials() == null ? List.of() : file.officials());
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The person a written full name stands for: the same spelling, the same first and last name, or close. */
    Optional<Entry> byName(String written) {
        return byTokens(NameKey.tokens(written)); // the keys from these, as NameKey makes them from the name
    }

    /**
     * {@link #byName} of a name whose {@link NameKey#tokens} have been made already: under the exact key, then the
     * first and last names (of two tokens or more), then their consonants, then the tokens in any order.
     */
    Optional<Entry> byTokens(List<String> tokens) {
        Entry found = onlyOne(byExact, String.join(" ", tokens));
        if (found == null && tokens.size() >= 2) {
            String first = tokens.get(0);
            String last = tokens.get(tokens.size() - 1);
            found = onlyOne(byFirstLast, first + " " + last);
            if (found == null) {
                found = onlyOne(byLoose, NameKey.skeleton(first) + " " + NameKey.skeleton(last));
            }
            if (found == null) {
                String[] sorted = tokens.toArray(String[]::new);
                java.util.Arrays.sort(sorted);
                found = onlyOne(byUnordered, String.join(" ", sorted)); // "KISHIDA Fumio"
            }
        }
        return Optional.ofNullable(found);
    }

    /** The one entry an index holds under a key, or null when it holds none or several. */
    private static Entry onlyOne(Map<String, List<Entry>> index, String key) {
        List<Entry> found = index.get(key);
        return found != null && found.size() == 1 ? found.get(0) : null;
    }

    /** Everyone with this family name (by spelling or by its consonants). */
    List<Entry> bySurname(String surname) {
        return bySurname(NameKey.surname(surname), NameKey.looseSurname(surname));
    }

    /** {@link #bySurname(String)} of a name whose surname keys ({@link NameKey#surname}, {@code looseSurname}) are made. */
    List<Entry> bySurname(String surnameKey, String looseSurnameKey) {
        List<Entry> found = new ArrayList<>(bySurname.getOrDefault(surnameKey, List.of()));
        // a skeleton key may stand for a family name written first: look it up the same way
        for (Entry entry : bySurname.getOrDefault(looseSurnameKey, List.of())) {
            if (!found.contains(entry)) {
                found.add(entry);
            }
        }
        return found;
    }
}
