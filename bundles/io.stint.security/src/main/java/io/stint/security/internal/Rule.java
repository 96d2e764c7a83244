package io.stint.security.internal;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

/**
 * What a resource method demands: nothing ({@code @PermitAll}), a valid token (no annotation), or
 * a token granting one of the scopes of {@code @RolesAllowed}. The method's annotation wins over
 * its class's. Read once per method.
 */
record Rule(boolean permitAll, List<String> scopes) {

    static final Rule ANY_TOKEN = new Rule(false, List.of());
    private static final Rule PERMIT = new Rule(true, List.of());

    private static final ClassValue<Map<Method, Rule>> CACHE = new ClassValue<>() {
        @Override
        protected Map<Method, Rule> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    /** The rule of {@code method} served by {@code resource}; without a method, a valid token. */
    static Rule of(Class<?> resource, Method method) {
        if (method == null) {
            return ANY_TOKEN;
        }
        Class<?> owner = resource == null ? method.getDeclaringClass() : resource;
        return CACHE.get(owner).computeIfAbsent(method, m -> read(owner, m));
    }

    private static Rule read(Class<?> resource, Method method) {
        Rule rule = fromAnnotations(method.getAnnotation(PermitAll.class), method.getAnnotation(RolesAllowed.class));
        if (rule != null) {
            return rule;
        }
        rule = fromAnnotations(resource.getAnnotation(PermitAll.class), resource.getAnnotation(RolesAllowed.class));
        return rule == null ? ANY_TOKEN : rule;
    }

    private static Rule fromAnnotations(PermitAll permit, RolesAllowed roles) {
        if (roles != null) {
            return new Rule(false, Arrays.asList(roles.value()));
        }
        return permit != null ? PERMIT : null;
    }

    /** Whether {@code caller}'s token grants what this rule demands. */
    boolean grants(io.stint.security.api.Caller caller) {
        if (scopes.isEmpty()) {
            return true;
        }
        for (String scope : scopes) {
            if (caller.has(scope)) {
                return true;
            }
        }
        return false;
    }
}
