package org.communique.admin;

import java.security.Principal;

import org.communique.importer.ImportAlreadyRunning;
import org.communique.importer.Importer;
import org.communique.search.IndexFailures;
import org.communique.search.SearchIndex;
import org.communique.web.InvalidParameterException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The admin's "Check the search index": compares the index with the database statement by statement (ids and
 * versions) and repairs what differs, or, when asked, empties the index and rebuilds it from the database. Under
 * the import lock, so that it never overlaps an import on any node; the outcome in words on the front page and
 * in the audit log.
 */
@Controller
class IndexCheckController {

    private final Importer importer;
    private final SearchIndex index;
    private final IndexFailures failures;
    private final AuditLog audit;

    IndexCheckController(Importer importer, SearchIndex index, IndexFailures failures, AuditLog audit) {
        this.importer = importer;
        this.index = index;
        this.failures = failures;
        this.audit = audit;
    }

    @PostMapping("/admin/index/check")
    String check(@RequestParam(required = false) String rebuild, Principal who, HttpServletRequest request,
                 RedirectAttributes redirect) throws InterruptedException {
        if (rebuild != null && !rebuild.equals("yes")) {
            throw new InvalidParameterException("rebuild", "rebuild is either \"yes\" or left out.");
        }
        boolean full = rebuild != null;
        String address = request.getRemoteAddr();
        try {
            String outcome = importer.runUnderImportLock(() -> full ? rebuilt(index.rebuild()) : checked(index.check()));
            audit.record(who.getName(), full ? "INDEX_REBUILD" : "INDEX_CHECK", "search index", outcome, address);
            redirect.addFlashAttribute("notice", outcome);
        } catch (ImportAlreadyRunning e) {
            String refused = "The search index was not " + (full ? "rebuilt" : "checked") + ": an import is running"
                    + (e.getRunningId() == null ? "" : " (run " + e.getRunningId() + ")")
                    + " or the index is being checked; try again when it has finished.";
            audit.record(who.getName(), "INDEX_CHECK_REFUSED", "search index", refused, address);
            redirect.addFlashAttribute("error", refused);
        } catch (RuntimeException e) {
            failures.record(e, full ? "a rebuild of the index" : "a check of the index");
            String failed = "The search index could not be " + (full ? "rebuilt" : "checked")
                    + ": it could not be read or written (the log has the details). The archive tries to repair it"
                    + " by itself as soon as it can be written again.";
            audit.record(who.getName(), "INDEX_CHECK_FAILED", "search index", failed, address);
            redirect.addFlashAttribute("error", failed);
        }
        return "redirect:/admin";
    }

    /** What a check found and did, in words. */
    static String checked(SearchIndex.Consistency found) {
        String held = "The search index was checked against the database: " + statements(found.stored()) + " stored, "
                + found.indexed() + " in the index.";
        if (found.repaired() == 0) {
            return held + " Each was indexed at its latest version: nothing needed repair.";
        }
        return held + " Repaired: " + found.missing() + " missing, " + found.stale() + " out of date and "
                + found.extra() + " no longer in the archive.";
    }

    /** What a rebuild did, in words. */
    static String rebuilt(long indexed) {
        return "The search index was emptied and rebuilt from the database: " + statements(indexed) + " indexed.";
    }

    private static String statements(long count) {
        return count + (count == 1 ? " statement" : " statements");
    }
}
