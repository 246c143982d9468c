#!/usr/bin/env bash
# Times the whole rankparse command line on generated input:
#
#   1. `rankparse extract --jsonl -j N -r --include '*.txt' DIR` on an archive of
#      ARTICLES text files in nested folders (plus one README.md the filter must skip),
#   2. `rankparse stream -j N < in.jsonl` on a JSON Lines stream of about STREAM_BYTES,
#
# each with -j 1 and with all cores, printing wall time, MB/s of input and peak
# memory (from /usr/bin/time), then a 1x/10x/100x size-scaling run of `stream`
# whose cost should grow linearly. A command that fails (for example before
# the batch interface exists) is reported and its measurement skipped.
#
#   bench/time_cli.sh
#   ARTICLES=5000 STREAM_BYTES=200000000 bench/time_cli.sh
#
# Environment: BUILD (default build/release), RANKPARSE, GENERATE (the two
# executables), ARTICLES (2000), STREAM_BYTES (50000000), SCALE_BYTES (1000000:
# the 1x of the scaling run), SEED (1), JOBS (default "1 <cores>"), KEEP=1 keeps
# the temporary folder.
set -uo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD:-$root/build/release}
rankparse=${RANKPARSE:-$build/src/cli/rankparse}
generate=${GENERATE:-$build/bench/rankparse_generate_corpus}
articles=${ARTICLES:-2000}
stream_bytes=${STREAM_BYTES:-50000000}
scale_bytes=${SCALE_BYTES:-1000000}
seed=${SEED:-1}
cores=$(nproc)
jobs=${JOBS:-$( ((cores > 1)) && echo "1 $cores" || echo 1)}

for tool in "$rankparse" "$generate"; do
  if [[ ! -x $tool ]]; then
    echo "time_cli: $tool is missing; build first: cmake --preset release && cmake --build --preset release" >&2
    exit 2
  fi
done
if [[ ! -x /usr/bin/time ]]; then
  echo "time_cli: needs /usr/bin/time (Debian package: time)" >&2
  exit 2
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/rankparse-time.XXXXXX")
if [[ ${KEEP:-0} == 1 ]]; then echo "time_cli: keeping $work"; else trap 'rm -rf "$work"' EXIT; fi

megabytes() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1e6 }'; }

# measure LABEL INPUT_BYTES EXPECTED_OBJECTS STDIN -- COMMAND...
# Runs COMMAND under /usr/bin/time with STDIN as standard input and prints one
# result line; prints why and returns 1 when the command fails.
measure() {
  local label=$1 bytes=$2 expected=$3 stdin=$4
  shift 5
  /usr/bin/time -f '%e s wall, %M KB peak' -o "$work/time.txt" "$@" <"$stdin" >"$work/out.jsonl" 2>"$work/err.txt"
  local status=$?
  # exit 1 means "an input had error diagnostics": its JSON is still written
  if ((status != 0 && status != 1)) || [[ ! -s $work/out.jsonl ]]; then
    printf '  %-28s SKIPPED: `rankparse %s` failed (exit %d): %s\n' "$label" "${*:2}" "$status" \
      "$(grep -v '^Command exited' "$work/err.txt" | head -n 1)"
    return 1
  fi
  local wall peak objects note=""
  read -r wall peak < <(tail -n 1 "$work/time.txt" | awk '{ print $1, $4 }')
  objects=$(wc -l <"$work/out.jsonl")
  ((status == 1)) && note="  (exit 1: some input had errors)"
  ((objects != expected)) && note+="  (expected $expected objects)"
  printf '  %-28s %7.2f s wall %9s MB/s %9d KB peak %8d objects%s\n' "$label" "$wall" \
    "$(awk -v b="$bytes" -v s="$wall" 'BEGIN { if (s > 0) printf "%.1f", b / 1e6 / s; else print "-" }')" \
    "$peak" "$objects" "$note"
  last_wall=$wall
}

echo "rankparse: $("$rankparse" --version 2>/dev/null || echo "$rankparse")   cores: $cores   seed: $seed"
echo
echo "Generating input in $work"
archive=$work/archive
/usr/bin/time -f '%e s wall, %M KB peak' -o "$work/time.txt" \
  "$generate" --seed "$seed" --articles "$articles" --out "$archive" --quiet || exit 1
printf 'Not an article: --include *.txt must leave this file out.\n' >"$archive/README.md"
archive_bytes=$(find "$archive" -name '*.txt' -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }')
echo "  archive: $articles articles, $(megabytes "$archive_bytes") MB in $archive/{a,b,c,c/deep}   ($(tail -n 1 "$work/time.txt"))"
/usr/bin/time -f '%e s wall, %M KB peak' -o "$work/time.txt" \
  "$generate" --seed "$seed" --bytes "$stream_bytes" --jsonl "$work/stream.jsonl" --quiet || exit 1
stream_size=$(stat -c %s "$work/stream.jsonl")
stream_lines=$(wc -l <"$work/stream.jsonl")
echo "  stream:  $stream_lines articles, $(megabytes "$stream_size") MB of JSON Lines   ($(tail -n 1 "$work/time.txt"))"

# The planned interface has -r; the command as built walks folders recursively
# and may have no such flag, so -r is passed only when `extract --help` lists it.
recursive=(-r)
if "$rankparse" extract --help >/dev/null 2>&1 && ! "$rankparse" extract --help 2>&1 | grep -qE '(^|[ ,])-r([ ,]|$)'; then
  recursive=()
fi
echo
echo "rankparse extract --jsonl -j N ${recursive[*]:+${recursive[*]} }--include '*.txt' DIR > out.jsonl   (MB/s of article text)"
((${#recursive[@]} == 0)) && echo "  (no -r: this rankparse's extract --help lists no such flag; it walks folders recursively)"
for j in $jobs; do
  measure "extract -j $j" "$archive_bytes" "$articles" /dev/null -- \
    "$rankparse" extract --jsonl -j "$j" "${recursive[@]}" --include '*.txt' "$archive"
done

echo
echo "rankparse stream -j N < in.jsonl > out.jsonl   (MB/s of JSON Lines input)"
for j in $jobs; do
  measure "stream -j $j" "$stream_size" "$stream_lines" "$work/stream.jsonl" -- "$rankparse" stream -j "$j"
done

# Size scaling: SCALE_BYTES x 1, 10, 100 (the smaller streams are prefixes of the larger: same seed).
j=${jobs##* }
echo
echo "Size scaling of rankparse stream -j $j (time should grow linearly with size)"
declare -A scaled_wall
for factor in 1 10 100; do
  input=$work/stream_${factor}x.jsonl
  "$generate" --seed "$seed" --bytes "$((scale_bytes * factor))" --jsonl "$input" --quiet || exit 1
  size=$(stat -c %s "$input")
  last_wall=""
  measure "${factor}x ($(megabytes "$size") MB)" "$size" "$(wc -l <"$input")" "$input" -- \
    "$rankparse" stream -j "$j" || continue
  scaled_wall[$factor]=$last_wall
done
if [[ -n ${scaled_wall[10]:-} && -n ${scaled_wall[100]:-} ]]; then
  awk -v a="${scaled_wall[1]:-0}" -v b="${scaled_wall[10]}" -v c="${scaled_wall[100]}" 'BEGIN {
    if (b > 0) printf "  time ratio 100x/10x: %.1f (10 = linear)", c / b
    if (a > 0) printf ", 10x/1x: %.1f%s", b / a, (b / a < 9 ? " (start-up and timer resolution weigh on the 1x run)" : "")
    printf "\n" }'
fi
