#!/usr/bin/env bash
# tools/javadoc-missing.sh [--list]
# What the release profile's javadoc lint says with 'missing' on (doclint 'all'): the number of
# warnings per module, by kind (--list: every warning, file:line). Builds the release jars as
# ./mvnw -B -q -Prelease -DskipTests package does (a few minutes), offline unless OFFLINE=0.
set -euo pipefail
cd "$(dirname "$0")/.."
offline=()
[ "${OFFLINE:-1}" = 1 ] && offline=(-o)
# The javadoc plugin skips a module whose sources did not change since its last run (stale data):
# make it lint every module again.
rm -f */target/maven-javadoc-plugin-stale-data.txt
log=$(mktemp)
trap 'rm -f "$log"' EXIT
./mvnw -B "${offline[@]}" -Prelease -DskipTests -Djavadoc.doclint=all -Dmaven.javadoc.failOnWarnings=false \
  package >"$log" 2>&1 || { tail -40 "$log"; exit 1; }
grep -E '^\[WARNING\] /.*\.java:[0-9]+: warning: ' "$log" | sed -E "s|^\[WARNING\] $PWD/||" | sort -u >"$log.w" || true
echo "== javadoc warnings with doclint 'all' (total $(wc -l <"$log.w"))"
cut -d/ -f1 "$log.w" | sort | uniq -c | sort -rn
echo "== by kind"
sed -E 's/.*warning: //; s/ for .*/ for .../' "$log.w" | sort | uniq -c | sort -rn
echo "== by package"
sed -E 's|/src/main/java/|:|; s|/[A-Z][A-Za-z0-9]*\.java:.*||' "$log.w" | sort | uniq -c | sort -k2
[ "${1:-}" = --list ] && cat "$log.w"
rm -f "$log.w"
