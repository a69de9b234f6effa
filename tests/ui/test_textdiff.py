"""The wording diff of the re-review banner: words (or Chinese characters) removed and
added are marked, the rest is kept as it is, everything escaped."""

from __future__ import annotations

from selfcheck.ui.textdiff import ADDED_STYLE, REMOVED_STYLE, tokens, wording_diff_html


def test_words_and_characters() -> None:
    assert tokens("Are <all> staff trained?") == ["Are", " ", "<", "all", ">", " ", "staff",
                                                 " ", "trained", "?"]
    assert tokens("是否培训") == ["是", "否", "培", "训"]


def test_removed_and_added_are_marked() -> None:
    html = wording_diff_html("Are all staff trained?", "Are all staff and contractors trained?")
    assert f'<span style="{ADDED_STYLE}">and contractors </span>' in html
    assert REMOVED_STYLE not in html
    html = wording_diff_html("是否每年培训", "是否每季度培训")
    assert f'<span style="{REMOVED_STYLE}">年</span>' in html
    assert f'<span style="{ADDED_STYLE}">季度</span>' in html
    assert "&lt;b&gt;" in wording_diff_html("a", "<b>")  # escaped, never markup
