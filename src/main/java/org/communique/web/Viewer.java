package org.communique.web;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who reads the page, as the public pages need to know it: a reader (not signed in) or the administrator, who also
 * sees the links to the admin. Read from the security context the filters set, not by evaluating a Spring Security
 * expression per link ({@code sec:authorize} built an evaluation context and parsed its expression on every page: a
 * seventh of a search page's render).
 */
@Component("viewer")
public class Viewer {

    private static final String ADMIN = "ROLE_ADMIN";

    /** Whether the request is the signed-in administrator's. */
    public boolean isAdmin() {
        Authentication authentication = signedIn();
        return authentication != null
                && authentication.getAuthorities().stream().anyMatch(granted -> ADMIN.equals(granted.getAuthority()));
    }

    /** Whether someone is signed in. */
    public boolean isSignedIn() {
        return signedIn() != null;
    }

    /** Whether the request is a reader's: nobody signed in (the public page cache serves only these). */
    static boolean anonymous() {
        return signedIn() == null;
    }

    private static Authentication signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated() ? null : authentication;
    }
}
