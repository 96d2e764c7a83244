package io.stint.ai.openai.internal;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Small in-test stand-ins for the OSGi services the component calls: a Configuration Admin holding
 * one configuration and recording its updates, and a bundle context recording registrations. Only
 * the methods the component uses are implemented; any other call fails the test.
 */
final class StandIns {

    private StandIns() {
    }

    /** A registered service and whether it is still registered. */
    static final class Registration {
        final Object service;
        final Dictionary<String, ?> properties;
        boolean registered = true;

        Registration(Object service, Dictionary<String, ?> properties) {
            this.service = service;
            this.properties = properties;
        }
    }

    /** A bundle context that records registrations, and the order of registering and unregistering. */
    static final class Context {
        final List<Registration> registrations = new ArrayList<>();
        final List<String> events = new ArrayList<>();
        final BundleContext context = proxy(BundleContext.class, (method, args) -> {
            if (!method.equals("registerService") || !(args[0] instanceof Class)) {
                return unsupported(method);
            }
            Registration registration = new Registration(args[1], (Dictionary<String, ?>) args[2]);
            registrations.add(registration);
            int number = registrations.size();
            events.add("register " + number);
            return proxy(ServiceRegistration.class, (name, none) -> {
                if (!name.equals("unregister")) {
                    return unsupported(name);
                }
                registration.registered = false;
                events.add("unregister " + number);
                return null;
            });
        });

        Registration last() {
            return registrations.get(registrations.size() - 1);
        }
    }

    /** A Configuration Admin with at most one configuration; it records each update. */
    static final class ConfigAdmin {
        final String pid;
        final List<Hashtable<String, Object>> updates = new ArrayList<>();
        Hashtable<String, Object> properties;
        final ConfigurationAdmin admin = proxy(ConfigurationAdmin.class, (method, args) -> {
            if (!method.equals("listConfigurations")) {
                return unsupported(method);
            }
            return properties != null && ("(service.pid=" + pid() + ")").equals(args[0])
                    ? new Configuration[] { configuration() } : null;
        });

        ConfigAdmin(String pid, Map<String, Object> properties) {
            this.pid = pid;
            this.properties = new Hashtable<>(properties);
            this.properties.put("service.pid", pid);
        }

        private String pid() {
            return pid;
        }

        private Configuration configuration() {
            return proxy(Configuration.class, (method, args) -> {
                switch (method) {
                    case "getPid":
                        return pid;
                    case "getProperties":
                        return new Hashtable<>(properties);
                    case "update":
                        if (args == null) {
                            return unsupported("update()");
                        }
                        Hashtable<String, Object> given = new Hashtable<>();
                        Dictionary<String, Object> dictionary = (Dictionary<String, Object>) args[0];
                        for (String key : Collections.list(dictionary.keys())) {
                            given.put(key, dictionary.get(key));
                        }
                        updates.add(given);
                        properties = given;
                        return null;
                    default:
                        return unsupported(method);
                }
            });
        }
    }

    private interface Handler {
        Object call(String method, Object[] args) throws Exception;
    }

    private static <T> T proxy(Class<T> type, Handler handler) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, (proxy, method, args) -> {
            switch (method.getName()) {
                case "toString":
                    return "stand-in " + type.getSimpleName();
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "equals":
                    return proxy == args[0];
                default:
                    return handler.call(method.getName(), args);
            }
        }));
    }

    private static Object unsupported(String method) {
        throw new UnsupportedOperationException(method + " is not part of this stand-in");
    }
}
