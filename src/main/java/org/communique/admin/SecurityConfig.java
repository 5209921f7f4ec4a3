package org.communique.admin;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Reading is public; everything under {@code /admin} and every request that changes something needs the
 * ADMIN role. Form login at {@code /login} with failed attempts throttled per username and per address,
 * CSRF tokens on every form, and headers that keep the pages to our own scripts and styles.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET) // not for the import command
class SecurityConfig {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfig.class);

    /** Our own scripts, styles and images only: nothing inline, nothing from elsewhere. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain security(HttpSecurity http, LoginThrottle throttle, AuditLog audit,
                                 @org.springframework.beans.factory.annotation.Qualifier("thymeleafViewResolver")
                                 org.springframework.web.servlet.ViewResolver views) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        // the container's error page for a refused request (a stale form's 403 included) is ours to show
                        .dispatcherTypeMatchers(jakarta.servlet.DispatcherType.ERROR).permitAll()
                        .requestMatchers("/admin", "/admin/**").hasRole("ADMIN")
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator", "/actuator/**", "/h2-console", "/h2-console/**").denyAll()
                        .requestMatchers(HttpMethod.POST, "/login", "/logout").permitAll()
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**").permitAll()
                        // CORS preflights of the public reads: answered by the CORS mapping, never a change
                        .requestMatchers(HttpMethod.OPTIONS, "/api/**", "/feeds/**", "/export/**").permitAll()
                        .anyRequest().hasRole("ADMIN"))
                .formLogin(login -> login.loginPage("/login").permitAll()
                        .successHandler((request, response, authentication) -> {
                            audit.record(authentication.getName(), "LOGIN", null, null, request.getRemoteAddr());
                            response.sendRedirect(request.getContextPath() + "/admin");
                        })
                        .failureHandler((request, response, exception) -> {
                            String username = username(request);
                            audit.record(username, "LOGIN_FAILED", null, "Refused to sign in '" + username + "': "
                                    + exception.getMessage(), request.getRemoteAddr());
                            response.sendRedirect(request.getContextPath() + "/login?error");
                        }))
                .addFilterBefore(new UnreadableUpload(views, audit), org.springframework.security.web.csrf.CsrfFilter.class)
                .addFilterBefore(new LoginThrottleFilter(throttle, audit), UsernamePasswordAuthenticationFilter.class)
                // a form sent from a session that has ended (signed out, expired) fails its CSRF check: our own page
                // says so and offers to sign in again, rather than a bare 403
                .exceptionHandling(denied -> denied.accessDeniedHandler((request, response, e) -> {
                    request.setAttribute("sessionEnded", e instanceof CsrfException);
                    response.sendError(HttpServletResponse.SC_FORBIDDEN);
                }))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signed-out"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    static String username(HttpServletRequest request) {
        String username = request.getParameter("username");
        if (username == null || username.isBlank()) {
            return "(none)";
        }
        String stripped = username.strip();
        return stripped.length() > 100 ? stripped.substring(0, 100) : stripped;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /** The one administrator; only a BCrypt hash of the password is kept. */
    @Bean
    UserDetailsService administrators(AdminProperties properties, PasswordEncoder encoder) {
        String password = properties.password();
        if (!properties.hasPassword()) {
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            log.warn("No archive.admin.password is set. The administrator '{}' may log in with this generated"
                    + " password, shown only now: {}", properties.username(), password);
        }
        return new InMemoryUserDetailsManager(User.withUsername(properties.username())
                .password(encoder.encode(password)).roles("ADMIN").build());
    }

}
