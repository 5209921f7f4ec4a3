package org.communique.api;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Any site's scripts may read the API and the feeds: GET (and HEAD) from any origin, without credentials. */
@Configuration(proxyBeanMethods = false)
class ApiCors implements WebMvcConfigurer {

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        for (String path : new String[] {"/api/**", "/feeds/**", "/export/**"}) {
            registry.addMapping(path).allowedOrigins("*").allowedMethods("GET", "HEAD").maxAge(3600);
        }
    }
}
