package io.stint.export.xlsx.internal;

import static io.stint.export.xlsx.internal.XlsxFixture.ADA;
import static io.stint.export.xlsx.internal.XlsxFixture.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import io.stint.export.api.ExportException;
import io.stint.export.api.ExportParameter;

class ParametersTest {

    private final XlsxFixture f = new XlsxFixture();

    @Test
    void theExporterDeclaresItselfAndTheTimeEntryListsFilters() {
        assertEquals("time-entries-xlsx", f.exporter.id());
        assertEquals("Time entries (Excel)", f.exporter.title());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", f.exporter.mediaType());
        assertEquals("xlsx", f.exporter.extension());
        assertEquals("read:time_entries", f.exporter.scope());
        assertEquals(List.of("start_date", "end_date", "project_id", "user_id", "billable"),
                f.exporter.parameters().stream().map(ExportParameter::name).toList());
        assertEquals(List.of("date", "date", "integer", "integer", "boolean"),
                f.exporter.parameters().stream().map(ExportParameter::type).toList());
    }

    @ParameterizedTest(name = "{0} = {1} is refused")
    @CsvSource({
            "start_date, 2026-13-01",
            "start_date, 01/02/2026",
            "end_date, 2026-02-30",
            "project_id, abc",
            "project_id, 0",
            "project_id, 1.5",
            "user_id, -3",
            "billable, maybe" })
    void anInvalidParameterIsRefusedByName(String name, String value) {
        ExportException e = assertThrows(ExportException.class, () -> f.exporter.prepare(request(ADA, false, name, value)));

        assertEquals(name, e.parameter());
    }

    @Test
    void anEndDateBeforeTheStartDateIsRefused() {
        ExportException e = assertThrows(ExportException.class,
                () -> f.exporter.prepare(request(ADA, false, "start_date", "2026-01-10", "end_date", "2026-01-09")));

        assertEquals("end_date", e.parameter());
    }

    @Test
    void aListWhereOneValueBelongsIsRefused() {
        ExportException e = assertThrows(ExportException.class,
                () -> f.exporter.prepare(request(ADA, false, "start_date", List.of("2026-01-10"))));

        assertEquals("start_date", e.parameter());
    }
}
