#!/usr/bin/env bash
# Builds the XLSX exporter (and tracking) into ~/.m2, then benchmarks one user exporting 100,000 time
# entries as XLSX into a counting stream (score = ms per export; the peak heap is printed per iteration).
# Extra arguments go to JMH, e.g. ./run.sh -jvmArgsAppend -Xmx160m   (the export in a small heap)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
mvn -q -DskipTests install -pl bundles/io.stint.export.xlsx,bundles/io.stint.tracking,bundles/io.stint.testkit -am
mvn -q -f bench/xlsx/pom.xml package
# Fork settings (1 fork, -Xmx1g, 3 warmup + 5 measured single-shot exports) are on the benchmark class: ~1 minute.
java -jar bench/xlsx/target/benchmarks.jar -rf text -rff bench/xlsx/target/result.txt "$@"
