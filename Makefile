# Everything a developer needs, from a machine with only Python 3.11+ and pip.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench fuzz lint venv clean package package-test install-desktop icons x11-debs \
	i18n-update i18n-build screenshots screenshot-debs journeys journey-debs
.PHONY: lock hooks typecheck

# Every install takes its versions from constraints.txt (the lock), so each machine gets the same.
$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test]'
	touch $(STAMP)

venv: $(STAMP)

# $(call install_debs,PACKAGES[,WITHOUT]): on Linux, the Debian packages missing are installed
# (the package index updated when a first try fails). Given WITHOUT, a failure only warns that
# the run goes on without them; else it stops the run.
install_debs = [ "$$(uname -s)" != Linux ] || dpkg -s $(1) >/dev/null 2>&1 \
	|| (apt-get install -y -qq $(1) || (apt-get update -qq && apt-get install -y -qq $(1))) \
	>/dev/null 2>&1 $(if $(2),|| echo "warning: could not install $(1); $(2)")

## Refresh constraints.txt after changing the dependencies in pyproject.toml: a throwaway venv
## installs `.[test,package]` from pyproject.toml alone (newest versions allowed) and pip freeze
## pins what it got. Commit constraints.txt with the pyproject.toml change.
lock:
	@set -e; tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	$(PYTHON) -m venv "$$tmp/venv"; \
	"$$tmp/venv/bin/python" -m pip install --quiet --upgrade pip; \
	"$$tmp/venv/bin/python" -m pip install --quiet -e '.[test,package]'; \
	{ echo "# The exact versions finapp's .[test] and .[package] extras resolve to, made by \`make lock\`"; \
	  echo "# on Python $$("$$tmp/venv/bin/python" -c 'import platform; print(platform.python_version(), platform.system(), platform.machine())')"; \
	  echo "# from pyproject.toml alone. Every pip install of the Makefile takes it with -c."; \
	  "$$tmp/venv/bin/python" -m pip freeze --exclude-editable; } > "$$tmp/constraints.txt"; \
	mv "$$tmp/constraints.txt" constraints.txt
	@echo "constraints.txt: $$(grep -c '==' constraints.txt) packages pinned"

## Run ruff (lint, format) and mypy on the files of each commit: see .pre-commit-config.yaml.
hooks: $(STAMP)
	$(BIN)/pre-commit install

## Launch the desktop app (first run offers demo data).
run: $(STAMP) i18n-build
	$(BIN)/finapp-gui

