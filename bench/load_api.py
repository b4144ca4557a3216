#!/usr/bin/env python3
"""Load test of the HTTP API (`readouts serve`) on a database of a million events.

usage: python bench/load_api.py [--db /tmp/load/load.db] [--events 1000000] [--clients 50]
           [--seconds 60] [--think S] [--timeout S] [--workers N] [--corpus FILE...]
           [--corpus-limit N] [--rebuild] [--build-only] [--json OUT.json]

1. Builds the database, or reuses it when it is there and its build finished with the same
   parameters (DB.build.json records that; opening it with the store first brings an older
   schema up to date, which is timed and printed; a database built with other parameters is
   replaced only with --rebuild). First the real corpora
   (../shared/corpus/*.jsonl.gz, or --corpus FILE...; all of their ~83,000 documents unless
   --corpus-limit N keeps the first N of each) go through `readouts ingest`, then synthetic
   events fill it up to --events. These are made from the real gazetteer (persons' ids,
   names in en/ar/he, countries, roles on the date), with Zipf-weighted participants (a few
   persons are in tens of thousands of events, most in a handful), types, dates over
   2000-2026 at day/month/year precision, topics from readouts' topic list, evidence
   sentences from templates in three languages and one to five reporting documents each,
   and written straight into the store's tables (documents, events, event_participants,
   mentions, search) in large transactions, without the extractor; the schema's triggers
   keep the derived data right as for any writer. On 2 cores: ~15 min of ingest, then
   ~15 min for a million synthetic events; 4-5 GB.
2. Serves it with `readouts serve` (--workers N processes, default one per core) on a free
   port of 127.0.0.1 and drives it for --seconds
   with --clients concurrent clients (httpx, asyncio) sending a mix of /api/events (actor
   names and keys, country, type, since/until, min_confidence, sorts, deeper pages),
   full-text search (/api/events?q=...), /api/timeline, /api/network and /api/actors/{key}.
   Each client sends its next request as soon as the previous one is answered (a closed
   loop), or after a pause of --think seconds on average, like a person reading the page.
3. Prints requests/s, p50/p95/p99 latency and errors (non-2xx answers and exceptions, such
   as a request taking longer than --timeout) per endpoint, per request kind and overall;
   the server's resident memory (VmRSS of all its processes, and RssAnon: the part that is no
   page of the database file) after a warm-up, half-way, at the end and every 5 s; the CPU time
   the server used per request; the machine's load average before and after;
   --json writes the same figures to a file.

The targets of the project: p95 < 300 ms, no errors, memory flat. In a closed loop the
mean latency is clients / throughput (Little's law): it measures how many requests per
second the server sustains; compare runs made on the same, otherwise idle, machine.
"""
from __future__ import annotations

import argparse
import asyncio
import gzip
import hashlib
import json
import os
import random
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
from bisect import bisect
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import accumulate
from pathlib import Path
from typing import Callable

import readouts
from readouts.knowledge import gazetteer
from readouts.model import Event, Person
from readouts.store.database import Store
from readouts.textnorm import fold

CORPUS_DIR = Path(__file__).resolve().parents[2] / "shared" / "corpus"
TOPICS = Path(readouts.__file__).parent / "data" / "topics.json"
BUILD_VERSION = 1          # bump when the synthetic data changes, so old builds are not reused
CHUNK = 20_000             # synthetic events per transaction

# ------------------------------------------------------------------------------ synthetic data

OUTLETS = {  # language → (outlet, domain)
    "en": [("Reuters", "reuters.example"), ("AP", "apnews.example"), ("BBC", "bbc.example"),
           ("Times of Israel", "timesofisrael.example"), ("Al Jazeera English", "aljazeera.example"),
           ("France 24", "france24.example")],
    "ar": [("Al Arabiya", "alarabiya.example"), ("Asharq Al-Awsat", "aawsat.example"),
           ("SPA", "spa.example"), ("BBC Arabic", "bbcarabic.example"), ("Al Ahram", "ahram.example")],
    "he": [("Ynet", "ynet.example"), ("Haaretz", "haaretz.example"), ("Walla", "walla.example"),
           ("Kan", "kan.example"), ("Maariv", "maariv.example")],
}
LANGS, LANG_WEIGHTS = ("en", "ar", "he"), (0.5, 0.3, 0.2)

