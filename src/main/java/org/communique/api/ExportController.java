package org.communique.api;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.communique.web.PublicUrl;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.communique.statement.ArchiveVocabulary;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import tools.jackson.databind.json.JsonMapper;

/**
 * The whole archive in one file, for notebooks and spreadsheets: JSON Lines (one statement whole per line,
 * as the API gives it) or CSV (one row per statement, lists joined with " | "). Written as it is read, a
 * batch at a time, so that a large archive streams.
 */
@Controller
class ExportController {

    static final int BATCH = 200;
    static final List<String> CSV_COLUMNS = List.of("id", "url", "title", "title_derived", "date", "date_end",
            "date_basis", "type", "parties", "officials", "publisher", "source_url", "quotes", "body", "warnings",
            "status", "source_file", "source_sha256", "imported_at", "extractor_version");

    private final StatementDocuments documents;
    private final ArchiveVocabulary vocabulary;
    private final JsonMapper json;

    ExportController(StatementDocuments documents, ArchiveVocabulary vocabulary, JsonMapper json) {
        this.documents = documents;
        this.vocabulary = vocabulary;
        this.json = json;
    }

    @GetMapping("/export")
    String page(Model model) {
        model.addAttribute("statements", vocabulary.figures().statements());
        model.addAttribute("columns", CSV_COLUMNS);
        return "export/index";
    }

    @GetMapping("/export/statements.jsonl")
    ResponseEntity<StreamingResponseBody> jsonLines() {
        String base = base();
        StreamingResponseBody body = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            long after = 0;
            List<StatementDocument> batch;
            while (!(batch = documents.batchAfter(after, BATCH, base)).isEmpty()) {
                for (StatementDocument document : batch) {
                    writer.write(json.writeValueAsString(document));
                    writer.write('\n');
                }
                after = batch.get(batch.size() - 1).id();
            }
            writer.flush();
        };
        return download(body, new MediaType("application", "jsonl", StandardCharsets.UTF_8), "communique-statements.jsonl");
    }

    @GetMapping("/export/statements.csv")
    ResponseEntity<StreamingResponseBody> csv() {
        String base = base();
        StreamingResponseBody body = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                    .setHeader(CSV_COLUMNS.toArray(String[]::new)).build());
            long after = 0;
            List<StatementDocument> batch;
            while (!(batch = documents.batchAfter(after, BATCH, base)).isEmpty()) {
                for (StatementDocument d : batch) {
                    csv.printRecord(Stream.of(d.id(), d.url(), d.title(), d.titleDerived(), d.date(), d.dateEnd(),
                            d.dateBasis(), d.type(), String.join(" | ", d.parties()),
                            d.officials().stream().map(StatementDocument.Named::name).collect(Collectors.joining(" | ")),
                            d.publisher(), d.sourceUrl(),
                            d.quotes().stream().map(q -> q.speaker() + ": " + q.text()).collect(Collectors.joining(" | ")),
                            d.body(), String.join(" | ", d.warnings()), d.status(), d.source().path(), d.source().sha256(),
                            d.source().importedAt(), d.source().extractorVersion()).map(ExportController::safeCell)
                            .toList());
                }
                after = batch.get(batch.size() - 1).id();
            }
            csv.flush();
        };
        return download(body, new MediaType("text", "csv", StandardCharsets.UTF_8), "communique-statements.csv");
    }

    /**
     * A cell a spreadsheet will not run as a formula (OWASP's advice on CSV injection): text that starts with
     * {@code = + - @}, a tab or a carriage return gets a leading apostrophe, which spreadsheets show as text.
     * Numbers, dates and booleans go out as they are.
     */
    static Object safeCell(Object value) {
        if (!(value instanceof String text) || text.isEmpty()) {
            return value;
        }
        char first = text.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + text : text;
    }

    private static ResponseEntity<StreamingResponseBody> download(StreamingResponseBody body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }

    private static String base() {
        return PublicUrl.base();
    }
}
