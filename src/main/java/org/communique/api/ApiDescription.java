package org.communique.api;

import java.util.List;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;

/**
 * What the OpenAPI description says of the API as a whole: its name, version and purpose, and that its
 * errors (400, 404) are RFC 9457 problem details rather than the bare strings springdoc would guess.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    static final String PROBLEM = "Problem";

    @Bean
    OpenAPI communiqueApi() {
        return new OpenAPI().info(new Info().title("Communique API").version("1")
                .description("The statements of the Communique archive, searched and filtered like the statements"
                        + " page, one statement whole, the officials, and the timeline's counts. Errors are RFC 9457"
                        + " problem details."));
    }

    @Bean
    OpenApiCustomizer problemDetails() {
        return openApi -> {
            Schema<?> problem = new ObjectSchema().description("An RFC 9457 problem detail.")
                    .addProperty("type", new StringSchema()).addProperty("title", new StringSchema())
                    .addProperty("status", new IntegerSchema())
                    .addProperty("detail", new StringSchema().description("what went wrong, in words"))
                    .addProperty("instance", new StringSchema())
                    .addProperty("parameter", new StringSchema().description("on a 400, the parameter that cannot be read"))
                    .required(List.of("title", "status", "detail"));
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addSchemas(PROBLEM, problem);
            Content content = new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
            if (openApi.getPaths() != null) {
                openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
                    if (operation.getResponses() != null) {
                        operation.getResponses().forEach((status, response) -> {
                            if (status.startsWith("4")) {
                                response.setContent(content);
                            }
                        });
                    }
                }));
            }
        };
    }
}
