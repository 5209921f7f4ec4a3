package org.communique.admin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.communique.importer.ImporterProperties;
import org.communique.official.Official;
import org.communique.official.Officials;
import org.communique.statement.Appearance;
import org.communique.statement.Statement;
import org.communique.statement.StatementType;
import org.communique.statement.Statements;
import org.communique.web.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.persistence.EntityManager;
import jakarta.servlet.http.HttpServletRequest;

/**
 * An admin corrects a statement (title, date, type, parties, officials), each changed field kept as its own
 * correction, or deletes it after confirming; both are recorded in the audit log.
 */
@Controller
class CorrectionController {

    private final Statements statements;
    private final Officials officials;
    private final Corrections corrections;
    private final StatementCorrector corrector;
    private final CorrectionsOnPage history;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;
    private final ImporterProperties importer;
    private final Clock clock;

    CorrectionController(Statements statements, Officials officials, Corrections corrections, StatementCorrector corrector,
                         CorrectionsOnPage history, AuditLog audit, TransactionTemplate tx, JdbcTemplate jdbc,
                         EntityManager entityManager, ImporterProperties importer, Clock clock) {
        this.statements = statements;
        this.officials = officials;
        this.corrections = corrections;
        this.corrector = corrector;
        this.history = history;
        this.audit = audit;
        this.tx = tx;
        this.jdbc = jdbc;
        this.entityManager = entityManager;
        this.importer = importer;
        this.clock = clock;
    }

    /** The form's values. */
    record Form(long id, String title, String date, String type, String parties, List<NamedRow> officials,
                String path, boolean sourceMissing, String url) {
    }

    /** An official the statement names, with their role here. */
    record NamedRow(long officialId, String name, String role) {
    }

    /** A statement type to choose. */
    record TypeChoice(String code, String label) {
    }

    @GetMapping("/admin/statements/{id}")
    String form(@PathVariable long id, Model model) {
        return tx.execute(status -> {
            Statement statement = load(id);
            model.addAttribute("form", formOf(statement));
            model.addAttribute("types", Arrays.stream(StatementType.values()).map(t -> new TypeChoice(t.code(), t.label())).toList());
            model.addAttribute("corrections", history.of(id));
            return "admin/statement";
        });
    }

    @PostMapping("/admin/statements/{id}")
    String correct(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Principal who,
                   HttpServletRequest request, Model model, RedirectAttributes redirect) {
        List<String> problems = new ArrayList<>();
        List<String> changed = tx.execute(status -> {
            Statement statement = load(id);
            Map<Correction.Field, String> wanted = wanted(statement, params);
            for (Map.Entry<Correction.Field, String> entry : wanted.entrySet()) {
                corrector.problem(entry.getKey(), entry.getValue()).ifPresent(problems::add);
            }
            if (!problems.isEmpty()) {
                status.setRollbackOnly();
                return List.<String>of();
            }
            List<String> fields = new ArrayList<>();
            Instant now = clock.instant();
            for (Map.Entry<Correction.Field, String> entry : wanted.entrySet()) {
                String before = corrector.valueOf(statement, entry.getKey());
                if (Objects.equals(before, entry.getValue())) {
                    continue; // untouched: applying it again could drop what the form does not show (a date's end)
                }
                corrector.apply(statement, entry.getKey(), entry.getValue());
                String after = corrector.valueOf(statement, entry.getKey());
                if (Objects.equals(before, after)) {
                    continue;
                }
                corrections.save(new Correction(id, entry.getKey(), before, after, params.getFirst("note"), who.getName(), now));
                audit.record(who.getName(), "CORRECTION", "statement " + id, entry.getKey().label() + ": '"
                        + corrector.display(entry.getKey(), before) + "' → '" + corrector.display(entry.getKey(), after) + "'",
                        request.getRemoteAddr());
                fields.add(entry.getKey().label());
            }
            return fields;
        });
        if (!problems.isEmpty()) {
            model.addAttribute("errors", problems);
            return form(id, model);
        }
        redirect.addFlashAttribute("notice", changed.isEmpty() ? "Nothing was changed."
                : "Corrected: " + String.join(", ", changed) + ". The correction is kept through every re-import.");
        return "redirect:/admin/statements/" + id;
    }

    @GetMapping("/admin/statements/{id}/delete")
    String confirmDelete(@PathVariable long id, Model model) {
        return tx.execute(status -> {
            model.addAttribute("form", formOf(load(id)));
            return "admin/delete";
        });
    }

