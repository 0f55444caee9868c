# Thin wrappers around swift and the helpline command; see README.md.
SWIFT ?= swift
APT_PACKAGES := libsqlite3-dev libcurl4-openssl-dev
# For the staff page's browser test: Debian's Chromium, its driver and Selenium.
BROWSER_PACKAGES := chromium chromium-driver python3-selenium
# For the PostgreSQL store's tests and the cluster: Debian's server (initdb, pg_ctl, psql) and nginx.
POSTGRES_PACKAGES := postgresql
# For the API fuzzer (schemathesis, installed with pip into a virtual environment under .build/).
API_FUZZ_PACKAGES := python3-venv curl
CLUSTER_PACKAGES := postgresql nginx
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
HELPLINE := .build/debug/helpline

.PHONY: setup browser-setup postgres-setup api-fuzz-setup apt build run chat test check fuzz bench eval load cluster cluster-stop clean

# Installs the Debian packages the build needs, only when one is missing.
setup:
	@$(MAKE) --no-print-directory apt PACKAGES="$(APT_PACKAGES)"

browser-setup:
	@$(MAKE) --no-print-directory apt PACKAGES="$(BROWSER_PACKAGES)"

postgres-setup:
	@$(MAKE) --no-print-directory apt PACKAGES="$(POSTGRES_PACKAGES)"

api-fuzz-setup:
	@$(MAKE) --no-print-directory apt PACKAGES="$(API_FUZZ_PACKAGES)"

apt:
	@missing=""; for p in $(PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing Debian packages:$$missing"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

build: setup
	$(SWIFT) build

# The chat service on its defaults: http://127.0.0.1:8080, intents/, transcripts/helpline.sqlite.
run: build
	$(HELPLINE) serve

# Interactive chat in the terminal on the shipped intents.
chat: build
	$(HELPLINE) chat --intents intents

# Validates the shipped intents, runs the test suite (the store's tests on SQLite and on a
# throw-away PostgreSQL server started here and stopped after; a seeded fuzz of the parsers),
# the pages in headless Chromium, then the API contract under schemathesis (scripts/api-fuzz.sh).
test: build browser-setup postgres-setup api-fuzz-setup
	$(HELPLINE) check intents
	@pg=$$(mktemp -d /tmp/helpline-pg.XXXXXX) && chmod 755 $$pg && \
	url=$$(scripts/postgres.sh start $$pg/data) && echo "PostgreSQL for the tests: $$url" && \
	{ HELPLINE_TEST_POSTGRES=$$url $(SWIFT) test; status=$$?; \
	  scripts/postgres.sh stop $$pg/data >/dev/null; rm -rf $$pg; exit $$status; }
	/usr/bin/python3 scripts/browser-test.py $(HELPLINE)
	scripts/api-fuzz.sh $(HELPLINE)

check: build
	$(HELPLINE) check intents

# libFuzzer on the intent-file readers and the request decoders, FUZZ_SECONDS each (a build of
# its own in .build/fuzz, instrumented with -sanitize=fuzzer; the first one takes several
# minutes). Seeds are the shipped intents and real bodies; a crash leaves its input in
# .build/fuzz/crash-*. Without libFuzzer the same harness runs seeded: .build/debug/helpline-fuzz.
FUZZ_SECONDS ?= 60
FUZZ_BUILD := .build/fuzz
fuzz: setup
	$(SWIFT) build --product helpline-fuzz --scratch-path $(FUZZ_BUILD) -Xswiftc -sanitize=fuzzer -Xswiftc -DHELPLINE_LIBFUZZER
	$(FUZZ_BUILD)/debug/helpline-fuzz seed-corpus $(FUZZ_BUILD)/corpus --intents intents
	@for target in intent-file chat-body; do \
		echo "libFuzzer: $$target for $(FUZZ_SECONDS) s"; \
		SWIFT_BACKTRACE=enable=no $(FUZZ_BUILD)/debug/helpline-fuzz $$target --intents intents \
			-max_total_time=$(FUZZ_SECONDS) -max_len=65537 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
			-artifact_prefix=$(FUZZ_BUILD)/crash-$$target- $(FUZZ_BUILD)/corpus/$$target || exit 1; \
	done

# PostgreSQL, two instances on it and nginx in front, on loopback; then a chat through nginx.
cluster: build
	@$(MAKE) --no-print-directory apt PACKAGES="$(CLUSTER_PACKAGES)"
	scripts/cluster.sh start

cluster-stop:
	scripts/cluster.sh stop

# Match latency on shipped and generated intents (release build).
bench: setup
	$(SWIFT) build -c release
	.build/release/helpline bench --intents intents

# Accuracy on the evaluation sets beside the project.
eval: build
	$(HELPLINE) eval ../shared/eval/dev.tsv --intents intents
	$(HELPLINE) eval ../shared/eval/clinc150-test.tsv --intents intents --misses 30
	$(HELPLINE) eval intents/tests/crisis-corpus.tsv --intents intents
	$(HELPLINE) eval intents/tests/not-crisis.tsv --intents intents
	for f in Tests/HelplineCoreTests/Fixtures/holdout*/*.tsv; do $(HELPLINE) eval $$f --intents intents --misses 100; done

# Requests per second of the chat endpoint against /healthz, in one run (release build, wrk).
load: setup
	@command -v wrk >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq wrk; }
	$(SWIFT) build -c release
	scripts/load.sh .build/release/helpline

clean:
	rm -rf .build
