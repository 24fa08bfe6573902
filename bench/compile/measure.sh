#!/usr/bin/env bash
# Compile time and peak compiler memory (Workload C), per compiler, with the
# compilers' default constexpr limits:
#   baseline          only <chrono> and <fmt/format.h>
#   umbrella          the baseline plus <hotline/hotline.hpp> (the vocabulary)
#   all               the baseline plus <hotline/all.hpp> (and registries, analysis)
#   documented_query  <hotline/documented.hpp> and a query in a static_assert
#   registry_N        a generated registry of N contacts (gen_registry.py),
#                     built, validated and queried in static_asserts
#   +<header>         the baseline plus one public header (--headers: every
#                     public header, one TU each), the cost of including it
# Median of --runs runs (5 by default; the generated registries 1 unless
# --runs is given): seconds of wall time and of user CPU time, as
# `/usr/bin/time` reports them (CPU time varies less when other work shares
# the machine).
# Usage: bench/compile/measure.sh [--runs N] [--sizes "1000 5000 10000"] [--compilers "g++ clang++"]
#                                [--headers] [--only-headers]
# (from anywhere; needs g++, clang++, libfmt-dev, python3)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
include=$here/../../include
runs=5
registry_runs=1
sizes="1000 5000 10000"
compilers="g++ clang++"
headers=no
only_headers=no
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; registry_runs=$2; shift 2 ;;
    --sizes) sizes=$2; shift 2 ;;
    --compilers) compilers=$2; shift 2 ;;
    --headers) headers=yes; shift ;;
    --only-headers) headers=yes; only_headers=yes; shift ;;
    *) echo "usage: $0 [--runs N] [--sizes \"1000 5000 10000\"] [--compilers \"g++ clang++\"]" >&2; exit 2 ;;
  esac
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for n in $sizes; do python3 "$here/gen_registry.py" "$n" > "$work/registry_$n.cpp"; done
# One TU per public header: the baseline's includes, then the header.
public_headers="hotline.hpp registry_view.hpp registry.hpp analysis.hpp words.hpp report.hpp
  fmt.hpp documented.hpp io/csv_records.hpp io/tables.hpp io/registry_csv.hpp io/cameo.hpp
  io/events.hpp io/json.hpp timeline.hpp all.hpp"
for h in $public_headers; do
  name=$(printf '%s' "$h" | tr '/.' '__')
  { cat "$here/baseline.cpp"; printf '#include <hotline/%s>\n' "$h"; } > "$work/header_$name.cpp"
done

# One TU, `count` times: prints the median seconds (wall, then user CPU) and
# the largest peak MiB.
measure() {
  local cxx=$1 file=$2 count=$3 times=() cpu=() mem=0 out e u m
  for _ in $(seq "$count"); do
    if ! out=$( { /usr/bin/time -f '%e %U %M' "$cxx" -std=c++20 -I"$include" -c "$file" -o /dev/null; } 2>&1); then
      echo "failed - -"
      printf '%s\n' "$out" | grep -m3 'error' >&2
      return 0
    fi
    read -r e u m < <(printf '%s\n' "$out" | tail -1)
    times+=("$e")
    cpu+=("$u")
    [ "$m" -gt "$mem" ] && mem=$m
  done
  local mid=$(((count + 1) / 2))
  printf '%s %s %s\n' "$(printf '%s\n' "${times[@]}" | sort -n | sed -n "${mid}p")" \
    "$(printf '%s\n' "${cpu[@]}" | sort -n | sed -n "${mid}p")" "$((mem / 1024))"
}

printf '%-10s %-22s %10s %12s %10s %8s\n' compiler tu seconds cpu_seconds peak_MiB vs_base
for cxx in $compilers; do
  read -r base_s base_u base_m < <(measure "$cxx" "$here/baseline.cpp" "$runs")
  ratio() { awk -v a="$1" -v b="$base_u" 'BEGIN { if (a == "failed" || b == 0) print "-"; else printf "%.2fx", a / b }'; }
  printf '%-10s %-22s %10s %12s %10s %8s\n' "$cxx" baseline "$base_s" "$base_u" "$base_m" 1.00x
  if [ "$only_headers" = no ]; then
    for tu in umbrella all documented_query; do
      read -r s u m < <(measure "$cxx" "$here/$tu.cpp" "$runs")
      printf '%-10s %-22s %10s %12s %10s %8s\n' "$cxx" "$tu" "$s" "$u" "$m" "$(ratio "$u")"
    done
    for n in $sizes; do
      read -r s u m < <(measure "$cxx" "$work/registry_$n.cpp" "$registry_runs")
      printf '%-10s %-22s %10s %12s %10s %8s\n' "$cxx" "registry_$n" "$s" "$u" "$m" "$(ratio "$u")"
    done
  fi
  if [ "$headers" = yes ]; then
    for h in $public_headers; do
      name=$(printf '%s' "$h" | tr '/.' '__')
      read -r s u m < <(measure "$cxx" "$work/header_$name.cpp" "$runs")
      printf '%-10s %-22s %10s %12s %10s %8s\n' "$cxx" "+$h" "$s" "$u" "$m" "$(ratio "$u")"
    done
  fi
done
