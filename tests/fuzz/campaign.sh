#!/bin/sh
# A fuzzing campaign: every harness for MINUTES minutes, one after the other (or JOBS at a
# time), at low priority, then one line per harness with its executions and coverage.
#   tests/fuzz/campaign.sh MINUTES [BUILD_DIR]      (default build/sanitize)
# BUILD_DIR is a sanitizer build made with clang:
#   cmake -S . -B build/sanitize -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Debug \
#         -DJOINERY_SANITIZE=ON && cmake --build build/sanitize -j2
# The corpus grows in BUILD_DIR/tests/fuzz/corpus/<harness>/ (seeded as by `ctest -L fuzz`);
# a finding is saved as BUILD_DIR/tests/fuzz/artifacts/<harness>-crash-… (or leak-, timeout-,
# oom-); minimize it with the harness and -minimize_crash=1, and commit it under
# tests/fuzz/regressions/<harness>/ with the fix. Logs: BUILD_DIR/tests/fuzz/logs/.
# Environment: JOBS (default 1), HARNESSES (default all), CORPUS_DIR (default ../shared/corpus).
set -eu
if [ $# -lt 1 ]; then
    sed -n '2,14p' "$0" >&2
    exit 2
fi
minutes=$1
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
build_dir=$(cd "${2:-$source_dir/build/sanitize}" && pwd)
fuzz_dir=$build_dir/tests/fuzz
jobs=${JOBS:-1}
harnesses=${HARNESSES:-"schemafile import_sqlite import_postgresql import_mysql import_sqlserver splitter sampledata statementguard"}
corpus_dir=${CORPUS_DIR:-$source_dir/../shared/corpus}
for harness in $harnesses; do
    if [ ! -x "$fuzz_dir/fuzz_$harness" ]; then
        echo "campaign.sh: no $fuzz_dir/fuzz_$harness; build a clang sanitizer build first" >&2
        exit 2
    fi
done
mkdir -p "$fuzz_dir/logs" "$fuzz_dir/artifacts"
cmake "-DSOURCE_DIR=$source_dir" "-DCORPUS_DIR=$corpus_dir" "-DOUT_DIR=$fuzz_dir/corpus" \
    -P "$source_dir/tests/fuzz/seeds.cmake"

sanitizers="abort_on_error=1:detect_stack_use_after_return=0:strict_string_checks=1"
run() {
    harness=$1
    if ASAN_OPTIONS=$sanitizers UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        LSAN_OPTIONS=suppressions=$source_dir/tests/fuzz/lsan.supp:print_suppressions=0 \
        QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 \
        nice -n 10 "$fuzz_dir/fuzz_$harness" -max_total_time=$((minutes * 60)) -timeout=30 \
        -rss_limit_mb=2560 -max_len=8192 -print_final_stats=1 \
        "-artifact_prefix=$fuzz_dir/artifacts/$harness-" \
        "$fuzz_dir/corpus/$harness" "$source_dir/tests/fuzz/regressions/$harness" \
        >"$fuzz_dir/logs/$harness.log" 2>&1; then
        status=0
    else
        status=$?
    fi
    echo "$status" >"$fuzz_dir/logs/$harness.status"
}

running=0
for harness in $harnesses; do
    echo "fuzzing $harness for $minutes min (log: $fuzz_dir/logs/$harness.log)"
    run "$harness" &
    running=$((running + 1))
    if [ "$running" -ge "$jobs" ]; then
        wait
        running=0
    fi
done
wait

failed=0
printf '%-18s %7s %14s %9s %9s %8s  %s\n' harness minutes executions exec/s coverage features result
for harness in $harnesses; do
    log=$fuzz_dir/logs/$harness.log
    status=$(cat "$fuzz_dir/logs/$harness.status")
    executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
    last=$(grep -E '^#[0-9]+' "$log" | tail -n 1)
    coverage=$(echo "$last" | sed -n 's/.* cov: \([0-9]*\).*/\1/p')
    features=$(echo "$last" | sed -n 's/.* ft: \([0-9]*\).*/\1/p')
    if [ "$status" = 0 ]; then
        result="no finding"
    else
        result="FINDING (exit $status): $(grep -m1 -E 'ERROR|Invariant broken|runtime error|Test unit written' "$log" || true)"
        failed=1
    fi
    printf '%-18s %7s %14s %9s %9s %8s  %s\n' "$harness" "$minutes" "${executions:-?}" \
        "${speed:-?}" "${coverage:-?}" "${features:-?}" "$result"
done
exit $failed
