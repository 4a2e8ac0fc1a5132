#!/usr/bin/env bash
# Issue 13's audit benchmark: `opendata audit` (metadata only) of the recorded 10,000-dataset
# catalogue against `opendata harvest --parallel 4` of the same, on the same benchmark server
# (RecordedCatalogueServer: the real CKAN 2.10's bytes at its measured cost per page), alternated,
# in one run. Prints wall, user+sys CPU and peak RSS (/usr/bin/time) per run, then medians and the
# ratio of each run's median wall to the harvest's.
# Usage (from the repository root, after `./mvnw -B -q package -DskipTests`):
#   ckan-client/bench/audit-vs-harvest.sh [ROUNDS=5] [COPIES=1]
# COPIES=4 serves a synthetic 40,000-dataset catalogue (the 10,000 replicated with new names and ids).
# Environment:
#   BEFORE=DIR   also runs DIR/opendata audit … in each round (a copy of an older checkout's launcher
#                with its cli/target/opendata.jar and .jsa beside it, e.g. made with
#                `mkdir -p DIR/cli/target && cp -p opendata DIR/ && cp -p cli/target/opendata.j* DIR/cli/target/`)
#   KEEP=DIR     keeps the last round's report folders there
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-5}
copies=${2:-1}
. ckan-client/bench/recorded-server.sh
start_recorded_server 2g "$copies"
out=$work/out
mkdir -p "$out"
timed() { # label command… (prints "wall user sys maxrss-KiB exit")
  local label=$1; shift
  local rc=0
  /usr/bin/time -f "%e %U %S %M" -o "$out/t" "$@" >"$out/$label.stdout" 2>"$out/$label.stderr" || rc=$?
  echo "$(tail -1 "$out/t") $rc"
}
for i in $(seq 1 "$rounds"); do
  echo "harvest $(timed harvest ./opendata harvest --portal "$base" --organization perf-org \
      --out "$out/harvest.jsonl" --parallel 4) $(cut -d' ' -f1 /proc/loadavg)" | tee -a "$out/all"
  rm -rf "$out/audit"
  echo "audit $(timed audit ./opendata audit --portal "$base" --organization perf-org --profile stock-ckan \
      --out "$out/audit") $(cut -d' ' -f1 /proc/loadavg)" | tee -a "$out/all"
  if [ -n "${BEFORE:-}" ]; then
    rm -rf "$out/before"
    echo "before $(timed before "$BEFORE/opendata" audit --portal "$base" --organization perf-org \
        --profile stock-ckan --out "$out/before") $(cut -d' ' -f1 /proc/loadavg)" | tee -a "$out/all"
  fi
done
echo "datasets in the harvest: $(wc -l < "$out/harvest.jsonl"); audit summary: $(head -1 "$out/audit.stdout")"
ls -l "$out/audit" | sed 's/^/  audit report: /'
if [ -n "${BEFORE:-}" ]; then
  for f in report.json findings.csv; do
    # the same but for the moment they were made (generatedAt)
    if cmp -s <(grep -v '"generatedAt"' "$out/before/$f") <(grep -v '"generatedAt"' "$out/audit/$f"); then
      echo "before and now: $f identical (generatedAt aside)"
    else echo "before and now: $f DIFFERS"; fi
  done
fi
if [ -n "${KEEP:-}" ]; then
  mkdir -p "$KEEP" && cp -r "$out"/audit* "$out"/before* "$KEEP"/ 2>/dev/null || true
fi
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
awk '{w[$1]=w[$1] " " $2; c[$1]=c[$1] " " ($3+$4); m[$1]=m[$1] " " $5; l[$1]=l[$1] " " $7}
  function med(s,  a,n,i,j,t){n=split(s,a," ");for(i=1;i<=n;i++)for(j=i+1;j<=n;j++)if(a[j]+0<a[i]+0){t=a[i];a[i]=a[j];a[j]=t};return a[int((n+1)/2)]}
  END{for(k in w){W[k]=med(w[k]);C[k]=med(c[k]);M[k]=med(m[k]);L[k]=med(l[k])}
      for(k in w){printf "%-10s median wall %.2f s (%.2fx harvest), CPU %.2f s, peak RSS %.0f MiB, load %.1f\n",
        k,W[k],(W["harvest"]>0?W[k]/W["harvest"]:0),C[k],M[k]/1024,L[k]}}' "$out/all" | sort
