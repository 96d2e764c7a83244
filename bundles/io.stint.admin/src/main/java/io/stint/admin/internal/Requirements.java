package io.stint.admin.internal;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import org.osgi.resource.Namespace;
import org.osgi.resource.Requirement;

/** Names the requirements of a bundle that nothing installed can satisfy. */
final class Requirements {

    private Requirements() {
    }

    /**
     * The mandatory requirements among {@code requirements} for which {@code providers} finds no
     * capability, as text: {@code osgi.wiring.package; (osgi.wiring.package=com.example.missing)}.
     * Optional and dynamic requirements never stop a bundle from resolving and are left out.
     */
    static List<String> missing(List<? extends Requirement> requirements,
            Function<Requirement, ? extends Collection<?>> providers) {
        return requirements.stream().filter(Requirements::mandatory).filter(r -> providers.apply(r).isEmpty())
                .map(Requirements::text).toList();
    }

    static boolean mandatory(Requirement requirement) {
        String resolution = requirement.getDirectives().get(Namespace.REQUIREMENT_RESOLUTION_DIRECTIVE);
        return resolution == null || Namespace.RESOLUTION_MANDATORY.equals(resolution);
    }

    /** The requirement as the resolver states it: its namespace and filter. */
    static String text(Requirement requirement) {
        String filter = requirement.getDirectives().get(Namespace.REQUIREMENT_FILTER_DIRECTIVE);
        return requirement.getNamespace() + (filter == null ? "" : "; " + filter);
    }
}
