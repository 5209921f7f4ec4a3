package org.communique.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The names readers see for party codes ("IQ" → "Iraq"), from the extractor's gazetteer data. */
public final class PartyNames {

    private static final Map<String, String> NAMES = load();

    private PartyNames() {
    }

    public static String nameOf(String code) {
        return NAMES.getOrDefault(code.toUpperCase(Locale.ROOT), code);
    }

    public static boolean isKnown(String code) {
        return NAMES.containsKey(code.toUpperCase(Locale.ROOT));
    }

    private static Map<String, String> load() {
        Map<String, String> names = new HashMap<>();
        try (InputStream in = PartyNames.class.getResourceAsStream("/extraction/countries.tsv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t", -1);
                if (columns.length > 1) {
                    names.put(columns[0].strip(), columns[1].split("\\|")[0].strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read extraction/countries.tsv", e);
        }
        names.put("KRG", "Kurdistan Region");
        return names;
    }
}
