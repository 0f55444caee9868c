# Thin wrappers around swift and the helpline command; see README.md.
SWIFT ?= swift
APT_PACKAGES := libsqlite3-dev libcurl4-openssl-dev
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
HELPLINE := .build/debug/helpline

.PHONY: setup build run chat test check bench eval load clean

# Installs the Debian packages the build needs, only when one is missing.
setup:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
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

# Validates the shipped intents and runs the test suite.
test: build
	$(HELPLINE) check intents
	$(SWIFT) test

check: build
	$(HELPLINE) check intents

# Match latency on shipped and generated intents (release build).
bench: setup
	$(SWIFT) build -c release
	.build/release/helpline bench --intents intents

# Accuracy on the evaluation sets beside the project.
eval: build
	$(HELPLINE) eval ../shared/eval/dev.tsv --intents intents
	$(HELPLINE) eval ../shared/eval/clinc150-test.tsv --intents intents --misses 30

# Requests per second of the chat endpoint against /healthz, in one run (release build, wrk).
load: setup
	@command -v wrk >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq wrk; }
	$(SWIFT) build -c release
	scripts/load.sh .build/release/helpline

clean:
	rm -rf .build
