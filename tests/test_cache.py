"""The compiled-knowledge cache: used when the data is unchanged, rebuilt when it changes."""
from __future__ import annotations

import os
import pickle

from readouts.knowledge import cache


def test_an_entry_is_built_once_and_rebuilt_when_an_input_changes(tmp_path, monkeypatch):
    monkeypatch.setenv("READOUTS_CACHE", str(tmp_path / "c"))
    data = tmp_path / "data.txt"
    data.write_text("one", encoding="utf-8")
    built = []

    def build():
        built.append(data.read_text(encoding="utf-8"))
        return {"value": built[-1]}

    assert cache.cached("thing", [data], build) == {"value": "one"}
    assert cache.cached("thing", [data], build) == {"value": "one"}
    assert built == ["one"]                            # the second came from disk
    data.write_text("two", encoding="utf-8")
    assert cache.cached("thing", [data], build) == {"value": "two"}
    assert built == ["one", "two"]


def test_a_damaged_entry_is_rebuilt_and_off_means_off(tmp_path, monkeypatch):
    monkeypatch.setenv("READOUTS_CACHE", str(tmp_path / "c"))
    data = tmp_path / "d.txt"
    data.write_text("x", encoding="utf-8")
    assert cache.cached("t", [data], lambda: 1) == 1
    (entry,) = (tmp_path / "c").glob("t-*.pickle")
    entry.write_bytes(b"not a pickle")
    assert cache.cached("t", [data], lambda: 2) == 2
    assert pickle.loads(entry.read_bytes()) == 2
    monkeypatch.setenv("READOUTS_CACHE", "off")
    assert cache.cached("t", [data], lambda: 3) == 3


def test_the_key_of_unchanged_files_is_remembered_and_a_replaced_file_is_seen(tmp_path, monkeypatch):
    monkeypatch.setenv("READOUTS_CACHE", str(tmp_path / "c"))
    monkeypatch.setattr(cache, "SETTLED", -1e9)            # (files written just now count as settled)
    data = tmp_path / "data.txt"
    data.write_text("one", encoding="utf-8")
    assert cache.cached("thing", [data], lambda: "one") == "one"
    real = cache._content_key

    def no_hashing(*args):
        raise AssertionError("the files were hashed again")
    monkeypatch.setattr(cache, "_content_key", no_hashing)
    assert cache.cached("thing", [data], lambda: "built again") == "one"     # the key remembered
    monkeypatch.setattr(cache, "_content_key", real)
    # an editor's save: a new file renamed over the old one, of the same size and times
    st = data.stat()
    new = tmp_path / "new.txt"
    new.write_text("two", encoding="utf-8")
    os.utime(new, ns=(st.st_atime_ns, st.st_mtime_ns))
    os.replace(new, data)
    assert cache.cached("thing", [data], lambda: "two") == "two"


