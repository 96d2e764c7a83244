package io.stint.rest.internal;

import static io.stint.rest.internal.StintApplication.SELECT_ALL;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.stint.rest.api.ApiException;

/** Every failure, the client's or ours, answers in TimeTracker's error format; ours are logged, never shown. */
@Component(service = ExceptionMapper.class, scope = ServiceScope.PROTOTYPE)
@JakartarsExtension
@JakartarsName("stint.errors")
@JakartarsApplicationSelect(SELECT_ALL)
public final class ErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

    @Context
    private UriInfo uri;

    @Context
    private Request request;

    @Override
    public Response toResponse(Throwable failure) {
        ApiException error = Errors.of(failure);
        if (failure instanceof ApiException && error.status() >= 500) {
            // a failure a module foresaw (a provider down, a module away): its message says it all
            LOG.warn("{} {} answered {}: {}", request == null ? "?" : request.getMethod(),
                    uri == null ? "?" : uri.getRequestUri().getPath(), error.status(), error.getMessage());
        } else if (error.status() >= 500) {
            LOG.error("Unexpected failure on {} {}", request == null ? "?" : request.getMethod(),
                    uri == null ? "?" : uri.getRequestUri().getPath(), failure);
        }
        Response.ResponseBuilder response = Response.status(error.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody(false, error.error(), error.getMessage(), error.errorCode(), error.errors()));
        if (failure instanceof WebApplicationException web && error.status() == 405) {
            String allow = web.getResponse().getHeaderString(HttpHeaders.ALLOW);
            if (allow != null) {
                response.header(HttpHeaders.ALLOW, allow);
            }
        }
        return response.build();
    }
}
