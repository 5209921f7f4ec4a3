package org.communique.importer.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.communique.importer.extraction.People.Person;
import org.communique.importer.extraction.RunReader.Reading;

/**
 * Officials a text names in another language than English: with an office in French, Spanish, Portuguese,
 * Italian or German, by a spelling in Arabic script the registry knows, or with an office written after a name
 * already found; the office is kept as written.
 */
final class OtherLanguageOfficials {

    private static final Pattern ARABIC_INITIAL = Pattern.compile("(?<=\\s)\\p{IsArabic}\\.\\s+");

    private final RoleLexicon roles;
    private final WrittenOffices writtenOffices;
    /** The registry's spellings in Arabic script, longest first: Arabic has no capitals to find a name by. */
    private final List<Map.Entry<String, OfficialRegistry.Entry>> arabicSpellings = new ArrayList<>();

    OtherLanguageOfficials(OfficialRegistry registry, RoleLexicon roles, WrittenOffices writtenOffices) {
        for (OfficialRegistry.Entry entry : registry.entries()) {
            for (String alias : entry.aliases()) {
                if (holdsArabic(alias) && alias.strip().contains(" ")) {
                    arabicSpellings.add(Map.entry(alias.strip(), entry));
                }
            }
        }
        arabicSpellings.sort((a, b) -> Integer.compare(b.getKey().length(), a.getKey().length()));
        this.roles = roles;
        this.writtenOffices = writtenOffices;
    }

    /**
     * Officials named with an office in French, Spanish, Portuguese, Italian or German ({@link WrittenOffices}),
     * the office kept as written.
     */
    void inEuropeanLanguages(People people, List<OfficialFinder.Sighting> sightings, OfficialFinder.Read headline,
            List<OfficialFinder.Read> paragraphs, LocalDate asOf) {
        for (int p = headline == null ? 0 : -1; p < paragraphs.size(); p++) {
            OfficialFinder.Read read = p == -1 ? headline : paragraphs.get(p);
            for (WrittenOffices.Naming naming : writtenOffices.find(read.text(), read.tokens())) {
                Reading reading = new Reading(naming.role(), null, naming.country(), naming.name(), 0);
                Person person = people.named(reading, asOf);
                if (person == null) {
                    continue;
                }
                if (naming.role().equals(person.role)) {
                    person.roleAsWritten = true;
                }
                sightings.add(OfficialFinder.Sighting.of(p, reading, person));
            }
        }
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
    void inArabic(People people, List<OfficialFinder.Sighting> sightings, List<String> paragraphs, LocalDate asOf) {
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
                Person person = people.registered(entry);
                person.mentions.add(written);
                sightings.add(new OfficialFinder.Sighting(p, at, at + written.length(), person.name));
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

    /** The office a text in another language writes after an official's name ("M. X, ministre de ..."), as written. */
    void withOfficesAfter(People people, List<String> paragraphs) {
        for (Person person : people.all()) {
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
}
