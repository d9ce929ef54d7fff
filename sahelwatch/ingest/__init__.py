"""Getting documents in: readers for files and streams, URL canonicalisation, the ingest run."""
