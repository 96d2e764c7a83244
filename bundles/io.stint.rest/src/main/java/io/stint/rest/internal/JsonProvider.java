package io.stint.rest.internal;

import static io.stint.rest.internal.StintApplication.SELECT_ALL;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsMediaType;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;

/** Jackson for every JSON body Stint reads or writes; one thread-safe mapper for all applications. */
@Component(service = { MessageBodyReader.class, MessageBodyWriter.class }, scope = ServiceScope.PROTOTYPE)
@JakartarsExtension
@JakartarsName("stint.json")
@JakartarsMediaType(MediaType.APPLICATION_JSON)
@JakartarsApplicationSelect(SELECT_ALL)
public final class JsonProvider extends JacksonJsonProvider {

    private static final ObjectMapper MAPPER = Json.mapper();

    public JsonProvider() {
        super(MAPPER);
    }
}
