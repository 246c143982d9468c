#!/usr/bin/env bash
# Shows that the cost of one hostile article grows linearly with its size:
# `rankparse extract` on each shape at 1x, 10x and 100x, with wall time, MB/s
# and peak memory from /usr/bin/time. The shapes are those of issue 5, and
# two that once cost quadratic time:
#
#   line    one line of prose words, no line break
#   parens  nested opening parentheses, then as many closing ones
#   list    a numbered list, "N. Hospital Number N (Boston)" per line
#   commas  one entry of comma-separated words, "1. Alpha, Alpha, ..."
#   states  a numbered list whose places are all a bare state, "N. Alpha N (Ohio)"
#   marks   one entry followed by parentheticals, "1. A (1) (1) ..."
#   inparen one entry of parentheticals and "in", "1. A (x) in (x) in ..."
#   runin   one line of a list run into a sentence, "1. Ab, 2. Ab, ..."
#
#   bench/hostile_scaling.sh               # 1x = 500 kB: 0.5, 5, 50 MB
#   BASE_BYTES=100000 bench/hostile_scaling.sh
#
# Environment: BUILD (default build/release), RANKPARSE, BASE_BYTES (500000),
# KEEP=1 keeps the temporary folder.
set -uo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD:-$root/build/release}
rankparse=${RANKPARSE:-$build/src/cli/rankparse}
base=${BASE_BYTES:-500000}
work=$(mktemp -d)
[[ ${KEEP:-0} == 1 ]] || trap 'rm -rf "$work"' EXIT

make_input() {  # shape bytes file
  local shape=$1 bytes=$2 file=$3
  case $shape in
    line) yes 'the best hospitals (Boston) No. 1 according to U.S. News, released March 3' | tr '\n' ' ' | head -c "$bytes" >"$file" ;;
    parens) { printf '1. Mayo Clinic '; head -c $((bytes / 2)) /dev/zero | tr '\0' '('; printf x; head -c $((bytes / 2)) /dev/zero | tr '\0' ')'; } >"$file" ;;
    list) seq 1 $((bytes / 34)) | awk '{ print $1 ". Hospital Number " $1 " (Boston)" }' >"$file" ;;
    commas) { printf '1. '; yes 'Alpha,' | tr '\n' ' ' | head -c "$bytes"; } >"$file" ;;
    states) seq 1 $((bytes / 20)) | awk '{ print $1 ". Alpha " $1 " (Ohio)" }' >"$file" ;;
    marks) { printf '1. A '; yes '(1)' | tr '\n' ' ' | head -c "$bytes"; } >"$file" ;;
    inparen) { printf '1. A '; yes '(x) in' | tr '\n' ' ' | head -c "$bytes"; printf 'Boston, Mass.'; } >"$file" ;;
    runin) { printf 'The top: '; seq 1 $((bytes / 10)) | awk '{ printf "%d. Ab, ", $1 }'; printf 'and 0. ab.'; } >"$file" ;;
  esac
}

printf '%-7s %6s %12s %9s %9s %10s\n' shape scale bytes seconds MB/s peak_MB
for shape in line parens list commas states marks inparen runin; do
  for scale in 1 10 100; do
    file="$work/$shape-$scale.txt"
    make_input "$shape" $((base * scale)) "$file"
    bytes=$(stat -c %s "$file")
    /usr/bin/time -f '%e %M' -o "$work/time" "$rankparse" extract --compact -q --max-input-size 0 "$file" >/dev/null 2>&1
    read -r seconds peak_kb <"$work/time"
    awk -v s="$shape" -v x="$scale" -v b="$bytes" -v t="$seconds" -v m="$peak_kb" \
      'BEGIN { printf "%-7s %5sx %12d %9.2f %9.1f %10.1f\n", s, x, b, t, (t > 0 ? b / t / 1e6 : 0), m / 1024 }'
  done
done
