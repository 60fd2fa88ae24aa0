#!/usr/bin/env bash
# The emulator's ceiling benchmark (see README.md, "USB emulator"): builds the benchmarks jar, then runs
# EmulatorBench in a JVM with the umockdev preload library, which the emulator's testbed needs.
# usage: benchmarks/run-emulator-bench.sh [SECONDS_PER_CASE] [IMAGE_MIB]
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/jdk.sh
ffmusb_select_jdk
mvn -q -B -ntp -pl benchmarks -am package -DskipTests
LD_PRELOAD=libumockdev-preload.so.0 exec java --enable-native-access=ALL-UNNAMED \
  -cp benchmarks/target/benchmarks.jar org.ffmusb.bench.emulator.EmulatorBench "$@"