    /**
     * Deletes a statement for good: its source file leaves the import folder and is kept in the database
     * (every node sees it; nothing is lost), so that a re-import does not bring the statement back.
     */
    @PostMapping("/admin/statements/{id}/delete")
    String delete(@PathVariable long id, @RequestParam(required = false) String confirm, Principal who,
                  HttpServletRequest request, RedirectAttributes redirect) throws IOException {
        if (!"yes".equals(confirm)) {
            redirect.addFlashAttribute("error", "Tick the box to confirm that the statement is to be deleted.");
            return "redirect:/admin/statements/" + id + "/delete";
        }
        String path = tx.execute(status -> load(id).getSource().getPath());
        Path file = importer.importDir().resolve(path).normalize();
        boolean inFolder = file.startsWith(importer.importDir().normalize()) && Files.isRegularFile(file);
        byte[] bytes = inFolder ? Files.readAllBytes(file) : null;
        String title = tx.execute(status -> {
            Statement statement = load(id);
            jdbc.update("INSERT INTO deleted_source (path, content, statement_id, title, deleted_at, deleted_by)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", path, bytes != null ? bytes
                    : statement.getSource().getOriginalText().getBytes(java.nio.charset.StandardCharsets.UTF_8), id,
                    statement.getTitle(), java.sql.Timestamp.from(clock.instant()), who.getName());
            corrections.deleteOfStatement(id);
            jdbc.update("UPDATE import_file SET statement_id = NULL WHERE statement_id = ?", id);
            entityManager.remove(statement);
            entityManager.flush();
            entityManager.remove(statement.getSource());
            return statement.getTitle();
        });
        String moved = "";
        if (inFolder) {
            Files.deleteIfExists(file);
            moved = "; its file left the import folder and is kept in the database";
        }
        audit.record(who.getName(), "DELETE", "statement " + id, "'" + title + "' from " + path + moved,
                request.getRemoteAddr());
        redirect.addFlashAttribute("notice", "Statement " + id + " ('" + title + "') was deleted" + moved + ".");
        return "redirect:/admin";
    }

    private Statement load(long id) {
        return statements.findWithSourceById(id)
                .orElseThrow(() -> new NotFoundException("There is no statement " + id + " in the archive."));
    }

    private Form formOf(Statement statement) {
        List<NamedRow> named = statement.getAppearances().stream()
                .map((Appearance a) -> new NamedRow(a.getOfficial().getId(), a.getOfficial().getName(), a.getRole())).toList();
        return new Form(statement.getId(), statement.getTitle(), statement.getDate() == null ? "" : statement.getDate().toString(),
                statement.getType().code(), String.join(", ", statement.getParties()), named,
                statement.getSource().getPath(), statement.getSource().isMissing(),
                "/statements/" + statement.getId() + "-" + statement.getSlug());
    }

    /** The fields the form gives, as correction values (only those present in the request). */
    private Map<Correction.Field, String> wanted(Statement statement, MultiValueMap<String, String> params) {
        Map<Correction.Field, String> wanted = new EnumMap<>(Correction.Field.class);
        Optional.ofNullable(params.getFirst("title")).ifPresent(v -> wanted.put(Correction.Field.TITLE, v.strip()));
        Optional.ofNullable(params.getFirst("date")).ifPresent(v -> wanted.put(Correction.Field.DATE, v.strip()));
        Optional.ofNullable(params.getFirst("type")).ifPresent(v -> wanted.put(Correction.Field.TYPE, v.strip()));
        Optional.ofNullable(params.getFirst("parties"))
                .ifPresent(v -> wanted.put(Correction.Field.PARTIES, String.join(",", StatementCorrector.parties(v))));
        if (params.containsKey("officialId") || params.containsKey("addOfficial")) {
            List<String> ids = params.getOrDefault("officialId", List.of());
            List<String> roles = params.getOrDefault("role", List.of());
            List<String> removed = params.getOrDefault("remove", List.of());
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                if (!removed.contains(ids.get(i))) {
                    lines.add(ids.get(i) + "\t" + (i < roles.size() ? roles.get(i).strip() : ""));
                }
            }
            String add = params.getFirst("addOfficial");
            if (add != null && !add.isBlank()) {
                List<Official> found = officials.findByAnyName(add.strip());
                String role = Optional.ofNullable(params.getFirst("addRole")).orElse("").strip();
                lines.add(found.size() == 1 ? found.get(0).getId() + "\t" + role : "?" + add.strip().replace('\t', ' '));
            }
            wanted.put(Correction.Field.OFFICIALS, String.join("\n", lines));
        }
        return wanted;
    }
}
