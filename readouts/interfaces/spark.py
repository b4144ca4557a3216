"""`readouts spark`: the pipeline on Apache Spark, for inputs one machine cannot go through.

  inputs     JSON Lines (.jsonl, .jsonl.gz), web archives (.warc, .warc.gz) and Parquet files
             (rows with the fields of a JSON line: id, text or html, title, url, source, lang,
             published), from any path Spark reads (local, hdfs://, s3a://; globs and
             directories, read recursively in the order `readouts ingest` reads them)
  extraction `pipeline.extract` on the executors, per partition; a Python worker loads the
             language packs and the gazetteer once and keeps them for the tasks that follow
  merging    a stage that groups the reports of each contact key (type and participants) and
             replays them, in input order, through the store's own merge rules (readouts.pipeline.merge:
             window, closest, reconciled_event): one implementation of the rules, so the events
             are those a single `readouts ingest` of the same input stores (same ids too)
  output     the Parquet tables of readouts.store.tables (documents, events, mentions, unresolved)

Documents are deduplicated as the store does: a document with the id or the content of one
read before it is skipped (an extraction that failed stores nothing and blocks nothing).
Problems with the input are reported as the store's ingest reports them (FILE:LINE: problem,
FILE@OFFSET: problem for WARC records) and the records skipped.

The pure parts (reading a record, extracting a partition, merging a group) need no Spark;
pyspark is imported only by the functions that drive a job.
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from datetime import date, datetime, timezone
from io import BytesIO
from typing import Callable, Iterable, Iterator

from readouts.pipeline import merge
from readouts.pipeline import parallel
from readouts.store import tables
from readouts.pipeline.ingest import JSONL_EXT, WARC_EXT, InputProblem, Notice, _iter_jsonl_lines, _line_doc, _stem
from readouts.model import Document
from readouts.textnorm import fold

PARQUET_EXT = (".parquet",)


@dataclass(frozen=True)
class Input:
    """One input file: `label` names it as `readouts ingest` would (the path as given, or joined
    under the directory given), `uri` is what Spark reads."""
    label: str
    uri: str
    kind: str             # jsonl | warc | parquet


def kind_of(name: str) -> str | None:
    low = name.lower()
    for kind, ext in (("jsonl", JSONL_EXT), ("warc", WARC_EXT), ("parquet", PARQUET_EXT)):
        if low.endswith(ext):
            return kind
    return None


def walk_key(rel: str) -> tuple:
    """The place of a file (path relative to the directory given) in `os.walk` order, which
    `readouts ingest` reads a directory in: a directory's files (sorted) before its
    subdirectories (sorted)."""
    parts = rel.split("/")
    return tuple((1, d) for d in parts[:-1]) + ((0, parts[-1]),)


def _local(uri: str) -> str | None:
    """The local path of a file: URI (or of a path without scheme), else None."""
    if uri.startswith("file:"):
        return "/" + uri[5:].lstrip("/")
    return None if "://" in uri else uri


def list_inputs(spark, paths: Iterable[str], err: Callable[[str], None]) -> list[Input]:
    """The input files of `paths` (files, directories, globs), through Hadoop's file systems."""
    jvm = spark.sparkContext._jvm
    conf = spark.sparkContext._jsc.hadoopConfiguration()
    out: list[Input] = []
    for p in paths:
        hp = jvm.org.apache.hadoop.fs.Path(p)
        fs = hp.getFileSystem(conf)
        statuses = fs.globStatus(hp) or []
        if not statuses:
            err(f"{p}: no such file")
            continue
        globbed = len(statuses) > 1 or statuses[0].getPath().getName() != hp.getName()
        for st in statuses:
            uri = st.getPath().toString()
            base = (_local(uri) or uri) if globbed else p
            if not st.isDirectory():
                if kind_of(uri) is None:
                    err(f"{base}: not a .jsonl, .jsonl.gz, .warc, .warc.gz or .parquet file")
                else:
                    out.append(Input(base, uri, kind_of(uri)))
                continue
            found = []
            files = fs.listFiles(st.getPath(), True)
            while files.hasNext():
                f = files.next().getPath().toString()
                rel = f[len(uri):].lstrip("/")
                if kind_of(rel) and not any(part.startswith((".", "_")) for part in rel.split("/")):
                    found.append((walk_key(rel), os.path.join(base, rel), f))
            if not found:
                err(f"{base}: no .jsonl, .jsonl.gz, .warc, .warc.gz or .parquet files in this directory")
            out += [Input(label, f, kind_of(f)) for _, label, f in sorted(found)]
    return out


