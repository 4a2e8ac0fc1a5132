#!/usr/bin/env bash
# Issue 13's harvest benchmark: `opendata harvest` of the recorded 10,000-dataset catalogue against
# curl fetching the same pages 4 at a time, on the same benchmark server (RecordedCatalogueServer:
# the real CKAN 2.10's bytes at its measured cost per page, two pages at a time), alternated, in
# one run. Prints wall, user+sys CPU and peak RSS per run, then medians and ratios.
# Usage (from the repository root, after `./mvnw -B -q package -DskipTests`):
#   ckan-client/bench/harvest-vs-curl.sh [ROUNDS=5] [COPIES=1]
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-5}
copies=${2:-1}
./mvnw -B -q -o -pl ckan-client dependency:build-classpath -Dmdep.outputFile=/tmp/ckcp.txt \
    -Dmdep.includeScope=test >/dev/null
cp -r ckan-client/target/test-classes /tmp/bench-test-classes
cp -r ckan-client/target/classes /tmp/bench-classes
cp=/tmp/bench-test-classes:/tmp/bench-classes:$(cat /tmp/ckcp.txt)
coproc SERVER { java -Xmx2g -cp "$cp" ua.opendata.ckan.bench.RecordedCatalogueServer \
    ckan-client/src/test/resources/fixtures/ckan-2.10-search-pages-10k "$copies"; }
read -r base <&"${SERVER[0]}"
echo "server: $base (copies: $copies)"
pages=$(( copies * 10 ))
out=$(mktemp -d)
trap 'rm -rf "$out" /tmp/bench-test-classes /tmp/bench-classes; kill $SERVER_PID 2>/dev/null || true' EXIT
curl_run() {
  seq 0 1000 $(( (pages - 1) * 1000 )) | /usr/bin/time -f "%e %U %S %M" -o "$out/t" \
    xargs -P4 -I{} curl -s -o "$out/page_{}.json" \
    "$base/api/3/action/package_search?fq=organization:perf-org&rows=1000&start={}&sort=name%20asc"
  cat "$out/t"
}
harvest_run() {
  /usr/bin/time -f "%e %U %S %M" -o "$out/t" ./opendata harvest --portal "$base" \
    --organization perf-org --out "$out/h.jsonl" --parallel 4 >/dev/null 2>&1
  cat "$out/t"
}
for i in $(seq 1 "$rounds"); do
  echo "curl4 $(curl_run)" | tee -a "$out/all"
  echo "harvest $(harvest_run)" | tee -a "$out/all"
done
echo "datasets in the harvest: $(wc -l < "$out/h.jsonl")"
awk '{w[$1]=w[$1] " " $2; c[$1]=c[$1] " " ($3+$4); m[$1]=m[$1] " " $5}
  function med(s,  a,n,i,j,t){n=split(s,a," ");for(i=1;i<=n;i++)for(j=i+1;j<=n;j++)if(a[j]<a[i]){t=a[i];a[i]=a[j];a[j]=t};return a[int((n+1)/2)]}
  END{for(k in w){W[k]=med(w[k]);C[k]=med(c[k]);M[k]=med(m[k]);
      printf "%-8s median wall %.2f s, CPU %.2f s, peak RSS %.0f MiB\n",k,W[k],C[k],M[k]/1024}
      if(W["curl4"]>0) printf "harvest / curl4: wall %.2fx\n", W["harvest"]/W["curl4"]}' "$out/all"