# Evidence sentences: {a} the first participant, {b} the others, {t} a topic word, {p} a place.
SENTENCES = {
    ("en", "call"): ["{a} held a telephone conversation with {b} about {t}.",
                     "{a} and {b} spoke by phone, the talk centring on {t}.",
                     "In a phone call, {a} told {b} that {t} remained a priority."],
    ("en", "meeting"): ["{a} met {b} in {p} to discuss {t}.",
                        "{a} received {b} in {p}; the two talked about {t}.",
                        "Talks between {a} and {b} in {p} focused on {t}."],
    ("en", "message"): ["{a} sent a letter to {b} concerning {t}.",
                        "{a} wrote to {b} with a message on {t}."],
    ("ar", "call"): ["أجرى {a} اتصالا هاتفيا مع {b} تناول {t}.",
                     "تلقى {a} اتصالا هاتفيا من {b} جرى خلاله بحث {t}."],
    ("ar", "meeting"): ["التقى {a} مع {b} وبحث الجانبان {t}.",
                        "استقبل {a} {b} وتناول اللقاء {t}."],
    ("ar", "message"): ["بعث {a} برسالة إلى {b} بشأن {t}."],
    ("he", "call"): ["{a} שוחח בטלפון עם {b} על {t}.",
                     "{a} קיים שיחה טלפונית עם {b} בנושא {t}."],
    ("he", "meeting"): ["{a} נפגש עם {b} ודן עמו ב{t}.",
                        "פגישה בין {a} ל{b} עסקה ב{t}."],
    ("he", "message"): ["{a} שלח מכתב ל{b} בנושא {t}."],
}
TITLES = {"en": "{a} and {b}: {t}", "ar": "{a} و{b} يبحثان {t}", "he": "{a} ו{b} על {t}"}
AND = {"en": " and ", "ar": " و", "he": " ו"}
CAPITALS = {"ISR": "Jerusalem", "USA": "Washington", "RUS": "Moscow", "FRA": "Paris", "GBR": "London",
            "DEU": "Berlin", "EGY": "Cairo", "SAU": "Riyadh", "TUR": "Ankara", "JOR": "Amman",
            "ARE": "Abu Dhabi", "QAT": "Doha", "CHN": "Beijing", "IND": "New Delhi", "JPN": "Tokyo",
            "ITA": "Rome", "UKR": "Kyiv", "IRN": "Tehran", "LBN": "Beirut", "IRQ": "Baghdad"}
GIVEN = ["Omar", "Lina", "Yossi", "Daniel", "Fatima", "Karim", "Noa", "Sami", "Maya", "Tarek", "Ilan", "Rana"]
FAMILY = ["Haddad", "Levi", "Mansour", "Katz", "Nasser", "Shapiro", "Khalil", "Peretz", "Aziz", "Cohen"]


@dataclass
class Actor:
    """A participant the generator can pick: a gazetteer person or a name it lacks."""
    pid: str | None
    name: str
    country: str | None
    names: dict[str, str]           # language → name as written in that language
    wikidata: str | None = None


@dataclass
class Doc:
    """A synthetic article being filled with evidence sentences."""
    id: str
    lang: str
    published: str
    outlet: tuple[str, str]
    title: str
    sentences: list[str] = field(default_factory=list)
    length: int = 0

    def add(self, sentence: str) -> tuple[int, int]:
        """Append a sentence; its (start, end) in the text."""
        start = self.length + (1 if self.sentences else 0)
        self.sentences.append(sentence)
        self.length = start + len(sentence)
        return start, self.length


