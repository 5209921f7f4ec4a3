package org.communique.importer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.communique.importer.extraction.ExtractedStatement;
import org.communique.importer.extraction.ExtractionBudget;
import org.communique.importer.extraction.SourceTooHeavy;
import org.communique.importer.extraction.OfficialMention;
import org.communique.importer.extraction.Quote;
import org.communique.importer.extraction.SourceFile;
import org.communique.importer.extraction.StatementExtractor;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code extract FILE...} command: one JSON line per file, in order, with the fields of the contract.
 * A file that cannot be read gets an error line and exit status 1; the other files are still extracted.
 * Starts no Spring, no web server and no database.
 */
public final class ExtractCommand {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ExtractCommand() {
    }

    /**
     * Extracts each file and prints its line; returns the exit status. Arguments {@code --archive.extraction.*=...}
     * set the budget (see {@link ExtractionProperties}); every other argument is a file.
     */
    public static int run(String[] args, PrintStream out) {
        List<String> files = new ArrayList<>();
        Map<String, String> settings = new LinkedHashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--archive.extraction.") && arg.contains("=")) {
                settings.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            } else {
                files.add(arg);
            }
        }
        if (files.isEmpty()) {
            System.err.println("usage: java -jar communique.jar extract [--archive.extraction.max-time=10s ...] FILE...");
            return 2;
        }
        ExtractionBudget budget;
        try {
            budget = new Binder(new MapConfigurationPropertySource(settings))
                    .bind("archive.extraction", ExtractionProperties.class)
                    .orElseGet(ExtractionProperties::defaults).budget();
        } catch (RuntimeException e) {
            System.err.println("bad setting: " + describe(e));
            return 2;
        }
        StatementExtractor extractor = StatementExtractor.withBundledRegistry();
        int status = 0;
        for (String file : files) {
            Map<String, Object> line;
            try {
                line = json(file, BoundedExtraction.extract(extractor, read(file, budget), budget));
            } catch (IOException | ImportFolder.Refused | RuntimeException e) {
                line = new LinkedHashMap<>();
                line.put("file", file);
                line.put("error", describe(e));
                status = 1;
            }
            out.println(JSON.writeValueAsString(line));
        }
        out.flush();
        return status;
    }

    private static SourceFile read(String file, ExtractionBudget budget) throws IOException, ImportFolder.Refused {
        Path path = Path.of(file);
        if (!Files.exists(path)) {
            throw new IOException("no such file");
        }
        if (Files.isDirectory(path)) {
            throw new IOException("is a directory, not a file");
        }
        if (!Files.isRegularFile(path)) {
            throw new IOException("is a special file (a FIFO, a device or a socket), not a regular file; it is not read");
        }
        if (!Files.isReadable(path)) {
            throw new IOException("not readable (permission denied)");
        }
        if (Files.size(path) > budget.maxBytes()) {
            throw SourceTooHeavy.overSize(Files.size(path), budget);
        }
        return new SourceFile(path.getFileName().toString(), ImportFolder.readBounded(path.toRealPath(), budget));
    }

    private static String describe(Exception e) {
        if ((e instanceof IOException || e instanceof ImportFolder.Refused || e instanceof SourceTooHeavy)
                && e.getMessage() != null) {
            return e.getMessage();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /** The contract's {@code extract} object, fields in the contract's order. */
    static Map<String, Object> json(String file, ExtractedStatement statement) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("file", file);
        line.put("title", statement.title());
        line.put("titleDerived", statement.titleDerived());
        line.put("date", statement.date() == null ? null : statement.date().toString());
        line.put("dateEnd", statement.dateEnd() == null ? null : statement.dateEnd().toString());
        line.put("dateBasis", statement.dateBasis().code());
        line.put("type", statement.type().code());
        line.put("parties", statement.parties());
        line.put("officials", statement.officials().stream().map(ExtractCommand::official).toList());
        line.put("quotes", statement.quotes().stream().map(ExtractCommand::quote).toList());
        line.put("publisher", statement.publisher());
        line.put("sourceUrl", statement.sourceUrl());
        line.put("body", statement.body());
        line.put("warnings", statement.warnings());
        return line;
    }

    private static Map<String, Object> official(OfficialMention official) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", official.name());
        map.put("role", official.role());
        map.put("country", official.country());
        map.put("mentions", official.mentions());
        return map;
    }

    private static Map<String, Object> quote(Quote quote) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("speaker", quote.speaker());
        map.put("text", quote.text());
        return map;
    }

}
