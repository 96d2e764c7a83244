package io.stint.admin.internal;

import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Deque;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;

/**
 * One live provider service of a {@link Capability}. Its id is read through the capability's
 * interface by reflection, so this bundle needs none of the provider API packages: it runs and
 * lists whatever subset of Stint is installed.
 */
record Provider(Capability capability, String id, long serviceId, long bundleId, String symbolicName, int ranking,
        Object idProperty) {

    static Provider of(BundleContext context, Capability capability, ServiceReference<?> ref) {
        Object ranking = ref.getProperty(Constants.SERVICE_RANKING);
        Object property = capability.idProperty() == null ? null : ref.getProperty(capability.idProperty());
        String id = property != null ? String.valueOf(property) : idOf(context, capability, ref);
        return new Provider(capability, id, (Long) ref.getProperty(Constants.SERVICE_ID), ref.getBundle().getBundleId(),
                ref.getBundle().getSymbolicName(), ranking instanceof Integer r ? r : 0, property);
    }

    /** Best first: highest ranking, then the older service, as a unary reference binds. */
    static int best(Provider a, Provider b) {
        return a.ranking != b.ranking ? Integer.compare(b.ranking, a.ranking) : Long.compare(a.serviceId, b.serviceId);
    }

    private static String idOf(BundleContext context, Capability capability, ServiceReference<?> ref) {
        Object service = context.getService(ref);
        if (service == null) {
            return null;
        }
        try {
            Class<?> type = interfaceNamed(service.getClass(), capability.type());
            if (type == null) {
                return null;
            }
            Method method = type.getMethod(capability.idMethod());
            Object id = method.invoke(service);
            return id == null ? null : id.toString();
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null;
        } finally {
            context.ungetService(ref);
        }
    }

    private static Class<?> interfaceNamed(Class<?> type, String name) {
        Deque<Class<?>> todo = new ArrayDeque<>();
        todo.add(type);
        while (!todo.isEmpty()) {
            Class<?> c = todo.poll();
            if (c.getName().equals(name)) {
                return c;
            }
            if (c.getSuperclass() != null) {
                todo.add(c.getSuperclass());
            }
            todo.addAll(java.util.List.of(c.getInterfaces()));
        }
        return null;
    }
}
