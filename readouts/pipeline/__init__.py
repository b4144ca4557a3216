"""The pipeline: ingest → clean → language → actors → events → dates → merge → store.

One module per stage (`ingest`, `clean`, `language`, `actors`, `events`, `dates`, `merge`), the
`extractor` that runs them on one document (`extract`, the same function in the CLI, in worker
processes (`parallel`) and in Spark executors), and `confidence`, which scores each event.
Importing this package loads nothing: the extractor is imported on first use of `extract`.
"""
from __future__ import annotations


def __getattr__(name: str):
    if name == "extract":
        from readouts.pipeline.extractor import extract
        return extract
    raise AttributeError(name)
