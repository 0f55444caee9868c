#!/usr/bin/env bash
# The API contract checked by a property-based fuzzer: schemathesis against a real
# `helpline serve` on loopback, with a staff token, every check on, a fixed seed and a bounded
# number of examples (about a minute). Any failure fails the run (exit status 1).
#
#   scripts/api-fuzz.sh [HELPLINE_BINARY]        default .build/debug/helpline
#
# Environment: API_FUZZ_EXAMPLES (cases per operation and phase, default 300), API_FUZZ_SEED
# (default 12), API_FUZZ_PHASES (default examples,coverage,fuzzing,stateful), API_FUZZ_SPEC
# (default openapi/helpline-v1.yaml). Schemathesis is installed with pip into
# .build/api-fuzz-venv the first time (PyPI must be reachable then); it runs in .build/api-fuzz,
# where it keeps its cache. Each failure is printed with a curl line that reproduces it.
set -euo pipefail

cd "$(dirname "$0")/.."
root=$(pwd)
helpline=${1:-.build/debug/helpline}
schemathesis_version=4.32.5
examples=${API_FUZZ_EXAMPLES:-300}
seed=${API_FUZZ_SEED:-12}
phases=${API_FUZZ_PHASES:-examples,coverage,fuzzing,stateful}
spec=${API_FUZZ_SPEC:-openapi/helpline-v1.yaml}
case $spec in /*) ;; *) spec=$root/$spec ;; esac
venv=$root/.build/api-fuzz-venv
st=$venv/bin/st

[ -x "$helpline" ] || { echo "api-fuzz: no $helpline; run swift build first" >&2; exit 1; }

# Schemathesis, pinned: the same seed draws the same cases only with the same version.
if ! "$st" --version 2>/dev/null | grep -q " $schemathesis_version\$"; then
    echo "api-fuzz: installing schemathesis $schemathesis_version into $venv"
    /usr/bin/python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$schemathesis_version"
fi

work=$(mktemp -d /tmp/helpline-api-fuzz.XXXXXX)
server=""
cleanup() {
    if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

# A throw-away store with one staff member, and the service on a free loopback port.
token=$("$helpline" staff add api-fuzz --store "$work/helpline.sqlite" | sed -n 's/^token: //p')
[ -n "$token" ] || { echo "api-fuzz: could not create a staff token" >&2; exit 1; }
HELPLINE_LOG_LEVEL=error "$helpline" serve --host 127.0.0.1 --port 0 --intents intents \
    --store "$work/helpline.sqlite" --rate-limit 0 --watch-interval 0 >"$work/serve.log" 2>&1 &
server=$!
url=""
for _ in $(seq 1 600); do  # up to a minute on a busy machine
    url=$(sed -n 's/^Helpline listening on \(http:[^ ]*\).*/\1/p' "$work/serve.log" 2>/dev/null || true)
    [ -n "$url" ] && break
    kill -0 "$server" 2>/dev/null || break
    sleep 0.1
done
[ -n "$url" ] || { echo "api-fuzz: the service did not start:" >&2; cat "$work/serve.log" >&2; exit 1; }
# A few real conversations first, so the staff routes have handoffs to list, show and update:
# a wish to talk to someone (a handoff, then a call-back number on it) and a crisis (urgent).
post() { curl -fsS -H "Content-Type: application/json" -d "$2" "$url/$1"; }
talk=$(post api/v1/chat '{"message": "I want to talk to a counselor"}' | sed -n 's/.*"conversation":"\([^"]*\)".*/\1/p')
handoff=$(post "api/v1/conversations/$talk/callback" '{"phone": "(555) 201-3344", "consent": true}' |
    sed -n 's/.*"id":"\([^"]*\)".*/\1/p')
post api/v1/chat '{"message": "my friend overdosed and is not breathing"}' >/dev/null
[ -n "$talk" ] && [ -n "$handoff" ] || { echo "api-fuzz: could not open the first conversations" >&2; exit 1; }
# The two operations with both an id and a body get those real ids, so the fuzzer's bodies reach
# the body checks (an unknown id is refused first, with 404); the others keep generated ids.
cat >"$work/schemathesis.toml" <<TOML
# The staff token goes with every request (the file is private to this run, unlike a command line).
headers = { Authorization = "Bearer $token" }

# Invalid data is refused with the statuses schemathesis expects, plus 413: the documented
# refusal of a body over the size limit, which an over-long string can reach once escaped.
[checks.negative_data_rejection]
expected-statuses = ["400", "401", "403", "404", "405", "406", "409", "413", "415", "422", "428", "429", "5xx"]

[[operations]]
include-operation-id = "requestCallback"
parameters = { "path.id" = "$talk" }

[[operations]]
include-operation-id = "updateHandoff"
parameters = { "path.id" = "$handoff" }
TOML

echo "api-fuzz: schemathesis $schemathesis_version against $url (seed $seed, $examples examples, phases $phases)"

start=$(date +%s)
status=0
# From .build/api-fuzz: schemathesis writes its cache (.schemathesis/) into the current folder.
mkdir -p .build/api-fuzz
(cd .build/api-fuzz && "$st" --config-file "$work/schemathesis.toml" run "$spec" --url "$url" \
    --checks all --seed "$seed" --max-examples "$examples" --phases "$phases" \
    --workers 1 --generation-database none --no-color) || status=$?
echo "api-fuzz: finished in $(( $(date +%s) - start )) s, exit status $status"
if [ "$status" -ne 0 ] && grep -q . "$work/serve.log"; then
    echo "api-fuzz: the service's log:" >&2
    tail -n 40 "$work/serve.log" >&2
fi
exit "$status"
