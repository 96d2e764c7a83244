package io.stint.security.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration PID {@code io.stint.security} ({@code etc/io.stint.security.cfg}). */
@ObjectClassDefinition(name = "Stint security", description = "Passwords, login tokens, browser sessions and rate limits of /api/v1.")
@interface SecurityConfig {

    String PID = "io.stint.security";

    @AttributeDefinition(description = "Requests per minute per API token; more answer 429")
    int rate_per_minute() default 100;

    @AttributeDefinition(description = "Requests per hour per API token; more answer 429")
    int rate_per_hour() default 1000;

    @AttributeDefinition(description = "Failed logins per minute per username and client address before 429")
    int login_attempts_per_minute() default 5;

    @AttributeDefinition(description = "bcrypt cost (work factor, 4-31) for new password hashes")
    int bcrypt_cost() default 10;

    @AttributeDefinition(description = "Hours a token from POST /api/v1/auth/login stays valid")
    int login_token_hours() default 720;

    @AttributeDefinition(description = "Hours a browser session (POST /api/v1/auth/session) stays valid")
    int session_hours() default 12;

    @AttributeDefinition(description = "Requests per minute per browser session; a page makes several at once")
    int session_requests_per_minute() default 600;

    @AttributeDefinition(description = "Requests per hour per browser session")
    int session_requests_per_hour() default 10000;
}
