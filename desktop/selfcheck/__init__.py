"""AI Safety Self-Check (人工智能安全自查): offline self-assessment for key-sector AI users."""

__version__ = "0.1.0"

PRODUCT_NAME_EN = "AI Safety Self-Check"
PRODUCT_NAME_ZH = "人工智能安全自查"