# --------------------------------------------------------------------------- records

def _warc_pages(fi: int, label: str, stream) -> Iterator[tuple]:
    """((file, offset), page) for the HTML pages of a WARC stream, ((file, offset), Problem) for
    what cannot be read."""
    from readouts.pipeline import warc
    problems: list[str] = []
    for page in warc.pages(stream, label, problems.append):
        yield from (((fi, page.offset - 1), Problem(m)) for m in problems)      # (records before it)
        problems.clear()
        yield (fi, page.offset), page
    yield from (((fi, sys.maxsize), Problem(m)) for m in problems)


class Problem(str):
    """A problem with a record, met while splitting a file into records."""


def _local_warc(fi: int, label: str, path: str) -> Iterator[tuple]:
    try:
        f = open(path, "rb")
    except OSError as e:
        yield (fi, 0), Problem(f"{label}: cannot read: {e.strerror or e}")
        return
    with f:
        yield from _warc_pages(fi, label, f)


def records(spark, inputs: list[Input]):
    """An RDD of ((file index, record number), payload) over all inputs, where the record number
    is the line (JSON Lines), the row (Parquet) or the byte offset (WARC) of the record; the
    payload is the raw line, the row as a dict, or the warc.Page."""
    sc = spark.sparkContext
    rdds = []
    for fi, inp in enumerate(inputs):
        if inp.kind == "jsonl":
            rdd = sc.textFile(inp.uri, use_unicode=False).zipWithIndex() \
                .map(lambda t, fi=fi: ((fi, t[1] + 1), t[0]))
        elif inp.kind == "parquet":
            rdd = spark.read.parquet(inp.uri).rdd.zipWithIndex() \
                .map(lambda t, fi=fi: ((fi, t[1] + 1), t[0].asDict(recursive=True)))
        elif _local(inp.uri) is not None:       # streamed from the file, not copied whole
            rdd = sc.parallelize([(fi, inp.label, _local(inp.uri))], 1).flatMap(lambda a: _local_warc(*a))
        else:                                    # (read whole by Spark: executors need its size in memory)
            rdd = sc.binaryFiles(inp.uri, 1).flatMap(
                lambda kv, fi=fi, label=inp.label: _warc_pages(fi, label, BytesIO(kv[1])))
        rdds.append(rdd)
    return sc.union(rdds) if rdds else sc.emptyRDD()


def _documents(key: tuple, payload, inp: Input, err: Callable[[str], None]) -> list[Document]:
    """The document of one record (none when it is bad: `err` is told why)."""
    from readouts.pipeline import warc
    n = key[1]
    if isinstance(payload, Problem):
        err(str(payload))
        return []
    if inp.kind == "jsonl":
        return list(_iter_jsonl_lines(inp.label, [payload], err, first_lineno=n))
    try:
        if inp.kind == "parquet":
            return [_line_doc(payload, inp.label, n, f"{_stem(inp.label)}-{n}",
                              warn=lambda m: err(Notice(f"{inp.label}:{n}: {m}")))]
        return [warc.document(inp.label, payload)]
    except InputProblem as e:
        err(f"{inp.label}{'@' if inp.kind == 'warc' else ':'}{n}: {e}")
        return []


def extract_partition(items: Iterable[tuple], inputs: list[Input], published: date | None,
                      ingested_at: str) -> Iterator[tuple]:
    """For each record: ("problem", key, k, message, is_notice) for what was wrong with it, and
    ("doc", key, id, content hash, documents row, events, unresolved rows) for its document,
    where each event is (contact key, event record, location country, mention rows, report),
    all as `Store.add` would write them."""
    for key, payload in items:
        problems: list[str] = []
        docs = _documents(key, payload, inputs[key[0]], problems.append)
        for doc in docs:
            if doc.published is None and published is not None:
                doc.published, doc.published_from = published, "cli"
            res = parallel.extract_one(doc, want_unresolved=True)
            if res.error:
                problems.append(res.error)
                continue
            yield ("doc", key, doc.id, doc.content_hash, tables.document_row(doc, ingested_at),
                   [_event(doc, ev) for ev in res.events], _unresolved(doc, res.unresolved))
        for k, m in enumerate(problems):
            yield ("problem", key, k, str(m), isinstance(m, Notice))


