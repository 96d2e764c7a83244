#!/usr/bin/env bash
# Builds the modules into ~/.m2, then measures rules re-applied to a million stored blocks.
# Options: -Dblocks=N -Drules=N (as JVM options: JAVA_OPTS).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
mvn -q -DskipTests install -pl bundles/io.stint.activity,bundles/io.stint.rules -am
mvn -q -f bench/rules-history/pom.xml package
java -Xms2g -Xmx2g ${JAVA_OPTS:-} -jar bench/rules-history/target/rules-history.jar \
    bundles/io.stint.activity/src/main/resources/OSGI-INF/stint/migrations
