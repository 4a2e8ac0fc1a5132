# Sourced by the benchmark scripts (not run on its own): builds the test class path and starts the benchmark
# server (RecordedCatalogueServer) on the recorded 10,000-dataset catalogue, COPIES times over.
# Usage: start_recorded_server HEAP COPIES   (after `cd` to the repository root)
# Sets: work (a temporary folder, removed at exit with the server stopped), cp, base (the server's URL).
start_recorded_server() {
  local heap=$1 copies=$2
  work=$(mktemp -d)
  # -am test-compile: the test class path holds the test kit (module ckan-testkit), resolved from the reactor;
  # the output file is written per module, ckan-client's last.
  ./mvnw -B -q -o -pl ckan-client -am test-compile dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" \
      -Dmdep.includeScope=test >/dev/null
  cp -r ckan-client/target/test-classes "$work/test-classes"
  cp -r ckan-client/target/classes "$work/classes"
  cp="$work/test-classes:$work/classes:$(cat "$work/cp.txt")"
  coproc SERVER { java "-Xmx$heap" -XX:+UseSerialGC -cp "$cp" ua.opendata.ckan.bench.RecordedCatalogueServer \
      ckan-client/src/test/resources/fixtures/ckan-2.10-search-pages-10k "$copies"; }
  read -r base <&"${SERVER[0]}"
  trap 'rm -rf "$work"; kill $SERVER_PID 2>/dev/null || true' EXIT
  echo "server: $base (copies: $copies); load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "jvm flags of ./opendata: $(grep '^flags=' opendata); archive: $(ls cli/target/opendata.jsa 2>/dev/null || echo none)"
}
