#!/usr/bin/env bash
# Fuzzes the tokenizer, every rule and the fixer with libFuzzer and
# AddressSanitizer, asserting the invariants in Sources/NewslintVerification.
#
#   bash Tests/Fuzz/run.sh [MINUTES]      (default 10)
#
# Seeds: Fixtures/fuzz-seeds/. The growing corpus stays in .build-fuzz/corpus
# (not committed); a crashing input is written to .build-fuzz/crashes/ and
# belongs, once fixed, in Fixtures/fuzz-regressions/ (replayed by swift test).
# The toolset links with lld: Debian's gold fails on libFuzzer's objects.
set -euo pipefail
cd "$(dirname "$0")/../.."
minutes=${1:-10}
swift build --scratch-path .build-fuzz --product newslint-fuzz -c release \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xcc -fsanitize=address \
  --toolset Tests/Fuzz/toolset.json
mkdir -p .build-fuzz/corpus .build-fuzz/crashes
.build-fuzz/release/newslint-fuzz .build-fuzz/corpus Fixtures/fuzz-seeds \
  -max_total_time=$((minutes * 60)) -max_len=8192 -timeout=20 -rss_limit_mb=4096 \
  -artifact_prefix=.build-fuzz/crashes/ -print_final_stats=1
