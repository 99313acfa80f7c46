# rundriver: a compiler conformance test driver.
#   make            build ./rundriver
#   make run        install missing packages, build, run the suite in test/
#   make check      unit tests, end-to-end tests, Go's test tree against
#                   run.go's verdicts, the suite under cc, gcc, clang
#   make asan       the driver's own tests under ASan+UBSan
#   make valgrind   the end-to-end tests with the driver under valgrind
#   make fuzz       each libFuzzer target for FUZZ_TIME seconds (default 60);
#                   make fuzz-replay replays the seed corpora once
#   make deps       install missing Debian packages (as root)
#   make install    the binary, profiles, man page and bash completion
#                   under PREFIX (/usr/local); make uninstall removes them

CC ?= cc
PKGS := libpcre2-8 yaml-0.1
WARN := -std=c11 -Wall -Wextra -Wpedantic -Wshadow
CFLAGS ?= -O2 -g
INC := -iquote driver
HDRS := driver/*.h driver/*/*.h
ALL_CFLAGS = $(WARN) $(INC) $(CFLAGS) $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
LIBS = $(shell pkg-config --libs $(PKGS) 2>/dev/null || echo -lpcre2-8 -lyaml)
PREFIX ?= /usr/local

# Pure modules (unit-tested) and the rest of the driver.
PURE := arena strbuf util sha256 regex constraint recipe errcheck diff flags ytree \
	profile tmpl discover golden known release suite \
	c/crecipe c/cerror c/cerrupdate c/casmcheck c/cpath \
	go/gorecipe go/goerror go/goerrupdate go/goconstraint go/goasmcheck
CORE := $(PURE) cache cachefile proc tmpdir verdict report sched promote bisect newcase stress results config json machine compare merge guard matrix \
	dialects run c/cdialect c/caction c/cjudge \
	go/godialect go/godiscover go/goenv go/godir go/goaction go/goops \
	go/gojudge
O ?= build
OBJ = $(CORE:%=$(O)/%.o)
VERSION_PKGS := gcc-11 gcc-12 clang-13 clang-14 clang-15 clang-16 \
	clang-19 clang-22 pcc gcc-12-source
# A private single-node Slurm cluster for the e2e case slurm-array (a job
# array of shards, merged); without it the case counts as skipped.
SLURM_PKGS := slurmctld slurmd slurm-client munge
DEB_PKGS := libpcre2-dev libyaml-dev gcc clang tcc pkg-config make \
	golang-go golang-1.19-src valgrind libclang-rt-dev git \
	bsdutils gotestsum libxml2-utils mandoc

SUITE_COMPILERS := cc gcc clang tcc 'pcc?'

.PHONY: all run check asan valgrind deps deps-versions install uninstall clean \
	check-headers bench bench-full

all: rundriver

$(O)/%.o: driver/%.c $(HDRS)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -c $< -o $@

rundriver: $(O)/rundriver
	cp $(O)/rundriver $@.tmp && mv -f $@.tmp $@

$(O)/rundriver: $(OBJ) $(O)/main.o
	$(CC) $(ALL_CFLAGS) -o $@ $^ $(LIBS)

$(O)/unit: driver/tests/unit.c driver/tests/test_*.c $(OBJ) driver/tests/unit.h
	$(CC) $(ALL_CFLAGS) -o $@ driver/tests/unit.c driver/tests/test_*.c $(OBJ) $(LIBS)

# A standalone checker: fixedbugs/ and bugs/ against GCC's own testsuite
# (driver/tests/similar.sh).
$(O)/similar: driver/tests/similar.c
	@mkdir -p $(@D)
	$(CC) $(WARN) $(CFLAGS) -o $@ $<

# Each header compiles on its own.
check-headers:
	@for h in $(HDRS); do \
		echo "#include \"$$h\"" | $(CC) $(ALL_CFLAGS) -fsyntax-only -x c - \
			|| exit 1; \
	done

