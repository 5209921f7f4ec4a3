package org.communique.admin;

import java.io.IOException;
import java.security.Principal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

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
        return "admin/official";
    }

    @PostMapping("/admin/officials/{id}/rename")
    String rename(@PathVariable long id, @RequestParam String name, Principal who, HttpServletRequest request,
                  RedirectAttributes redirect) {
        return change(id, redirect, () -> {
            String before = registry.rename(id, name);
            audit.record(who.getName(), "OFFICIAL_RENAME", "official " + id, "'" + before + "' → '" + name.strip() + "'",
                    request.getRemoteAddr());
            return "Renamed '" + before + "' to '" + name.strip() + "'; the old name stays a spelling and the old address redirects.";
        });
    }

    @PostMapping("/admin/officials/{id}/aliases")
    String alias(@PathVariable long id, @RequestParam String alias, Principal who, HttpServletRequest request,
                 RedirectAttributes redirect) {
        return change(id, redirect, () -> {
            boolean added = registry.addAlias(id, alias);
            if (added) {
                audit.record(who.getName(), "OFFICIAL_ALIAS", "official " + id, "added '" + alias.strip() + "'",
                        request.getRemoteAddr());
            }
            return added ? "Added the spelling '" + alias.strip() + "'; the next import recognises it."
                    : "'" + alias.strip() + "' was already a spelling of this official.";
        });
    }

    @PostMapping("/admin/officials/{id}/country")
    String country(@PathVariable long id, @RequestParam String country, Principal who, HttpServletRequest request,
                   RedirectAttributes redirect) {
        return change(id, redirect, () -> {
            registry.setCountry(id, country);
            audit.record(who.getName(), "OFFICIAL_COUNTRY", "official " + id, "country '" + country.strip() + "'",
                    request.getRemoteAddr());
            return country.isBlank() ? "The country was cleared." : "The country is now " + country.strip().toUpperCase(Locale.ROOT) + ".";
        });
    }

    /** Merges another official (by id, or by a name only one official has) into this one. */
    @PostMapping("/admin/officials/{id}/merge")
    String merge(@PathVariable long id, @RequestParam String other, Principal who, HttpServletRequest request,
                 RedirectAttributes redirect) {
        return change(id, redirect, () -> {
            long otherId = resolve(other);
            String[] names = registry.merge(id, otherId);
            audit.record(who.getName(), "OFFICIAL_MERGE", "official " + otherId + " into " + id,
                    "'" + names[1] + "' merged into '" + names[0] + "'", request.getRemoteAddr());
            return "Merged '" + names[1] + "' into '" + names[0] + "': their statements are now this official's, the name"
                    + " is a spelling, and the old address redirects.";
        });
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
