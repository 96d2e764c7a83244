package io.stint.compat.chronicle.internal;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsMediaType;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;

import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;

/** Jackson for the ChronicleCore API, with its own dialect (not {@code /api/v1}'s). */
@Component(service = { MessageBodyReader.class, MessageBodyWriter.class }, scope = ServiceScope.PROTOTYPE)
@JakartarsExtension
@JakartarsName("stint.chronicle.json")
@JakartarsMediaType(MediaType.APPLICATION_JSON)
@JakartarsApplicationSelect(ChronicleApplication.SELECT)
public final class ChronicleJsonProvider extends JacksonJsonProvider {

    public ChronicleJsonProvider() {
        super(ChronicleJson.MAPPER);
    }
}
