"""Checklist packs: their schema and sources, signed pack files, pack signing keys,
diffs between versions, and installing them."""
