"""Reports: the typed report data, the PDF, signing, strict verification and the
machine-readable results.json."""
