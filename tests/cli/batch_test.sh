#!/usr/bin/env bash
# Batch and pipeline behaviour of the command line: ordering under
# parallelism, -o DIR (mirrored, atomic, resumable), stream mode with a bad
# line, exit codes, and a write failure that leaves nothing behind.
# usage: batch_test.sh RANKPARSE SAMPLES_DIR
set -u
cli=$1 samples=$2
work=$(mktemp -d)
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# Output order does not depend on scheduling.
"$cli" extract --jsonl -q -j 1 --include '*.txt' "$samples" >"$work/j1.jsonl" 2>/dev/null
"$cli" extract --jsonl -q -j 4 --include '*.txt' "$samples" >"$work/j4.jsonl" 2>/dev/null
cmp -s "$work/j1.jsonl" "$work/j4.jsonl" || fail "-j 1 and -j 4 outputs differ"
[[ $(wc -l <"$work/j1.jsonl") -eq $(ls "$samples"/*.txt | wc -l) ]] || fail "one JSON line per input expected"

# -o DIR mirrors the input tree, one NAME.json per input, no temporary files left.
mkdir -p "$work/in/sub"
cp "$samples/reference.txt" "$work/in/a.txt"
cp "$samples/check_rank_gap.txt" "$work/in/sub/b.txt"
"$cli" extract -q -o "$work/out" "$work/in" 2>/dev/null || fail "extract -o exited $?"
[[ -f $work/out/a.json && -f $work/out/sub/b.json ]] || fail "-o did not mirror the input tree"
[[ -z $(find "$work/out" -name '*.tmp-*') ]] || fail "temporary files left in the output folder"
cmp -s "$work/in/a.txt" "$samples/reference.txt" || fail "an input was modified"

# Hidden files and folders found in folders are skipped unless --hidden asks
# for them (as ripgrep and fd do); a hidden file named outright is read.
mkdir -p "$work/hidden/.git" "$work/hidden/sub"
cp "$samples/reference.txt" "$work/hidden/a.txt"
cp "$samples/reference.txt" "$work/hidden/._a.txt"
cp "$samples/reference.txt" "$work/hidden/.git/b.txt"
cp "$samples/reference.txt" "$work/hidden/sub/c.txt"
names() { grep -o '"source":{"name":"[^"]*"' | sed 's/.*"name":"//; s/"$//' | sed "s|^$work/hidden/||" | tr '\n' ' '; }
seen=$("$cli" extract --jsonl -q --include '*.txt' "$work/hidden/" 2>/dev/null | names)
[[ $seen == "a.txt sub/c.txt " ]] || fail "hidden files were walked: $seen"
seen=$("$cli" extract --jsonl -q --hidden --include '*.txt' "$work/hidden" 2>/dev/null | names)
[[ $seen == "._a.txt .git/b.txt a.txt sub/c.txt " ]] || fail "--hidden did not walk hidden files: $seen"
seen=$("$cli" extract --jsonl -q "$work/hidden/._a.txt" 2>/dev/null | names)
[[ $seen == "._a.txt " ]] || fail "a hidden file named outright was not read: $seen"
"$cli" extract -q -o "$work/hidden_out" "$work/hidden/" 2>/dev/null
[[ -f $work/hidden_out/a.json && -f $work/hidden_out/sub/c.json && ! -e $work/hidden_out/.git ]] ||
  fail "-o with a folder given with a trailing slash did not mirror it"

# --resume skips inputs whose output is up to date, and redoes stale ones.
echo stale >"$work/out/a.json"
touch -d '2000-01-01' "$work/out/sub/b.json"
"$cli" extract -q -o "$work/out" --resume "$work/in" 2>/dev/null
[[ $(cat "$work/out/a.json") == stale ]] || fail "--resume rewrote an up-to-date output"
grep -q '"schema"' "$work/out/sub/b.json" || fail "--resume did not redo a stale output"

# Some inputs with errors: exit 1, the others still come out.
printf 'Top 1:\n1. Caf\xc3\x28 Hospital\n' >"$work/in/bad.txt"
"$cli" extract --jsonl -q "$work/in/a.txt" "$work/in/bad.txt" "$work/in/missing.txt" >"$work/mixed.jsonl" 2>"$work/mixed.err"
code=$?
[[ $code -eq 1 ]] || fail "inputs with errors: exit $code, expected 1"
[[ $(wc -l <"$work/mixed.jsonl") -eq 2 ]] || fail "the readable inputs should still produce their JSON"
grep -q 'missing.txt:1:1: error: cannot open' "$work/mixed.err" || fail "no error line for the missing input"

# check prints only diagnostics.
"$cli" check -q "$samples/check_rank_gap.txt" >"$work/check.out" 2>/dev/null
grep -q 'warning: rank 4' "$work/check.out" || fail "check printed no diagnostics"
grep -q '"schema"' "$work/check.out" && fail "check printed JSON"

# stream: one line out per line in, same order, ids carried, a bad line is an error record.
printf '{"id":"a","text":"Top 1:\\n1. Alpha College (Boston)\\n","tag":7}\n{oops\n{"id":"c","text":"no list here"}\n' |
  "$cli" stream -q -j 2 >"$work/stream.jsonl" 2>/dev/null
code=$?
[[ $code -eq 1 ]] || fail "stream with a bad line: exit $code, expected 1"
[[ $(wc -l <"$work/stream.jsonl") -eq 3 ]] || fail "stream: one output line per input line"
sed -n 1p "$work/stream.jsonl" | grep -q '^{"id":"a","tag":7,"article":{' || fail "stream: id and other fields not carried"
sed -n 2p "$work/stream.jsonl" | grep -q '"line":2,"error":{"code":"stream.bad_line"' || fail "stream: no error record for a bad line"
sed -n 3p "$work/stream.jsonl" | grep -q '^{"id":"c"' || fail "stream: order not kept"

# stream: a number no double holds ("1e400", valid JSON all the same) makes
# its line an error record; the lines around it still come out.
printf '{"id":"a","text":"x"}\n{"id":"b","text":"x","score":1.0e400}\n{"id":"c","text":"x"}\n' |
  "$cli" stream -q >"$work/overflow.jsonl" 2>"$work/overflow.err"
code=$?
[[ $code -eq 1 ]] || fail "stream with an out-of-range number: exit $code, expected 1"
[[ $(wc -l <"$work/overflow.jsonl") -eq 3 ]] || fail "stream with an out-of-range number: one output line per input line"
sed -n 2p "$work/overflow.jsonl" | grep -q '"line":2,"error":{"code":"stream.bad_line","message":"unreadable JSON: .*number overflow' ||
  fail "stream: no error record for an out-of-range number"
sed -n 3p "$work/overflow.jsonl" | grep -q '^{"id":"c","article":' || fail "stream: the line after an out-of-range number was lost"

# stream: other fields of any type pass through as they were; lines simdjson
# refuses (an integer too large for it, a repeated key) are read by nlohmann_json.
printf '%s\n' '{"id":7,"text":"x","url":"a/\"q\"\u00e9","n":1.5,"o":{"a":[1,true,null]},"k\\ey":"v"}' \
  '{"id":123456789012345678901234567890,"text":"x"}' '{"id":"d","text":"x","id":"e"}' '[1,2]' '{"id":"g","text":3}' \
  '{"text":"no id"}  ' | "$cli" stream -q -j 2 >"$work/fields.jsonl" 2>/dev/null
sed -n 1p "$work/fields.jsonl" | grep -qF '{"id":7,"url":"a/\"q\"é","n":1.5,"o":{"a":[1,true,null]},"k\\ey":"v","article":{' ||
  fail "stream: other fields not passed through as they were"
sed -n 2p "$work/fields.jsonl" | grep -qF '{"id":1.2345678901234568e+29,"article":' || fail "stream: a large number id was refused"
sed -n 3p "$work/fields.jsonl" | grep -qF '{"id":"e","article":' || fail "stream: a repeated key: the last value should win"
sed -n 4p "$work/fields.jsonl" | grep -qF '{"id":null,"line":4,"error":{"code":"stream.bad_line","message":"expected an object with a \"text\" string"}}' ||
  fail "stream: an array should be an error record"
sed -n 5p "$work/fields.jsonl" | grep -qF '{"id":"g","line":5,"error":' || fail "stream: the error record should carry the id"
sed -n 6p "$work/fields.jsonl" | grep -qF '"source":{"name":"line 6"' || fail "stream: a line without an id is named by its number"

# A write failure is reported and leaves no partial file behind.
mkdir -p "$work/readonly"
chmod a-w "$work/readonly"
if [[ $(id -u) -ne 0 ]]; then  # root may write anywhere
  "$cli" extract -q -o "$work/readonly" "$work/in/a.txt" 2>"$work/write.err"
  code=$?
  [[ $code -eq 1 ]] || fail "write failure: exit $code, expected 1"
  grep -q 'output.unwritable' "$work/write.err" || fail "write failure not reported"
  [[ -z $(ls -A "$work/readonly") ]] || fail "a partial output was left behind"
fi

# Even root cannot write below a regular file: -o pointing at one fails cleanly.
echo "not a folder" >"$work/plainfile"
"$cli" extract -q -o "$work/plainfile" "$work/in/a.txt" 2>"$work/write2.err"
code=$?
[[ $code -eq 1 ]] || fail "output below a file: exit $code, expected 1"
grep -q 'output.unwritable' "$work/write2.err" || fail "output below a file not reported"
[[ $(cat "$work/plainfile") == "not a folder" ]] || fail "the file in the way was changed"

# Usage errors and nothing to do: exit 2.
"$cli" extract --resume "$work/in/a.txt" >/dev/null 2>&1
[[ $? -eq 2 ]] || fail "--resume without -o should be a usage error"
"$cli" extract -q --include '*.none' "$work/in" >/dev/null 2>&1
[[ $? -eq 2 ]] || fail "no input files found should exit 2"

echo "$((failures == 0 ? 1 : 0)) passed, $failures failed"
exit $((failures > 0))
