"""The parts of the item detail pane (:class:`~selfcheck.ui.views.item_detail.ItemDetail`):
the question with its guidance, the re-review banner, the answer form and the evidence
files. Their texts are translated in the pane's context, "ItemDetail"."""
