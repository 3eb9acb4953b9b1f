#!/usr/bin/env bash
# Runs the whole test suite: PostgreSQL set up and migrated, the solution built, every test run.
# Ends with one line "tests: N passed, M failed[, K skipped]" and exits non-zero on any failure.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/deploy/env.sh"
results="$root/.artifacts/test-results"

"$root/deploy/postgres/setup.sh" || { echo "tests: PostgreSQL setup failed"; exit 1; }
"$root/graphql/web/install.sh" || { echo "tests: front-end packages (npm) failed"; exit 1; }
"$root/deploy/test-tools.sh" || { echo "tests: test tools (LibreOffice) failed"; exit 1; }
"$root/deploy/fonts.sh" || { echo "tests: the notices' font failed"; exit 1; }
dotnet build "$root/CollectionGrains.sln" -c Release -nologo -v minimal -clp:ErrorsOnly \
  || { echo "tests: the build failed"; exit 1; }

rm -rf "$results"
status=0
dotnet test "$root/CollectionGrains.sln" -c Release --no-build --nologo \
  --logger "trx" --logger "console;verbosity=normal" --results-directory "$results" "$@" || status=$?

passed=0; failed=0; skipped=0; total=0
for trx in "$results"/*.trx; do
  [[ -f "$trx" ]] || continue
  counters="$(grep -o '<Counters [^>]*>' "$trx")"
  count() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'; }
  total=$((total + $(count total)))
  passed=$((passed + $(count passed)))
  failed=$((failed + $(count failed) + $(count error) + $(count timeout) + $(count aborted)))
  skipped=$((skipped + $(count total) - $(count executed)))
done
if [[ $total -eq 0 ]]; then
  echo "tests: no test results were produced"
  exit 1
fi
# The failures again at the very end, so that a log's tail names them (perl-base is in every Debian).
if [[ $failed -gt 0 ]]; then
  echo "failed tests:"
  perl -0777 -ne 'while (/<UnitTestResult [^>]*testName="([^"]*)"[^>]*outcome="(?:Failed|Error|Timeout|Aborted)"[^>]*>(.*?)<\/UnitTestResult>/sg) {
      my ($name, $body) = ($1, $2); my ($message) = $body =~ /<Message>(.*?)<\/Message>/s;
      $message = substr($message // "", 0, 1500); print "  $name\n    $message\n"; }' "$results"/*.trx
fi
line="tests: $passed passed, $failed failed"
[[ $skipped -gt 0 ]] && line="$line, $skipped skipped"
echo "$line"
[[ $status -eq 0 && $failed -eq 0 ]]
