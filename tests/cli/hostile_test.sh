#!/usr/bin/env bash
# Hostile input at the command line: an unreadable file, a folder where a
# file is expected, binary and broken files among good ones, oversized inputs
# and stream lines, a full disk for standard output. Each gets its diagnostic
# and exit code, and never costs the other inputs their results.
# usage: hostile_test.sh RANKPARSE SAMPLES_DIR
set -u
cli=$1 samples=$2
work=$(mktemp -d)
chmod 755 "$work"  # the unprivileged user below must reach the files
trap 'chmod -R u+rw "$work" 2>/dev/null; rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# Root reads any file, so permissions are tested as an unprivileged user;
# where root cannot become one (no setpriv, no CAP_SETUID), those checks are
# skipped and say so.
unprivileged() {
  if [[ $(id -u) -eq 0 ]]; then
    setpriv --reuid=65534 --regid=65534 --clear-groups -- "$@"
  else
    "$@"
  fi
}
can_test_permissions=1
unprivileged true 2>/dev/null || { can_test_permissions=0; echo "note: cannot run as an unprivileged user; permission checks skipped"; }

cp "$samples/reference.txt" "$work/good.txt"
chmod 644 "$work/good.txt"

# A file that is not readable: exit 3 alone, its own error among others.
echo "Top 1:" >"$work/secret.txt"
chmod 000 "$work/secret.txt"
if ((can_test_permissions)); then
  unprivileged "$cli" extract "$work/secret.txt" >/dev/null 2>"$work/secret.err"
  code=$?
  [[ $code -eq 3 ]] || fail "unreadable file: exit $code, expected 3"
  grep -q 'secret.txt:1:1: error: cannot open: Permission denied \[input.unreadable\]' "$work/secret.err" || fail "unreadable file: no diagnostic"
  unprivileged "$cli" extract --jsonl -q "$work/secret.txt" "$work/good.txt" >"$work/mixed.jsonl" 2>/dev/null
  code=$?
  [[ $code -eq 1 ]] || fail "unreadable among good: exit $code, expected 1"
  grep -q '"name":".*good.txt"' "$work/mixed.jsonl" || fail "unreadable among good: the good file lost its result"
fi

# A folder where a file is expected: standard input that is a folder.
mkdir "$work/folder"
"$cli" extract - <"$work/folder" >/dev/null 2>"$work/folder.err"
code=$?
[[ $code -eq 3 ]] || fail "extract - from a folder: exit $code, expected 3"
grep -q 'error: cannot read: Is a directory' "$work/folder.err" || fail "extract - from a folder: no diagnostic"
"$cli" stream <"$work/folder" >/dev/null 2>"$work/stream-folder.err"
code=$?
[[ $code -eq 3 ]] || fail "stream from a folder: exit $code, expected 3"
grep -q 'stdin:1:1: error: cannot read: Is a directory \[input.unreadable\]' "$work/stream-folder.err" || fail "stream from a folder: no diagnostic"

# Binary and broken files among good ones: each has its own error record in
# the output, the good one comes out whole, exit 1.
printf 'Top 2:\n1. A\0B College\n2. C College\n' >"$work/binary.txt"
printf 'Top 1:\n1. Caf\xe9 Hospital (Boston)\n' >"$work/latin1.txt"
head -c 300 "$samples/reference.txt" >"$work/cut.txt"
"$cli" extract --jsonl -q -j 2 "$work/binary.txt" "$work/good.txt" "$work/latin1.txt" "$work/cut.txt" >"$work/batch.jsonl" 2>"$work/batch.err"
code=$?
[[ $code -eq 1 ]] || fail "hostile batch: exit $code, expected 1"
[[ $(wc -l <"$work/batch.jsonl") -eq 4 ]] || fail "hostile batch: one record per input expected"
sed -n 1p "$work/batch.jsonl" | grep -q '"code":"input.binary"' || fail "binary file: no input.binary record"
sed -n 2p "$work/batch.jsonl" | grep -q '"text":"Harvard Medical School"' || fail "good file lost its entries"
sed -n 3p "$work/batch.jsonl" | grep -q '"code":"input.invalid_utf8"' || fail "Latin-1 file: no input.invalid_utf8 record"
grep -q 'binary.txt:2:5: error: NUL byte at byte offset 11' "$work/batch.err" || fail "binary file: no diagnostic with its offset"
grep -q 'latin1.txt:2:7: error: invalid UTF-8 at byte offset 13' "$work/batch.err" || fail "Latin-1 file: no diagnostic with its offset"
[[ $(tr -cd '\000' <"$work/batch.err" | wc -c) -eq 0 ]] || fail "the bytes of a binary file were echoed"

