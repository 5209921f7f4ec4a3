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
import jakarta.servlet.http.HttpServletResponse;

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

    /** The form's values: the statement's, or what the admin sent when it was refused. */
    record Form(long id, String title, String date, String precision, String dateEnd, String type, String parties,
                List<NamedRow> officials, String addOfficial, String addRole, String note, String path,
                boolean sourceMissing, String url) {

        /** The form as the admin filled it in, over the statement's values (kept when a correction is refused). */
        Form as(MultiValueMap<String, String> sent) {
            List<String> roles = sent.getOrDefault("role", List.of());
            List<String> removed = sent.getOrDefault("remove", List.of());
            List<NamedRow> rows = new ArrayList<>();
            for (int i = 0; i < officials.size(); i++) {
                NamedRow row = officials.get(i);
                rows.add(new NamedRow(row.officialId(), row.name(), i < roles.size() ? roles.get(i) : row.role(),
                        removed.contains(Long.toString(row.officialId()))));
            }
            return new Form(id, or(sent, "title", title), or(sent, "date", date), or(sent, "precision", precision),
                    or(sent, "dateEnd", dateEnd), or(sent, "type", type), or(sent, "parties", parties), rows,
                    or(sent, "addOfficial", addOfficial), or(sent, "addRole", addRole), or(sent, "note", note), path,
                    sourceMissing, url);
        }

        private static String or(MultiValueMap<String, String> sent, String name, String otherwise) {
            String value = sent.getFirst(name);
            return value == null ? otherwise : value;
        }
    }

    /** An official the statement names, with their role here (and whether the admin ticked "remove"). */
    record NamedRow(long officialId, String name, String role, boolean removed) {
    }

    /** A precision of the date to choose. */
    record PrecisionChoice(String code, String label) {
    }

    /** A statement type to choose. */
    record TypeChoice(String code, String label) {
    }

    @GetMapping("/admin/statements/{id}")
    String form(@PathVariable long id, Model model) {
        return form(id, null, model);
    }

    private String form(long id, MultiValueMap<String, String> sent, Model model) {
        return tx.execute(status -> {
            Statement statement = load(id);
            model.addAttribute("form", sent == null ? formOf(statement) : formOf(statement).as(sent));
            if (!model.containsAttribute("errorFields")) {
                model.addAttribute("errorFields", java.util.Set.<String>of());
            }
            model.addAttribute("precisions", Arrays.stream(StatementCorrector.Precision.values())
                    .map(p -> new PrecisionChoice(p.code(), p.label())).toList());
            model.addAttribute("types", Arrays.stream(StatementType.values()).map(t -> new TypeChoice(t.code(), t.label())).toList());
            model.addAttribute("corrections", history.of(id));
            return "admin/statement";
        });
    }

    @PostMapping("/admin/statements/{id}")
    String correct(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Principal who,
                   HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        List<String> problems = new ArrayList<>();
        List<String> changed = tx.execute(status -> {
            Statement statement = load(id);
            Map<Correction.Field, String> wanted = wanted(statement, params, problems);
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
                audit.record(who.getName(), "CORRECTION", "statement " + id, "Changed the "
                        + entry.getKey().label().toLowerCase(java.util.Locale.ROOT) + " of statement " + id + " from '"
                        + corrector.display(entry.getKey(), before) + "' to '" + corrector.display(entry.getKey(), after) + "'",
                        request.getRemoteAddr());
                fields.add(entry.getKey().label());
            }
            return fields;
        });
        if (!problems.isEmpty()) {
            model.addAttribute("errors", problems);
            model.addAttribute("errorFields", problems.stream().map(p -> p.substring(0, Math.max(0, p.indexOf(':')))
                    .toLowerCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.toSet()));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(id, params, model);
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
        audit.record(who.getName(), "DELETE", "statement " + id, "Deleted statement " + id + ", '" + title
                + "', read from " + path + moved,
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
                .map((Appearance a) -> new NamedRow(a.getOfficial().getId(), a.getOfficial().getName(), a.getRole(), false)).toList();
        String date = corrector.valueOf(statement, Correction.Field.DATE);
        StatementCorrector.DateValue value = date.isEmpty() ? null : StatementCorrector.DateValue.lenient(date);
        return new Form(statement.getId(), statement.getTitle(), value == null ? "" : value.date().toString(),
                value == null ? StatementCorrector.Precision.DAY.code() : value.precision().code(),
                value == null || value.end() == null ? "" : value.end().toString(),
                statement.getType().code(), String.join(", ", statement.getParties()), named, "", "", "",
                statement.getSource().getPath(), statement.getSource().isMissing(),
                "/statements/" + statement.getId() + "-" + statement.getSlug());
    }

    /** The fields the form gives, as correction values (only those present in the request). */
    private Map<Correction.Field, String> wanted(Statement statement, MultiValueMap<String, String> params,
                                                 List<String> problems) {
        Map<Correction.Field, String> wanted = new EnumMap<>(Correction.Field.class);
        Optional.ofNullable(params.getFirst("title")).ifPresent(v -> wanted.put(Correction.Field.TITLE, v.strip()));
        Form shown = formOf(statement);
        boolean dateUntouched = params.getFirst("date") != null && params.getFirst("date").strip().equals(shown.date())
                && Objects.requireNonNullElse(params.getFirst("precision"), shown.precision()).equals(shown.precision())
                && Objects.requireNonNullElse(params.getFirst("dateEnd"), shown.dateEnd()).strip().equals(shown.dateEnd());
        if (params.getFirst("date") != null && !dateUntouched) { // untouched: nothing to check or keep
            try {
                wanted.put(Correction.Field.DATE, StatementCorrector.DateValue.fromForm(params.getFirst("date"),
                        params.getFirst("precision"), params.getFirst("dateEnd")));
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
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
