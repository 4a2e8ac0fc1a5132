#!/usr/bin/env bash
# Issue 13's validate benchmark: `opendata validate` of a generated 100,000-row register (about 49 MB,
# RegisterGenerator in passport-model's test code: seeded, the same file every time), ROUNDS runs in
# one go. Prints wall, user+sys CPU and peak RSS (/usr/bin/time) per run, then the medians.
# Usage (from the repository root, after `./mvnw -B -q package -DskipTests`):
#   cli/bench/validate-register.sh [ROUNDS=5] [ROWS=100000]
# Environment:
#   BEFORE=DIR   also runs DIR/opendata validate … in each round, alternated (a copy of an older
#                checkout's launcher with its cli/target/opendata.jar and .jsa beside it), and compares
#                the two report.json and findings.csv
#   REGISTER=FILE  validates this file instead of generating one
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-5}
rows=${2:-100000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
register=${REGISTER:-}
if [ -z "$register" ]; then
  ./mvnw -B -q -o -pl passport-model test-compile dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" \
      -Dmdep.includeScope=test >/dev/null
  java -cp "passport-model/target/test-classes:passport-model/target/classes:$(cat "$work/cp.txt")" \
      ua.opendata.passport.csv.bench.RegisterGenerator "$work/register.csv" "$rows"
  register=$work/register.csv
fi
echo "register: $register, $(stat -c %s "$register") bytes; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "jvm flags of ./opendata: $(grep '^flags=' opendata); archive: $(ls cli/target/opendata.jsa 2>/dev/null || echo none)"
out=$work/out
mkdir -p "$out"
timed() { # label command… (prints "wall user sys maxrss-KiB exit")
  local label=$1; shift
  local rc=0
  rm -rf "$out/$label"
  /usr/bin/time -f "%e %U %S %M" -o "$out/t" "$@" validate "$register" --out "$out/$label" \
      >"$out/$label.stdout" 2>"$out/$label.stderr" || rc=$?
  echo "$(tail -1 "$out/t") $rc"
}
for i in $(seq 1 "$rounds"); do
  echo "validate $(timed validate ./opendata) $(cut -d' ' -f1 /proc/loadavg)" | tee -a "$out/all"
  if [ -n "${BEFORE:-}" ]; then
    echo "before $(timed before "$BEFORE/opendata") $(cut -d' ' -f1 /proc/loadavg)" | tee -a "$out/all"
  fi
done
echo "summary: $(head -3 "$out/validate.stdout" | cut -c1-200 | tr '\n' ' ')"
ls -l "$out/validate" | sed 's/^/  report: /'
if [ -n "${BEFORE:-}" ]; then
  for f in report.json findings.csv; do
    # the same but for the moment they were made (generatedAt)
    if cmp -s <(grep -v '"generatedAt"' "$out/before/$f") <(grep -v '"generatedAt"' "$out/validate/$f"); then
      echo "before and now: $f identical (generatedAt aside)"
    else echo "before and now: $f DIFFERS"; fi
  done
fi
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
awk '{w[$1]=w[$1] " " $2; c[$1]=c[$1] " " ($3+$4); m[$1]=m[$1] " " $5; l[$1]=l[$1] " " $7}
  function med(s,  a,n,i,j,t){n=split(s,a," ");for(i=1;i<=n;i++)for(j=i+1;j<=n;j++)if(a[j]+0<a[i]+0){t=a[i];a[i]=a[j];a[j]=t};return a[int((n+1)/2)]}
  END{for(k in w){printf "%-10s median wall %.2f s, CPU %.2f s, peak RSS %.0f MiB, load %.1f\n",
        k,med(w[k]),med(c[k]),med(m[k])/1024,med(l[k])}}' "$out/all" | sort
