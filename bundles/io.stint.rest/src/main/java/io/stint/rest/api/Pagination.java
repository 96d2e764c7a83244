package io.stint.rest.api;

/**
 * TimeTracker's pagination block. Serialised with snake_case names: {@code page, per_page, total,
 * pages, has_next, has_prev, next_page, prev_page}.
 */
public record Pagination(int page, int perPage, long total, long pages, boolean hasNext, boolean hasPrev,
        Integer nextPage, Integer prevPage) {

    /** The block for {@code request} when the whole list holds {@code total} items. */
    public static Pagination of(PageRequest request, long total) {
        long pages = total == 0 ? 0 : (total + request.perPage() - 1) / request.perPage();
        int page = request.page();
        boolean hasNext = page < pages;
        boolean hasPrev = page > 1;
        return new Pagination(page, request.perPage(), total, pages, hasNext, hasPrev,
                hasNext ? page + 1 : null, hasPrev ? page - 1 : null);
    }
}
