#!/bin/sh
# Regenerates src-gen/ (and model/pipeline.genmodel) from model/pipeline.ecore with EMF's generator,
# run headless from Maven Central jars. Usage: bundles/io.sluice.model/generate.sh
# Hand-written code must not live in src-gen/: the folder is wiped and rewritten.
set -e
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
"$root/mvnw" -B -q -f "$here/codegen/pom.xml" compile exec:java
