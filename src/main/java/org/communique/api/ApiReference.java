package org.communique.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The API's OpenAPI description read into what the reference page shows: each operation with its
 * parameters and answers, and each schema with its fields, types named in words ("list of Item").
 */
record ApiReference(String title, String version, String description, List<Operation> operations,
                    List<Schema> schemas) {

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");
    private static final Map<String, Integer> PATH_ORDER = Map.of("/api/statements", 0, "/api/statements/{id}", 1,
            "/api/officials", 2, "/api/officials/{slug}", 3, "/api/timeline", 4);

    /** One method on one path; {@code anchor} is its fragment on the page. */
    record Operation(String method, String path, String anchor, String summary, String description,
                     List<Parameter> parameters, List<Answer> answers) {
    }

    record Parameter(String name, String in, boolean required, Type type, String description) {
    }

    /** An HTTP status the operation answers with, and the schema of its body if any. */
    record Answer(String status, String description, String mediaType, Type type) {
    }

    record Schema(String name, String anchor, String description, List<Field> fields) {
    }

    record Field(String name, Type type, boolean required, String description) {
    }

    /** A type in words; {@code schema} names the schema it refers to (to link to it), or is null. */
    record Type(String words, String schema) {

        static final Type NONE = new Type("", null);

        public String anchor() {
            return schema == null ? null : schemaAnchor(schema);
        }
    }

    static ApiReference read(JsonNode document) {
        JsonNode info = document.path("info");
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (String method : METHODS) {
                JsonNode operation = path.getValue().path(method);
                if (!operation.isMissingNode()) {
                    operations.add(operation(method, path.getKey(), operation));
                }
            }
        }
        operations.sort(Comparator.comparing((Operation o) -> PATH_ORDER.getOrDefault(o.path(), PATH_ORDER.size()))
                .thenComparing(Operation::path));
        List<Schema> schemas = new ArrayList<>();
        for (Map.Entry<String, JsonNode> schema : document.path("components").path("schemas").properties()) {
            schemas.add(schema(schema.getKey(), schema.getValue()));
        }
        schemas.sort(Comparator.comparing(Schema::name));
        return new ApiReference(info.path("title").asString(""), info.path("version").asString(""),
                info.path("description").asString(""), operations, schemas);
    }

    private static Operation operation(String method, String path, JsonNode operation) {
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            parameters.add(new Parameter(parameter.path("name").asString(), parameter.path("in").asString(),
                    parameter.path("required").asBoolean(false), type(parameter.path("schema")),
                    parameter.path("description").asString("")));
        }
        List<Answer> answers = new ArrayList<>();
        for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
            Map.Entry<String, JsonNode> content = response.getValue().path("content").properties().stream()
                    .findFirst().orElse(null);
            answers.add(new Answer(response.getKey(), response.getValue().path("description").asString(""),
                    content == null ? "" : content.getKey(),
                    content == null ? Type.NONE : type(content.getValue().path("schema"))));
        }
        answers.sort(Comparator.comparing(Answer::status));
        String anchor = method + path.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
        return new Operation(method.toUpperCase(java.util.Locale.ROOT), path, anchor,
                operation.path("summary").asString(""), operation.path("description").asString(""), parameters, answers);
    }

    private static Schema schema(String name, JsonNode schema) {
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asString()));
        List<Field> fields = new ArrayList<>();
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            fields.add(new Field(property.getKey(), type(property.getValue()), required.contains(property.getKey()),
                    property.getValue().path("description").asString("")));
        }
        return new Schema(name, schemaAnchor(name), schema.path("description").asString(""), fields);
    }

    /** A schema in words: a reference by its name, an array as "list of …", a map as "map of … by name". */
    static Type type(JsonNode schema) {
        String reference = schema.path("$ref").asString("");
        if (!reference.isEmpty()) {
            String name = reference.substring(reference.lastIndexOf('/') + 1);
            return new Type(name, name);
        }
        String type = schema.path("type").isArray() ? first(schema.path("type")) : schema.path("type").asString("");
        if ("array".equals(type)) {
            Type items = type(schema.path("items"));
            return new Type("list of " + items.words(), items.schema());
        }
        if ("object".equals(type) && schema.has("additionalProperties")) {
            Type values = type(schema.path("additionalProperties"));
            return new Type("map of " + values.words() + " by name", values.schema());
        }
        String format = schema.path("format").asString("");
        return new Type(type.isEmpty() ? "any" : format.isEmpty() ? type : type + " (" + format + ")", null);
    }

    private static String first(JsonNode types) {
        for (JsonNode type : types) {
            if (!"null".equals(type.asString())) {
                return type.asString();
            }
        }
        return "";
    }

    private static String schemaAnchor(String name) {
        return "schema-" + name;
    }
}
