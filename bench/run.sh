#!/usr/bin/env bash
# Builds hotline's benchmarks in Release (CMake preset `release`, into
# build/release) and prints their table. Everything after the options is
# passed to the benchmark program (see bench/README.md).
#
#   bench/run.sh            Workload A at 1M and 10M contacts, Workload B at 1M rows
#   bench/run.sh --small    100k contacts and rows: the size CI runs
#
# pandas (Debian's python3-pandas, run by /usr/bin/python3) is installed
# through apt-get when missing and this runs as root or with sudo; without
# it the pandas columns are left out.
set -euo pipefail
cd "$(dirname "$0")/.."

args=(--sizes 1000000,10000000 --ingest-rows 1000000)
if [ "${1:-}" = "--small" ]; then
  args=(--sizes 100000 --ingest-rows 100000 --repeat 1)
  shift
fi

if ! /usr/bin/python3 -c 'import pandas' 2>/dev/null; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  if [ -n "$sudo" ] && ! command -v sudo >/dev/null; then
    echo "bench: pandas is missing and cannot be installed here; running without it" >&2
  else
    echo "bench: installing python3-pandas" >&2
    { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq \
        --no-install-recommends python3-pandas >&2; } ||
      echo "bench: could not install python3-pandas; running without it" >&2
  fi
fi
/usr/bin/python3 -c 'import pandas' 2>/dev/null || args+=(--no-pandas)

cmake --preset release >/dev/null
cmake --build --preset release --target hotline_bench -j 2 >&2
mkdir -p build/release/bench-data
exec build/release/bench/hotline_bench --workdir build/release/bench-data "${args[@]}" "$@"
