package io.stint.capture.activitywatch.internal;

import static io.stint.capture.activitywatch.internal.Fixture.json;
import static io.stint.capture.activitywatch.internal.Fixture.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

class ExportImportTest {

    private final Fixture f = new Fixture();
    private final ExportResource export = new ExportResource(f.service);
    private final ImportResource importer = new ImportResource(f.service);
    private final EventResource events = new EventResource(f.service);

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void anExportImportedByAnotherUserGivesThemTheSameBucketsAndEvents() {
        f.bucket(1, "aw-watcher-window_h", "currentwindow");
        f.bucket(1, "aw-watcher-afk_h", "afkstatus");
        events.insert(user(1), "aw-watcher-window_h", json("[{\"timestamp\": \"2024-01-01T10:00:00.000000+00:00\","
                + " \"duration\": 1.25, \"data\": {\"app\": \"a\", \"title\": \"t\"}},"
                + " {\"timestamp\": \"2024-01-01T10:00:02+01:00\", \"duration\": 0, \"data\": {\"app\": \"b\"}}]"));
        events.insert(user(1), "aw-watcher-afk_h", json("{\"timestamp\": \"2024-01-01T10:00:00Z\", \"duration\": 60,"
                + " \"data\": {\"status\": \"afk\"}}"));
        ObjectNode exported = (ObjectNode) export.export(user(1)).getEntity();
        assertEquals(2, exported.get("buckets").size());
        assertEquals(2, exported.get("buckets").get("aw-watcher-window_h").get("events").size());

        importer.importBuckets(user(2), exported);
        ObjectNode again = (ObjectNode) export.export(user(2)).getEntity();
        assertEquals(withoutIdsAndUpdates(exported), withoutIdsAndUpdates(again));
    }

    @Test
    void importingABucketThatExistsIsRefusedAndStoresNothing() {
        f.bucket(2, "b", "currentwindow");
        JsonNode body = json("{\"buckets\": {\"a\": {\"id\": \"a\", \"type\": \"currentwindow\", \"client\": \"c\","
                + " \"hostname\": \"h\", \"events\": [{\"timestamp\": \"2024-01-01T10:00:00Z\", \"duration\": 1}]},"
                + " \"b\": {\"id\": \"b\", \"type\": \"currentwindow\", \"client\": \"c\", \"hostname\": \"h\"}}}");
        AwException refused = assertThrows(AwException.class, () -> importer.importBuckets(user(2), body));
        assertEquals(409, refused.status());
        assertEquals(1, ((ObjectNode) export.export(user(2)).getEntity()).get("buckets").size(), "bucket a was not kept");
        assertEquals(0, f.storedEvents());
    }

    @Test
    void anImportWithABadEventIsRefusedBeforeAnythingIsStored() {
        JsonNode body = json("{\"buckets\": {\"a\": {\"type\": \"currentwindow\", \"client\": \"c\", \"hostname\": \"h\","
                + " \"events\": [{\"timestamp\": \"2024-01-01T10:00:00Z\", \"duration\": -1}]}}}");
        assertEquals(400, assertThrows(AwException.class, () -> importer.importBuckets(user(2), body)).status());
        assertEquals(0, ((ObjectNode) export.export(user(2)).getEntity()).get("buckets").size());
    }

    private static JsonNode withoutIdsAndUpdates(ObjectNode export) {
        ObjectNode copy = export.deepCopy();
        copy.get("buckets").forEach(b -> {
            ((ObjectNode) b).remove("last_updated");
            b.get("events").forEach(e -> ((ObjectNode) e).remove("id"));
        });
        return copy;
    }
}
