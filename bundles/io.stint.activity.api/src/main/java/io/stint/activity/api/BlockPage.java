package io.stint.activity.api;

import java.util.List;

/** One page of blocks, by start, and how many match in all. */
public record BlockPage(List<ActivityBlock> blocks, long total) {
}