def _event(doc: Document, ev) -> tuple:
    d = ev.to_dict()
    d["mentions"] = []
    report = merge.Report(doc.id, ev.type, ev.date, ev.date_precision, ev.date_basis,
                          tables._iso(doc.published), ev.initiator, ev.location, ev.location_country,
                          list(ev.topics))
    return ((ev.type, ",".join(ev.participant_key())), d, ev.location_country,
            tables.mention_rows(doc, ev, d["id"]), report)


def _unresolved(doc: Document, unresolved) -> list[dict]:
    """The rows the store keeps (one per document, folded surface and kind)."""
    seen, out = set(), []
    for u in unresolved or []:
        k = (fold(u.surface), u.kind)
        if k not in seen:
            seen.add(k)
            out.append(tables.unresolved_row(doc, u))
    return out


# --------------------------------------------------------------------------- deduplication

def stored_keys(docs: Iterable[tuple]) -> set:
    """Of (key, id, content hash) triples, the keys the store would keep: a document is
    skipped when one kept before it (in key order) has its id or its content."""
    ids, hashes, kept = set(), set(), set()
    for key, doc_id, h in sorted(docs):
        if doc_id in ids or h in hashes:
            continue
        ids.add(doc_id)
        hashes.add(h)
        kept.add(key)
    return kept


# --------------------------------------------------------------------------- merging

class _Merged:
    """An event as the store holds it while reports come: its record, and its mentions with
    the reports they give (`Store._reports`)."""

    def __init__(self, d: dict, location_country: str | None):
        self.d, self.location_country = d, location_country
        self.mentions: list[tuple] = []          # (order, row)
        self.unique: set[tuple] = set()          # the mentions table's UNIQUE key
        self.reports: list[merge.Report] = []


def merge_group(items: Iterable[tuple]) -> Iterator[tuple]:
    """The events of one contact key from its reports ((document key, event index), event) in
    any order: replayed in input order as `Store.add` does (readouts.pipeline.merge's rules). Yields
    ("event", events row) and ("mention", order, mentions row)."""
    events: dict[str, _Merged] = {}              # in the order they were made
    for (dkey, i), (_, d, country, mentions, report) in sorted(items, key=lambda t: t[0]):
        bounds = merge.window(report)
        same = merge.closest(report, ((eid, e.reports) for eid, e in events.items()
                                      if merge.in_window(e.d.get("date"), bounds)))
        eid = same[0] if same else d["id"]
        if eid not in events:
            events[eid] = _Merged(d, country)
        e = events[eid]
        before = list(e.reports)
        for j, m in enumerate(mentions):
            u = (m["doc_id"], m["field"], m["start"], m["end"])
            if u in e.unique:
                continue
            e.unique.add(u)
            m = {**m, "event_id": eid}
            e.mentions.append(((dkey, i, j), m))
            e.reports.append(merge.Report(m["doc_id"], e.d["type"], m["date"], m["date_precision"],
                                          m["date_basis"], m["published"], m["initiator"], m["location"],
                                          m["location_country"], list(m["topics"] or [])))
        if same:
            confs = [m["confidence"] for _, m in e.mentions if m["confidence"] is not None]
            e.d = merge.reconciled_event(e.d, before + [report], max(confs) if confs else None)
    for e in events.values():
        yield "event", tables.event_row(e.d, e.location_country)
        for order, m in e.mentions:
            yield "mention", order, m


# --------------------------------------------------------------------------- the job

@dataclass
class Summary:
    inputs: int = 0
    records: int = 0          # documents read (those extracted, failed or not)
    stored: int = 0
    duplicates: int = 0
    failed: int = 0
    notices: int = 0
    events: int = 0
    mentions: int = 0


