"""The event database: one SQLite file (`database`, with the `Store` that writes and merges),
the read-only SQL the API serves (`queries`), and the Parquet tables of an output (`tables`)."""
from readouts.store.database import Store

__all__ = ["Store"]
