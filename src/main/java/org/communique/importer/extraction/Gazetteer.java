package org.communique.importer.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The countries and organisations of {@code extraction/countries.tsv}, found in text by their names
 * ("Iraq", "the United States", "U.S."), adjectives ("Iraqi", "American") and capitals used for their
 * governments ("Baghdad", "Washington"). Names are matched with their capitals as written, since "US" and
 * "us" are not the same word; a possessive ("Iraq's") counts as the name.
 */
final class Gazetteer {

    /** A place named in text. */
    record Place(String code, int start, int end, Form form) {
    }

    enum Form {
        NAME, ADJECTIVE, METONYM
    }

    private final Pattern pattern;
    private final Map<String, String> codeBySurface = new HashMap<>();
    private final Map<String, Form> formBySurface = new HashMap<>();

    private Gazetteer(List<String[]> rows) {
        List<String> surfaces = new ArrayList<>();
        for (String[] row : rows) {
            String code = row[0].strip();
            addAll(surfaces, code, row.length > 1 ? row[1] : "", Form.NAME);
            addAll(surfaces, code, row.length > 2 ? row[2] : "", Form.ADJECTIVE);
            addAll(surfaces, code, row.length > 3 ? row[3] : "", Form.METONYM);
        }
        surfaces.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alternation = new StringBuilder();
        for (String surface : surfaces) {
            if (alternation.length() > 0) {
                alternation.append('|');
            }
            alternation.append(Pattern.quote(surface));
        }
        this.pattern = Pattern.compile("(?<![\\p{L}\\p{N}.])(" + alternation + ")(?:['’]s)?(?![\\p{L}\\p{N}])");
    }

    private void addAll(List<String> surfaces, String code, String column, Form form) {
        for (String surface : column.split("\\|")) {
            String s = surface.strip();
            if (s.isEmpty() || codeBySurface.containsKey(s)) {
                continue;
            }
            codeBySurface.put(s, code);
            formBySurface.put(s, form);
            surfaces.add(s);
            String upper = s.toUpperCase(Locale.ROOT);
            if (!upper.equals(s) && s.length() > 4 && !codeBySurface.containsKey(upper)) {
                codeBySurface.put(upper, code);
                formBySurface.put(upper, form);
                surfaces.add(upper);
            }
        }
    }

    static Gazetteer load() {
        List<String[]> rows = new ArrayList<>();
        for (String line : Lexicon.lines("countries.tsv")) {
            rows.add(line.split("\t", -1));
        }
        return new Gazetteer(rows);
    }

    List<Place> find(String text) {
        List<Place> places = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            String surface = m.group(1);
            places.add(new Place(codeBySurface.get(surface), m.start(), m.end(), formBySurface.get(surface)));
        }
        return places;
    }

    /** The code of a single word or phrase that names a country: "Iraqi", "Iraq's", "U.S.". */
    Optional<String> codeOf(String words) {
        String stripped = words.strip().replaceFirst("['’]s$", "");
        return Optional.ofNullable(codeBySurface.get(stripped));
    }
}
