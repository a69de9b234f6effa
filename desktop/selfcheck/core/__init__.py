"""Core of AI Safety Self-Check: packs, store, scoring, reports, signing, trust.

This package never imports Qt; an import-linter contract enforces it.
"""
