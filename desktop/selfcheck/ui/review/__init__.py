"""The register window (Tools → Report register…): received reports and the views across them."""
