package org.communique.citation;

import java.nio.charset.StandardCharsets;

import org.communique.statement.StatementViews;
import org.communique.web.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A statement's citation as a file for reference managers: BibTeX, RIS or CSL-JSON. */
@Controller
class CitationController {

    private final StatementViews views;
    private final Citations citations;

    CitationController(StatementViews views, Citations citations) {
        this.views = views;
        this.citations = citations;
    }

    @GetMapping("/statements/{id}/citation.bib")
    ResponseEntity<String> bibtex(@PathVariable long id) {
        Citation citation = citation(id);
        return file(citation.bibtex(), new MediaType("application", "x-bibtex", StandardCharsets.UTF_8), citation.key() + ".bib");
    }

    @GetMapping("/statements/{id}/citation.ris")
    ResponseEntity<String> ris(@PathVariable long id) {
        Citation citation = citation(id);
        return file(citation.ris(), new MediaType("application", "x-research-info-systems", StandardCharsets.UTF_8),
                citation.key() + ".ris");
    }

    @GetMapping("/statements/{id}/citation.json")
    ResponseEntity<String> cslJson(@PathVariable long id) {
        Citation citation = citation(id);
        return file(citation.cslJson(), new MediaType("application", "vnd.citationstyles.csl+json", StandardCharsets.UTF_8),
                citation.key() + ".json");
    }

    private Citation citation(long id) {
        return citations.of(views.view(id)
                .orElseThrow(() -> new NotFoundException("There is no statement " + id + " in the archive.")));
    }

    private static ResponseEntity<String> file(String body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
                .body(body);
    }
}
