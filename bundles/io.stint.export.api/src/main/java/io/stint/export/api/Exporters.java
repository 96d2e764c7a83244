package io.stint.export.api;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The exporters live right now, registered as a service by Stint's export module. Another module that
 * runs an exporter of a known id (the ChronicleCore API's invoice lines) asks here, so that every
 * route picks the same one when several share an id.
 */
@ProviderType
public interface Exporters {

    /** The live exporter answering for {@code id}: the highest {@code service.ranking}, then the oldest service. */
    Optional<Exporter> exporter(String id);

    /** One exporter per id, by id. */
    List<Exporter> all();
}