# --replace-invalid-utf8 goes on with a warning.
"$cli" extract --jsonl -q --replace-invalid-utf8 "$work/latin1.txt" >"$work/replaced.jsonl" 2>"$work/replaced.err"
code=$?
[[ $code -eq 0 ]] || fail "--replace-invalid-utf8: exit $code, expected 0"
grep -q $'"text":"Caf\xef\xbf\xbd Hospital"' "$work/replaced.jsonl" || fail "--replace-invalid-utf8: no U+FFFD in the name"
grep -q 'warning: .*\[input.invalid_utf8_replaced\]' "$work/replaced.err" || fail "--replace-invalid-utf8: no warning"

# The input size limit: a clear error, the input unread.
"$cli" extract --max-input-size 1000 "$work/good.txt" >/dev/null 2>"$work/big.err"
code=$?
[[ $code -eq 3 ]] || fail "input over the limit: exit $code, expected 3"
grep -q 'error: input is larger than the limit of 1000 bytes (--max-input-size)' "$work/big.err" || fail "input over the limit: no diagnostic"

# A stream line over the limit is an error record; the lines around it come out.
{
  printf '{"id":1,"text":"Top 1:\\n1. Alpha College\\n"}\n'
  printf '{"id":2,"text":"'
  head -c 3000000 /dev/zero | tr '\0' 'x'
  printf '"}\n'
  printf '{"id":3,"text":"Top 1:\\n1. Gamma College\\n"}'  # no final newline
} >"$work/long.jsonl"
"$cli" stream -q --max-input-size 1000000 <"$work/long.jsonl" >"$work/long.out" 2>/dev/null
code=$?
[[ $code -eq 1 ]] || fail "stream line over the limit: exit $code, expected 1"
[[ $(wc -l <"$work/long.out") -eq 3 ]] || fail "stream line over the limit: one output line per input line"
sed -n 2p "$work/long.out" | grep -q '"line":2,"error":{"code":"stream.bad_line","message":"line of 3000018 bytes is larger than the limit' ||
  fail "stream line over the limit: no error record"
sed -n 3p "$work/long.out" | grep -q '"text":"Gamma College"' || fail "stream: the last line without a newline was lost"

# A full disk for standard output: reported, exit 1, not a silent success.
if [[ -w /dev/full ]]; then
  "$cli" extract "$work/good.txt" >/dev/full 2>"$work/full.err"
  code=$?
  [[ $code -eq 1 ]] || fail "stdout on a full disk: exit $code, expected 1"
  grep -q 'rankparse: error: cannot write standard output: No space left on device \[output.unwritable\]' "$work/full.err" ||
    fail "stdout on a full disk: not reported"
  "$cli" stream -q <"$work/long.jsonl" >/dev/full 2>"$work/full2.err"
  code=$?
  [[ $code -eq 1 ]] || fail "stream to a full disk: exit $code, expected 1"
fi

# A write failure under -o leaves no partial file, whoever runs the tests.
mkdir "$work/readonly"
chmod 555 "$work/readonly"
if ((can_test_permissions)); then
  unprivileged "$cli" extract -q -o "$work/readonly" "$work/good.txt" 2>"$work/write.err"
  code=$?
  [[ $code -eq 1 ]] || fail "write failure: exit $code, expected 1"
  grep -q 'output.unwritable' "$work/write.err" || fail "write failure: not reported"
  [[ -z $(ls -A "$work/readonly") ]] || fail "write failure: a partial output was left behind"
fi

echo "$((failures == 0 ? 1 : 0)) passed, $failures failed"
exit $((failures > 0))
