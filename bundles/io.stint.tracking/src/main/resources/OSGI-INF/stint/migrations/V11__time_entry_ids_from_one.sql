-- Time entries are numbered from 1, as TimeTracker numbers them (an HSQLDB identity starts at 0
-- otherwise). The table is empty when this runs right after V10.
ALTER TABLE TRACKING_TIME_ENTRIES ALTER COLUMN ID RESTART WITH 1;
