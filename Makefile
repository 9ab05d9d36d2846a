# negotiator - a terminal offer negotiator.  GNU make.
#
#   make            build build/negotiator
#   make run        build and open the TUI on the bundled guides
#   make check      every test (unit, CLI, TUI under ASan+UBSan; corpus, lint)
#   make bench      the performance benchmark (tests/bench/)
#   make fuzz       libFuzzer harnesses (FUZZ_SECONDS each)
#   make lint       cppcheck over src/
#   make screenshots  PNGs of the TUI into screenshots/
#   make install / uninstall  (PREFIX, DESTDIR)

VERSION    := 0.1.0
PREFIX     ?= /usr/local
DESTDIR    ?=
BUILD      ?= build
CC         ?= cc
PKG_CONFIG ?= pkg-config
PKGS       := ncursesw yaml-0.1 libcmark-gfm

WARN := -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
        -Wformat=2 -Wpointer-arith -Wcast-qual -Wundef -Wvla \
        -Wnull-dereference -Wno-unused-parameter
ifeq ($(WERROR),1)
WARN += -Werror
endif
ifeq ($(SAN),1)
SANFLAGS := -fsanitize=address,undefined -fno-sanitize-recover=undefined \
            -fno-omit-frame-pointer
# gcc links the sanitizers' runtimes as shared libraries, whose memory
# LeakSanitizer scans at every exit: linked in statically, a start of a
# program built with both costs 38 ms here instead of 64 ms (20 runs of a
# hello world each), and make check starts the sanitizer build ~600
# times. Leaks and UB are reported the same. (clang links them statically
# already, and knows no such option.)
ifeq ($(findstring clang,$(shell $(CC) --version 2>/dev/null)),)
SAN_LDFLAGS := -static-libasan -static-libubsan
endif
# Linked as a fixed-address (not position-independent) program: a PIE
# this size (9 MB, most of it the sanitizers' tables of globals) has the
# loader relocate ~600 pages at every start, each one a copy-on-write
# page fault; without PIE a start of the sanitizer build costs 44 ms
# instead of 53 (30 runs of `--version` each) and 960 page faults
# instead of 1,550 (with the leak check off).  Only this test build: the
# program people run stays a PIE.
SAN_LDFLAGS += -no-pie
endif

OPT      ?= -O2 -g
# Asked of pkg-config once a make (:=), not at every compile: make check's
# two builds ran it ~210 times (10 ms of CPU each).  The builds run in a
# make started after .ci/deps has installed what was missing, so they
# see the packages it installed.
PKG_CFLAGS := $(shell $(PKG_CONFIG) --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell $(PKG_CONFIG) --libs $(PKGS) 2>/dev/null)
# The libraries are linked from their static archives when the -dev
# packages ship them (Debian's do): a short command such as `show` then
# spends ~20% less of its run in the dynamic loader (callgrind: 4.36M ->
# 3.95M instructions), which is what puts it level with lowdown.
# STATIC_DEPS=0 links them as shared libraries.
STATIC_DEPS ?= 1
STATIC_LIBS = cmark-gfm-extensions cmark-gfm yaml ncursesw tinfo
STATIC_ARCHIVES = $(foreach l,$(STATIC_LIBS),\
	$(shell $(CC) -print-file-name=lib$(l).a))
ifeq ($(STATIC_DEPS),1)
ifeq ($(words $(filter /%,$(STATIC_ARCHIVES))),$(words $(STATIC_LIBS)))
PKG_LIBS = -Wl,-Bstatic $(addprefix -l,$(STATIC_LIBS)) -Wl,-Bdynamic
endif
endif
# mimalloc (Debian's libmimalloc-dev) replaces the C library's malloc:
# loading a library of guides is mostly libyaml's small allocations (22%
# of the instructions under glibc's malloc) on two threads, and mimalloc
# takes 10,000 guides from ~0.42 s to ~0.30 s.  Not with the sanitizers,
# which bring their own malloc; MIMALLOC=0 leaves it out.
MIMALLOC ?= 1
ifeq ($(MIMALLOC)$(SAN),1)
ifneq ($(filter /%,$(shell $(CC) -print-file-name=libmimalloc.so)),)
MALLOC_LIBS = -lmimalloc
endif
endif
# The version and the install prefix reach the code through a generated
# header that is rewritten only when they change, so that
# `make install PREFIX=/usr` rebuilds what depends on the prefix.
CPPFLAGS += -Iinclude -Isrc -I$(BUILD) -D_POSIX_C_SOURCE=200809L \
            -D_DEFAULT_SOURCE -include $(BUILD)/config.h
CFLAGS   += -std=c11 $(OPT) $(WARN) $(SANFLAGS) -pthread -MMD -MP
LDFLAGS  += $(SANFLAGS) $(SAN_LDFLAGS) -pthread

