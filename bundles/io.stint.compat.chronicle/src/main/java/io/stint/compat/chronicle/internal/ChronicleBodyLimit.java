package io.stint.compat.chronicle.internal;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.metatype.annotations.Designate;

import io.stint.rest.api.BodyLimit;

/** Refuses request bodies over {@code body.limit.bytes} with 413, whether or not they declare a length. */
@Component(service = ContainerRequestFilter.class, scope = ServiceScope.PROTOTYPE, configurationPid = ChronicleConfig.PID)
@Designate(ocd = ChronicleConfig.class)
@JakartarsExtension
@JakartarsName("stint.chronicle.body-limit")
@JakartarsApplicationSelect(ChronicleApplication.SELECT)
@PreMatching
public final class ChronicleBodyLimit implements ContainerRequestFilter {

    private final long maxBytes;

    @Activate
    public ChronicleBodyLimit(ChronicleConfig config) {
        this.maxBytes = config.body_limit_bytes();
    }

    @Override
    public void filter(ContainerRequestContext request) {
        BodyLimit.enforce(request, maxBytes, ChronicleErrors::tooLarge);
    }
}
