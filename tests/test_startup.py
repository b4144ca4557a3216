"""Start-up: commands that only read a database never load the extractor, `extract` on a short
article loads nothing it does not need from a warm cache, and the shortcuts that make start-up
and the per-sentence path fast give what the long ways give."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from readouts import textnorm
from readouts.knowledge.lexicon import (_MARKED_ARABIC, _MARKS_REMOVED, _PLAIN_LANGS, _PLAIN_WORD, _lookup_forms,
                                        _marked_forms, rarity)
from webfixtures import MERGED_EVENT, ROOT, web_db  # noqa: F401  (fixtures)

# modules of the extraction engine (and the libraries only it uses)
EXTRACTOR = ["readouts.pipeline.extractor", "readouts.pipeline.parallel", "readouts.knowledge.lexicon", "readouts.knowledge.matcher", "readouts.pipeline.actors",
             "readouts.pipeline.events", "readouts.pipeline.dates", "ahocorasick", "wordfreq"]

# Runs readouts commands in one fresh interpreter and prints, after each, which of the modules
# named on its command line are loaded. `serve` answers a few requests in process instead of
# listening (uvicorn.run stands in).
PROBE = r"""
import importlib, json, sys
import uvicorn
from fastapi.testclient import TestClient
from readouts.interfaces.cli import app

def serve_here(web, *args, factory=False, **kw):
    if isinstance(web, str):              # "module:attribute", as uvicorn takes it
        module, attr = web.split(":")
        web = getattr(importlib.import_module(module), attr)
        web = web() if factory else web
    with TestClient(web, base_url="http://127.0.0.1:8000") as c:
        for url in ("/", "/api/events", "/api/events/" + EVENT, "/api/stats", "/api/actors", "/api/timeline"):
            assert c.get(url).status_code == 200, url

uvicorn.run = serve_here
commands, EVENT, watch = json.loads(sys.argv[1]), sys.argv[2], sys.argv[3:]
for args in commands:
    rc = app(args, standalone_mode=False)
    print(json.dumps({"command": args[0], "rc": rc, "loaded": sorted(set(watch) & set(sys.modules))}), flush=True)
