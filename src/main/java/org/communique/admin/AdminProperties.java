package org.communique.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The administrator's account.
 *
 * @param username the login ({@code archive.admin.username}, default {@code admin})
 * @param password the password ({@code archive.admin.password}); when unset, a strong one is generated at
 *                 start-up and logged once
 */
@ConfigurationProperties(prefix = "archive.admin")
public record AdminProperties(String username, String password) {

    public AdminProperties {
        username = username == null || username.isBlank() ? "admin" : username.strip();
    }

    public boolean hasPassword() {
        return password != null && !password.isBlank();
    }
}
