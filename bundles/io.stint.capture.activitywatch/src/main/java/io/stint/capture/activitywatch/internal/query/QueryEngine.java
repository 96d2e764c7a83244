package io.stint.capture.activitywatch.internal.query;

import java.util.List;

/** PLACEHOLDER until the query interpreter lands (branch awquery). */
public final class QueryEngine {

    public List<Object> run(List<String> timeperiods, List<String> queryLines, QuerySource source) {
        throw new QueryException("The query language is not available in this build");
    }
}
