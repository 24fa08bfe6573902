#!/usr/bin/env bash
# Compile time and peak compiler memory of a TU that includes
# <hotline/documented.hpp> and evaluates a query, against one with only
# <chrono> and <fmt/format.h>. Median of 5 runs, per compiler.
# Usage: bench/compile/measure.sh   (from anywhere; needs g++, clang++, libfmt-dev)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
include=$here/../../include
printf '%-10s %-20s %10s %12s\n' compiler tu seconds peak_MiB
for cxx in g++ clang++; do
  for tu in baseline documented_query; do
    times=()
    mem=0
    for _ in 1 2 3 4 5; do
      out=$( { /usr/bin/time -f '%e %M' "$cxx" -std=c++20 -I"$include" -c "$here/$tu.cpp" -o /dev/null; } 2>&1 | tail -1)
      times+=("${out% *}")
      mem=${out#* }
    done
    median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)
    printf '%-10s %-20s %10s %12s\n' "$cxx" "$tu" "$median" "$((mem / 1024))"
  done
done
