package org.communique.admin;

import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.communique.official.Official;
import org.communique.official.OfficialAlias;
import org.communique.official.Officials;
import org.communique.web.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;

/** The registry of officials for admins: find, rename, add spellings, set the country, merge, export, import. */
@Controller
class OfficialsAdminController {

    private final Officials officials;
    private final Registry registry;
    private final AuditLog audit;

    OfficialsAdminController(Officials officials, Registry registry, AuditLog audit) {
        this.officials = officials;
        this.registry = registry;
        this.audit = audit;
    }

    /** An official as the admin pages list them. */
    record Row(long id, String name, String slug, String country, List<String> aliases) {
    }

    @GetMapping("/admin/officials")
    @Transactional(readOnly = true)
    String list(@RequestParam(required = false) String q, Model model) {
        String needle = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        List<Row> rows = officials.findAllWithAliases().stream()
                .filter(o -> needle.isEmpty() || o.getAliases().stream()
                        .anyMatch(a -> a.getAlias().toLowerCase(Locale.ROOT).contains(needle)))
                .sorted(Comparator.comparing(o -> o.getName().toLowerCase(Locale.ROOT)))
                .map(OfficialsAdminController::row).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("q", q);
        return "admin/officials";
    }

    @GetMapping("/admin/officials/{id}")
    @Transactional(readOnly = true)
    String official(@PathVariable long id, Model model) {
        Official official = officials.findById(id)
                .orElseThrow(() -> new NotFoundException("There is no official " + id + " in the registry."));
        if (official.isMerged()) {
            return "redirect:/admin/officials/" + official.getMergedInto();
        }
        model.addAttribute("official", row(official));
        model.addAttribute("merges", registry.mergesInto(id));
        return "admin/official";
    }

    @PostMapping("/admin/officials/{id}/rename")
    String rename(@PathVariable long id, @RequestParam String name, Principal who, HttpServletRequest request,
                  RedirectAttributes redirect) {
        return change(id, redirect, () -> {
            String before = registry.rename(id, name);
            audit.record(who.getName(), "OFFICIAL_RENAME", before + " (official " + id + ")", "Renamed official " + before
                    + " to " + name.strip() + "; the old name stays a spelling", request.getRemoteAddr());
            return "Renamed '" + before + "' to '" + name.strip() + "'; the old name stays a spelling and the old address redirects.";
        });
    }

    @PostMapping("/admin/officials/{id}/aliases")
    String alias(@PathVariable long id, @RequestParam String alias, Principal who, HttpServletRequest request,
                 RedirectAttributes redirect) {
        return change(id, redirect, () -> {
            boolean added = registry.addAlias(id, alias);
            if (added) {
                String name = registry.active(id).getName();
                audit.record(who.getName(), "OFFICIAL_ALIAS", name + " (official " + id + ")", "Added the spelling '"
                        + alias.strip() + "' to official " + name, request.getRemoteAddr());
            }
            return added ? "Added the spelling '" + alias.strip() + "'; the next import recognises it."
                    : "'" + alias.strip() + "' was already a spelling of this official.";
        });
    }

    /** Asks the admin to confirm the removal of a spelling (a page of its own: works without scripts). */
    @GetMapping("/admin/officials/{id}/aliases/remove")
    @Transactional(readOnly = true)
    String confirmRemoveAlias(@PathVariable long id, @RequestParam String alias, Model model) {
        Official official = registry.active(id);
        if (official.getAliases().stream().noneMatch(a -> a.getAlias().equals(alias)) || alias.equals(official.getName())) {
            throw new NotFoundException("'" + alias + "' is not a spelling of " + official.getName() + " that can be removed.",
                    "/admin/officials/" + id, "Back to " + official.getName());
        }
        model.addAttribute("confirm", new Confirm("Remove the spelling '" + alias + "'?",
                List.of("The next import will no longer recognise '" + alias + "' as " + official.getName() + ".",
                        "Statements already in the archive keep naming " + official.getName() + ".",
                        "The removal is recorded in the audit log; the spelling can be added again at any time."),
                "/admin/officials/" + id + "/aliases/remove", Map.of("alias", alias), "Remove the spelling",
                "remove-alias", "/admin/officials/" + id, "Keep it"));
        return "admin/confirm";
    }

    @PostMapping("/admin/officials/{id}/aliases/remove")
    String removeAlias(@PathVariable long id, @RequestParam String alias, @RequestParam(required = false) String confirm,
                       Principal who, HttpServletRequest request, RedirectAttributes redirect) {
        if (!"yes".equals(confirm)) {
            return "redirect:/admin/officials/" + id + "/aliases/remove?alias="
                    + java.net.URLEncoder.encode(alias, java.nio.charset.StandardCharsets.UTF_8);
        }
        return change(id, redirect, () -> {
            String name = registry.removeAlias(id, alias);
            audit.record(who.getName(), "OFFICIAL_ALIAS_REMOVED", name + " (official " + id + ")",
                    "Removed the spelling '" + alias + "' from official " + name, request.getRemoteAddr());
            return "Removed the spelling '" + alias + "'; the next import no longer recognises it.";
        });
    }

    @PostMapping("/admin/officials/{id}/country")
    String country(@PathVariable long id, @RequestParam String country, Principal who, HttpServletRequest request,
                   RedirectAttributes redirect) {
        return change(id, redirect, () -> {
            registry.setCountry(id, country);
            String name = registry.active(id).getName();
            audit.record(who.getName(), "OFFICIAL_COUNTRY", name + " (official " + id + ")", country.isBlank()
                    ? "Cleared the country of official " + name : "Set the country of official " + name + " to "
                    + country.strip().toUpperCase(Locale.ROOT), request.getRemoteAddr());
            return country.isBlank() ? "The country was cleared." : "The country is now " + country.strip().toUpperCase(Locale.ROOT) + ".";
        });
    }

