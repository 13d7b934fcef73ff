"""Provincial Diplomacy Digest: ingest, schema, registries and the Pelican site plugin."""