class Synth:
    """Deterministic generator of synthetic events, written with executemany."""

    def __init__(self, gaz, seed: int):
        self.gaz = gaz
        self.rng = random.Random(seed)
        self.seed = seed
        self.actors = self._actors()
        # Zipf-like weights over a shuffled order with a flattened head: the first persons are
        # in a few percent of all events each, the tail in a handful
        self.cum = list(accumulate(1.0 / (r + 10) for r in range(len(self.actors))))
        topics = json.loads(TOPICS.read_text(encoding="utf-8"))
        self.topics = [(label, {lg: (kws.get(lg) or kws.get("en") or [label])[0] for lg in LANGS})
                       for label, kws in topics.items()]
        self.n_docs = 0
        self.open_doc: Doc | None = None
        self.doc_rows: list[tuple] = []

    def _actors(self) -> list[Actor]:
        out = []
        for p in self.gaz.persons.values():
            names = {lg: (p.names.get(lg) or [p.name])[0] for lg in LANGS}
            names["en"] = p.name
            out.append(Actor(p.id, p.name, p.country, names, p.wikidata))
        out.sort(key=lambda a: a.pid)
        self.rng.shuffle(out)
        # leaders and foreign ministers first: they are in the news most
        senior = ("head_of_state", "head_of_government", "foreign_minister")
        out.sort(key=lambda a: not any(o.kind in senior for o in self.gaz.persons[a.pid].offices))
        for i in range(300):  # persons the gazetteer lacks (person_id NULL), spread over the ranks
            name = f"{GIVEN[i % len(GIVEN)]} {FAMILY[(i // len(GIVEN)) % len(FAMILY)]}-{i}"
            out.insert(self.rng.randrange(len(out)),
                       Actor(None, name, self.rng.choice(list(CAPITALS)), {lg: name for lg in LANGS}))
        return out

    def pick_actors(self, k: int) -> list[Actor]:
        chosen: list[Actor] = []
        while len(chosen) < k:
            a = self.actors[bisect(self.cum, self.rng.random() * self.cum[-1])]
            if a not in chosen:
                chosen.append(a)
        return chosen

    def pick_date(self) -> tuple[date, str | None, str | None]:
        """A day in 2000-2026 (more in recent years), and the event's date and precision."""
        r = self.rng
        year = 2000 + min(26, int(27 * r.random() ** 0.7))
        day = date(year, 1, 1) + timedelta(days=r.randrange(365))
        x = r.random()
        if x < 0.85:
            return day, day.isoformat(), "day"
        if x < 0.95:
            return day, day.isoformat()[:7], "month"
        if x < 0.98:
            return day, day.isoformat()[:4], "year"
        return day, None, None

    def new_doc(self, lang: str, published: date, title: str) -> Doc:
        self.flush_doc()
        self.n_docs += 1
        self.open_doc = Doc(f"syn-{self.seed}-{self.n_docs:08d}", lang, published.isoformat(),
                            self.rng.choice(OUTLETS[lang]), title)
        return self.open_doc

    def flush_doc(self) -> None:
        d = self.open_doc
        if d is None:
            return
        text = " ".join(d.sentences)
        self.doc_rows.append((d.id, hashlib.sha256(d.id.encode()).hexdigest(), d.title, text,
                              f"https://{d.outlet[1]}/news/{d.id}", d.outlet[0], d.lang, d.published,
                              "metadata", "bench/load_api.py", "2026-01-01T00:00:00+00:00"))
        self.open_doc = None

    def event(self, n: int, next_mention_id: int) -> tuple[tuple, list[tuple], list[tuple], list[tuple]]:
        """Event number n: its events row, participant rows, mention rows and search rows
        (mention ids from next_mention_id)."""
        r = self.rng
        type_ = r.choices(("call", "meeting", "message"), (0.4, 0.45, 0.15))[0]
        people = self.pick_actors(r.choices((2, 3, 4), (0.85, 0.12, 0.03))[0])
        topic_n = r.choices((0, 1, 2, 3), (0.3, 0.45, 0.2, 0.05))[0]
        topics = r.sample(self.topics, topic_n)
        doc = self.open_doc
        if doc is not None and r.random() < 0.25:  # the article before also reports this contact
            day = date.fromisoformat(doc.published) - timedelta(days=r.randrange(3))
            ev_date, precision = day.isoformat(), "day"
        else:
            doc = None
            day, ev_date, precision = self.pick_date()
        host = r.choice(people)
        place = CAPITALS.get(host.country or "") if type_ == "meeting" and r.random() < 0.6 else None
        participants = [Person(a.name, a.wikidata, a.country,
                               self.gaz.role_on(a.pid, day) if a.pid else None, a.pid) for a in people]
        ev = Event(type=type_, participants=participants,
                   initiator=r.choice(participants).key if r.random() < 0.3 else None,
                   date=ev_date, date_precision=precision,
                   date_basis=("text" if r.random() < 0.6 else "publication") if ev_date else None,
                   location=place, location_country=host.country if place else None,
                   topics=[label for label, _ in topics], confidence=round(r.uniform(0.35, 0.99), 3),
                   id="ev-" + hashlib.sha1(f"load|{self.seed}|{n}".encode()).hexdigest()[:16])
        if type_ == "meeting":
            ev.location_role = r.choice(("visit", "host", "third", None))
        reports = r.choices((1, 2, 3, 5), (0.7, 0.2, 0.07, 0.03))[0]
        mentions, search = [], []
        for k in range(reports):
            published = day + timedelta(days=r.randrange(3) + (r.randrange(6) if k else 0))
            lang = doc.lang if doc is not None and k == 0 else r.choices(LANGS, LANG_WEIGHTS)[0]
            word = topics[0][1][lang] if topics else r.choice(self.topics)[1][lang]
            a, b = people[0].names[lang], AND[lang].join(p.names[lang] for p in people[1:])
            if doc is None or k:
                doc = self.new_doc(lang, published, TITLES[lang].format(a=a, b=b, t=word))
            sentence = r.choice(SENTENCES[(lang, type_)]).format(a=a, b=b, t=word, p=place or "the capital")
            start, end = doc.add(sentence)
            mid = next_mention_id + k
            mentions.append((mid, ev.id, doc.id, lang, doc.published, sentence, start, end, "text",
                             doc.outlet[0], f"https://{doc.outlet[1]}/news/{doc.id}", doc.title, ev.initiator,
                             ev.date, ev.date_precision, ev.date_basis, ev.location, ev.location_country,
                             json.dumps(ev.topics, ensure_ascii=False), round(ev.confidence - r.uniform(0, 0.05), 3)))
            search.append((fold(sentence), "mention", mid, doc.id))
        ev.sources = len({m[2] for m in mentions})
        d = ev.to_dict()
        row = (ev.id, type_, ev.date, ev.date_precision, None, ev.initiator, ev.location,
               json.dumps(ev.topics, ensure_ascii=False), d["cameo"], ev.confidence, json.dumps(d, ensure_ascii=False),
               ",".join(ev.participant_key()), ev.date_basis, ev.location_country, ev.sources)
        parts = [(ev.id, i, p.name, fold(p.name), p.wikidata, p.country, p.role, p.id)
                 for i, p in enumerate(participants)]
        return row, parts, mentions, search


