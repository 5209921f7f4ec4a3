package org.communique.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The administrator's account and the limits of the admin pages.
 *
 * @param username    the login ({@code archive.admin.username}, default {@code admin})
 * @param password    the password ({@code archive.admin.password}); when unset, a strong one is generated at
 *                    start-up and logged once
 * @param uploadLimit the largest source file an admin may upload ({@code archive.admin.upload-limit}, default
 *                    10MB; the multipart limits of {@code application.properties} follow it)
 */
@ConfigurationProperties(prefix = "archive.admin")
public record AdminProperties(String username, String password, DataSize uploadLimit) {

    public AdminProperties {
        username = username == null || username.isBlank() ? "admin" : username.strip();
        uploadLimit = uploadLimit == null ? DataSize.ofMegabytes(10) : uploadLimit;
    }

    public boolean hasPassword() {
        return password != null && !password.isBlank();
    }
}
