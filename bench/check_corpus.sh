#!/usr/bin/env bash
# Sanity check of the corpus generator (not a test of rankparse): generates
# articles with their expected entry counts, runs `rankparse extract` on each,
# and reports the share where rankparse finds at least one list and as many
# entries as the generator wrote.
#
#   bench/check_corpus.sh [ARTICLES=1000] [SEED=7]
#
# Environment: BUILD (default build/release), KEEP=1 keeps the temporary folder.
set -euo pipefail

articles=${1:-1000}
seed=${2:-7}
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD:-$root/build/release}
rankparse=$build/src/cli/rankparse
generate=$build/bench/rankparse_generate_corpus
for tool in "$rankparse" "$generate"; do
  [[ -x $tool ]] || { echo "check_corpus: $tool is missing; build with: cmake --preset release && cmake --build --preset release" >&2; exit 2; }
done
command -v jq >/dev/null || { echo "check_corpus: needs jq" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/rankparse-check.XXXXXX")
if [[ ${KEEP:-0} == 1 ]]; then echo "check_corpus: keeping $work" >&2; else trap 'rm -rf "$work"' EXIT; fi

"$generate" --seed "$seed" --articles "$articles" --out "$work/corpus" --expect "$work/expect.tsv" --quiet

matched=0 with_list=0 total=0
: >"$work/mismatches.tsv"
while IFS=$'\t' read -r id path entries lists sizes placeholders shapes; do
  [[ $id == id ]] && continue
  total=$((total + 1))
  found=$("$rankparse" extract --compact "$work/corpus/$path" 2>/dev/null |
    jq -r '[.lists[] | .entries | length] | "\(length)\t\(add // 0)\t\(map(tostring) | join(","))"') || found=$'0\t0\t'
  IFS=$'\t' read -r found_lists found_entries found_sizes <<<"$found"
  ((found_lists > 0)) && with_list=$((with_list + 1))
  if ((found_lists > 0 && found_entries == entries)); then
    matched=$((matched + 1))
  else
    printf '%s\t%s\texpected %s (%s)\tfound %s (%s)\t%s\n' "$id" "$path" "$entries" "$sizes" "$found_entries" "$found_sizes" "$shapes" >>"$work/mismatches.tsv"
    printf '%s\n' "$shapes" >>"$work/mismatch_shapes.txt"
  fi
  printf '%s\n' "$shapes" >>"$work/all_shapes.txt"
done <"$work/expect.tsv"

awk -v m="$matched" -v l="$with_list" -v t="$total" 'BEGIN {
  printf "articles: %d\nat least one list: %d (%.1f%%)\nlist found and entry count matches: %d (%.1f%%)\n", t, l, 100 * l / t, m, 100 * m / t }'
if [[ -s $work/mismatches.tsv ]]; then
  # The shape features (see --expect in rankparse_generate_corpus) that mismatched articles hold,
  # each counted once per article, against how many articles hold them at all.
  per_article() { while IFS= read -r row; do tr '; ' '\n\n' <<<"$row" | grep -v '^$' | sort -u; done <"$1" | sort | uniq -c; }
  echo "shape features of mismatched articles (mismatched / all articles with the feature):"
  join -1 2 -2 2 <(per_article "$work/mismatch_shapes.txt" | awk '{print $1, $2}' | sort -k2,2) \
                 <(per_article "$work/all_shapes.txt" | awk '{print $1, $2}' | sort -k2,2) |
    awk '$3 >= 5 { printf "%6.1f%%  %4d / %-5d %s\n", 100 * $2 / $3, $2, $3, $1 }' | sort -rn | head -n "${FEATURES:-12}"
  echo "first mismatches (id, path, expected entries (per list), found entries (per list), list shapes):"
  head -n "${SHOW:-15}" "$work/mismatches.tsv"
fi
