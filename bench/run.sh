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
#
# DuckDB (the npm package @duckdb/node-api, pinned by bench/package.json and
# bench/package-lock.json) runs beside pandas: npm installs it into
# build/release/bench-node when it is missing. Without node, npm or the
# network the DuckDB rows are left out, saying why; --no-duckdb leaves them
# out without trying.
set -euo pipefail
cd "$(dirname "$0")/.."

args=(--sizes 1000000,10000000 --ingest-rows 1000000)
many_files_args=()
if [ "${1:-}" = "--small" ]; then
  args=(--sizes 100000 --ingest-rows 100000 --repeat 1)
  many_files_args=(--small)
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

duckdb=1
for a in "$@"; do [ "$a" = "--no-duckdb" ] && duckdb=0; done
node_dir="$PWD/build/release/bench-node"
node=$(command -v node || true)
if [ "$duckdb" = 1 ] && [ -z "$node" ]; then
  echo "bench: node is missing; running without DuckDB" >&2
elif [ "$duckdb" = 1 ]; then
  # Installed again when the lock file changes; .installed-lock marks a
  # finished install.
  if ! cmp -s bench/package-lock.json "$node_dir/.installed-lock"; then
    if ! command -v npm >/dev/null; then
      echo "bench: npm is missing; running without DuckDB" >&2
    else
      echo "bench: installing @duckdb/node-api into $node_dir (npm ci)" >&2
      mkdir -p "$node_dir"
      cp bench/package.json bench/package-lock.json "$node_dir/"
      if (cd "$node_dir" && timeout 180 npm ci --no-audit --no-fund --fetch-retries=1 \
        --fetch-retry-mintimeout=2000 --fetch-retry-maxtimeout=5000 --fetch-timeout=20000 >&2); then
        cp bench/package-lock.json "$node_dir/.installed-lock"
      else
        echo "bench: npm could not install @duckdb/node-api (no network or registry?); running without DuckDB" >&2
      fi
    fi
  fi
  if out=$("$node" bench/duckdb_bench.mjs --modules "$node_dir/node_modules" version 2>&1); then
    args+=(--duckdb "$node_dir/node_modules" --node "$node")
  elif [ -d "$node_dir/node_modules" ]; then
    echo "bench: DuckDB does not run ($out); running without it" >&2
  fi
fi

cmake --preset release >/dev/null
cmake --build --preset release --target hotline_bench -j 2 >&2
mkdir -p build/release/bench-data
# Many files, 1 vs 2 threads: gap_report --events DIR --jobs 1 and 2
# (bench/many_files.py; the reports must be identical).
cmake --build --preset release --target gap_report -j 2 >&2
/usr/bin/python3 bench/many_files.py build/release/examples/gap_report build/release/bench-data \
  "${many_files_args[@]}"
exec build/release/bench/hotline_bench --workdir build/release/bench-data "${args[@]}" "$@"
