package org.communique.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The parties readers name and see: their codes and names ("IQ" → "Iraq") and every name or code a reader
 * may type for one ("USA", "United States", "us" → "US"). All of it is data: the extractor's gazetteer
 * ({@code extraction/countries.tsv}: code, names) and {@code parties/definite-article.txt} (the names that take
 * "the"), so a new party code needs no change here.
 */
public final class PartyNames {

    private static final Map<String, String> NAMES = new HashMap<>();
    private static final Map<String, String> CODES_BY_NAME = new HashMap<>();
    private static final Set<String> WITH_ARTICLE = new HashSet<>();

    static {
        Map<String, String> byName = new HashMap<>();
        lines("/extraction/countries.tsv", line -> {
            String[] columns = line.split("\t", -1);
            if (columns.length > 1) {
                String code = columns[0].strip().toUpperCase(Locale.ROOT);
                String[] names = columns[1].split("\\|");
                NAMES.putIfAbsent(code, names[0].strip());
                CODES_BY_NAME.put(key(code), code);
                for (String name : names) {
                    byName.putIfAbsent(key(name), code);
                }
            }
        });
        byName.forEach(CODES_BY_NAME::putIfAbsent); // a code wins over a name ("AU" is Australia, not the African Union)
        NAMES.putIfAbsent("KRG", "Kurdistan Region");
        CODES_BY_NAME.putIfAbsent(key("KRG"), "KRG");
        CODES_BY_NAME.putIfAbsent(key("Kurdistan Region"), "KRG");
        lines("/parties/definite-article.txt", line -> WITH_ARTICLE.add(line.strip().toUpperCase(Locale.ROOT)));
    }

    private PartyNames() {
    }

    public static String nameOf(String code) {
        return NAMES.getOrDefault(code.toUpperCase(Locale.ROOT), code);
    }

    /** The name as it reads inside a sentence: "the United States", "Iraq". */
    public static String nameInText(String code) {
        String name = nameOf(code);
        return WITH_ARTICLE.contains(code.toUpperCase(Locale.ROOT)) && !name.startsWith("The ") ? "the " + name : name;
    }

    public static boolean isKnown(String code) {
        return NAMES.containsKey(code.toUpperCase(Locale.ROOT));
    }

    /** The code of a party given by its code or any of its names, in any case and with or without dots. */
    public static Optional<String> resolve(String value) {
        return Optional.ofNullable(value == null ? null : CODES_BY_NAME.get(key(value)));
    }

    /**
     * The codes of one or several parties as a reader writes them: "US-IQ", "US,IQ", "us iq", "United States",
     * "United States-Iraq"; empty parts are ignored. Nothing when any part names no party.
     */
    public static Optional<List<String>> parseList(String value) {
        List<String> codes = new ArrayList<>();
        if (value == null || value.isBlank()) {
            return Optional.of(codes);
        }
        Optional<String> whole = resolve(value);
        if (whole.isPresent()) {
            return Optional.of(List.of(whole.get()));
        }
        for (String part : value.split("[-,;+–]+")) {
            if (part.isBlank()) {
                continue;
            }
            Optional<String> code = resolve(part);
            if (code.isPresent()) {
                codes.add(code.get());
                continue;
            }
            for (String word : part.strip().split("\\s+")) {
                Optional<String> wordCode = resolve(word);
                if (wordCode.isEmpty()) {
                    return Optional.empty();
                }
                codes.add(wordCode.get());
            }
        }
        return Optional.of(codes.stream().distinct().toList());
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replace(".", "").replaceAll("^the\\s+", "").replaceAll("\\s+", " ");
    }

    private static void lines(String resource, Consumer<String> each) {
        try (InputStream in = PartyNames.class.getResourceAsStream(resource);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    each.accept(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
