package org.communique.importer.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the extractor's word lists and patterns from {@code src/main/resources/extraction/}: plain UTF-8
 * files, {@code #} for comments, {@code [section]} headers where a file has parts.
 */
final class Lexicon {

    private static final String FOLDER = "/extraction/";
    /** "[name]" or "[name] (a note)": a pattern line such as "[<«] previous" is not a header. */
    private static final Pattern SECTION = Pattern.compile("^\\[([a-z][a-z-]*)\\](\\s.*)?$");

    private Lexicon() {
    }

    /** The non-comment lines of a file, trimmed. */
    static List<String> lines(String file) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = open(file);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    lines.add(trimmed);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read extraction/" + file, e);
        }
        return lines;
    }

    /** The notes written after section names: {@code [caption] (find) needs: (, photo} → "(find) needs: (, photo". */
    static Map<String, String> notes(String file) {
        Map<String, String> notes = new LinkedHashMap<>();
        for (String line : lines(file)) {
            Matcher header = SECTION.matcher(line);
            if (header.matches()) {
                notes.put(header.group(1), header.group(2) == null ? "" : header.group(2).strip());
            }
        }
        return notes;
    }

    /** Lines grouped under their {@code [section]} header; a header may carry a note after the name. */
    static Map<String, List<String>> sections(String file) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : lines(file)) {
            Matcher header = SECTION.matcher(line);
            if (header.matches()) {
                String name = header.group(1);
                current = sections.computeIfAbsent(name, k -> new ArrayList<>());
            } else if (current != null) {
                current.add(line);
            } else {
                throw new IllegalStateException("extraction/" + file + ": line outside a [section]: " + line);
            }
        }
        return sections;
    }

    static InputStream open(String file) {
        InputStream in = Lexicon.class.getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new IllegalStateException("Missing resource extraction/" + file);
        }
        return in;
    }
}
