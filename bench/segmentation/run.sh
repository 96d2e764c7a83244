#!/usr/bin/env bash
# Builds the activity bundle into ~/.m2, then benchmarks segmenting 10 million events (score = events/s).
# Extra arguments go to JMH, e.g. ./run.sh streaming -prof gc
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
mvn -q -DskipTests install -pl bundles/io.stint.activity -am
mvn -q -f bench/segmentation/pom.xml package
# Fork settings (1 fork, -Xms4g -Xmx4g, 2 × 5 s warmup, 3 × 5 s measurement) are on the benchmark class.
java -jar bench/segmentation/target/benchmarks.jar -rf text -rff bench/segmentation/target/result.txt "$@"
