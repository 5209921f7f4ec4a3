package org.communique.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

/** What the OpenAPI description says of the API as a whole: its name, version and purpose. */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    @Bean
    OpenAPI communiqueApi() {
        return new OpenAPI().info(new Info().title("Communique API").version("1")
                .description("The statements of the Communique archive, searched and filtered like the statements"
                        + " page, one statement whole, the officials, and the timeline's counts. Errors are RFC 9457"
                        + " problem details."));
    }
}
