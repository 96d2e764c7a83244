package io.stint.export.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** How exports run, PID {@code io.stint.export}. */
@ObjectClassDefinition(name = "Stint exports", description = "When exports stream and when they run as jobs, and how long job files are kept.")
public @interface ExportSettings {

    String PID = "io.stint.export";

    @AttributeDefinition(description = "An export expected to write more rows than this runs as a job unless the request asks to stream")
    long stream_max_rows() default 100_000;

    @AttributeDefinition(description = "Minutes a finished job's file is kept for download")
    int job_retention_minutes() default 60;

    @AttributeDefinition(description = "Unfinished jobs one user may have at once")
    int jobs_per_user() default 3;

    @AttributeDefinition(description = "Jobs that run at the same time")
    int job_threads() default 1;

    @AttributeDefinition(required = false, description = "Folder for job files; empty: exports/ under the data folder")
    String directory() default "";
}
