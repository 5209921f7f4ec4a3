package org.communique;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes {@code archive.data-dir} an absolute path before anything reads it, so that "data", "./data" and
 * "/srv/communique" all work in the H2 file URL and the search index root (H2 refuses a path that is only
 * implicitly relative).
 */
class DataDirectory implements EnvironmentPostProcessor, Ordered {

    static final String PROPERTY = "archive.data-dir";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String configured = environment.getProperty(PROPERTY, "./data");
        String absolute = Path.of(configured.strip()).toAbsolutePath().normalize().toString();
        environment.getPropertySources().addFirst(new MapPropertySource("archiveDataDirectory", Map.of(PROPERTY, absolute)));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