def session(master: str | None = None, conf: Iterable[tuple[str, str]] = ()):
    """The SparkSession (the one spark-submit made, else a new one; `master` e.g. local[4])."""
    from pyspark.sql import SparkSession
    if "PYSPARK_GATEWAY_PORT" not in os.environ and (master is None or master.startswith("local")):
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)    # local workers: this interpreter
    builder = SparkSession.builder.appName("readouts")
    if master:
        builder = builder.master(master)
    for k, v in conf:
        builder = builder.config(k, v)
    return builder.getOrCreate()


def _frame(spark, rows, name: str):
    from pyspark.sql.pandas.types import from_arrow_schema
    names = tables.SCHEMAS[name].names
    return spark.createDataFrame(rows.map(lambda r: tuple(r[k] for k in names)),
                                 schema=from_arrow_schema(tables.SCHEMAS[name]), verifySchema=False)


def run(spark, paths: list[str], output: str, published: date | None = None,
        partitions: int | None = None, errors: Callable[[str], None] | None = None) -> Summary:
    """Read `paths`, extract, merge and write the tables under `output` (replacing them).
    Problems go to `errors` (default: stderr), in input order."""
    from pyspark import StorageLevel
    err = errors or (lambda m: print(m, file=sys.stderr))
    summary = Summary()
    inputs = list_inputs(spark, paths, err)
    summary.inputs = len(inputs)
    sc = spark.sparkContext
    n = partitions or 4 * sc.defaultParallelism
    ingested_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
    out = records(spark, inputs).repartition(n) \
        .mapPartitions(lambda it: extract_partition(it, inputs, published, ingested_at)) \
        .persist(StorageLevel.MEMORY_AND_DISK)
    try:
        for _, _, _, msg, notice in out.filter(lambda r: r[0] == "problem") \
                .sortBy(lambda r: (r[1], r[2])).toLocalIterator():
            err(Notice(msg) if notice else msg)
            summary.notices += notice
            summary.failed += not notice
        docs = out.filter(lambda r: r[0] == "doc")
        # only documents sharing an id or a content with another need the sequential rule
        shared_ids = set(docs.map(lambda r: (r[2], 1)).reduceByKey(lambda a, b: a + b)
                         .filter(lambda t: t[1] > 1).keys().collect())
        shared_hashes = set(docs.map(lambda r: (r[3], 1)).reduceByKey(lambda a, b: a + b)
                            .filter(lambda t: t[1] > 1).keys().collect())
        shared = docs.filter(lambda r: r[2] in shared_ids or r[3] in shared_hashes) \
            .map(lambda r: (r[1], r[2], r[3])).collect()
        dropped = sc.broadcast({k for k, _, _ in shared} - stored_keys(shared))
        kept = docs.filter(lambda r: r[1] not in dropped.value)
        summary.records = docs.count()
        summary.duplicates = len(dropped.value)
        summary.stored = summary.records - summary.duplicates
        tables_out = {
            "documents": kept.map(lambda r: (r[1], r[4])).sortByKey(numPartitions=n).values(),
            "unresolved": kept.flatMap(lambda r: [((r[1], k), u) for k, u in enumerate(r[6])])
                              .sortByKey(numPartitions=n).values(),
        }
        merged = kept.flatMap(lambda r: [(ev[0], ((r[1], i), ev)) for i, ev in enumerate(r[5])]) \
            .groupByKey(numPartitions=n).flatMap(lambda kv: merge_group(kv[1])) \
            .persist(StorageLevel.MEMORY_AND_DISK)
        tables_out["events"] = merged.filter(lambda r: r[0] == "event").map(lambda r: (r[1]["id"], r[1])) \
            .sortByKey(numPartitions=n).values()
        tables_out["mentions"] = merged.filter(lambda r: r[0] == "mention").map(lambda r: (r[1], r[2])) \
            .sortByKey(numPartitions=n).values()
        for name, rows in tables_out.items():
            _frame(spark, rows, name).write.mode("overwrite").parquet(f"{output.rstrip('/')}/{name}")
        summary.events = tables_out["events"].count()
        summary.mentions = tables_out["mentions"].count()
        merged.unpersist()
    finally:
        out.unpersist()
    return summary
