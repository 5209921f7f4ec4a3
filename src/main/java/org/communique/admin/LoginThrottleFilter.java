package org.communique.admin;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Refuses a sign-in attempt, before the password is checked, while its username or address is throttled. */
class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final AuditLog audit;

    LoginThrottleFilter(LoginThrottle throttle, AuditLog audit) {
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())) {
            String username = SecurityConfig.username(request);
            Optional<Duration> wait = throttle.blocked(username, request.getRemoteAddr());
            if (wait.isPresent()) {
                long minutes = Math.max(1, (wait.get().toSeconds() + 59) / 60);
                audit.record(username, "LOGIN_THROTTLED", null, "refused for " + minutes + " min",
                        request.getRemoteAddr());
                response.sendRedirect(request.getContextPath() + "/login?throttled=" + minutes);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