"""


def _probe(commands: list[list[str]], watch: list[str], event: str = "-", env: dict | None = None) -> list[dict]:
    r = subprocess.run([sys.executable, "-c", PROBE, json.dumps(commands), event, *watch], capture_output=True,
                       text=True, cwd=ROOT, timeout=300, env=env)
    assert r.returncode == 0, r.stderr[-3000:]
    runs, output = [], []
    for line in r.stdout.splitlines(keepends=True):
        if line.startswith('{"command"'):
            runs.append({**json.loads(line), "output": "".join(output)})
            output = []
        else:
            output.append(line)
    return runs


def test_reading_commands_never_load_the_extractor(web_db, tmp_path):
    db = str(web_db)
    runs = _probe([["events", "--db", db], ["show", MERGED_EVENT, "--db", db], ["stats", "--db", db],
                   ["serve", "--db", db],
                   # (and the probe does see the extractor when a command loads it)
                   ["extract", str(tmp_path / "missing.txt")]],
                  EXTRACTOR, MERGED_EVENT)
    assert [r["command"] for r in runs] == ["events", "show", "stats", "serve", "extract"]
    for r in runs[:4]:
        assert r["rc"] in (None, 0), r
        assert r["loaded"] == [], f"`readouts {r['command']}` loaded {r['loaded']}"
    assert "readouts.pipeline.extractor" in runs[4]["loaded"]


def test_extract_from_a_warm_cache_loads_only_what_it_needs(tmp_path):
    """The second `extract` of a short English article reads the compiled knowledge from the
    cache (no entry is built again) and imports none of the libraries only building it needs."""
    note = tmp_path / "note.jsonl"
    note.write_text(json.dumps({"id": "n1", "text": "Putin met Macron in Paris on Monday.", "lang": "en",
                                "published": "2020-01-06"}) + "\n", encoding="utf-8")
    env = {**os.environ, "READOUTS_CACHE": str(tmp_path / "cache")}
    heavy = ["wordfreq", "langcodes", "regex", "babel", "pycountry", "py3langid", "dateparser", "trafilatura"]
    command = [["extract", str(note), "--format", "jsonl", "--jobs", "1"]]
    cold = _probe(command, heavy, env=env)
    entries = {p.name: p.stat().st_mtime_ns for p in (tmp_path / "cache").glob("*.pickle")}
    warm = _probe(command, heavy, env=env)
    assert {p.name: p.stat().st_mtime_ns for p in (tmp_path / "cache").glob("*.pickle")} == entries
    assert {"wordfreq", "babel"} <= set(cold[0]["loaded"])         # (building does need them)
    assert warm[0]["rc"] in (None, 0) and warm[0]["loaded"] == []
    assert warm[0]["output"] == cold[0]["output"] and '"Emmanuel Macron"' in warm[0]["output"]


# --------------------------------------------------------------------------- the shortcuts

LATIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
ARABIC = "".join(map(chr, [*range(0x0621, 0x063B), *range(0x0641, 0x064B)]))
HEBREW = "".join(map(chr, range(0x05D0, 0x05EB)))


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(st.sampled_from(sorted(_PLAIN_LANGS)),
       st.one_of(*(st.text(alphabet=letters, min_size=1, max_size=14) for letters in (LATIN, ARABIC, HEBREW))))
def test_a_plain_word_is_what_wordfreq_looks_up(lang, word):
    """rarity() looks a word of one script's letters up in lower case, without wordfreq's
    tokenizer: that tokenizer gives exactly that."""
    assert _PLAIN_WORD.fullmatch(word)
    assert _lookup_forms(word, lang) == [word.lower()]


ARABIC_MARKS = "".join(map(chr, [*range(0x064B, 0x0660), 0x0670, 0x0640, 0x0653, 0x0654, 0x0655]))


@settings(max_examples=400, deadline=None, derandomize=True, database=None)
@given(st.sampled_from(sorted(_MARKS_REMOVED)),
       st.text(alphabet=ARABIC + ARABIC_MARKS, min_size=1, max_size=14).filter(lambda w: not _PLAIN_WORD.fullmatch(w)))
def test_a_marked_arabic_word_is_what_wordfreq_looks_up(lang, word):
    """rarity() reads an Arabic word with vowel marks or tatweel without wordfreq's tokenizer,
    for the languages whose marks wordfreq removes: that tokenizer gives exactly that (marks
    joined to their letter by NFKC first: alef with hamza or madda)."""
    assert _MARKED_ARABIC.fullmatch(word)
    got = _marked_forms(word)
    assert got is not None
    assert got == _lookup_forms(word, lang)


def test_marked_arabic_words_of_the_news_are_what_wordfreq_looks_up():
    words = ["أيضاً", "أيضًا", "وقالــت", "كلّ", "بحرَ", "اللهِ", "مغنٍ", "لـ", "ـ", "ضحكةً", "إٕ", "آ", "اٰلرحمن",
             "بِسْمِ", "ارتجالٍ", "التّيمُ"]
    for lang in sorted(_MARKS_REMOVED):
        for w in words:
            assert _marked_forms(w) == _lookup_forms(w, lang), (lang, w)


@pytest.mark.parametrize("lang,words", [
    ("en", ["Putin", "the", "O'Brien", "Jean-Yves", "Zzyzxq"]),
    ("ar", ["بوتين", "الرئيس", "بِسْمِ", "وقالــت"]),
    ("he", ["נתניהו", "ראש", "צה\"ל", "ג'ון"]),
])
def test_rarity_is_wordfreqs_zipf_value(lang, words):
    """Plain words (looked up directly) and the others (through wordfreq's tokenizer) get the
    value wordfreq gives (to rarity's rounding; numbers aside, which rarity reads otherwise)."""
    from wordfreq import zipf_frequency
    for w in words:
        assert rarity(lang)(w) == pytest.approx(zipf_frequency(w, lang) if zipf_frequency(w, lang) >= 2.5 else 0,
                                                abs=0.011), w


# what fold() does, one character at a time: marks out, letter variants mapped, accents off, lower case
_MARK_RANGES = [(0x0610, 0x061A), (0x064B, 0x065F), (0x0670, 0x0670), (0x06D6, 0x06ED), (0x0640, 0x0640),
                (0x0591, 0x05C7)]


def _fold_by_the_letter(s: str) -> str:
    s = "".join(c for c in s if not any(a <= ord(c) <= b for a, b in _MARK_RANGES))
    s = "".join(textnorm._LETTERS.get(c, c) for c in s)
    if re.search("[\u00c0-\u024f\u1e00-\u1eff\u0300-\u036f]", s):
        s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return s.lower()


# text of one script or of several, the letters fold() changes drawn often (accented Latin letters
# make fold() decompose the whole string, which would hide some of the letter mapping)
CHANGED = st.sampled_from(sorted(textnorm._LETTERS))
SCRIPTS = [st.one_of(CHANGED, st.characters(min_codepoint=0x0600, max_codepoint=0x06FF), st.just(" ")),
           st.one_of(CHANGED, st.characters(min_codepoint=0x0590, max_codepoint=0x05FF), st.just(" ")),
           st.one_of(CHANGED, st.characters(min_codepoint=0x20, max_codepoint=0x24F),
                     st.characters(min_codepoint=0x0590, max_codepoint=0x06FF), st.sampled_from("\u1e0c\n\U0001F600"))]
TEXT = st.one_of(*(st.text(chars, max_size=textnorm.SHORT) for chars in SCRIPTS),
                 *(st.text(chars, min_size=textnorm.SHORT + 1, max_size=300) for chars in SCRIPTS))


@settings(max_examples=400, deadline=None, derandomize=True, database=None)
@given(TEXT)
def test_fold_is_letter_by_letter(s):
    """fold() translates words through a table and long strings letter by letter with
    replace(): both give the character-by-character fold, short strings and long."""
    assert textnorm.fold(s) == _fold_by_the_letter(s)
    assert textnorm._fold(s) == _fold_by_the_letter(s)


# ----------------------------------------------------------------- what a short run leaves out

SHORT_RUN = r"""
import json, sys
from readouts.interfaces.cli import app
rc = app(sys.argv[1:], standalone_mode=False)
print(json.dumps(sorted(sys.modules)))
"""


def test_a_short_extract_imports_no_pydantic_rich_or_pycountry(tmp_path):
    """`readouts extract` of an article with a meeting placed in a country, from a warm cache:
    its options are read without Pydantic (Typer's coercion), its JSON Lines written without
    Rich, the country named without pycountry, the packs read without a TOML parser."""
    note = tmp_path / "note.txt"
    note.write_text("التقى الرئيس المصري عبد الفتاح السيسي أمس الملك عبدالله الثاني في الأردن.\n", encoding="utf-8")
    env = {**os.environ, "READOUTS_CACHE": str(tmp_path / "cache")}
    args = ["extract", str(note), "--published", "2023-05-01", "--format", "jsonl", "--jobs", "1"]
    runs = [subprocess.run([sys.executable, "-c", SHORT_RUN, *args], capture_output=True, text=True, env=env,
                           timeout=300, cwd=ROOT) for _ in range(2)]
    for r in runs:
        assert r.returncode == 0, r.stderr[-3000:]
    events, loaded = runs[1].stdout.splitlines()[:-1], set(json.loads(runs[1].stdout.splitlines()[-1]))
    assert events == runs[0].stdout.splitlines()[:-1] and '"location": "Jordan"' in events[0]
    assert {"pycountry", "tomllib"} <= set(json.loads(runs[0].stdout.splitlines()[-1]))    # (building does)
    heavy = {"pydantic", "pydantic_core", "rich", "rich.console", "pycountry", "tomllib", "importlib.metadata"}
    assert not heavy & loaded, heavy & loaded


def _typer_parameters():
    """(annotation, parameter info) of every parameter of every command, as Typer reads them."""
    import typer.main
    from readouts.interfaces.cli import app
    group = typer.main.get_command(app)
    params = list(group.params) + [p for cmd in group.commands.values() for p in cmd.params]
    return [(p.type_descriptor, p) for p in params if hasattr(p, "type_descriptor")]


VALUES = ["0", "1", "7", "007", "64", "65", "-1", "+3", " 5", "1.5", "0.25", "1e3", "nan", "", "x", "١٢", "1_000",
          "99999999999999999999999", "jsonl", "JSONL", "csv", "table", "call", "cameo", "parquet", "yes", "a\udcffb",
          0, 3, 1.5, True, None, ("a", "b"), ["x"], ("a", 1)]


def test_plain_values_are_read_as_typers_own_coercion_reads_them():
    """The shortcut (interfaces/coercion.py) gives every parameter of the command line, for
    values plain and not, the value or the error message Typer's Pydantic coercion gives."""
    from typer import core
    from typer._coercion import build_runtime_param
    from typer._click import Context
    from typer._click.exceptions import BadParameter
    import typer.main
    from readouts.interfaces.cli import app

    assert core.build_runtime_param is not build_runtime_param      # (installed)
    ctx = Context(typer.main.get_command(app))

    def outcome(runtime, value, param):
        try:
            got = runtime.coerce(value, param=param, ctx=ctx)
            return "value", type(got), got
        except BadParameter as e:
            return "error", e.format_message()

    seen = set()
    for descriptor, param in _typer_parameters():
        if descriptor.annotation is bool:
            continue
        theirs, ours = build_runtime_param(descriptor), core.build_runtime_param(descriptor)
        for value in VALUES + list(getattr(descriptor.annotation, "__members__", {}).values()):
            if isinstance(value, (list, tuple)) != bool(param.multiple or param.nargs == -1):
                continue
            assert outcome(ours, value, param) == outcome(theirs, value, param), (descriptor.annotation, value)
            seen.add(repr(descriptor.annotation))
    assert {"<class 'int'>", "<class 'float'>", "<class 'str'>", "list[str]", "<enum 'OutFormat'>"} <= seen


def test_the_latin_language_identifier_is_read_from_the_cache(tmp_path):
    """An English article whose words are mostly not function words needs py3langid: its model,
    restricted to the Latin-script languages, is built into the cache once (decompressing it took
    most of a short run's start-up) and read from there after; it classifies as a fresh one does."""
    note = tmp_path / "note.txt"
    note.write_text("Egypt's Foreign Minister Sameh Shoukry received the UN envoy Hans Grundberg in Cairo on Tuesday.\n",
                    encoding="utf-8")
    env = {**os.environ, "READOUTS_CACHE": str(tmp_path / "cache")}
    command = [["extract", str(note), "--published", "2024-05-01", "--format", "jsonl", "--jobs", "1"]]
    cold = _probe(command, ["py3langid"], env=env)
    entries = {p.name: p.stat().st_mtime_ns for p in (tmp_path / "cache").glob("langid-latin-*.pickle")}
    assert len(entries) == 1 and cold[0]["loaded"] == ["py3langid"]
    warm = _probe(command, ["py3langid"], env=env)
    assert {p.name: p.stat().st_mtime_ns for p in (tmp_path / "cache").glob("langid-latin-*.pickle")} == entries
    assert warm[0]["output"] == cold[0]["output"] and '"Sameh Shoukry"' in warm[0]["output"]


def test_the_cached_latin_identifier_classifies_as_a_fresh_one():
    from readouts.pipeline import language
    fresh = language._build_identifier()
    cached = language._latin_identifier()
    assert cached is not fresh
    for text in ("Le ministre a rencontré son homologue à Paris mardi.", "Der Minister traf seinen Amtskollegen in Berlin.",
                 "The minister met his counterpart in Cairo on Tuesday.", "El ministro se reunió con su homólogo en Madrid."):
        assert cached.classify(text) == fresh.classify(text)
