#!/usr/bin/env bash
# Runs a command and checks its exit code and output.
# usage: expect.sh EXIT_CODE STDOUT_PATTERN STDERR_PATTERN [STDIN_FILE|-] -- COMMAND ARGS...
# Patterns are Perl regular expressions searched in the whole stream, so \n
# matches a line end; an empty pattern means "anything".
set -u
expected_code=$1 stdout_pattern=$2 stderr_pattern=$3 stdin_file=$4
shift 4
[[ $1 == "--" ]] && shift
out=$(mktemp) err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT
if [[ $stdin_file == "-" ]]; then
  "$@" >"$out" 2>"$err" </dev/null
else
  "$@" >"$out" 2>"$err" <"$stdin_file"
fi
code=$?
status=0
if [[ $code -ne $expected_code ]]; then
  echo "exit code $code, expected $expected_code"; status=1
fi
if [[ -n $stdout_pattern ]] && ! grep -Pzq -- "$stdout_pattern" "$out"; then
  echo "stdout does not match /$stdout_pattern/"; status=1
fi
if [[ -n $stderr_pattern ]] && ! grep -Pzq -- "$stderr_pattern" "$err"; then
  echo "stderr does not match /$stderr_pattern/"; status=1
fi
if [[ $status -ne 0 ]]; then
  echo "--- stdout"; head -c 2000 "$out"; echo "--- stderr"; head -c 2000 "$err"
fi
exit $status
