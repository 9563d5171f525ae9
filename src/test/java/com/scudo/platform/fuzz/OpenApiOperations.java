package com.scudo.platform.fuzz;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The operations an OpenAPI 3 description lists: method, path template, parameters and JSON or multipart body. */
final class OpenApiOperations {
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    private OpenApiOperations() {
    }

    record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    record Operation(String method, String path, List<Parameter> parameters, JsonNode jsonBody, boolean multipart) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static List<Operation> read(JsonNode description) {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : description.path("paths").properties()) {
            for (String method : METHODS) {
                JsonNode operation = path.getValue().path(method);
                if (operation.isMissingNode()) {
                    continue;
                }
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode p : operation.path("parameters")) {
                    parameters.add(new Parameter(p.path("name").asString(), p.path("in").asString(),
                            p.path("required").asBoolean(false), p.path("schema")));
                }
                JsonNode content = operation.path("requestBody").path("content");
                JsonNode json = content.path("application/json").path("schema");
                operations.add(new Operation(method.toUpperCase(), path.getKey(), parameters,
                        json.isMissingNode() ? null : json, content.has("multipart/form-data")));
            }
        }
        return operations;
    }
}
