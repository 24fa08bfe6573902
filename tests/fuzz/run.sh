#!/usr/bin/env bash
# Builds hotline's libFuzzer targets with Clang (AddressSanitizer and
# UndefinedBehaviorSanitizer) and runs each for a bounded time: 10 seconds
# each by default, about a minute and a quarter for the seven.
#
#   tests/fuzz/run.sh [SECONDS_PER_TARGET]
#
# Seeds come from tests/fuzz/corpus/<target>/ (read only); inputs the
# fuzzers find go to build/fuzz/corpus/<target>/, a crashing input to
# build/fuzz/artifacts/. Exits non-zero at the first target that crashes:
# turn that input into a regression test.
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds=${1:-10}
build=build/fuzz
targets=(fuzz_csv fuzz_csv_tables fuzz_date fuzz_gdelt2 fuzz_gdelt1 fuzz_icews fuzz_compressed)

cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DHOTLINE_BUILD_FUZZERS=ON -DHOTLINE_BUILD_TESTS=OFF -DHOTLINE_BUILD_EXAMPLES=OFF >/dev/null
cmake --build "$build" --target hotline_fuzzers -j2

mkdir -p "$build/artifacts"
for target in "${targets[@]}"; do
  mkdir -p "$build/corpus/$target"
  echo "== $target: ${seconds}s"
  log="$build/$target.log"
  status=0
  "$build/tests/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len=65536 -print_final_stats=1 -artifact_prefix="$build/artifacts/$target-" \
    "$build/corpus/$target" "tests/fuzz/corpus/$target" >"$log" 2>&1 || status=$?
  grep -E "^(stat::number_of_executed_units|==[0-9]+==ERROR|SUMMARY|property failed|artifact_prefix|Test unit written)" "$log" || true
  if [ "$status" -ne 0 ]; then
    tail -n 30 "$log" >&2
    echo "$target failed (exit $status): the input is in $build/artifacts/, the log in $log" >&2
    exit 1
  fi
done
echo "== all fuzzers ran clean"