def _wal_bytes(db: Path) -> int:
    try:
        return Path(f"{db}-wal").stat().st_size
    except OSError:
        return 0


def insert_synthetic(db: Path, count: int, seed: int) -> None:
    """Write `count` synthetic events (with their documents, participants, mentions and
    search rows) into the store's tables, CHUNK events per transaction."""
    gaz = gazetteer.default()
    synth = Synth(gaz, seed)
    with Store(str(db)) as store:
        c = store.conn
        c.execute("PRAGMA synchronous = OFF")
        c.execute("PRAGMA cache_size = -1000000")  # 1 GB: the id indexes are written at random
        next_id = (c.execute("SELECT MAX(id) FROM mentions").fetchone()[0] or 0) + 1
        t0, done = time.perf_counter(), 0
        while done < count:
            rows, parts, ments, search = [], [], [], []
            for n in range(done, min(count, done + CHUNK)):
                row, p, m, s = synth.event(n, next_id)
                next_id += len(m)
                rows.append(row)
                parts += p
                ments += m
                search += s
            synth.flush_doc()  # its row goes in with this chunk's mentions
            docs, synth.doc_rows = synth.doc_rows, []
            c.execute("BEGIN IMMEDIATE")
            c.executemany("INSERT INTO documents (id, content_hash, title, text, url, source, lang, published,"
                          " published_from, origin, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)", docs)
            c.executemany("INSERT INTO search (body, kind, ref, doc_id) VALUES (?, 'title', ?, ?)",
                          [(fold(d[2]), d[0], d[0]) for d in docs])
            c.executemany("INSERT INTO events (id, type, date, date_precision, date_hint, initiator, location,"
                          " topics, cameo, confidence, json, pkey, date_basis, location_country, sources)"
                          " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
            c.executemany("INSERT INTO event_participants (event_id, position, name, name_folded, wikidata,"
                          " country, role, person_id) VALUES (?,?,?,?,?,?,?,?)", parts)
            c.executemany("INSERT INTO mentions (id, event_id, doc_id, lang, published, sentence, start,"
                          ' "end", field, source, url, title, initiator, date, date_precision, date_basis,'
                          " location, location_country, topics, confidence)"
                          " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", ments)
            c.executemany("INSERT INTO search (body, kind, ref, doc_id) VALUES (?,?,?,?)", search)
            c.execute("COMMIT")
            # The store leaves SQLite's automatic checkpoint off (it checkpoints every few
            # documents itself): without one here the log kept every chunk, tens of GB by the
            # end. Each chunk's pages go into the database file now and the log is emptied.
            wal = _wal_bytes(db)
            busy = c.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            done += len(rows)
            el = time.perf_counter() - t0
            print(f"  synthetic events: {done:,}/{count:,} ({done / el:,.0f}/s, {el:,.0f} s; log "
                  f"{wal / 2**20:,.0f} MiB before its checkpoint{', busy' if busy else ''})", flush=True)


# ------------------------------------------------------------------------------ building

def _readouts() -> str:
    exe = shutil.which("readouts", path=str(Path(sys.executable).parent) + os.pathsep + os.environ.get("PATH", ""))
    if not exe:
        sys.exit("readouts is not installed (pip install -e .)")
    return exe


def _corpus_inputs(files: list[Path], limit: int, tmp: Path) -> list[Path]:
    """The corpus files to ingest: themselves, or copies of their first `limit` documents."""
    if not limit:
        return files
    out = []
    tmp.mkdir(parents=True, exist_ok=True)
    for f in files:
        part = tmp / (f.name.removesuffix(".gz").removesuffix(".jsonl") + f".first{limit}.jsonl")
        with gzip.open(f, "rt", encoding="utf-8") if f.suffix == ".gz" else open(f, encoding="utf-8") as src, \
                open(part, "w", encoding="utf-8") as dst:
            for i, line in enumerate(src):
                if i >= limit:
                    break
                dst.write(line)
        out.append(part)
    return out


def _db_counts(db: Path) -> dict[str, int]:
    """Row counts; opening the store also brings an older schema up to date (migrations)."""
    with Store(str(db)) as s:
        c = s.conn
        return {t: c.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                for t in ("documents", "events", "event_participants", "mentions")}


def build(args) -> dict:
    """Build the database, or reuse a complete build made with the same parameters."""
    db = Path(args.db)
    meta_path = db.with_name(db.name + ".build.json")
    files = [Path(f) for f in args.corpus] if args.corpus else sorted(CORPUS_DIR.glob("*.jsonl.gz"))
    params = {"build": BUILD_VERSION, "events": args.events, "seed": args.seed,
              "corpora": [f.name for f in files], "corpus_limit": args.corpus_limit}
    if not args.rebuild and db.is_file() and meta_path.is_file():
        meta = json.loads(meta_path.read_text())
        if meta.get("params") == params:
            t0 = time.perf_counter()
            meta["counts"] = _db_counts(db)
            print(f"reusing {db} ({meta['counts']['events']:,} events; opened and migrated in "
                  f"{time.perf_counter() - t0:.1f} s)", flush=True)
            return meta
    if not args.rebuild and db.exists():  # (a build takes half an hour: never replaced unasked)
        built = json.loads(meta_path.read_text()).get("params") if meta_path.is_file() else "unknown"
        sys.exit(f"{db} was built with other parameters ({built}, not {params}); "
                 "pass --rebuild to replace it, or another --db")
    for p in (db, Path(f"{db}-wal"), Path(f"{db}-shm"), meta_path):
        p.unlink(missing_ok=True)
    db.parent.mkdir(parents=True, exist_ok=True)
    seconds = {}
    t0 = time.perf_counter()
    if files:
        inputs = _corpus_inputs(files, args.corpus_limit, db.parent / "corpus")
        print(f"ingesting {len(inputs)} corpus file(s) with readouts ingest "
              f"({'first ' + str(args.corpus_limit) + ' documents each' if args.corpus_limit else 'all documents'})",
              flush=True)
        subprocess.run([_readouts(), "ingest", *map(str, inputs), "--db", str(db)], check=True)
    else:
        Store(str(db)).close()
    real = _db_counts(db)["events"]
    seconds["ingest"] = round(time.perf_counter() - t0, 1)
    synthetic = max(0, args.events - real)
    print(f"{real:,} events from the corpora; adding {synthetic:,} synthetic events", flush=True)
    t0 = time.perf_counter()
    insert_synthetic(db, synthetic, args.seed)
    seconds["synthetic"] = round(time.perf_counter() - t0, 1)
    meta = {"params": params, "real_events": real, "synthetic_events": synthetic, "seconds": seconds,
            "counts": _db_counts(db), "bytes": db.stat().st_size}
    meta_path.write_text(json.dumps(meta, indent=1))
    print(f"built {db}: {meta['counts']} in {sum(seconds.values()):,.0f} s, {meta['bytes'] / 2**30:.2f} GiB",
          flush=True)
    return meta


# ------------------------------------------------------------------------------ requests

@dataclass
class Pools:
    """What the requests are made of, read from the database and the gazetteer."""
    frequent: list[str]      # keys of the persons in most events
    anyone: list[str]        # keys of any persons
    names: list[str]         # parts of names, as typed into the actor filter
    countries: list[str]
    words: list[str]         # full-text search queries


def pools(db: Path, seed: int) -> Pools:
    rng = random.Random(seed)
    gaz = gazetteer.default()
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    top = [r[0] for r in conn.execute(
        "SELECT person_id FROM event_participants WHERE person_id IS NOT NULL GROUP BY person_id"
        " ORDER BY COUNT(*) DESC LIMIT 300")]
    every = [r[0] for r in conn.execute("SELECT DISTINCT person_id FROM event_participants"
                                        " WHERE person_id IS NOT NULL")]
    countries = [r[0] for r in conn.execute(
        "SELECT country FROM event_participants WHERE country IS NOT NULL GROUP BY country"
        " ORDER BY COUNT(*) DESC LIMIT 40")]
    conn.close()
    names, words = [], []
    for pid in top[:150]:
        rec = gaz.persons.get(pid)
        if rec is None:
            continue
        names += [rec.name.split()[-1], rec.name]
        words.append(rec.name.split()[-1])
        for lg in ("ar", "he"):
            if rec.names.get(lg):
                words.append(rec.names[lg][0].split()[-1])
    topics = json.loads(TOPICS.read_text(encoding="utf-8"))
    for kws in topics.values():
        words += [(kws.get(lg) or [""])[0] for lg in LANGS]
    words += ["telephone conversation", "phone", "letter", "اتصالا هاتفيا", "رسالة", "שוחח בטלפון", "מכתב",
              "ceasefire", "nuclear", "summit"]
    rng.shuffle(every)
    # (the API answers 422 to a search without a word of 3 letters or more: "VI", "או")
    words = [w for w in words if any(len(x) >= 3 for x in fold(w).split())]
    return Pools(top, every[:2000], names, countries, words)


def _year(r: random.Random) -> int:
    return 2000 + min(26, int(27 * r.random() ** 0.7))


def _key(r: random.Random, p: Pools) -> str:
    return r.choice(p.frequent) if r.random() < 0.7 else r.choice(p.anyone)


# Each kind of request: (endpoint, weight, function making its path and query parameters).
def _events_latest(r, p):
    return "/api/events", {"limit": 500 if r.random() < 0.2 else 50}


def _events_actor_name(r, p):
    params = {"actor": [r.choice(p.names)]}
    if r.random() < 0.2:
        params["actor"].append(r.choice(p.names))
    return "/api/events", params


def _events_actor_key(r, p):
    return "/api/events", {"actor": _key(r, p), "sort": r.choice(("-date", "-date", "date", "sources"))}


def _events_country(r, p):
    params = {"country": r.choice(p.countries)}
    if r.random() < 0.6:
        params["type"] = r.choice(("call", "meeting", "message"))
    return "/api/events", params


def _events_period(r, p):
    y = _year(r)
    params = {"since": f"{y}-{r.randint(1, 12):02d}", "until": f"{min(2026, y + r.choice((0, 0, 1, 3)))}",
              "sort": r.choice(("date", "-date"))}
    if r.random() < 0.5:
        params["min_confidence"] = r.choice((0.5, 0.7, 0.9))
    if r.random() < 0.3:
        params["type"] = r.choice(("call", "meeting", "message"))
    return "/api/events", params


def _events_pages(r, p):
    params = {"sort": r.choice(("-date", "date", "sources")),
              "offset": 50 * (r.randint(1, 20) if r.random() < 0.8 else r.randint(21, 200))}
    if r.random() < 0.3:
        params["type"] = r.choice(("call", "meeting", "message"))
    return "/api/events", params


def _search(r, p):
    params = {"q": r.choice(p.words)}
    x = r.random()
    if x < 0.15:
        params["actor"] = _key(r, p)
    elif x < 0.3:
        params["since"] = str(_year(r))
    return "/api/events", params


def _timeline(r, p):
    x = r.random()
    params = {"interval": r.choice(("month", "month", "month", "week", "day"))}
    if x < 0.15:
        pass
    elif x < 0.6:
        params["actor"] = _key(r, p)
    elif x < 0.8:
        params["country"] = r.choice(p.countries)
    else:
        params.update(since=str(_year(r)), type=r.choice(("call", "meeting", "message")))
    return "/api/timeline", params


def _network(r, p):
    x = r.random()
    if x < 0.45:
        params = {"actor": _key(r, p)}
    elif x < 0.75:
        y = _year(r)
        params = {"country": r.choice(p.countries), "since": str(y), "until": str(y)}
    else:
        y, m = _year(r), r.randint(1, 12)
        params = {"since": f"{y}-{m:02d}", "until": f"{y}-{m:02d}", "min_contacts": r.choice((1, 2))}
    return "/api/network", params


def _actor(r, p):
    return f"/api/actors/{_key(r, p)}", {}


KINDS: dict[str, tuple[str, float, Callable]] = {
    "events latest": ("events", 10, _events_latest),
    "events actor name": ("events", 10, _events_actor_name),
    "events actor key": ("events", 10, _events_actor_key),
    "events country+type": ("events", 8, _events_country),
    "events period": ("events", 8, _events_period),
    "events deeper pages": ("events", 8, _events_pages),
    "search q": ("search", 12, _search),
    "timeline": ("timeline", 10, _timeline),
    "network": ("network", 10, _network),
    "actor page": ("actor", 14, _actor),
}


# ------------------------------------------------------------------------------ serving and driving

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def process_tree(pid: int) -> list[int]:
    """A process and all its descendants (`readouts serve --workers N`: the workers)."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        for task in Path(f"/proc/{p}/task").glob("*"):
            try:
                todo += [int(x) for x in (task / "children").read_text().split()]
            except OSError:  # (a thread or process that just ended)
                pass
    return out


def rss_kib(pid: int) -> dict[str, int]:
    """VmRSS, RssAnon (memory of its own, not pages of the database file mapped or cached) and
    VmHWM (peak) of a process and its descendants, summed, in KiB."""
    out = {"VmRSS": 0, "RssAnon": 0, "VmHWM": 0}
    for p in process_tree(pid):
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                k, _, v = line.partition(":")
                if k in out:
                    out[k] += int(v.split()[0])
        except OSError:
            pass
    return out


def _loadavg() -> float:
    return float(Path("/proc/loadavg").read_text().split()[0])


def cpu_seconds(pid: int, tree: bool = True) -> float:
    """User + system CPU time a process and (tree) its descendants have used."""
    total = 0
    for p in process_tree(pid) if tree else [pid]:
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def start_server(db: Path, log: Path, workers: int | None) -> tuple[subprocess.Popen, str]:
    """`readouts serve` on a free port (with `workers` processes, else its default); returns the
    process and its base URL once it answers."""
    import httpx
    port = _free_port()
    logf = open(log, "w")
    proc = subprocess.Popen([_readouts(), "serve", "--db", str(db), "--host", "127.0.0.1", "--port", str(port),
                             *(["--workers", str(workers)] if workers else [])],
                            stdout=logf, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            sys.exit(f"readouts serve exited ({proc.returncode}):\n{log.read_text()[-2000:]}")
        try:
            if httpx.get(base + "/", timeout=5).status_code == 200:
                return proc, base
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    proc.terminate()
    sys.exit(f"readouts serve did not answer within 120 s; see {log}")


def stop_server(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


@dataclass
class Sample:
    kind: str
    endpoint: str
    seconds: float
    error: str | None        # None, "HTTP 5xx..." or the exception's name
    url: str


async def drive(base: str, p: Pools, clients: int, seconds: float, think: float, seed: int,
                pid: int, timeout: float) -> tuple[list[Sample], dict[str, dict[str, int]], dict[str, float]]:
    """Run `clients` closed-loop clients for `seconds`; the samples, the server's memory and
    the CPU seconds the server and this process used meanwhile."""
    import httpx
    names = list(KINDS)
    weights = [KINDS[k][1] for k in names]
    samples: list[Sample] = []
    memory: dict[str, dict[str, int]] = {}
    trace: list[tuple[int, int]] = []  # (seconds into the run, VmRSS KiB)
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, timeout=timeout, limits=limits) as client:
        async def one(kind: str, r: random.Random) -> Sample:
            path, params = KINDS[kind][2](r, p)
            request = client.build_request("GET", path, params=params)
            t0 = time.perf_counter()
            try:
                resp = await client.send(request)
                await resp.aread()
                err = None if 200 <= resp.status_code < 300 else f"HTTP {resp.status_code}"
            except Exception as e:  # any failure of the request is an error of the run
                err = type(e).__name__
            return Sample(kind, KINDS[kind][0], time.perf_counter() - t0, err, str(request.url).removeprefix(base))

        # warm-up (not measured): every kind of request once, so that the gazetteer is loaded
        wr = random.Random(seed - 1)
        await asyncio.gather(*(one(kind, wr) for kind in names))
        memory["start"] = rss_kib(pid)
        cpu = {"server": cpu_seconds(pid), "clients": cpu_seconds(os.getpid(), tree=False),
               "wall": time.perf_counter()}
        t_end = time.perf_counter() + seconds

        async def worker(i: int) -> None:
            r = random.Random(seed * 1000 + i)
            if think:  # people arrive one by one, not all in the same instant
                await asyncio.sleep(r.uniform(0, think))
            while time.perf_counter() < t_end:
                samples.append(await one(r.choices(names, weights)[0], r))
                if think:
                    await asyncio.sleep(r.expovariate(1 / think))

        async def watch() -> None:  # half-way, and every 5 s for the trace
            t0 = time.perf_counter()
            while time.perf_counter() < t_end:
                await asyncio.sleep(min(5.0, max(0.0, t_end - time.perf_counter())))
                trace.append((round(time.perf_counter() - t0), rss_kib(pid)["VmRSS"]))
                if "middle" not in memory and time.perf_counter() - t0 >= seconds / 2:
                    memory["middle"] = rss_kib(pid)

        await asyncio.gather(watch(), *(worker(i) for i in range(clients)))
        memory["end"] = rss_kib(pid)
        memory["trace"] = trace
        cpu = {"server": cpu_seconds(pid) - cpu["server"],
               "clients": cpu_seconds(os.getpid(), tree=False) - cpu["clients"],
               "wall": time.perf_counter() - cpu["wall"]}
    return samples, memory, cpu


# ------------------------------------------------------------------------------ report

def _pct(xs: list[float], q: float) -> float:
    """Nearest-rank percentile of sorted values."""
    return xs[max(0, min(len(xs) - 1, int(-(-q * len(xs) // 100)) - 1))] if xs else float("nan")


def summarise(samples: list[Sample], seconds: float, key: Callable[[Sample], str]) -> dict[str, dict]:
    groups: dict[str, list[Sample]] = defaultdict(list)
    for s in samples:
        groups[key(s)].append(s)
    out = {}
    for name, ss in sorted(groups.items()):
        lat = sorted(s.seconds * 1000 for s in ss)
        errs = Counter(s.error for s in ss if s.error)
        out[name] = {"requests": len(ss), "rps": round(len(ss) / seconds, 1), "p50_ms": round(_pct(lat, 50), 1),
                     "p95_ms": round(_pct(lat, 95), 1), "p99_ms": round(_pct(lat, 99), 1),
                     "max_ms": round(lat[-1], 1), "errors": sum(errs.values()), "error_kinds": dict(errs)}
    return out


def print_report(result: dict) -> None:
    from rich.console import Console
    from rich.table import Table
    con = Console(width=max(100, Console().width))
    b = result["build"]
    con.print(f"database: {result['db']} — {b['counts']['events']:,} events ({b['real_events']:,} from the corpora), "
              f"{b['counts']['mentions']:,} mentions, {b['counts']['documents']:,} documents")
    cfg = result["config"]
    con.print(f"{cfg['clients']} clients for {cfg['seconds']} s, think time {cfg['think']} s, "
              f"server workers: {cfg.get('workers', 1)}")
    for title, rows in (("per endpoint", {**result["endpoints"], "ALL": result["overall"]}),
                        ("per request kind", result["kinds"])):
        t = Table(title=title)
        for col in ("", "requests", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "errors"):
            t.add_column(col, justify="left" if not col else "right", no_wrap=True)
        for name, s in rows.items():
            t.add_row(name, str(s["requests"]), f"{s['rps']:.1f}", f"{s['p50_ms']:.0f}", f"{s['p95_ms']:.0f}",
                      f"{s['p99_ms']:.0f}", f"{s['max_ms']:.0f}", str(s["errors"]))
        con.print(t)
    m = result["memory_kib"]
    con.print("server memory (VmRSS, all its processes): " + ", ".join(
                  f"{k} {m[k]['VmRSS'] / 1024:.0f} MiB" for k in ("idle", "start", "middle", "end"))
              + "; of its own (RssAnon): " + ", ".join(f"{k} {m[k]['RssAnon'] / 1024:.0f} MiB"
                                                       for k in ("idle", "start", "middle", "end"))
              + f"; peak (VmHWM) {m['end']['VmHWM'] / 1024:.0f} MiB; every 5 s: "
              + " ".join(f"{kib / 1024:.0f}" for _, kib in m["trace"]))
    c = result["cpu_seconds"]
    con.print(f"CPU over the run ({c['wall']:.0f} s, {cfg['cpus']} cores): server {c['server']:.0f} s "
              f"({result['server_cpu_ms_per_request']:.0f} ms per request), clients {c['clients']:.0f} s; "
              f"load average (1 min) {result['loadavg']['before']} before the run, {result['loadavg']['after']} after")
    errs = Counter()
    for s in result["endpoints"].values():
        errs.update(s["error_kinds"])
    if errs:
        con.print(f"errors: {dict(errs)}")
    for s in result.get("failed", []):
        con.print(f"  failed after {s['ms']:>6.0f} ms ({s['error']}): {s['url']}", markup=False)
    con.print("slowest requests:")
    for s in result["slowest"]:
        con.print(f"  {s['ms']:>8.0f} ms  {s['url']}", markup=False)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", default="/tmp/load/load.db", help="database to build or reuse")
    ap.add_argument("--events", type=int, default=1_000_000, help="events in the database (at least)")
    ap.add_argument("--corpus", nargs="*", help="corpus files to ingest (default: ../shared/corpus/*.jsonl.gz)")
    ap.add_argument("--corpus-limit", type=int, default=0, help="ingest only the first N documents of each file")
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--rebuild", action="store_true", help="build the database again even if it is complete")
    ap.add_argument("--build-only", action="store_true", help="build (or migrate) the database and stop")
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--workers", type=int, help="server processes (default: readouts serve's, one per core)")
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--think", type=float, default=0, help="mean pause of a client between requests (s)")
    ap.add_argument("--timeout", type=float, default=60, help="seconds before a request counts as failed")
    ap.add_argument("--json", help="also write the figures to this file")
    args = ap.parse_args()
    meta = build(args)
    if args.build_only:
        return 0
    db = Path(args.db)
    p = pools(db, args.seed)
    load_before = _loadavg()  # what else runs on the machine
    proc, base = start_server(db, db.with_name(db.name + ".serve.log"), args.workers)
    try:
        idle = rss_kib(proc.pid)
        print(f"serving {db} at {base} (pid {proc.pid}); {args.clients} clients for {args.seconds:g} s", flush=True)
        samples, memory, cpu = asyncio.run(drive(base, p, args.clients, args.seconds, args.think, args.seed, proc.pid,
                                               args.timeout))
    finally:
        stop_server(proc)
    slow = sorted(samples, key=lambda s: -s.seconds)[:10]
    result = {
        "db": str(db), "build": meta,
        "config": {"clients": args.clients, "seconds": args.seconds, "think": args.think, "seed": args.seed,
                   "timeout": args.timeout, "workers": args.workers or "default",
                   "cpus": os.cpu_count()},
        "endpoints": summarise(samples, args.seconds, lambda s: s.endpoint),
        "overall": summarise(samples, args.seconds, lambda s: "ALL")["ALL"],
        "kinds": summarise(samples, args.seconds, lambda s: s.kind),
        "memory_kib": {"idle": idle, **memory},
        "cpu_seconds": {k: round(v, 1) for k, v in cpu.items()},
        "server_cpu_ms_per_request": round(1000 * cpu["server"] / max(1, len(samples)), 1),
        "slowest": [{"ms": round(s.seconds * 1000), "url": s.url, "error": s.error} for s in slow],
        "failed": [{"ms": round(s.seconds * 1000), "url": s.url, "error": s.error} for s in samples if s.error][:10],
        "loadavg": {"before": load_before, "after": _loadavg()},
    }
    print_report(result)
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
