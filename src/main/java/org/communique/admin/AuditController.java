package org.communique.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log, newest first, optionally of one kind of action. */
@Controller
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String log(@RequestParam(required = false) String action, Model model) {
        String only = action == null || action.isBlank() ? null : action;
        model.addAttribute("events", audit.newest(500, only));
        model.addAttribute("actions", audit.actions());
        model.addAttribute("action", only);
        return "admin/audit";
    }
}
