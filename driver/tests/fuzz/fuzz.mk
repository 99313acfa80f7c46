# libFuzzer targets for the driver's parsers, built with clang into
# build/fuzz/. Include it from the top Makefile after CORE, WARN, LIBS and
# PKGS are defined (the object rules are expanded where it is included).
#   make fuzz [FUZZ_TIME=60]	fuzz each target FUZZ_TIME seconds over a
#				copy of its seed corpus; fails on a finding
#   make fuzz-replay		run each target once over its seed corpus
# Seeds named regress-* reproduce past findings; fuzz-replay keeps them
# fixed.

FUZZ_GOAL := $(.DEFAULT_GOAL)
FUZZ_CC ?= clang
FUZZ_TIME ?= 60
FUZZ_FLAGS ?= -timeout=10 -rss_limit_mb=2048 -max_len=4096
FUZZ_DIR := build/fuzz
FUZZ_SRC := driver/tests/fuzz
FUZZ_TARGETS := recipe errcheck diag constraint profile
FUZZ_CFLAGS := $(WARN) -O1 -g -fno-omit-frame-pointer \
	-fsanitize=address,undefined -fno-sanitize-recover=all $(INC) \
	$(shell pkg-config --cflags $(PKGS) 2>/dev/null)
FUZZ_OBJ := $(CORE:%=$(FUZZ_DIR)/obj/%.o)
FUZZ_BIN := $(FUZZ_TARGETS:%=$(FUZZ_DIR)/fuzz_%)
FUZZ_ENV := ASAN_OPTIONS=detect_leaks=1 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

.PHONY: fuzz fuzz-replay fuzz-build

fuzz-build: $(FUZZ_BIN)

$(FUZZ_OBJ): $(FUZZ_DIR)/obj/%.o: driver/%.c $(HDRS)
	@mkdir -p $(@D)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -c $< -o $@

$(FUZZ_DIR)/libdriver.a: $(FUZZ_OBJ)
	rm -f $@
	ar rcs $@ $(FUZZ_OBJ)

$(FUZZ_BIN): $(FUZZ_DIR)/fuzz_%: $(FUZZ_SRC)/fuzz_%.c $(FUZZ_DIR)/libdriver.a \
		$(HDRS)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer \
		-DFUZZ_CONFIG='"$(CURDIR)/config"' -o $@ $< \
		$(FUZZ_DIR)/libdriver.a $(LIBS)

# Each target gets build/fuzz/run/NAME/ with a copy of its corpus, its
# artifacts and a private TMPDIR; the tree itself is never written.
fuzz: $(FUZZ_BIN)
	@rm -rf $(FUZZ_DIR)/run; failed=""; \
	for t in $(FUZZ_TARGETS); do \
		run=$(FUZZ_DIR)/run/$$t; \
		mkdir -p $$run/corpus $$run/tmp; \
		cp $(FUZZ_SRC)/corpus/$$t/* $$run/corpus/; \
		dict=; \
		if [ -f $(FUZZ_SRC)/$$t.dict ]; then \
			dict=-dict=$(FUZZ_SRC)/$$t.dict; fi; \
		echo "fuzz: $$t for $(FUZZ_TIME)s"; \
		TMPDIR=$(CURDIR)/$$run/tmp $(FUZZ_ENV) \
			$(FUZZ_DIR)/fuzz_$$t $(FUZZ_FLAGS) $$dict \
			-max_total_time=$(FUZZ_TIME) -print_final_stats=1 \
			-artifact_prefix=$$run/ $$run/corpus \
			>$$run/log 2>&1; \
		tail -n 12 $$run/log | grep -E '^(stat::|#[0-9]+.*DONE)'; \
		found=$$(ls $$run | grep -E '^(crash|leak|timeout|oom)-'); \
		if [ -n "$$found" ]; then \
			failed="$$failed $$t"; \
			for f in $$found; do echo "fuzz: $$t: finding $$run/$$f"; done; \
			grep -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error)' \
				$$run/log | head -n 5; \
		elif ! grep -q 'Done [0-9]* runs' $$run/log; then \
			failed="$$failed $$t"; tail -n 20 $$run/log; \
		fi; \
		rm -rf $$run/tmp; \
	done; \
	if [ -n "$$failed" ]; then \
		echo "fuzz: findings in:$$failed (logs in $(FUZZ_DIR)/run/)"; \
		exit 1; \
	fi

# Every seed once: a crash, leak or broken invariant fails the rule. The
# last line counts the seeds of the targets that passed, and one failure
# per target that did not.
fuzz-replay: $(FUZZ_BIN)
	@rm -rf $(FUZZ_DIR)/replay; failed=""; np=0; nf=0; \
	for t in $(FUZZ_TARGETS); do \
		run=$(FUZZ_DIR)/replay/$$t; \
		mkdir -p $$run/tmp; \
		n=$$(ls $(FUZZ_SRC)/corpus/$$t | wc -l); \
		if TMPDIR=$(CURDIR)/$$run/tmp $(FUZZ_ENV) \
			$(FUZZ_DIR)/fuzz_$$t -artifact_prefix=$$run/ \
			$(FUZZ_SRC)/corpus/$$t/* >$$run/log 2>&1; then \
			echo "fuzz-replay: $$t: $$n seeds ok"; np=$$((np + n)); \
		else \
			failed="$$failed $$t"; nf=$$((nf + 1)); \
			tail -n 30 $$run/log; \
		fi; \
		rm -rf $$run/tmp; \
	done; \
	[ -z "$$failed" ] || \
		echo "fuzz-replay: failed:$$failed (logs in $(FUZZ_DIR)/replay/)"; \
	echo "fuzz-replay: $$np passed, $$nf failed"; \
	[ -z "$$failed" ]

# Including this file does not change the default goal.
.DEFAULT_GOAL := $(FUZZ_GOAL)
