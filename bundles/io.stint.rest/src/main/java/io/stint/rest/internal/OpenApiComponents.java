package io.stint.rest.internal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The fixed parts of Stint's OpenAPI document: security schemes and the shared schemas of /api/v1. */
final class OpenApiComponents {

    static final String BEARER = "BearerAuth";
    static final String API_KEY = "ApiKeyAuth";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private OpenApiComponents() {
    }

    static ObjectNode components() {
        ObjectNode components = NODES.objectNode();
        ObjectNode schemes = components.putObject("securitySchemes");
        schemes.putObject(BEARER)
                .put("type", "http")
                .put("scheme", "bearer")
                .put("bearerFormat", "API Token")
                .put("description", "Enter your API token (format: tt_xxxxx...)");
        schemes.putObject(API_KEY)
                .put("type", "apiKey")
                .put("in", "header")
                .put("name", "X-API-Key")
                .put("description", "API token in X-API-Key header");
        ObjectNode schemas = components.putObject("schemas");
        schemas.set("Error", error());
        schemas.set("Pagination", pagination());
        return components;
    }

    private static ObjectNode error() {
        ObjectNode error = NODES.objectNode().put("type", "object");
        ObjectNode p = error.putObject("properties");
        p.putObject("success").put("type", "boolean").put("description", "Always false");
        p.putObject("error").put("type", "string").put("description", "User-facing error message");
        p.putObject("message").put("type", "string").put("description", "Detailed error message");
        p.putObject("error_code").put("type", "string")
                .put("description", "Machine-readable code (e.g. unauthorized, forbidden, not_found, validation_error)");
        ObjectNode errors = p.putObject("errors").put("type", "object").put("description", "Field-level validation errors");
        errors.putObject("additionalProperties").put("type", "array").putObject("items").put("type", "string");
        p.putObject("required_scope").put("type", "string");
        p.putObject("available_scopes").put("type", "array").putObject("items").put("type", "string");
        return error;
    }

    private static ObjectNode pagination() {
        ObjectNode pagination = NODES.objectNode().put("type", "object");
        ObjectNode p = pagination.putObject("properties");
        for (String name : new String[] { "page", "per_page", "total", "pages" }) {
            p.putObject(name).put("type", "integer");
        }
        p.putObject("has_next").put("type", "boolean");
        p.putObject("has_prev").put("type", "boolean");
        p.putObject("next_page").put("type", "integer").put("nullable", true);
        p.putObject("prev_page").put("type", "integer").put("nullable", true);
        return pagination;
    }

    /** Any valid token, by either header. */
    static void requireToken(ObjectNode target) {
        target.putArray("security")
                .add(NODES.objectNode().set(BEARER, NODES.arrayNode()))
                .add(NODES.objectNode().set(API_KEY, NODES.arrayNode()));
    }

    /** A response whose body is the error format. */
    static ObjectNode errorResponse(String description) {
        ObjectNode response = NODES.objectNode().put("description", description);
        response.putObject("content").putObject("application/json").putObject("schema")
                .put("$ref", "#/components/schemas/Error");
        return response;
    }
}
