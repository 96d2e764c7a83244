package io.stint.security.internal;

import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.stint.rest.api.Input;

/** The body of a password login, {@code {"username", "password"}}; the password is taken as sent. */
record LoginInput(String username, String password) {

    /** @throws io.stint.rest.api.ApiException 400 with field errors */
    static LoginInput read(JsonNode body) {
        Input input = Input.of(body, Set.of("username", "password"));
        input.require("username").require("password");
        String username = input.string("username", 80);
        JsonNode password = body.get("password");
        if (password != null && !password.isNull() && !password.isTextual()) {
            input.error("password", "Not a valid string.");
        }
        input.validate();
        return new LoginInput(username, password.asText());
    }
}
