-- An admin's listing of every user's entries, newest first, reads this index instead of sorting.
CREATE INDEX TRACKING_TIME_ENTRIES_START ON TRACKING_TIME_ENTRIES (START_AT);
