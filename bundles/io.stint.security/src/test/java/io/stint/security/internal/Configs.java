package io.stint.security.internal;

import java.lang.reflect.Proxy;
import java.util.Map;

/** A {@link SecurityConfig} as Configuration Admin would give it: the defaults, some values overridden. */
final class Configs {

    private Configs() {
    }

    /** @param overrides attribute method names ({@code session_hours}) to values */
    static SecurityConfig security(Map<String, Object> overrides) {
        return (SecurityConfig) Proxy.newProxyInstance(SecurityConfig.class.getClassLoader(),
                new Class<?>[] { SecurityConfig.class }, (proxy, method, args) -> {
                    if (overrides.containsKey(method.getName())) {
                        return overrides.get(method.getName());
                    }
                    if (method.getDefaultValue() != null) {
                        return method.getDefaultValue();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
