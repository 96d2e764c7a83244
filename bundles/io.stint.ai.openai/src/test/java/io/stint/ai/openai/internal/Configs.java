package io.stint.ai.openai.internal;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

/** Component property types for tests, filled from a map the way DS does: {@code a_b()} reads {@code a.b}. */
final class Configs {

    private Configs() {
    }

    static OpenAiConfig openAi(Map<String, Object> properties) {
        return of(OpenAiConfig.class, properties);
    }

    static <T> T of(Class<T> type, Map<String, Object> properties) {
        Map<String, Object> values = new HashMap<>(properties);
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, (proxy, method, args) -> {
            switch (method.getName()) {
                case "annotationType":
                    return type;
                case "toString":
                    return type.getSimpleName() + values;
                case "hashCode":
                    return values.hashCode();
                case "equals":
                    return proxy == args[0];
                default:
                    return value(method, values.get(method.getName().replace('_', '.')));
            }
        }));
    }

    private static Object value(Method method, Object given) {
        if (given == null) {
            return method.getDefaultValue();
        }
        Class<?> type = method.getReturnType();
        String text = given.toString();
        if (type == int.class) {
            return Integer.valueOf(text.strip());
        }
        if (type == long.class) {
            return Long.valueOf(text.strip());
        }
        if (type == boolean.class) {
            return Boolean.valueOf(text.strip());
        }
        return text;
    }
}
