package io.stint.capture.activitywatch.internal;

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

import com.fasterxml.jackson.core.JsonProcessingException;

import io.stint.rest.api.ApiException;

/** Every failure on {@code /api/0} answers ActivityWatch's {@code {"message": ...}}; ours are logged, never shown. */
@Component(service = ExceptionMapper.class, scope = ServiceScope.PROTOTYPE)
@JakartarsExtension
@JakartarsName("stint.activitywatch.errors")
@JakartarsApplicationSelect(AwApplication.SELECT)
public final class AwErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(AwErrorMapper.class);

    @Context
    private UriInfo uri;

    @Context
    private Request request;

    @Override
    public Response toResponse(Throwable failure) {
        AwException error = of(failure);
        if (error.status() >= 500 && !(failure instanceof AwException)) {
            LOG.error("Unexpected failure on {} {}", request == null ? "?" : request.getMethod(),
                    uri == null ? "?" : uri.getRequestUri().getPath(), failure);
        }
        Response.ResponseBuilder response = Response.status(error.status()).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(message(error.getMessage()));
        if (failure instanceof WebApplicationException web && error.status() == 405) {
            String allow = web.getResponse().getHeaderString(HttpHeaders.ALLOW);
            if (allow != null) {
                response.header(HttpHeaders.ALLOW, allow);
            }
        }
        return response.build();
    }

    /** {@code {"message": text}}. */
    static com.fasterxml.jackson.databind.node.ObjectNode message(String text) {
        return AwJson.MAPPER.createObjectNode().put("message", text);
    }

    static AwException of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AwException aw) {
                return aw;
            }
            if (t instanceof ApiException api) {
                return new AwException(api.status(), api.status() >= 500 ? "Internal error" : api.getMessage());
            }
            if (t instanceof JsonProcessingException json) {
                return new AwException(400, "Bad Request: the body is not valid JSON: " + json.getOriginalMessage());
            }
            if (t instanceof WebApplicationException web) {
                int status = web.getResponse().getStatus();
                return new AwException(status, status >= 500 ? "Internal error" : reason(status));
            }
        }
        return new AwException(500, "Internal error");
    }

    private static String reason(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return switch (status) {
            case 413 -> "Payload Too Large: the request body is over the limit";
            case 415 -> "Unsupported Media Type: send application/json";
            default -> known != null ? known.getReasonPhrase() : "Request failed with status " + status;
        };
    }
}
