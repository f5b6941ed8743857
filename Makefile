# newsearch: `make demo` and `make test` are all a fresh machine needs (python3 >= 3.11, make).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
QUERY  ?= Jisr al Shughur hospital
# pip compiles the packages it installs, but an editable install leaves ours to be compiled on
# first import, which PYTHONDONTWRITEBYTECODE=1 forbids: each process then spends about 0.12 s
# compiling newsearch from source. Quick when the bytecode is up to date.
COMPILE = $(BIN)/python -m compileall -q search

.PHONY: install demo test lint bench bench-extract bench-rank bench-scale gazetteer clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "newsearch needs Python >= 3.11")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,html]'
	$(COMPILE)
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(COMPILE)
	$(BIN)/newsearch index corpus/ --index index
	$(BIN)/newsearch query "$(QUERY)" --index index

test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check search tests bench

bench: $(STAMP)
	$(COMPILE)
	$(BIN)/python bench/bench_index.py

bench-extract: $(STAMP)
	$(COMPILE)
	$(BIN)/python bench/extract_eval.py

bench-rank: $(STAMP)
	$(COMPILE)
	$(BIN)/python bench/bench_rank.py

gazetteer: $(STAMP)
	$(BIN)/python bench/build_gazetteer.py

bench-scale: $(STAMP)
	$(COMPILE)
	$(BIN)/python bench/bench_scale.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache build search/*.egg-info
	find search tests bench -name __pycache__ -prune -exec rm -rf {} +
	find index -mindepth 1 ! -name .gitkeep -exec rm -rf {} +
