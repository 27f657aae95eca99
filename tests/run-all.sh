#!/usr/bin/env bash
# `npm test`: every check this project has, each stage run even when an earlier one failed.
# Typecheck, lint, format and build count as one test each; vitest suites count their tests
# (read from vitest's JSON report, not its console). The last line is always
# "N passed, N failed"; the exit status is non-zero when anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."

RESULTS=test-results
mkdir -p "$RESULTS"
rm -f "$RESULTS"/unit.json "$RESULTS"/e2e-*.json "$RESULTS"/faults.json
PASSED=0
FAILED=0
SUMMARY=()
LAST_OK=0
BUILT=0
INSTALL_CMD='apt-get update && apt-get install -y chromium firefox-esr'

record() { # name passed failed seconds
  PASSED=$((PASSED + $2))
  FAILED=$((FAILED + $3))
  SUMMARY+=("$(printf '%-16s %3d passed %3d failed %5ss' "$1" "$2" "$3" "$4")")
}

# A command that passes or fails as a whole.
stage() { # name command...
  local name=$1 start=$SECONDS
  shift
  echo "::: $name: $*"
  if "$@"; then
    LAST_OK=1
    record "$name" 1 0 $((SECONDS - start))
  else
    LAST_OK=0
    record "$name" 0 1 $((SECONDS - start))
  fi
}

# Counts of a vitest JSON report: "passed failed total". A test file that failed before
# any of its tests ran (import or syntax error) counts as one failed test.
counts() {
  node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const broken = r.testResults.filter(
      (f) => f.status === "failed" && f.assertionResults.length === 0,
    ).length;
    console.log(r.numPassedTests, r.numFailedTests + broken, r.numTotalTests + broken);
  ' "$1" 2>/dev/null || echo "0 0 0"
}

# A vitest run; a crash, a failed hook or tests that never ran count as failures, never as skips.
vitest_stage() { # name report-file vitest-args...
  local name=$1 report=$2 start=$SECONDS status passed failed total
  shift 2
  rm -f "$report"
  echo "::: $name: vitest run $*"
  npx vitest run "$@" --reporter=verbose --reporter=json --outputFile.json="$report"
  status=$?
  read -r passed failed total < <(counts "$report")
  if [ "$status" -ne 0 ]; then
    local missing=$((total - passed))
    [ "$missing" -gt "$failed" ] && failed=$missing
    [ "$failed" -eq 0 ] && failed=1
  fi
  record "$name" "$passed" "$failed" $((SECONDS - start))
}

# Per-test durations of an E2E report, for the log and the closing note.
timings() { # label report
  [ -f "$2" ] || return 0
  node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[2], "utf8"));
    for (const file of r.testResults) {
      const total = ((file.endTime - file.startTime) / 1000).toFixed(1);
      console.log(`  ${process.argv[1]} (${total} s of tests; the stage time below adds browser start-up)`);
      for (const t of file.assertionResults)
        console.log(`  ${String(Math.round(t.duration ?? 0)).padStart(7)} ms  ${t.status.padEnd(7)} ${t.fullName}`);
    }
  ' "$1" "$2"
}

# Built sizes of each entrypoint, raw and gzipped, for the closing note.
sizes() { # build-dir
  [ -d "$1" ] || return 0
  node -e '
    const fs = require("fs"), path = require("path"), zlib = require("zlib");
    const walk = (dir) => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]);
    for (const file of walk(process.argv[1]).filter((f) => /\.(js|css|html)$/.test(f)).sort()) {
      const raw = fs.readFileSync(file);
      const kb = (n) => (n / 1024).toFixed(1).padStart(7);
      const name = path.relative(process.argv[1], file);
      // The detector loads on every page; the reader only where the background injects it.
      const role = /^content-scripts\/content\./.test(name) ? "  (every page; target <= 20 kB gz)"
        : /^content-scripts\/reader\./.test(name) ? "  (articles only, injected)" : "";
      console.log(`  ${kb(raw.length)} kB ${kb(zlib.gzipSync(raw, { level: 9 }).length)} kB gz  ${name}${role}`);
    }
  ' "$1"
}

browsers_present() {
  [ -x "${MARGIN_CHROMIUM:-/usr/bin/chromium}" ] && [ -x "${MARGIN_FIREFOX:-/usr/bin/firefox-esr}" ]
}

ensure_browsers() {
  browsers_present && return 0
  if [ "$(id -u)" -eq 0 ]; then
    echo "::: installing the E2E browsers: $INSTALL_CMD"
    DEBIAN_FRONTEND=noninteractive apt-get update -q &&
      DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium firefox-esr
    browsers_present && return 0
  fi
  echo "!!! Chromium and Firefox ESR are needed for the E2E tests. As root, run:" >&2
  echo "!!!   $INSTALL_CMD" >&2
  return 1
}

stage typecheck npx tsc --noEmit
stage eslint npx eslint .
stage prettier npx prettier --check .
vitest_stage unit "$RESULTS/unit.json"

if ! ensure_browsers; then
  record 'e2e chromium' 0 1 0
  record 'e2e firefox' 0 1 0
  record faults 0 1 0
else
  stage build npm run --silent build
  BUILT=$LAST_OK
  if [ "$BUILT" -eq 1 ]; then
    stage 'store check' npx tsx scripts/check-store.ts .output/chrome-mv3
    stage 'web-ext lint' npx tsx scripts/lint-firefox.ts .output/firefox-mv2
  fi
  if [ "$BUILT" -eq 1 ]; then
    for browser in chromium firefox; do
      vitest_stage "e2e $browser" "$RESULTS/e2e-$browser.json" \
        --config vitest.e2e.config.ts "tests/e2e/$browser.e2e.ts"
    done
    # Fault injection (`npm run test:faults`): unit-level faults, then hostile pages in both browsers.
    vitest_stage faults "$RESULTS/faults.json" --config vitest.faults.config.ts
  else
    echo "!!! build failed: no extension to test end to end" >&2
    record 'e2e chromium' 0 1 0
    record 'e2e firefox' 0 1 0
    record faults 0 1 0
  fi
fi

echo
echo "::: E2E timings"
timings Chromium "$RESULTS/e2e-chromium.json"
timings 'Firefox ESR' "$RESULTS/e2e-firefox.json"
if [ "$BUILT" -eq 1 ]; then
  for build in .output/chrome-mv3 .output/firefox-mv2; do
    echo "::: sizes of $build"
    sizes "$build"
  done
fi
echo "::: stages"
printf '  %s\n' "${SUMMARY[@]}"
echo "$PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