## Translations: collect the GUI's strings into resources/i18n/*.ts (English plural forms are
## filled in; translate the Chinese in Qt Linguist: .venv/bin/pyside6-linguist), and compile
## them to .qm (not committed).
TS_FILES := $(wildcard resources/i18n/*.ts)
## the GUI, and the modules outside it that mark sentences with finapp.tr_marks (alerts)
TR_SOURCES = $$( (find finapp/gui -name '*.py'; grep -rl --include='*.py' --exclude-dir=gui \
	'QT_TRANSLATE_NOOP(' finapp) | sort -u)
i18n-update: $(STAMP)
	$(BIN)/pyside6-lupdate $(TR_SOURCES) -ts resources/i18n/finapp_zh_CN.ts
	$(BIN)/pyside6-lupdate -pluralonly $(TR_SOURCES) -ts resources/i18n/finapp_en.ts
	$(BIN)/python tools/english_plurals.py

i18n-build: $(STAMP)
	@for ts in $(TS_FILES); do $(BIN)/pyside6-lrelease -silent $$ts; done

## Every page and dialog with the demo household, in English and Chinese: screenshots/*.png.
## A bare Linux machine has no font with Chinese glyphs: without one the Chinese shots would
## show empty boxes where a Chinese desktop shows text, so a CJK font is installed first.
screenshot-debs:
	@$(call install_debs,fonts-noto-cjk,the Chinese shots may show empty boxes)

screenshots: $(STAMP) i18n-build screenshot-debs
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py --out screenshots

## The journeys on a real X server with a tray host (Xvfb + trayer), a screenshot after every
## step in journey-shots/, then the hand-off journey driven from outside with xdotool.
JOURNEY_DEBS = $(X11_DEBS) trayer xdotool x11-utils imagemagick dunst
journey-debs:
	@$(call install_debs,$(JOURNEY_DEBS))

journeys: $(STAMP) i18n-build journey-debs
	rm -rf journey-shots
	xvfb-run -a -s "-screen 0 1366x850x24" sh -c '\
	  trayer --edge top --align right --widthtype request --height 24 & tray=$$!; sleep 1; \
	  export QT_QPA_PLATFORM=xcb FINAPP_JOURNEY_SHOTS=journey-shots; \
	  $(BIN)/python -m pytest -q tests/journeys && $(BIN)/python -m pytest -q tests/journeys/x11_dunst_shots.py \
	  && $(BIN)/python tools/x11_handoff.py journey-shots/x11; status=$$?; kill $$tray; exit $$status'

## The fast tier for the inner loop: lint, and every test but those marked slow (they start
## processes, run long generated searches, drive journeys, import generated households or build
## the app's whole window: tests/tiers.py finds them). Bytecode is cached even where
## PYTHONDONTWRITEBYTECODE is set, as the benchmarks do: else every worker compiles finapp and
## rewrites every test's asserts anew.
.PHONY: check
check: $(STAMP) i18n-build
	$(BIN)/ruff check finapp tests bench tools
	$(BIN)/ruff format --check --quiet finapp tests bench tools
	env -u PYTHONDONTWRITEBYTECODE $(BIN)/python -m pytest -q -n auto --dist loadfile --max-worker-restart=0 -m "not slow"

## The whole suite, headless, on every core (each test file stays on one worker). Bytecode is
## cached as for `check`: the hundreds of `finapp` processes the tests start would otherwise each
## compile finapp anew (a tenth of a second each). A worker that crashes is not replaced: the run
## ends at once, failed, naming the test (pytest-xdist 3.8 can wait for ever for a replaced
## worker's file under --dist loadfile).
test: $(STAMP) i18n-build
	$(BIN)/ruff check finapp tests bench tools
	$(BIN)/ruff format --check --quiet finapp tests bench tools
	$(BIN)/mypy $(TYPED)
	env -u PYTHONDONTWRITEBYTECODE $(BIN)/python -m pytest -q -n auto --dist loadfile --max-worker-restart=0

## Types: the packages mypy checks ([tool.mypy] in pyproject.toml): all strictly but the GUI,
## whose every function is annotated and checked (strict when numpy's and matplotlib's are).
TYPED := finapp/__init__.py finapp/demo finapp/importers finapp/store finapp/errors.py \
	finapp/log.py finapp/paths.py finapp/progress.py finapp/gc_pause.py finapp/core finapp/services \
	finapp/cli finapp/gui
typecheck: $(STAMP)
	$(BIN)/mypy $(TYPED)

## Benchmark figures as a table.
bench: $(STAMP)
	$(BIN)/python -m bench

## Long fuzz run of the importers (a short one is part of `make test`).
fuzz: $(STAMP)
	$(BIN)/python -m tests.safety.fuzz_long $(FUZZ_MUTANTS)

## Desktop bundle for this platform in dist/: one folder, one file, and on Linux a tarball.
## Takes about 2 minutes; see README "Install".
PACKAGE_STAMP := $(VENV)/.installed-package
BUNDLE := dist/finapp/finapp
$(PACKAGE_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[package]'
	touch $(PACKAGE_STAMP)

# Linux: the X11 libraries Qt's xcb plugin needs go into the bundle, so the build machine
# needs them; Xvfb lets package-test show the bundle's window on a real X server.
X11_DEBS := libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 \
	libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0 xvfb xauth
x11-debs:
	@$(call install_debs,$(X11_DEBS),the bundle may lack X11 support)

package: $(PACKAGE_STAMP) i18n-build x11-debs
	$(BIN)/python packaging/build.py

$(BUNDLE): $(PACKAGE_STAMP) pyproject.toml $(shell find finapp resources packaging -type f \
		! -path '*/__pycache__/*' ! -name smoke_test.py)
	$(MAKE) x11-debs
	$(BIN)/python packaging/build.py

## Runs the bundle headless (builds it first if stale). Slow, so NOT part of `make test`.
package-test: $(BUNDLE) x11-debs
	$(BIN)/python packaging/smoke_test.py

## Launcher, "Open with" for .ofx/.qfx/.csv and icons in ~/.local/share for a pip install
## (FINAPP_GUI=/path/to/finapp-gui for one outside this checkout's .venv).
FINAPP_GUI ?= $(CURDIR)/$(BIN)/finapp-gui
install-desktop:
	sh packaging/linux/install-desktop.sh "$(FINAPP_GUI)"

## Re-render the PNG and ICO icons after changing resources/icons/finapp.svg.
icons: $(STAMP)
	$(BIN)/python packaging/render_icons.py

lint: $(STAMP)
	$(BIN)/ruff check finapp tests bench

clean:
	rm -rf $(VENV) build dist *.egg-info