    /**
     * Merges another official (by id, or by a name only one official has) into this one: first a page that
     * says what would move and asks to confirm, then (with {@code confirm=yes}) the merge itself.
     */
    @PostMapping("/admin/officials/{id}/merge")
    String merge(@PathVariable long id, @RequestParam String other, @RequestParam(required = false) String confirm,
                 Principal who, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        if (!"yes".equals(confirm)) {
            try {
                Registry.MergePlan plan = registry.planMerge(id, resolve(other));
                List<String> lines = new ArrayList<>();
                lines.add(plan.otherName() + "'s " + plural(plan.statements(), "statement") + " and "
                        + plural(plan.quotations(), "quotation") + " become " + plan.keptName() + "'s.");
                lines.add("Their spellings become spellings of " + plan.keptName() + ": " + String.join(", ", plan.otherSpellings()) + ".");
                lines.add("Their page redirects to " + plan.keptName() + "'s.");
                lines.add("The merge is recorded and can be undone from " + plan.keptName() + "'s page.");
                model.addAttribute("confirm", new Confirm("Merge " + plan.otherName() + " into " + plan.keptName() + "?", lines,
                        "/admin/officials/" + id + "/merge", Map.of("other", Long.toString(plan.otherId())),
                        "Merge them", "confirm-merge", "/admin/officials/" + id, "Do not merge"));
                return "admin/confirm";
            } catch (IllegalArgumentException e) {
                redirect.addFlashAttribute("error", e.getMessage());
                return "redirect:/admin/officials/" + id;
            }
        }
        return change(id, redirect, () -> {
            long otherId = resolve(other);
            String[] names = registry.merge(id, otherId, who.getName());
            audit.record(who.getName(), "OFFICIAL_MERGE", names[1] + " (official " + otherId + ") into " + names[0]
                    + " (official " + id + ")", "Merged official " + names[1] + " into " + names[0], request.getRemoteAddr());
            return "Merged '" + names[1] + "' into '" + names[0] + "': their statements are now this official's, the name"
                    + " is a spelling, and the old address redirects. The merge can be undone below.";
        });
    }

    /** Undoes a merge into this official: the other official stands on their own again. */
    @PostMapping("/admin/officials/{id}/merges/{merge}/undo")
    String split(@PathVariable long id, @PathVariable long merge, Principal who, HttpServletRequest request,
                 RedirectAttributes redirect) {
        return change(id, redirect, () -> {
            String[] names = registry.split(id, merge, who.getName());
            audit.record(who.getName(), "OFFICIAL_SPLIT", names[1] + " out of " + names[0] + " (official " + id + ")",
                    "Undid the merge of official " + names[1] + " into " + names[0] + ": " + names[1]
                    + " has their own page, spellings and statements again", request.getRemoteAddr());
            return "Undid the merge: '" + names[1] + "' stands on their own again, with their spellings and statements.";
        });
    }

    /** A question the admin answers before a change that is hard to see undone: one page, one form, no script. */
    record Confirm(String question, List<String> lines, String action, Map<String, String> fields, String button,
                   String buttonId, String cancel, String cancelText) {
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    @GetMapping("/admin/officials/export")
    ResponseEntity<byte[]> export(Principal who, HttpServletRequest request) {
        audit.record(who.getName(), "REGISTRY_EXPORT", null, null, request.getRemoteAddr());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"officials.json\"")
                .body(registry.export());
    }

    @PostMapping("/admin/officials/import")
    String importFile(@RequestParam(name = "file", required = false) MultipartFile file, Principal who,
                      HttpServletRequest request, RedirectAttributes redirect) throws IOException {
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("error", "Choose a registry file (officials.json) to import.");
            return "redirect:/admin/officials";
        }
        try {
            Registry.ImportSummary summary = registry.importFile(file.getInputStream());
            audit.record(who.getName(), "REGISTRY_IMPORT", file.getOriginalFilename(), summary.created() + " new, "
                    + summary.updated() + " updated, " + summary.problems().size() + " refused", request.getRemoteAddr());
            redirect.addFlashAttribute("notice", "Imported the registry file: " + summary.created() + " new officials, "
                    + summary.updated() + " updated." + (summary.problems().isEmpty() ? ""
                    : " Not imported: " + String.join("; ", summary.problems())));
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/admin/officials";
    }

    private long resolve(String other) {
        String value = other == null ? "" : other.strip();
        if (value.matches("\\d{1,18}")) {
            return Long.parseLong(value);
        }
        List<Official> found = officials.findBySlug(value).filter(o -> !o.isMerged()).map(List::of)
                .orElseGet(() -> officials.findByAnyName(value));
        if (found.size() != 1) {
            throw new IllegalArgumentException(found.isEmpty() ? "Merge: no official is named '" + value + "'."
                    : "Merge: " + found.size() + " officials are named '" + value + "'; give the full name or the id.");
        }
        return found.get(0).getId();
    }

    private String change(long id, RedirectAttributes redirect, java.util.function.Supplier<String> action) {
        try {
            redirect.addFlashAttribute("notice", action.get());
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/admin/officials/" + id;
    }

    private static Row row(Official official) {
        return new Row(official.getId(), official.getName(), official.getSlug(), official.getCountry(),
                official.getAliases().stream().map(OfficialAlias::getAlias).filter(a -> !a.equals(official.getName()))
                        .sorted().toList());
    }
}
