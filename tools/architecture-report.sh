#!/usr/bin/env bash
# tools/architecture-report.sh [--full]
# The architecture figures of the working tree (package cycles, another module's internals used,
# logging bindings, classes over 600 lines, methods over 80 lines), from the architecture-tests
# rules: builds what they read, runs them without stopping at a violation, prints one line per rule
# (--full: every violation with its fix), beside the figures of main before the issue-11
# restructuring (a21452c, 2026-12-07).
set -euo pipefail
cd "$(dirname "$0")/.."
offline=()
[ "${OFFLINE:-1}" = 1 ] && offline=(-o)
rm -rf architecture-tests/target/architecture
./mvnw -B -q "${offline[@]}" -pl architecture-tests -am test -Dtest=ArchitectureTest \
  -Dsurefire.failIfNoSpecifiedTests=false -Dmaven.test.failure.ignore=true >/dev/null
echo "== architecture figures of $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet 2>/dev/null || echo ' + uncommitted changes')"
declare -A before=([package-cycles]=7 [internal-uses]=16 [logging-bindings]=0 [class-sizes]=10
  [method-lengths]=20 [reactor-order]=0)
for f in architecture-tests/target/architecture/*.txt; do
  rule=$(basename "$f" .txt)
  if [ "${1:-}" = --full ]; then cat "$f"; echo; else echo "$(head -1 "$f")   [before: ${before[$rule]:-?}]"; fi
done
