package org.communique.api;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.communique.statement.ArchiveVocabulary;
import org.communique.statement.FullTextSearch;
import org.communique.statement.StatementFilter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import tools.jackson.databind.json.JsonMapper;

/**
 * The whole archive, or the statements of any filter of the list, in one file, for notebooks and spreadsheets: JSON Lines (one statement whole per line,
 * as the API gives it) or CSV (one row per statement, lists joined with " | "). Written as it is read, a
 * batch at a time, so that a large archive streams.
 */
@Controller
class ExportController {

    static final int BATCH = 200;
    /** The most statements a filtered export holds (the whole archive has no limit). */
    static final int FILTERED_LIMIT = 100_000;
    static final List<String> CSV_COLUMNS = List.of("id", "url", "title", "title_derived", "date", "date_end",
            "date_basis", "type", "parties", "officials", "publisher", "source_url", "quotes", "body", "warnings",
            "status", "source_file", "source_sha256", "imported_at", "extractor_version");

    private final StatementDocuments documents;
    private final ArchiveVocabulary vocabulary;
    private final JsonMapper json;
    private final FullTextSearch search;

    ExportController(StatementDocuments documents, ArchiveVocabulary vocabulary, JsonMapper json, FullTextSearch search) {
        this.documents = documents;
        this.vocabulary = vocabulary;
        this.json = json;
        this.search = search;
    }

    @GetMapping("/export")
    String page(Model model) {
        model.addAttribute("statements", vocabulary.figures().statements());
        model.addAttribute("columns", CSV_COLUMNS);
        return "export/index";
    }

    @GetMapping("/export/statements.jsonl")
    ResponseEntity<StreamingResponseBody> jsonLines(@RequestParam(required = false) String q,
                                                    @RequestParam(required = false) String date,
                                                    @RequestParam(required = false) String from,
                                                    @RequestParam(required = false) String to,
                                                    @RequestParam(required = false) String official,
                                                    @RequestParam(required = false) List<String> party,
                                                    @RequestParam(required = false) String type,
                                                    @RequestParam(required = false) String publisher,
                                                    @RequestParam(required = false) String sort) {
        StatementFilter filter = StatementFilter.of(q, date, from, to, official, party, type, publisher, sort, null);
        Batches batches = batches(filter);
        StreamingResponseBody body = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            List<StatementDocument> batch;
            while (!(batch = batches.next()).isEmpty()) {
                for (StatementDocument document : batch) {
                    writer.write(json.writeValueAsString(document));
                    writer.write('\n');
                }
            }
            writer.flush();
        };
        return download(body, new MediaType("application", "jsonl", StandardCharsets.UTF_8), "communique-statements.jsonl");
    }

    @GetMapping("/export/statements.csv")
    ResponseEntity<StreamingResponseBody> csv(@RequestParam(required = false) String q,
                                              @RequestParam(required = false) String date,
                                              @RequestParam(required = false) String from,
                                              @RequestParam(required = false) String to,
                                              @RequestParam(required = false) String official,
                                              @RequestParam(required = false) List<String> party,
                                              @RequestParam(required = false) String type,
                                              @RequestParam(required = false) String publisher,
                                              @RequestParam(required = false) String sort) {
        StatementFilter filter = StatementFilter.of(q, date, from, to, official, party, type, publisher, sort, null);
        Batches batches = batches(filter);
        StreamingResponseBody body = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                    .setHeader(CSV_COLUMNS.toArray(String[]::new)).build());
            List<StatementDocument> batch;
            while (!(batch = batches.next()).isEmpty()) {
                for (StatementDocument d : batch) {
                    csv.printRecord(d.id(), d.url(), d.title(), d.titleDerived(), d.date(), d.dateEnd(), d.dateBasis(),
                            d.type(), String.join(" | ", d.parties()),
                            d.officials().stream().map(StatementDocument.Named::name).collect(Collectors.joining(" | ")),
                            d.publisher(), d.sourceUrl(),
                            d.quotes().stream().map(q2 -> q2.speaker() + ": " + q2.text()).collect(Collectors.joining(" | ")),
                            d.body(), String.join(" | ", d.warnings()), d.status(), d.source().path(), d.source().sha256(),
                            d.source().importedAt(), d.source().extractorVersion());
                }
            }
            csv.flush();
        };
        return download(body, new MediaType("text", "csv", StandardCharsets.UTF_8), "communique-statements.csv");
    }

    /** The next batch of statements to write, empty at the end. */
    private interface Batches {
        List<StatementDocument> next();
    }

    /**
     * The whole archive in id order, a batch at a time; or, for a filter, exactly the statements its list
     * shows (up to {@link #FILTERED_LIMIT}), in the list's order.
     */
    private Batches batches(StatementFilter filter) {
        String base = base();
        if (filter.isEmpty()) {
            long[] after = {0};
            return () -> {
                List<StatementDocument> batch = documents.batchAfter(after[0], BATCH, base);
                if (!batch.isEmpty()) {
                    after[0] = batch.get(batch.size() - 1).id();
                }
                return batch;
            };
        }
        List<Long> ids = search.ids(filter, FILTERED_LIMIT);
        int[] at = {0};
        return () -> {
            List<Long> slice = ids.subList(at[0], Math.min(ids.size(), at[0] + BATCH));
            at[0] += slice.size();
            return slice.isEmpty() ? List.of() : documents.byIds(slice, base);
        };
    }

    private static ResponseEntity<StreamingResponseBody> download(StreamingResponseBody body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }

    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
    }
}
