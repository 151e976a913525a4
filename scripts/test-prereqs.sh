#!/usr/bin/env bash
# What the test suite needs beyond the virtualenv, checked before pytest starts
# (`make test`, `make test-fast`, .ci/run): never a failure deep inside a test.
#
#   scripts/test-prereqs.sh          the whole suite: Redis, Chromium, wrk, Java + Node
#                                    for the HTML checker, and node_modules (npm ci)
#   scripts/test-prereqs.sh --fast   `make test-fast` (no browser, no live tests): Redis
#
# Missing Debian packages are installed when running as root (one apt-get update);
# otherwise it stops at once and prints the command to run.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-full}
missing=()
need() {  # need PACKAGE PROGRAM: the package is missing when the program is
    [ -x "$2" ] || command -v "$2" >/dev/null 2>&1 || missing+=("$1")
}

need redis-server redis-server
if [ "$mode" != "--fast" ]; then
    need chromium /usr/bin/chromium  # the path the browser tests launch
    need wrk wrk
    need default-jre-headless java  # the W3C Nu HTML checker (vnu.jar)
    need nodejs node
    need npm npm
fi

if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "Bộ kiểm thử cần các gói: ${missing[*]}. Hãy chạy:" >&2
        echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
        exit 2
    fi
    echo "Cài các gói bộ kiểm thử cần: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# Redis: the cache and view-count tests use the real server on 127.0.0.1:6379.
if ! (exec 3<>/dev/tcp/127.0.0.1/6379) 2>/dev/null; then
    echo "Khởi động Redis trên 127.0.0.1:6379 (không lưu xuống đĩa)"
    redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no >/dev/null
    for _ in $(seq 50); do
        (exec 3<>/dev/tcp/127.0.0.1/6379) 2>/dev/null && break
        sleep 0.1
    done
fi

# The HTML checker and axe-core, pinned in package-lock.json.
if [ "$mode" != "--fast" ] && { [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; }; then
    npm ci --ignore-scripts --no-audit --no-fund
fi
