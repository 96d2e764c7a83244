/** ActivityWatch's query2 language for {@code POST /api/0/query/}: {@link io.stint.capture.activitywatch.internal.query.QueryEngine}. */
package io.stint.capture.activitywatch.internal.query;
