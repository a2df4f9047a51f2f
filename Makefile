# Every target sets up what it needs: on a fresh machine `make demo` and `make test` are enough.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
PYTEST_ARGS ?=
# Extra requirements installed over the project's, e.g. the oldest supported versions.
PIN ?=

.PHONY: venv official-venv lint typecheck pytest test demo serve bench build clean generate spec check-spec

$(INSTALLED): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	# setuptools warns about every editable install of a flat layout; the warning says nothing here.
	PYTHONWARNINGS=ignore $(BIN)/python -m pip install --quiet -e '.[test]' $(PIN)
	touch $@

venv: $(INSTALLED)

# The official trieve-py-client 0.11.8, in a venv of its own: its import name is this package's,
# so the drop-in comparison (test/drop_in/test_official_drop_in.py) and `make bench ARGS=--official` run
# it in a process of their own, with this venv's python.
OFFICIAL_VENV := .venv-official
OFFICIAL := trieve-py-client==0.11.8
$(OFFICIAL_VENV)/.installed:
	rm -rf $(OFFICIAL_VENV)
	$(PYTHON) -m venv $(OFFICIAL_VENV)
	env -u PYTHONPATH $(OFFICIAL_VENV)/bin/python -m pip install --quiet $(OFFICIAL)
	touch $@

official-venv: $(OFFICIAL_VENV)/.installed

# openapi.json: the published document in spec/ with the corrections of spec/corrections.json
# (see spec/README.md). The standard library only, so no virtual environment is needed.
spec:
	$(PYTHON) spec/build.py

# Rebuild openapi.json (`make spec`), then regenerate api/, models/, the package root and docs/
# from it with our templates (see templates/README.md). With SPEC, OUT and PACKAGE it writes
# another spec's package elsewhere, taking that spec as it is, e.g.
# `make generate SPEC=new.json OUT=/tmp/next PACKAGE=trieve_next`.
SPEC ?= openapi.json
OUT ?= .
PACKAGE ?= trieve_py_client
generate: $(INSTALLED) $(if $(filter openapi.json,$(SPEC)),spec)
	# The generator reads the fence from the output folder, with paths relative to it.
	if [ "$(OUT)" != "." ]; then mkdir -p $(OUT) && cp .openapi-generator-ignore $(OUT)/; fi
	# The generator's validation, every warning shown; an error stops the build unless it is a
	# `default` of the wrong type, which upstream skips validation for too (spec/validate.py).
	$(BIN)/python spec/validate.py $(BIN)/openapi-generator-cli $(SPEC)
	# Another spec is taken as it is, with the marks derived from it alone (`x-sent`, see
	# spec/build.py), in a copy; openapi.json has them from `make spec`. The generator reads that
	# document, or a copy with its cyclic schemas marked for the templates, and renames the
	# schemas whose names the package holds (spec/generator_input.py).
	work=$$(mktemp -d) && trap 'rm -rf "$$work"' EXIT && \
	derived=$(SPEC) && if [ "$(SPEC)" != "openapi.json" ]; then \
		derived="$$work/derived.json" && \
		$(BIN)/python spec/build.py --derive $(SPEC) --output "$$derived"; fi && \
	mkdir "$$work/input" && input=$$($(BIN)/python spec/generator_input.py "$$derived" "$$work/input") && \
	mappings=$$($(BIN)/python spec/generator_input.py --name-mappings "$$derived") && \
	$(BIN)/openapi-generator-cli generate --skip-validate-spec -c openapi-generator-config.yaml \
		-i "$$input" -o $(OUT) $$mappings \
		--additional-properties packageName=$(PACKAGE),projectName=$(PACKAGE),specName=$(notdir $(SPEC))
	# Our ruff settings wherever OUT is (a folder outside the project has no pyproject.toml), with
	# the generated package first-party, as it is in its own project.
	$(BIN)/ruff format --quiet --config pyproject.toml $(OUT)/$(PACKAGE)/__init__.py \
		$(OUT)/$(PACKAGE)/api $(OUT)/$(PACKAGE)/models
	$(BIN)/ruff check --quiet --config pyproject.toml \
		--config "lint.isort.known-first-party = ['$(PACKAGE)']" --select I,RUF022 --fix \
		$(OUT)/$(PACKAGE)/__init__.py $(OUT)/$(PACKAGE)/api $(OUT)/$(PACKAGE)/models

# Generate SPEC into a temporary folder and check the package as CI does for Trieve 0.13.0:
# ruff and `mypy --strict` are clean on it, every module imports, and every operation, called
# with arguments built from its schemas, sends a request that openapi-core validates against
# SPEC (test/generated/spec_requests.py), e.g. `make check-spec SPEC=spec/trieve-openapi-0.13.0.json`.
check-spec: $(INSTALLED)
	out=$$(mktemp -d) && trap 'rm -rf "$$out"' EXIT && \
	$(MAKE) --no-print-directory generate SPEC=$(SPEC) OUT="$$out" PACKAGE=trieve_checked && \
	$(BIN)/ruff check --no-cache --config pyproject.toml \
		--config "lint.isort.known-first-party = ['trieve_checked']" "$$out/trieve_checked" && \
	(cd "$$out" && MYPYPATH=$(CURDIR) $(abspath $(BIN))/python -m mypy --strict \
		--config-file $(CURDIR)/pyproject.toml --follow-imports silent \
		--cache-dir "$$out/.mypy_cache" trieve_checked) && \
	PYTHONPATH=test $(BIN)/python test/generated/spec_requests.py $(SPEC) "$$out" trieve_checked

lint: $(INSTALLED)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(INSTALLED)
	$(BIN)/mypy

# coverage starts before pytest, so that the package's own pytest plugin, which pytest loads
# before any plugin of its own, is measured from its first line.
pytest: $(INSTALLED)
	$(BIN)/python -m coverage erase
	$(BIN)/python -m coverage run -m pytest $(PYTEST_ARGS)
	$(BIN)/python -m coverage report

test: lint typecheck pytest

# The bundled server unless ARGS=--real-api asks for the API named by TRIEVE_BASE_URL.
demo: $(INSTALLED)
	$(BIN)/python examples/quickstart.py $(ARGS)

serve: $(INSTALLED)
	$(BIN)/python -m trieve_py_client.testing

# Timings as ratios against raw urllib3; never part of `make test`. nginx is installed when
# missing and apt can run; without it the bundled server stands in, and the table says so.
bench: $(INSTALLED)
	@sh benchmarks/ensure_nginx.sh
	$(BIN)/python -m benchmarks.run $(ARGS)

build: $(INSTALLED)
	rm -rf dist
	$(BIN)/python -m build --outdir dist .

clean:
	rm -rf $(VENV) .venv-* dist build *.egg-info .coverage .mypy_cache .pytest_cache .ruff_cache