# install_missing PACKAGES: apt-get install those not installed (root
# only; otherwise say what to install and fail).
define install_missing
	@missing=""; for p in $(1); do \
		dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; \
	done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" -ne 0 ]; then \
		echo "rundriver: missing packages:$$missing"; \
		echo "install them with: sudo apt-get install$$missing"; exit 1; \
	fi; \
	echo "installing:$$missing"; \
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
		apt-get install -y -qq $$missing
endef

deps:
	$(call install_missing,$(DEB_PKGS))

# What deps installs, and the other releases Debian 12 ships, for the
# version matrix (config/gcc-11.yaml ... clang-22.yaml, pcc.yaml), GCC's
# source, whose testsuite the similarity check reads, and Slurm: one
# apt-get update for all.
deps-versions:
	$(call install_missing,$(DEB_PKGS) $(VERSION_PKGS) $(SLURM_PKGS))

run: deps
	$(MAKE) rundriver
	./rundriver -summary test/

check: deps
	$(MAKE) rundriver build/unit check-headers
	driver/tests/check.sh $(SUITE_COMPILERS)

# The driver's own tests (unit and end-to-end, and the suite under cc)
# with a driver built with ASan and UBSan, in build/asan/, then the fuzz
# targets (clang, ASan+UBSan) over their seed corpora. ASan's shadow
# memory takes the driver past the end-to-end tests' usual 64 MB bound.
ASAN_FLAGS := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer \
	-fno-sanitize-recover=all
asan: deps
	$(MAKE) O=build/asan CFLAGS="$(ASAN_FLAGS)" build/asan/rundriver build/asan/unit
	ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
		RUNDRIVER=build/asan/rundriver UNIT=build/asan/unit GO_CHECKS=0 \
		C_SUITE_CHECKS=0 VERSION_CHECKS=0 INSTALL_CHECKS=0 FUZZ_REPLAY=1 \
		E2E_RSS_MAX_MB=256 \
		driver/tests/check.sh cc

# The end-to-end tests with the driver under valgrind: any error or
# definite leak fails its case.
VALGRIND := valgrind -q --error-exitcode=99 --leak-check=full \
	--errors-for-leak-kinds=definite --trace-children=no
valgrind: deps
	$(MAKE) rundriver
	E2E_WRAP="$(VALGRIND)" driver/tests/e2e.sh ./rundriver

# The binary, its profiles (found from the binary: config.c's
# config_dir), the man page and the bash completion; uninstall removes
# what install put, and share/rundriver/ when nothing else is left there.
SHARE = $(DESTDIR)$(PREFIX)/share
COMPDIR = $(SHARE)/bash-completion/completions
install: rundriver
	install -d $(DESTDIR)$(PREFIX)/bin $(SHARE)/rundriver/config \
		$(SHARE)/man/man1 $(COMPDIR)
	install -m 755 rundriver $(DESTDIR)$(PREFIX)/bin/
	install -m 644 driver/doc/rundriver.1 $(SHARE)/man/man1/
	install -m 644 driver/doc/rundriver.bash $(COMPDIR)/rundriver
	install -m 644 config/* $(SHARE)/rundriver/config/

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/rundriver $(SHARE)/man/man1/rundriver.1 \
		$(COMPDIR)/rundriver \
		$(addprefix $(SHARE)/rundriver/config/,$(notdir $(wildcard config/*)))
	rmdir $(SHARE)/rundriver/config $(SHARE)/rundriver 2>/dev/null || true

clean:
	rm -rf build rundriver

# Speed against the named peer, as ratios measured in one run, in one
# table with each target (driver/bench/): Go's 80-file sample against a
# prebuilt run.go and its warm rerun from the result cache, the driver's
# overhead a test, the makespan, the start order, 50,000 files.
# bench-full: the same comparison on Go's whole tree (about ten minutes).
bench: deps
	$(MAKE) rundriver
	driver/bench/bench.sh rundriver go-bench:sample overhead makespan \
		schedule scale

bench-full: deps
	$(MAKE) rundriver
	driver/bench/bench.sh rundriver go-bench:full

include driver/tests/fuzz/fuzz.mk
