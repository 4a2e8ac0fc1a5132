#!/usr/bin/env bash
# Issue 13's harvest benchmark: `opendata harvest` of the recorded 10,000-dataset catalogue against
# curl fetching the same pages 4 at a time, on the same benchmark server (RecordedCatalogueServer:
# the real CKAN 2.10's bytes at its measured cost per page, two pages at a time), alternated, in
# one run. Prints wall, user+sys CPU and peak RSS per run, then medians and ratios to curl.
# Usage (from the repository root, after `./mvnw -B -q package -DskipTests`):
#   ckan-client/bench/harvest-vs-curl.sh [ROUNDS=5] [COPIES=1]
# Environment:
#   BEFORE_JAR=path/to/old/opendata.jar  also runs `java -jar BEFORE_JAR harvest …` (no launcher
#                                        flags: how ./opendata ran it before) in each round
#   VARIANTS="name=JVM flags;…"          also runs the jar with these flags (no archive unless
#                                        given), e.g. "c1=-XX:TieredStopAtLevel=1"
#   WARM=1                               then the library in a warm JVM (WarmHarvest: CPU per
#                                        harvest after warm-up, raw and typed)
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-5}
copies=${2:-1}
. ckan-client/bench/recorded-server.sh
start_recorded_server 1g "$copies"
pages=$(( copies * 10 ))
out=$work/out
mkdir -p "$out"
curl_run() {
  seq 0 1000 $(( (pages - 1) * 1000 )) | /usr/bin/time -f "%e %U %S %M" -o "$out/t" \
    xargs -P4 -I{} curl -s -o "$out/page_{}.json" \
    "$base/api/3/action/package_search?fq=organization:perf-org&rows=1000&start={}&sort=name%20asc"
  cat "$out/t"
}
harvest_run() { # label command…
  local label=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$out/t" "$@" harvest --portal "$base" \
    --organization perf-org --out "$out/$label.jsonl" --parallel 4 >/dev/null 2>&1
  cat "$out/t"
}
for i in $(seq 1 "$rounds"); do
  echo "curl4 $(curl_run) $(cut -d' ' -f1 /proc/loadavg)" | tee -a "$out/all"
  echo "harvest $(harvest_run harvest ./opendata) $(cut -d' ' -f1 /proc/loadavg)" | tee -a "$out/all"
  if [ -n "${BEFORE_JAR:-}" ]; then
    echo "before $(harvest_run before java -jar "$BEFORE_JAR") $(cut -d' ' -f1 /proc/loadavg)" | tee -a "$out/all"
  fi
  IFS=';' read -ra vs <<< "${VARIANTS:-}"
  for v in "${vs[@]}"; do
    [ -n "$v" ] || continue
    # shellcheck disable=SC2086
    echo "${v%%=*} $(harvest_run "${v%%=*}" java ${v#*=} -jar cli/target/opendata.jar) $(cut -d' ' -f1 /proc/loadavg)" | tee -a "$out/all"
  done
done
echo "datasets in the harvest: $(wc -l < "$out/harvest.jsonl")"
if [ -n "${BEFORE_JAR:-}" ]; then
  # the same datasets in the same order; each line now as the portal sent it (see BENCHMARKS.md)
  if cmp -s <(jq -r .id "$out/before.jsonl") <(jq -r .id "$out/harvest.jsonl"); then
    echo "before and now: the same dataset ids in the same order"
  else
    echo "before and now: the dataset ids DIFFER"
  fi
fi
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
awk '{w[$1]=w[$1] " " $2; c[$1]=c[$1] " " ($3+$4); m[$1]=m[$1] " " $5; l[$1]=l[$1] " " $6}
  function med(s,  a,n,i,j,t){n=split(s,a," ");for(i=1;i<=n;i++)for(j=i+1;j<=n;j++)if(a[j]+0<a[i]+0){t=a[i];a[i]=a[j];a[j]=t};return a[int((n+1)/2)]}
  END{for(k in w){W[k]=med(w[k]);C[k]=med(c[k]);M[k]=med(m[k]);L[k]=med(l[k])}
      for(k in w){printf "%-10s median wall %.2f s (%.2fx curl4), CPU %.2f s, peak RSS %.0f MiB, load %.1f\n",
        k,W[k],(W["curl4"]>0?W[k]/W["curl4"]:0),C[k],M[k]/1024,L[k]}}' "$out/all" | sort
if [ -n "${WARM:-}" ]; then
  java -XX:+UseSerialGC -Dorg.slf4j.simpleLogger.logFile=System.err \
      -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$cp" ua.opendata.ckan.bench.WarmHarvest "$base" 5 10 4
fi
