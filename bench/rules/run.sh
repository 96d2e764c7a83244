#!/usr/bin/env bash
# Builds the rules bundle into ~/.m2, then benchmarks classifying events (score = events/s): a mixed set
# of 10,000 rules, and APP-, DOMAIN- and KEYWORD-only sets of 100 / 1,000 / 10,000 rules.
# Extra arguments go to JMH, e.g. ./run.sh Mixed -prof gc
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
mvn -q -DskipTests install -pl bundles/io.stint.rules -am
mvn -q -f bench/rules/pom.xml package
# Fork settings (1 fork, 3 × 2 s warmup, 5 × 2 s measurement) are on the benchmark classes: ~4 minutes.
java -jar bench/rules/target/benchmarks.jar -rf text -rff bench/rules/target/result.txt "$@"