def test_a_file_changed_in_the_same_clock_tick_is_hashed_again(tmp_path, monkeypatch):
    """A file written in place, with its size and modification time as before (all within one
    tick of the file system's clock, which may leave even the change time as it was), still
    makes a new key: signatures stand for files only once they are some seconds old."""
    monkeypatch.setenv("READOUTS_CACHE", str(tmp_path / "c"))
    data = tmp_path / "data.txt"
    data.write_text("one", encoding="utf-8")
    assert cache.cached("thing", [data], lambda: "one") == "one"
    st = data.stat()
    data.write_text("two", encoding="utf-8")
    os.utime(data, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert cache.cached("thing", [data], lambda: "two") == "two"


def test_a_cached_gazetteer_unpacks_a_persons_names_when_they_are_read():
    from readouts.knowledge.gazetteer import Gazetteer
    gaz = Gazetteer.load()
    back = pickle.loads(pickle.dumps(gaz, protocol=pickle.HIGHEST_PROTOCOL))
    putin = back.persons["Q7747"]
    assert "names" not in vars(putin) and "short" not in vars(putin)
    assert putin.short == gaz.persons["Q7747"].short and "names" in vars(putin)
    # (records read and records still packed pickle alike)
    again = pickle.loads(pickle.dumps(back, protocol=pickle.HIGHEST_PROTOCOL))
    assert again.persons == gaz.persons and again.office_labels == gaz.office_labels
    assert [(o.key, o.start, pid) for held in again.by_office.values() for o, pid in held] == \
        [(o.key, o.start, pid) for held in gaz.by_office.values() for o, pid in held]
    assert again.holders("RUS.head_of_state", None) == gaz.holders("RUS.head_of_state", None)


def test_a_cached_lexicon_finds_what_a_fresh_one_finds(tmp_path, monkeypatch):
    from readouts.knowledge.lexicon import Lexicon, lexicon
    from readouts.knowledge.matcher import tokens_of
    monkeypatch.setenv("READOUTS_CACHE", str(tmp_path / "c"))
    lexicon.cache_clear()
    try:
        text = "التقى الرئيس المصري عبد الفتاح السيسي أمس الملك عبدالله الثاني في عمان"
        first = lexicon("ar")                        # built and written
        lexicon.cache_clear()
        second = lexicon("ar")                       # loaded from disk
        assert second is not first and second.gaz is first.gaz
        fresh = Lexicon("ar")
        found = [sorted((m.kind, m.first, m.last, str(m.value)) for m in lx.matcher.find(tokens_of(text)))
                 for lx in (second, fresh)]
        assert found[0] == found[1] and found[0]
        # the loaded matcher holds what the fresh one holds, phrase by phrase, and takes more
        phrases = [m.phrase for m in fresh.matcher.find(tokens_of(text))] + ["no such phrase"]
        assert [second.matcher.entries(p) for p in phrases] == [fresh.matcher.entries(p) for p in phrases]
        for lx in (second, fresh):
            lx.matcher.add("name", "زززز قققق", "X-test")
        more = tokens_of(text + " زززز قققق")
        found = [sorted((m.kind, m.first, m.last, str(m.value)) for m in lx.matcher.find(more))
                 for lx in (second, fresh)]
        assert found[0] == found[1] and ("name", 12, 13, "X-test") in found[0]
    finally:
        lexicon.cache_clear()


def test_a_cached_gazetteer_unpickles_only_the_persons_and_offices_read():
    from readouts.knowledge.gazetteer import Gazetteer, Packed
    gaz = Gazetteer.load()
    back = pickle.loads(pickle.dumps(gaz, protocol=pickle.HIGHEST_PROTOCOL))
    assert isinstance(back.persons, Packed) and isinstance(back.by_office, Packed)
    assert back.persons._open == {} and back.by_office._open == {}
    assert "Q7747" in back.persons and "Q-none" not in back.persons and back.persons.get("Q-none", 5) == 5
    assert back.persons["Q7747"].name == gaz.persons["Q7747"].name
    assert back.holders("RUS.head_of_state", None) == gaz.holders("RUS.head_of_state", None)
    assert set(back.persons._open) == {"Q7747"} and set(back.by_office._open) == {"RUS.head_of_state"}
    assert len(back.persons) == len(gaz.persons) and list(back.persons) == list(gaz.persons)
    assert list(back.by_office) == list(gaz.by_office)
    assert [(k, [(o, pid) for o, pid in v]) for k, v in back.by_office.items()] == list(gaz.by_office.items())
    try:
        back.persons["Q-none"]
    except KeyError:
        pass
    else:
        raise AssertionError("a missing person was found")


def test_a_cached_matcher_unpacks_the_blocks_of_the_phrases_found():
    from readouts.knowledge.lexicon import Lexicon
    from readouts.knowledge.matcher import VALUE_BLOCK, tokens_of
    fresh = Lexicon("ar")
    back = pickle.loads(pickle.dumps(fresh, protocol=pickle.HIGHEST_PROTOCOL)).matcher
    assert back._values.count(None) == len(back._values) > VALUE_BLOCK
    tokens = tokens_of("التقى الرئيس المصري عبد الفتاح السيسي أمس الملك عبدالله الثاني في عمان")
    assert back.find(tokens) == fresh.matcher.find(tokens)
    unpacked = len(back._values) - back._values.count(None)
    assert 0 < unpacked <= VALUE_BLOCK * len(back.find(tokens))
    assert back._table() == fresh.matcher._table() and back._values.count(None) == 0


def test_a_cached_word_table_answers_as_the_table_it_was_made_from():
    from readouts.knowledge.lexicon import ZipfTable
    table = {"word": 512, "كلمة": 480, "מילה": 300, "a\udcffb": 260, "": 100}
    back = pickle.loads(pickle.dumps(ZipfTable(table), protocol=pickle.HIGHEST_PROTOCOL))
    assert all(v is None for v in back._open)
    assert {w: back.get(w) for w in table} == table
    assert back.get("missing") is None and back.get("Word") is None
    assert sum(v is not None for v in back._open) <= len(table) + 2


def test_country_names_are_pycountrys():
    import pycountry
    from readouts.knowledge.countries import by_alpha3
    for c in pycountry.countries:
        for code in (c.alpha_3, c.alpha_3.lower()):
            got = by_alpha3(code)
            assert (got.name, got.common_name, got.official_name) == \
                (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None))
    assert by_alpha3("XYZ") is None and by_alpha3("GCC") is None and by_alpha3("ARAB_LEAGUE") is None
    assert by_alpha3("") is None and by_alpha3(None) is None
