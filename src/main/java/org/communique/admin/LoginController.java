package org.communique.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page, with what went wrong with the last attempt. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String throttled,
                 Model model) {
        if (throttled != null) {
            model.addAttribute("error", "Too many failed sign-ins for this account or from this address. Try again in "
                    + (throttled.matches("\\d{1,3}") ? throttled : "a few") + " minutes.");
        } else if (error != null) {
            model.addAttribute("error", "The username or password is wrong.");
        }
        return "login";
    }
}