ENGINE_SRC := $(filter-out src/main.c src/cli%.c,$(wildcard src/*.c src/reader/*.c))
CLI_SRC    := $(wildcard src/cli*.c)
TUI_SRC    := $(wildcard src/tui/*.c)
ENGINE_OBJ := $(ENGINE_SRC:%.c=$(BUILD)/%.o)
CLI_OBJ    := $(CLI_SRC:%.c=$(BUILD)/%.o)
TUI_OBJ    := $(TUI_SRC:%.c=$(BUILD)/%.o)
# BUNDLE=1 (make check's sanitizer build) compiles each folder's sources
# as one translation unit, $(BUILD)/bundle/NAME.c, which #includes them:
# clang spends ~0.08 s of CPU starting (its libraries' constructors)
# and ~0.02 s reading the system's headers for every file it is given,
# and that was half of the sanitizer build's CPU.  So a static name is
# unique in its folder.  The strict build, `make` and the installed
# program compile file by file: what a bundle could hide (a function
# called, or defined, without its header in view when another file of
# the bundle included it) gcc's -Wimplicit-function-declaration and
# -Wmissing-prototypes, with -Werror, still see there.
BUNDLE_engine := $(filter src/%,$(filter-out src/reader/%,$(ENGINE_SRC)))
BUNDLE_reader := $(filter src/reader/%,$(ENGINE_SRC))
BUNDLE_cli    := $(CLI_SRC)
BUNDLE_tui    := $(TUI_SRC)
ifeq ($(BUNDLE),1)
ENGINE_OBJ := $(BUILD)/bundle/engine.o $(BUILD)/bundle/reader.o
CLI_OBJ    := $(BUILD)/bundle/cli.o
TUI_OBJ    := $(BUILD)/bundle/tui.o
endif
MAIN_OBJ   := $(BUILD)/src/main.o
LIB_ENGINE := $(BUILD)/libnegotiator.a
LIB_TUI    := $(BUILD)/libnegotiator-tui.a
BIN        := $(BUILD)/negotiator

UNIT_SRC   := $(wildcard tests/unit/test_*.c)
# Every unit test is linked into one program, $(UNITS) (tests/unit/units.c
# says why); $(BUILD)/tests/test_X is a link to it that runs test_X.
UNIT_BIN   := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)
UNIT_OBJ   := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/unit/%.o)
UNITS      := $(BUILD)/tests/units
# With BUNDLE=1 the unit tests too are one translation unit (each test's
# main renamed around its #include): a static name is unique in
# tests/unit as in a folder of src/.
ifeq ($(BUNDLE),1)
UNIT_OBJ   := $(BUILD)/bundle/units.o
endif
# A unit test's loop over the whole corpus (../shared) stands under
# #ifdef NEGOTIATOR_CORPUS: built into a program of its own, run by
# `make corpus` (and `make check` where ../shared is), not with the units.
CORPUS_SRC := $(shell grep -l '^\#ifn*def NEGOTIATOR_CORPUS' $(UNIT_SRC) /dev/null)
CORPUS_BIN := $(CORPUS_SRC:tests/unit/%.c=$(BUILD)/tests/corpus/%)
CORPUS ?= ../shared/corpus/negotiateup

.PHONY: FORCE all deps run check check-build check-unit check-cli check-tui check-layers \
        check-corpus check-san check-builds check-build-strict check-build-san \
        check-build-san-units \
        check-suites check-unit-san check-strict-tui-limits check-strict-cli-limits \
        check-strict-corpus check-lint check-san-reports \
        bench corpus fuzz lint man \
        screenshots install uninstall clean format format-check

all: $(BIN)

deps:
	@sh .ci/deps build

# A generated file is written to $@.new and takes $@'s place only when
# it differs, so that what depends on it is rebuilt only then.
replace_if_changed = if cmp -s $@.new $@; then rm $@.new; else mv $@.new $@; fi

$(BUILD)/config.h: FORCE
	@mkdir -p $(BUILD)
	@printf '#define NEGOTIATOR_VERSION "%s"\n#define NEGOTIATOR_DATADIR "%s"\n' \
		'$(VERSION)' '$(PREFIX)/share/negotiator' >$@.new
	@$(replace_if_changed)

# The compiler and its flags, rewritten only when they change: an object
# built without -Werror is rebuilt when make check asks for it, so a
# warning can never pass the strict build by being compiled earlier.
$(BUILD)/flags: FORCE
	@mkdir -p $(BUILD)
	@printf '%s\n' '$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS)' >$@.new
	@$(replace_if_changed)

FORCE:

$(ENGINE_OBJ) $(CLI_OBJ) $(TUI_OBJ) $(MAIN_OBJ) $(UNIT_OBJ) $(UNITS) $(UNITS).o $(CORPUS_BIN): \
	$(BUILD)/config.h $(BUILD)/flags

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	@echo "  CC      $<"
	@$(CC) $(CPPFLAGS) $(PKG_CFLAGS) $(CFLAGS) -c $< -o $@

# A bundle: its folder's sources, each #included where it is, so that a
# warning or a sanitizer's report names the source's own file and line.
BUNDLES  := engine reader cli tui
BUNDLE_C := $(BUNDLES:%=$(BUILD)/bundle/%.c)
$(BUNDLE_C): $(BUILD)/bundle/%.c: FORCE
	@mkdir -p $(dir $@)
	@printf '#include "$(CURDIR)/%s"\n' $(BUNDLE_$*) >$@.new
	@$(replace_if_changed)
$(BUNDLE_C:.c=.o): %.o: %.c
	@echo "  CC      $< ($(words $(BUNDLE_$(notdir $*))) sources)"
	@$(CC) $(CPPFLAGS) $(PKG_CFLAGS) $(CFLAGS) -c $< -o $@

$(LIB_ENGINE): $(ENGINE_OBJ)
	@rm -f $@
	@$(AR) rcs $@ $^

$(LIB_TUI): $(TUI_OBJ)
	@rm -f $@
	@$(AR) rcs $@ $^

$(BIN): $(MAIN_OBJ) $(CLI_OBJ) $(LIB_TUI) $(LIB_ENGINE)
	@echo "  LINK    $@"
	@$(CC) $(LDFLAGS) -o $@ $(MAIN_OBJ) $(CLI_OBJ) $(LIB_TUI) $(LIB_ENGINE) \
		$(MALLOC_LIBS) $(PKG_LIBS) -lm

TEST_LINK = $(LIB_TUI) $(LIB_ENGINE) $(PKG_LIBS) $$($(PKG_CONFIG) --libs cmocka) -lm
# The list of unit tests (UNIT(test_X) lines), rewritten only when a test
# is added or removed.
$(BUILD)/tests/units.h: FORCE
	@mkdir -p $(dir $@)
	@printf 'UNIT(%s)\n' $(UNIT_NAMES) >$@.new
	@$(replace_if_changed)
UNIT_CPPFLAGS = -I$(BUILD)/tests -Itests/unit
$(BUILD)/tests/unit/%.o: tests/unit/%.c $(BUILD)/tests/units.h
	@mkdir -p $(dir $@)
	@echo "  CC      $<"
	@$(CC) $(CPPFLAGS) $(UNIT_CPPFLAGS) $(PKG_CFLAGS) $(CFLAGS) \
		-Dmain=unit_main_$* -include unit_main.h -c $< -o $@
$(BUILD)/bundle/units.c: FORCE
	@mkdir -p $(dir $@)
	@for n in $(UNIT_NAMES); do \
		printf '#define main unit_main_%s\n#include "$(CURDIR)/tests/unit/%s.c"\n#undef main\n' \
			$$n $$n; done >$@.new
	@$(replace_if_changed)
$(BUILD)/bundle/units.o: $(BUILD)/bundle/units.c $(BUILD)/tests/units.h
	@echo "  CC      $< ($(words $(UNIT_NAMES)) unit tests)"
	@$(CC) $(CPPFLAGS) $(UNIT_CPPFLAGS) $(PKG_CFLAGS) $(CFLAGS) \
		-include unit_main.h -c $< -o $@
$(UNITS).o: tests/unit/units.c $(BUILD)/tests/units.h
	@mkdir -p $(dir $@)
	@$(CC) $(CPPFLAGS) $(UNIT_CPPFLAGS) $(CFLAGS) -c $< -o $@
$(UNITS): $(UNITS).o $(UNIT_OBJ) $(LIB_TUI) $(LIB_ENGINE)
	@echo "  LINK    $@"
	@$(CC) $(LDFLAGS) -o $@ $(UNITS).o $(UNIT_OBJ) $(TEST_LINK)
$(UNIT_BIN): $(UNITS)
	@ln -sf units $@

$(BUILD)/tests/corpus/%: tests/unit/%.c $(LIB_TUI) $(LIB_ENGINE)
	@mkdir -p $(dir $@)
	@echo "  LINK    $@"
	@$(CC) $(CPPFLAGS) $(PKG_CFLAGS) $(CFLAGS) -DNEGOTIATOR_CORPUS -o $@ $< \
		$(TEST_LINK)

run: deps
	@$(MAKE) --no-print-directory $(BIN)
	./$(BIN) data/guides

# The whole suite (README's "Tests"): two builds side by side, a strict
# (-Werror, -O2) one in build/strict and one with AddressSanitizer and
# UndefinedBehaviorSanitizer in build/san, so that neither undoes the
# other nor a plain `make` in build/; every suite, side by side
# (CHECK_JOBS at a time), as soon as its build is there, each one's
# output shown whole when it ends.
# Every test runs once, on the build that checks the most it can:
# the unit, CLI and TUI suites under the sanitizers, which see what the
# strict build would (the same assertions) and memory errors, undefined
# behaviour and leaks besides; the strict build runs what a sanitizer
# build cannot (a data limit: tui-limits and cli-limits) and the loops
# over the whole corpus (`make corpus`'s checks, when ../shared is
# there), which it runs ten times faster; both builds compile every
# source with -Werror.  Lint and the layers too.  Every suite runs even
# when one fails, and the last line counts them all: suites, tests
# passed, failed, skipped and why (tests/tally.sh).
CHECK_SUMMARY := $(CURDIR)/build/check-summary
# Three suites a processor: the TUI suites spend most of their time
# waiting for the program to draw, and the CPU-bound suites fill it;
# more side by side only add the CPU of their contention.  Clean clones
# on two cores, 2026-12-07, run in turn: 6 at a time 83.6, 85.2, 86.1,
# 100.9, 78.7 and 81.4 s (121 to 156 s of CPU); 8 at a time 91.2, 93.8,
# 86.1 and 84.6 s (131 to 145 s), slower than the 6 run next to it each
# time; 4 at a time 85.5, 90.9, 79.1 and 83.5 s (117 to 134 s).
NPROC = $(shell nproc 2>/dev/null || echo 2)
CHECK_JOBS ?= $(shell echo $$(($(NPROC) * 3)))
TALLY = sh tests/tally.sh
# make check's suites run a little below its builds (nice): a build that
# waits holds back every suite that needs it, a suite that waits only
# itself.  (The other way round, the strict side under nice, its build
# got no processor until the sanitizer side was done and its suites
# ended last: 118 s.)
SUITE_NICE = nice -n 5
# The interpreter of the test checks: the system's, not a version
# manager's shim (tests/python.sh says why); the scripts take it from here.
PYTHON ?= $(firstword $(wildcard /usr/bin/python3 /usr/local/bin/python3) python3)
export PYTHON
STRICT := build/strict
SANB   := build/san
# The strict build is compiled without debug information and the
# sanitizer build with line tables only (-g1, all a report's stack needs):
# a fifth less compiler time than -g (the program's objects: 34.3 -> 27.9
# s and 43.3 -> 34.9 s of CPU, one measurement each, on a loaded machine).
# The sanitizer build is not optimised (-O0): compiling it took 33.5 s
# of CPU at -O1 and 23 s at -O0, and its suites' CPU is the same either
# way (tests/cli/run.sh 13.0 against 13.4 s, `list` of the corpus 1.05
# against 1.11 s: their time is the sanitizers' runtime and the
# libraries, which are not instrumented); -O2's warnings are the strict
# build's.
STRICT_MAKE = $(MAKE) --no-print-directory BUILD=$(STRICT) WERROR=1 OPT=-O2
# The sanitizer build is compiled by clang where clang can link a program
# with both sanitizers (Debian's clang and libclang-rt-dev), else by
# $(CC): clang compiles it in two thirds of gcc's CPU (the program and the
# unit tests at -O0: 29.7 s against 41.0 s, one build each, side by
# side), and make check then compiles every source under both compilers'
# warnings, each with -Werror (clang's -Wformat-nonliteral and
# -Wstring-concatenation found what gcc's did not).  `=`, not `:=`: asked
# when the sanitizer build starts, not by every make that reads this file.
SAN_CC ?= $(shell printf 'int main(void){return 0;}\n' | \
	clang -fsanitize=address,undefined -x c - -o /dev/null 2>/dev/null \
	&& echo clang || echo '$(CC)')
SAN_MAKE = $(MAKE) --no-print-directory BUILD=$(SANB) SAN=1 OPT='-O0 -g1' \
           WERROR=1 CC='$(SAN_CC)' BUNDLE=1
# ASan holds freed memory back (its quarantine) so that a use after free
# is caught; the default holds 256 MB, and a program that frees as it
# goes (a library of guides being read) then takes every new block from
# fresh pages: `list` of the corpus faulted 57,700 pages with it, 13,800
# with 32 MB (2.4 -> 1.3 s of CPU).  32 MB of the most recently freed
# blocks still catches the use after free the tests can make.
SAN_OPTIONS = detect_leaks=1:quarantine_size_mb=32
SAN_RUN = ASAN_OPTIONS=$(SAN_OPTIONS):abort_on_error=1 \
          UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
SAN_REPORTS := $(CURDIR)/$(SANB)/reports
TUI_SAN_ENV = ASAN_OPTIONS=$(SAN_OPTIONS):log_path=$(SAN_REPORTS)/asan \
              UBSAN_OPTIONS=print_stacktrace=1:log_path=$(SAN_REPORTS)/ubsan
UNIT_NAMES = $(UNIT_SRC:tests/unit/%.c=%)
# The unit programs that take longest under the sanitizers (CPU seconds,
# 2026-12-07: test_tui_mdrender 3.4, test_hostile 2.3, test_body 1.5,
# test_guide_load 1.3; the other 29 under 0.7 each) start first, so that
# the suite does not end with one of them running alone on one core.
UNIT_LONG = test_tui_mdrender test_hostile test_body test_guide_load
UNIT_ORDER = $(foreach n,$(UNIT_LONG),$(filter $(n),$(UNIT_NAMES))) $(filter-out $(UNIT_LONG),$(UNIT_NAMES))
# The command-line suites: a name, and its script.
CLI_SUITES = cli cli-tables cli-files cli-args cli-hostile cli-completions
# Every line of the command line's own code that a test runs, runs
# under the sanitizers: in cli (show, compare, list, check, completions:
# text, JSON and Markdown, the goldens), whose starts marked `san` run on
# the sanitizer build (see check-both-cli), and cli-hostile (hostile
# guides and arguments).  Three
# suites that go over those paths again on many inputs run on the strict
# build: the two tables (cli-tables: 240 starts for two checks, whose
# rows the unit tests read under the sanitizers: test_input_table,
# test_negotiations), argument mistakes (cli-args: 119 starts) and odd
# files, links and walks (cli-files: 71 starts).  A start of the
# sanitizer build costs ~80 ms of CPU here (20 of them LeakSanitizer's
# scan at exit), of the strict one ~9: under the sanitizers those two
# suites took 24 s of make check's ~165 s of CPU.
CLI_STRICT = cli-tables cli-args cli-files
CLI_SCRIPT_cli         = tests/cli/run.sh
CLI_SCRIPT_cli-tables  = tests/cli/tables.sh
CLI_SCRIPT_cli-hostile = tests/fuzz/cli-hostile.sh
CLI_SCRIPT_cli-files   = tests/cli/files.sh
CLI_SCRIPT_cli-args    = tests/cli/args.sh
CLI_SCRIPT_cli-completions = tests/cli/completions.sh
# What a sanitizer build cannot run (a data limit): on the strict build.
CLI_SCRIPT_cli-limits  = tests/cli/limits.sh
# The TUI suites.
TUI_SUITES = run negotiate library layout offers reliability keys saved files
# Every suite make check runs.
CHECK_ALL = $(TUI_SUITES:%=check-san-tui-%) \
            $(patsubst %,check-san-%,$(filter-out $(CLI_STRICT) cli,$(CLI_SUITES))) \
            $(CLI_STRICT:%=check-strict-%) check-both-cli \
            check-unit-san check-strict-tui-limits check-strict-cli-limits \
            $(if $(wildcard $(CORPUS)),check-strict-corpus \
              $(CORPUS_SRC:tests/unit/%.c=check-strict-corpus-%)) \
            check-lint check-layers
# The order they start in, side by side, once their build is there: the
# unit suite as soon as its build is there (it ended last when it waited
# for a slot), then the longest on the clock first, so that the last to
# start are short and no core waits at the end.  The TUI suites wait on the program more than
# they use a core, and start first of the sanitizer build's; then by
# CPU time as measured (perf stat, every process a suite starts;
# seconds, on 2026-12-07): tui-library 14 (25 on the clock), cli 14
# (36), lint 12 (it starts with the builds), unit 11, tui-offers 7 (19),
# tui-run 5 (16), the corpus loops 5 and 4, the rest under 4 each.  A
# suite not named here (a new one) starts last.
CHECK_FIRST = check-unit-san check-san-tui-library check-san-tui-offers \
              check-both-cli check-san-tui-run check-san-tui-negotiate \
              check-san-tui-reliability check-san-tui-layout \
              check-san-tui-keys check-san-cli-hostile check-san-tui-saved \
              check-san-tui-files check-san-cli-completions \
              check-strict-cli-files check-strict-cli-args \
              $(filter check-strict-corpus-%,$(CHECK_ALL)) \
              $(filter check-strict-corpus,$(CHECK_ALL)) \
              check-strict-tui-limits check-strict-cli-tables \
              check-strict-cli-limits
CHECK_SUITES = $(CHECK_FIRST) $(filter-out $(CHECK_FIRST),$(CHECK_ALL))

.PHONY: $(CHECK_SUITES)

# The suites' temporary folders (mktemp -d: TMPDIR) in memory where the
# machine has it (/dev/shm, a tmpfs, with 1 GiB free; else the system's
# /tmp): they write and remove 10,000 generated guides, 100,005 links
# and a million-line file, and the TUI saves with fsync.  Alone, on
# 2026-12-07: tui-library 10.3 -> 8.7 s of CPU, cli-files 6.6 -> 6.0
# (two runs each), and ext4's own threads' time besides.
CHECK_TMPDIR = $(shell d=/dev/shm; [ -d $$d ] && [ -w $$d ] && \
	[ "$$(df -Pk $$d 2>/dev/null | awk 'NR == 2 { print $$4 }')" -ge 1048576 ] \
	2>/dev/null && echo $$d)
check:
	@sh .ci/deps check
	@mkdir -p build && rm -f $(CHECK_SUMMARY); st=0; \
	export CHECK_SUMMARY=$(CHECK_SUMMARY); \
	$(if $(CHECK_TMPDIR),export TMPDIR=$(CHECK_TMPDIR);) \
	rm -rf $(SAN_REPORTS) && mkdir -p $(SAN_REPORTS); \
	$(MAKE) --no-print-directory -k -j$(CHECK_JOBS) \
		TALLY_BUFFER=$(CURDIR)/build/check.lock \
		TALLY='$(SUITE_NICE) $(TALLY)' check-suites || st=1; \
	$(MAKE) --no-print-directory check-san-reports || st=1; \
	$(TALLY) --print $(CHECK_SUMMARY); exit $$st

# The builds, in the order the suites need them: the sanitizer build's
# program first (most suites run on it, and the TUI suites, which spend
# most of their time waiting for a screen, start as soon as it is
# linked), then the unit tests of that build and the strict build side
# by side, each a make of its own with a job a processor, outside the
# suites' job slots (when they shared them, the suites that had started
# held the slots and the unit tests compiled one at a time behind them).
# Measured on a clean clone with the machine otherwise idle (2026-12-07,
# two cores): make check took 119.8 s with both builds side by side
# before any suite; 95.7 s so (CPU 166 and 149 s: this machine's speed
# moves by a tenth from run to run).
BUILD_JOBS ?= $(NPROC)
OWN_JOBS = MAKEFLAGS='$(filter-out -j% --jobserver-auth=% --jobserver-fds=%,$(MAKEFLAGS))'
check-builds: check-build-strict check-build-san
check-build-strict: check-build-san
	+@$(OWN_JOBS) $(STRICT_MAKE) -j$(BUILD_JOBS) $(STRICT)/negotiator \
		$(if $(wildcard $(CORPUS)),$(CORPUS_SRC:tests/unit/%.c=$(STRICT)/tests/corpus/%))
check-build-san:
	+@$(OWN_JOBS) $(SAN_MAKE) -j$(BUILD_JOBS) $(SANB)/negotiator
check-build-san-units: check-build-san
	+@$(OWN_JOBS) $(SAN_MAKE) -j$(BUILD_JOBS) $(UNIT_NAMES:%=$(SANB)/tests/%)

# Each suite waits for its own build only, and lint and the layers for
# none: cppcheck runs while the builds compile.  A build that fails
# leaves its suites unrun (make -k) and make check failing; the others
# run.  The builds are named first, so that they start first.
$(filter check-san-%,$(CHECK_ALL)): check-build-san
check-unit-san: check-build-san-units
$(filter check-strict-%,$(CHECK_ALL)): check-build-strict
check-both-cli: check-build-strict check-build-san
# Every suite, side by side.
check-suites: check-build-san check-build-strict check-lint check-build-san-units \
              $(CHECK_SUITES)
check-unit-san:
	@$(SAN_RUN) $(TALLY) 'unit (ASan)' sh tests/run-unit.sh \
		$(UNIT_ORDER:%=$(SANB)/tests/%)
$(CLI_SUITES:%=check-san-%): check-san-%:
	@$(SAN_RUN) $(TALLY) '$* (ASan)' sh $(CLI_SCRIPT_$*) $(SANB)/negotiator
# The TUI end-to-end tests against the sanitizer build: every report
# (error or leak) lands in build/san/reports and fails check-san-reports.
# cli on both builds: the sanitizer build runs the 55 starts marked
# `san` in tests/cli/run.sh, which together run every line of the
# program's code that the script runs and no other sanitized suite does
# (gcov, 2026-12-07); the strict build the other 77 (15 s of CPU with
# every start under the sanitizers, 9 s so).  `make check-san` runs them
# all under the sanitizers.
check-both-cli:
	@$(SAN_RUN) $(TALLY) 'cli (ASan: the starts marked san)' \
		sh $(CLI_SCRIPT_cli) $(STRICT)/negotiator $(SANB)/negotiator
$(TUI_SUITES:%=check-san-tui-%): check-san-tui-%:
	@TUI_TEST_ENV="$(TUI_SAN_ENV)" $(TALLY) "tui-$* (ASan)" \
		sh tests/tui/$*.sh $(SANB)/negotiator
check-strict-tui-limits:
	@$(TALLY) tui-limits sh tests/tui/limits.sh $(STRICT)/negotiator
check-strict-cli-limits:
	@$(TALLY) cli-limits sh $(CLI_SCRIPT_cli-limits) $(STRICT)/negotiator
$(CLI_STRICT:%=check-strict-%): check-strict-%:
	@$(TALLY) $* sh $(CLI_SCRIPT_$*) $(STRICT)/negotiator
check-strict-corpus:
	@$(TALLY) corpus $(call corpus_gate,$(STRICT))
$(CORPUS_SRC:tests/unit/%.c=check-strict-corpus-%): check-strict-corpus-%:
	@$(TALLY) 'corpus $*' $(STRICT)/tests/corpus/$*
check-lint:
	@$(TALLY) lint $(MAKE) --no-print-directory lint
check-san-reports:
	@$(TALLY) 'tui sanitizer reports' sh -c 'if [ -n "$$(ls $(SAN_REPORTS))" ]; then \
		echo "sanitizer reports from the TUI run:"; \
		cat $(SAN_REPORTS)/*; exit 1; \
	else echo "TUI under ASan+UBSan: no reports"; fi'

# The suites one by one, on the build in $(BUILD) (WERROR=1 for the
# strict flags): for a person checking one part.
check-build: $(BIN) $(UNIT_BIN) $(CORPUS_BIN)

check-unit: $(UNIT_BIN)
	@$(TALLY) 'unit$(if $(TALLY_TAG), $(TALLY_TAG))' sh tests/run-unit.sh $(UNIT_BIN)

check-cli: $(BIN)
	@st=0; $(foreach s,$(CLI_SUITES) cli-limits,$(TALLY) '$(s)$(if $(TALLY_TAG), $(TALLY_TAG))' \
		sh $(CLI_SCRIPT_$(s)) $(BIN) || st=1;) exit $$st

# The layers of README's "Source layout": no file includes a higher layer.
check-layers:
	@$(TALLY) layers $(PYTHON) tests/layers/check.py

check-tui: $(BIN)
	@st=0; for s in $(TUI_SUITES) limits; do \
		$(TALLY) "tui-$$s$(if $(TALLY_TAG), $(TALLY_TAG))" sh tests/tui/$$s.sh $(BIN) || st=1; \
	done; exit $$st

# How well real guides are read (tests/corpus/): precision and recall
# against the hand-written keys; fails below 97 % / 94 %.  Needs the corpus
# in ../shared/corpus (skipped, with a message, when it is absent).
# The keys: 150 guides first keyed (key.tsv), 148 guides of the 148
# companies that key did not have, keyed by hand before the reader was
# measured on them (key-heldout.tsv: 96.7 % / 94.2 % on first reading),
# and 60 more roles of 60 of those companies, keyed the same way
# (key-heldout2.tsv: 96.1 % / 93.1 % on first reading).  All three read
# 97.8 % / 96.7 % together on 2026-12-06.  Then 60 roles of 60 of the 88
# companies keyed only in key-heldout.tsv (key-heldout3.tsv: 97.3 % /
# 95.1 % on first reading); the four read 98.3 % / 97.3 % on 2026-12-07.
# Then 52 roles of 52 of the 103 companies keyed at most once
# (key-heldout4.tsv: 94.6 % / 92.6 % on first reading, 97.1 % / 94.4 %
# after one key correction); the five read 98.8 % / 97.7 % on 2026-12-07.
# And the 51 roles of the other 51 of those companies (key-heldout5.tsv:
# 96.1 % / 97.3 % on first reading); the six read 98.9 % / 98.1 %
# on 2026-12-07.  Then 50 roles of 50 companies, guides in no key
# (key-heldout6.tsv: 97.9 % / 98.7 % on first reading, 98.3 % / 98.7 %
# after one key row was added), and the 50 roles of 50 other companies
# keyed at the same time (key-heldout7.tsv: 97.2 % / 97.2 % on first
# reading, 98.3 % / 96.6 % after two key corrections); the eight read
# 99.2 % / 98.6 % on 2026-12-07.  Then 45 roles of 45 other companies
# (key-heldout8.tsv: 97.5 % / 96.3 % on first reading, floors 100 %),
# and 50 roles of the 50 companies keyed least (key-heldout9.tsv:
# 98.1 % / 97.7 % on first reading, floors 98.8 %), and 50 more of them
# (key-heldout10.tsv: 97.7 % / 96.6 % on first reading, floors 100 % / 98.8 %),
# and 50 more, read first on the day's last reader (key-heldout11.tsv:
# 98.0 % / 97.4 %, floors 100 % / 98.1 %), and 50 more read first on the
# next day's first reader (key-heldout12.tsv: 99.3 % / 98.5 %, floors
# 100 % / 100 %), and 50 more read first after the session's first
# reader branches (key-heldout13.tsv: 99.6 % / 98.0 %, floors 100 % /
# 98.7 %, premium 50 of 50), and 50 more read first on the same reader
# (key-heldout14.tsv: 98.3 % / 98.7 %, floors 98.7 % / 100 %, premium
# 48 of 50).
CORPUS_KEYS = tests/corpus/key.tsv,tests/corpus/key-heldout.tsv,tests/corpus/key-heldout2.tsv,tests/corpus/key-heldout3.tsv,tests/corpus/key-heldout4.tsv,tests/corpus/key-heldout5.tsv,tests/corpus/key-heldout6.tsv,tests/corpus/key-heldout7.tsv,tests/corpus/key-heldout8.tsv,tests/corpus/key-heldout9.tsv,tests/corpus/key-heldout10.tsv,tests/corpus/key-heldout11.tsv,tests/corpus/key-heldout12.tsv,tests/corpus/key-heldout13.tsv,tests/corpus/key-heldout14.tsv
# And the premium alone, guide by guide, on four keys of it (60 guides
# each, keyed before the reader was run on them): fails under 95 %.
PREMIUM_KEYS = tests/corpus/premium-key6.tsv,tests/corpus/premium-key7.tsv,tests/corpus/premium-key8.tsv,tests/corpus/premium-key9.tsv
corpus_gate = sh -c '$(PYTHON) tests/corpus/score.py $(1)/negotiator \
              $(CORPUS_KEYS) $(CORPUS) --gate && \
              $(PYTHON) tests/corpus/score.py $(1)/negotiator $(PREMIUM_KEYS) \
              $(CORPUS) --premium-only --gate'
check-corpus: $(BIN)
	@$(TALLY) corpus $(call corpus_gate,$(BUILD))

# The same, with every figure per part and side, and the coverage of the
# whole corpus (with body-only copies of every guide).
# Then the unit tests' loops over the whole corpus.
corpus: $(BIN) $(CORPUS_BIN)
	@$(PYTHON) tests/corpus/score.py $(BIN) $(CORPUS_KEYS) $(CORPUS) \
		--gate --coverage
	@st=0; for t in $(CORPUS_BIN); do $$t || st=1; done; exit $$st

# The sanitizer half alone, as make check runs it.
check-san:
	+@$(SAN_MAKE) check-build
	@rm -rf $(SAN_REPORTS) && mkdir -p $(SAN_REPORTS)
	@$(MAKE) --no-print-directory -k -j$(CHECK_JOBS) \
		TALLY_BUFFER=$(CURDIR)/build/check.lock check-unit-san \
		check-san-cli $(filter check-san-%,$(CHECK_SUITES)); \
	st=$$?; $(MAKE) --no-print-directory check-san-reports || st=1; exit $$st

bench: deps
	@$(MAKE) --no-print-directory $(BIN)
	@sh tests/bench/run.sh $(BIN)

FUZZ_SECONDS ?= 180
fuzz:
	@sh tests/fuzz/run.sh $(FUZZ_SECONDS)

# The house style (.clang-format, clang-format 14), applied to every C file
# we write; format-check lists the files that stray from it.
FORMAT_SRC = $(wildcard src/*.[ch] src/reader/*.[ch] src/tui/*.[ch] include/negotiator/*.h \
                        tests/unit/*.c tests/fuzz/*.c tests/bench/*.c)
format:
	clang-format -i $(FORMAT_SRC)

format-check:
	@bad=0; for f in $(FORMAT_SRC); do \
		clang-format "$$f" | cmp -s - "$$f" || { echo "$$f"; bad=1; }; \
	done; exit $$bad

# cppcheck 2.10 cannot evaluate __has_include (text.c asks it for
# <sys/random.h>): that one directive is not a finding.
# Its build folder keeps each file's analysis (findings included, said
# again) until the file or what it includes changes: 0.4 s instead of 7 s
# of CPU when nothing did.
# cppcheck checks the configuration the program is built in (its
# defines below), not every combination of the sources' #ifdefs: the
# others are never compiled, and checking them took an eighth of its time.
LINT_DEFINES = -DBUTTON5_PRESSED -DHAVE_GETRANDOM \
               -DNEGOTIATOR_DATADIR='"$(PREFIX)/share/negotiator"'
lint:
	@mkdir -p $(BUILD)/cppcheck
	cppcheck --quiet --error-exitcode=1 --enable=warning,performance,portability \
		--std=c11 --inline-suppr -Iinclude -Isrc $(LINT_DEFINES) \
		--cppcheck-build-dir=$(BUILD)/cppcheck \
		--suppress=missingIncludeSystem \
		--suppress=preprocessorErrorDirective:src/text.c src

screenshots:
	@sh .ci/deps screenshots
	@$(MAKE) --no-print-directory $(BIN)
	@sh tests/tui/screenshots.sh $(BIN)

# Regenerate the man page's KEYS section from the program's key table.
man: $(BIN)
	@./$(BIN) keys --roff >$(BUILD)/keys.roff
	@awk -v keys=$(BUILD)/keys.roff ' \
		/^\.\\" END KEYS$$/ { while ((getline l < keys) > 0) print l; skip = 0 } \
		!skip { print } \
		/^\.\\" BEGIN KEYS$$/ { skip = 1 }' man/negotiator.1 >$(BUILD)/negotiator.1
	@mv $(BUILD)/negotiator.1 man/negotiator.1
	@echo "man/negotiator.1: KEYS regenerated"

# The shell completions are made by the program from its own tables of
# commands and options (negotiator completions SHELL).
BASH_COMPLETION = share/bash-completion/completions/negotiator
ZSH_COMPLETION  = share/zsh/site-functions/_negotiator
FISH_COMPLETION = share/fish/vendor_completions.d/negotiator.fish
install: $(BIN)
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1 \
		$(DESTDIR)$(PREFIX)/share/negotiator/guides \
		$(dir $(DESTDIR)$(PREFIX)/$(BASH_COMPLETION)) \
		$(dir $(DESTDIR)$(PREFIX)/$(ZSH_COMPLETION)) \
		$(dir $(DESTDIR)$(PREFIX)/$(FISH_COMPLETION))
	install -m 755 $(BIN) $(DESTDIR)$(PREFIX)/bin/negotiator
	install -m 644 man/negotiator.1 $(DESTDIR)$(PREFIX)/share/man/man1/negotiator.1
	install -m 644 data/guides/*.md $(DESTDIR)$(PREFIX)/share/negotiator/guides/
	$(BIN) completions bash >$(DESTDIR)$(PREFIX)/$(BASH_COMPLETION)
	$(BIN) completions zsh >$(DESTDIR)$(PREFIX)/$(ZSH_COMPLETION)
	$(BIN) completions fish >$(DESTDIR)$(PREFIX)/$(FISH_COMPLETION)
	chmod 644 $(DESTDIR)$(PREFIX)/$(BASH_COMPLETION) \
		$(DESTDIR)$(PREFIX)/$(ZSH_COMPLETION) \
		$(DESTDIR)$(PREFIX)/$(FISH_COMPLETION)

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/negotiator \
		$(DESTDIR)$(PREFIX)/share/man/man1/negotiator.1 \
		$(DESTDIR)$(PREFIX)/$(BASH_COMPLETION) \
		$(DESTDIR)$(PREFIX)/$(ZSH_COMPLETION) \
		$(DESTDIR)$(PREFIX)/$(FISH_COMPLETION)
	rm -rf $(DESTDIR)$(PREFIX)/share/negotiator

clean:
	rm -rf build

-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)
