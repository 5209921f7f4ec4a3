package org.communique.admin;

import java.nio.file.Files;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.communique.importer.ImportAlreadyRunning;
import org.communique.importer.ImportFileResult;
import org.communique.importer.ImportRun;
import org.communique.importer.ImportRuns;
import org.communique.importer.Importer;
import org.communique.importer.ImporterProperties;
import org.communique.web.NotFoundException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;

/** The admin's front page, re-imports started from it, the history of runs, a run's progress and report. */
@Controller
class ImportsController {

    private final Importer importer;
    private final ImportRuns runs;
    private final ImporterProperties properties;
    private final AuditLog audit;
    private final Clock clock;

    ImportsController(Importer importer, ImportRuns runs, ImporterProperties properties, AuditLog audit, Clock clock) {
        this.importer = importer;
        this.runs = runs;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    /** A run as the admin pages show it. */
    record RunRow(long id, String status, String trigger, String by, Instant startedAt, Instant finishedAt,
                  int filesDone, int filesTotal, String currentFile, String message, long elapsedSeconds) {

        static RunRow of(ImportRun run, Instant now) {
            Instant end = run.getFinishedAt() == null ? now : run.getFinishedAt();
            return new RunRow(run.getId(), run.getStatus().name(), run.getTrigger().name(), run.getTriggeredBy(),
                    run.getStartedAt(), run.getFinishedAt(), run.getFilesDone(), run.getFilesTotal(),
                    run.getCurrentFile(), run.getMessage(), Duration.between(run.getStartedAt(), end).toSeconds());
        }

        public boolean running() {
            return "RUNNING".equals(status);
        }

        public int percent() {
            return filesTotal == 0 ? (running() ? 0 : 100) : Math.min(100, filesDone * 100 / filesTotal);
        }
    }

    /** A file's line in a run's report. */
    record FileRow(String path, String outcome, String message, Long statementId) {
    }

    /** What the progress bar's script polls. */
    record Progress(long id, String status, boolean finished, int filesDone, int filesTotal, int percent,
                    String currentFile, long elapsedSeconds, String message) {
    }

    @GetMapping("/admin")
    @Transactional(readOnly = true)
    String dashboard(Model model) {
        Instant now = clock.instant();
        model.addAttribute("runs", runs.newestFirst(PageRequest.of(0, 5)).stream().map(r -> RunRow.of(r, now)).toList());
        model.addAttribute("importDir", properties.importDir().toAbsolutePath().normalize().toString());
        model.addAttribute("events", audit.newest(8, null));
        return "admin/dashboard";
    }

    @GetMapping("/admin/imports")
    @Transactional(readOnly = true)
    String history(Model model) {
        Instant now = clock.instant();
        model.addAttribute("runs", runs.newestFirst(PageRequest.of(0, 100)).stream().map(r -> RunRow.of(r, now)).toList());
        return "admin/imports";
    }

    /** Re-imports the whole folder, or one file of it, in the background; refused while another run goes on. */
    @PostMapping("/admin/imports")
    String start(@RequestParam(required = false) String file, Principal who, HttpServletRequest request,
                 RedirectAttributes redirect) {
        List<String> only = null;
        if (file != null && !file.isBlank()) {
            String path = file.strip();
            if (!UploadedName.isSafeRelativePath(path) || !Files.isRegularFile(properties.importDir().resolve(path))) {
                redirect.addFlashAttribute("error", "There is no file '" + path + "' in the import folder.");
                return "redirect:/admin";
            }
            only = List.of(path);
        }
        try {
            long id = importer.startInBackground(properties.importDir(), only, ImportRun.Trigger.ADMIN, who.getName());
            audit.record(who.getName(), "IMPORT", "run " + id, only == null
                    ? "Started import run " + id + " of the whole import folder" : "Started import run " + id + " of the file "
                    + only.get(0),
                    request.getRemoteAddr());
            return "redirect:/admin/imports/" + id;
        } catch (ImportAlreadyRunning e) {
            audit.record(who.getName(), "IMPORT_REFUSED", null, "An import was not started: " + e.getMessage(), request.getRemoteAddr());
            redirect.addFlashAttribute("error", e.getMessage());
            return e.getRunningId() == null ? "redirect:/admin" : "redirect:/admin/imports/" + e.getRunningId();
        }
    }

    @GetMapping("/admin/imports/{id}")
    @Transactional(readOnly = true)
    String run(@PathVariable long id, Model model) {
        ImportRun run = runs.findWithFiles(id).orElseThrow(() -> new NotFoundException("There is no import run " + id + "."));
        model.addAttribute("run", RunRow.of(run, clock.instant()));
        List<FileRow> files = run.getFiles().stream()
                .map(f -> new FileRow(f.getPath(), f.getOutcome().name(), f.getMessage(), f.getStatementId())).toList();
        model.addAttribute("files", files);
        model.addAttribute("counts", java.util.Arrays.stream(ImportFileResult.Outcome.values())
                .collect(java.util.stream.Collectors.toMap(Enum::name,
                        o -> files.stream().filter(f -> f.outcome().equals(o.name())).count(),
                        (a, b) -> a, java.util.LinkedHashMap::new)));
        return "admin/run";
    }

    @GetMapping("/admin/imports/{id}/progress")
    @ResponseBody
    @Transactional(readOnly = true)
    Progress progress(@PathVariable long id) {
        ImportRun run = runs.findById(id).orElseThrow(() -> new NotFoundException("There is no import run " + id + "."));
        RunRow row = RunRow.of(run, clock.instant());
        return new Progress(id, row.status(), !row.running(), row.filesDone(), row.filesTotal(), row.percent(),
                row.currentFile(), row.elapsedSeconds(), row.message());
    }
}
