package io.stint.tracking.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.stint.rest.api.ApiException;

/** Path ids, query filters and hours as the catalog resources read and write them. */
class CatalogWireTest {

    @Test
    void anIdThatIsNotAWholeNumberIsNotFound() {
        for (String id : List.of("abc", "-1", "1.5", "", "99999999999999999999")) {
            assertEquals(404, assertThrows(ApiException.class, () -> CatalogWire.id(id, "Client")).status(), id);
        }
        assertEquals(12L, CatalogWire.id("12", "Client"));
    }

    @Test
    void badQueryFiltersAreFieldErrorsNamingTheParameter() {
        assertEquals(List.of("client_id"), List.copyOf(assertThrows(ApiException.class,
                () -> CatalogWire.queryId("x", "client_id")).errors().keySet()));
        assertEquals(List.of("end_date"), List.copyOf(assertThrows(ApiException.class,
                () -> CatalogWire.queryDate("2026-13-01", "end_date")).errors().keySet()));
        assertThrows(ApiException.class, () -> CatalogWire.queryChoice("open", "status", List.of("todo")));
    }

    @Test
    void emptyFiltersMeanNoFilter() {
        assertEquals(null, CatalogWire.queryId(" ", "client_id"));
        assertEquals(null, CatalogWire.queryDate(null, "start_date"));
        assertEquals(LocalDate.of(2026, 1, 31), CatalogWire.queryDate("2026-01-31T23:59:59", "end_date"));
    }

    @Test
    void hoursHaveAtMostTwoDecimalsAndNoExponent() {
        assertEquals("1.5", CatalogWire.hours(5400L).toPlainString());
        assertEquals("100", CatalogWire.hours(360000L).toString());
        assertEquals("0", CatalogWire.hours(0L).toString());
        assertEquals("0.33", CatalogWire.hours(1200L).toString());
        assertEquals(5400L, CatalogWire.seconds(new BigDecimal("1.5")));
    }
}
