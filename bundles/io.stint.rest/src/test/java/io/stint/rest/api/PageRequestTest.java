package io.stint.rest.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void defaultsToTheFirstPageOfFifty() {
        PageRequest r = PageRequest.of(null, "");
        assertEquals(1, r.page());
        assertEquals(50, r.perPage());
        assertEquals(0, r.offset());
    }

    @Test
    void perPageIsCappedAtOneHundred() {
        assertEquals(100, PageRequest.of("2", "500").perPage());
    }

    @Test
    void offsetSkipsTheEarlierPages() {
        assertEquals(40, PageRequest.of("3", "20").offset());
    }

    @Test
    void aNonNumericOrZeroParameterIsAValidationErrorNamingIt() {
        ApiException e = assertThrows(ApiException.class, () -> PageRequest.of("abc", "0"));
        assertEquals(400, e.status());
        assertEquals("validation_error", e.errorCode());
        assertEquals(Map.of("page", List.of("Must be a whole number of at least 1."),
                "per_page", List.of("Must be a whole number of at least 1.")), e.errors());
    }

    @Test
    void paginationOfAMiddlePagePointsBothWays() {
        Pagination p = Pagination.of(PageRequest.of("2", "50"), 150);
        assertEquals(new Pagination(2, 50, 150, 3, true, true, 3, 1), p);
    }

    @Test
    void paginationOfTheOnlyPageHasNoNeighbours() {
        Pagination p = Pagination.of(PageRequest.of("1", "50"), 7);
        assertEquals(1, p.pages());
        assertFalse(p.hasNext());
        assertFalse(p.hasPrev());
        assertNull(p.nextPage());
        assertNull(p.prevPage());
    }

    @Test
    void anEmptyListHasNoPages() {
        assertEquals(0, Pagination.of(PageRequest.of("1", "10"), 0).pages());
    }

    @Test
    void envelopeNamesTheListAfterTheResource() {
        Map<String, Object> body = PageRequest.of("1", "2").envelope("projects", List.of("a", "b"), 5);
        assertEquals(List.of("projects", "pagination"), List.copyOf(body.keySet()));
        assertTrue(((Pagination) body.get("pagination")).hasNext());
    }
}
