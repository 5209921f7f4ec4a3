package org.communique.api;

import java.util.Locale;

import org.springdoc.webmvc.api.OpenApiWebMvcResource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's reference as one of our pages, drawn from the same OpenAPI description that {@code /api/docs}
 * serves: no third-party script, so it keeps to the Content-Security-Policy and reads like the rest of the site.
 */
@Controller
class ApiReferenceController {

    /** springdoc's own endpoint; absent when no web server runs (the import command), as is this page. */
    private final ObjectProvider<OpenApiWebMvcResource> openApi;
    private final JsonMapper json;
    private final String documentPath;

    ApiReferenceController(ObjectProvider<OpenApiWebMvcResource> openApi, JsonMapper json,
                           @Value("${springdoc.api-docs.path}") String documentPath) {
        this.openApi = openApi;
        this.json = json;
        this.documentPath = documentPath;
    }

    @GetMapping("/api/docs/ui")
    String reference(HttpServletRequest request, Locale locale, Model model) throws Exception {
        model.addAttribute("api", ApiReference.read(json.readTree(openApi.getObject().openapiJson(request, documentPath, locale))));
        model.addAttribute("documentPath", documentPath);
        return "api/reference";
    }
}
