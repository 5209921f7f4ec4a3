package org.communique.admin;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Reads a multipart request's parts before anything else asks for a parameter, so that an upload the container
 * cannot read (a file name holding a NUL, which Tomcat refuses while parsing) is answered with our 400 page
 * naming the file, rather than a 500 from whichever filter first read a parameter. Nothing of it is stored.
 */
final class UnreadableUpload extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(UnreadableUpload.class);

    private final ViewResolver views;
    private final AuditLog audit;

    UnreadableUpload(ViewResolver views, AuditLog audit) {
        this.views = views;
        this.audit = audit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String problem;
        String name;
        try {
            request.getParameterMap(); // parses the parts, as the CSRF check would
            chain.doFilter(request, response);
            return;
        } catch (InvalidFileNameException e) {
            name = UploadedName.printable(e.getName());
            problem = "No file was accepted: the name '" + UploadedName.printable(e.getName()) + "' holds a NUL"
                    + " character, which no file name may hold. Nothing was stored; rename the file and upload it again.";
        }
        log.info("Refused an upload: {}", problem);
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        if (who != null && who.isAuthenticated() && !(who instanceof AnonymousAuthenticationToken)) {
            audit.record(who.getName(), "UPLOAD_REJECTED", name, "Refused the uploaded file " + name + ": its name holds"
                    + " a NUL character", request.getRemoteAddr());
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        try {
            View page = views.resolveViewName("error/400", Locale.ENGLISH);
            if (page != null) {
                page.render(Map.of("message", problem, "parameter", "files"), request, response);
                return;
            }
        } catch (Exception e) {
            log.warn("Could not show the page for a refused upload", e);
        }
        if (!response.isCommitted()) {
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(problem);
        }
    }
}
