"""Installing a pack from the window: a pack key is trusted from its public-key file only
after its full fingerprint was shown and confirmed; the changes are a table in the
window's language, and the upgrade dialog shows severity changes."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from selfcheck.core.answers import Answer, Status
from selfcheck.core.collection import Collection
from selfcheck.core.paths import resolve_paths
from selfcheck.ui.dialogs.pack_install import PackInstallDialog
from selfcheck.ui.dialogs.upgrade import UpgradeDialog
from tests.conftest import REPO, make_profile
from tests.pack_helpers import build, mini_files, new_key, trusted_key
from tests.ui.conftest import ScriptedPrompts

pytestmark = pytest.mark.gui
ENGLISH_WORDS = re.compile(r"\b(added|removed|changed|reworded|severity|answers?|items?)\b")


def _change(meta: dict[str, Any], items: list[dict[str, Any]]) -> None:
    items[0]["question"]["en"] += " (including contractors)"
    items[0]["question"]["zh"] += "（含外包人员）"
    items[1]["severity"] = "critical" if items[1]["severity"] != "critical" else "high"
    del items[2]


def test_trust_a_pack_key_after_its_fingerprint(qtbot: Any, wait_tasks: Any, launch_window: Any,
                                                data_dir: Path, mini_packs: Path, tmp_path: Path,
                                                prompts: ScriptedPrompts) -> None:
    key, public = new_key("Provincial admin office")
    pack_file = tmp_path / "mini-v2.ckpack"
    pack_file.write_bytes(build(mini_files(2, change=_change), key))
    key_file = tmp_path / "admin.public.json"
    key_file.write_bytes(public.to_json_bytes())
    _other, other_public = new_key("someone else")
    other_file = tmp_path / "other.public.json"
    other_file.write_bytes(other_public.to_json_bytes())

    session = launch_window("zh")
    dialog = PackInstallDialog(session.ctx, session.window)
    dialog.inspect(pack_file)
    wait_tasks()
    assert dialog.untrusted_key == public.key_id
    assert public.key_id in dialog.problem.text() and "信任清单签名密钥" in dialog.problem.text()
    assert "selfcheck" not in dialog.problem.text()  # no command line in the window
    assert not dialog.install_button.isEnabled()

    # the key file of another key is refused, naming both keys
    assert not dialog.trust_key(str(other_file))
    assert other_public.key_id in prompts.infos[-1][1] and public.key_id in prompts.infos[-1][1]
    # declining after seeing the fingerprint trusts nothing
    prompts.confirm_answer = False
    assert not dialog.trust_key(str(key_file))
    message = prompts.confirms[-1]
    assert " ".join(public.fingerprint[n:n + 8] for n in range(0, 64, 8)) in message
    assert "Provincial admin office" in message and public.key_id in message
    wait_tasks()
    assert session.ctx.collection.pack_keys.entries() == []

    prompts.confirm_answer = True
    assert dialog.trust_key(str(key_file))
    wait_tasks()
    assert [k.key_id for k in session.ctx.collection.pack_keys.entries()] == [public.key_id]
    assert dialog.preview is not None and dialog.install_button.isEnabled()
    assert not dialog.problem.isVisibleTo(dialog)

    # the changes: a table in Chinese, one row per item, severity spelled out
    rows = dialog.details.rows()
    assert [row.kind for row in rows] == ["removed", "changed", "changed"]
    text = dialog.details.text()
    assert "删除" in text and "问题措辞修改" in text and "严重程度：" in text
    assert "答复沿用，待复核" in text
    assert not ENGLISH_WORDS.search(text + dialog.changes.text())
    headers = [dialog.details.horizontalHeaderItem(c).text() for c in range(4)]
    assert headers == ["检查项", "变化", "问题", "对答复的影响"]
    assert "mini-pack" not in dialog.summary.text()  # the pack by its title
    dialog.install()
    wait_tasks()
    assert dialog.outcome is not None and dialog.outcome.installed


def test_upgrade_dialog_shows_severity_changes(qtbot: Any, wait_tasks: Any, launch_window: Any,
                                               data_dir: Path, mini_packs: Path) -> None:
    with Collection.open(resolve_paths(data_dir)) as collection:
        key = trusted_key(collection, ["mini-pack"])
        pack = collection.packs.get("mini-pack", 1)
        items = pack.items_for(pack.sectors[0])
        assessment_id = collection.new_assessment(
            pack_id="mini-pack", organisation="Bureau", system_name="Triage",
            sector=pack.sectors[0], profile=make_profile())
        for item in items[:3]:
            collection.save_answer(assessment_id, Answer(item_id=item.id,
                                                         status=Status.IMPLEMENTED))
        collection.packs.install_file(_write(data_dir.parent / "v2.ckpack",
                                             build(mini_files(2, change=_change), key)))
    session = launch_window("en")
    dialog = UpgradeDialog(session.ctx, assessment_id, None, session.window)
    wait_tasks()
    assert dialog.plan is not None
    text = dialog.details.text()
    severity_row = next(row for row in dialog.details.rows() if "severity:" in row.change)
    assert severity_row.item_id == items[1].id
    assert "carried over; scored at the new severity" in severity_row.effect
    assert "carried over, awaiting re-review" in text
    assert "mini-pack" not in dialog.intro.text()


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_install_names_sources_and_questions_by_their_texts(
        qtbot: Any, wait_tasks: Any, launch_window: Any, data_dir: Path, tmp_path: Path) -> None:
    """An official installing a pack reads its sources and profile questions in words,
    not the ids its authors write (``GOVLLM-2025``, ``genai: … [yes | no]``)."""
    source = REPO / "checklists" / "gov-llm-deployment" / "v1"
    meta = json.loads((source / "pack.json").read_text("utf-8"))
    meta["version"], meta["label"] = 2, "2.0 (2027-03)"
    files = {path.name: path.read_bytes() for path in source.iterdir() if path.is_file()}
    files["pack.json"] = json.dumps(meta, ensure_ascii=False).encode("utf-8")
    key, public = new_key("省网信办")
    with Collection.open(resolve_paths(data_dir)) as collection:
        collection.pack_keys.trust(public)
    pack_file = tmp_path / "gov-v2.ckpack"
    pack_file.write_bytes(build(files, key))
    session = launch_window("zh")
    dialog = PackInstallDialog(session.ctx, session.window)
    dialog.inspect(pack_file)
    wait_tasks()
    summary = dialog.summary.text()
    assert "《政务领域人工智能大模型部署应用指引》" in summary
    assert "是否使用智能体" in summary
    assert "GOVLLM-2025" not in summary and "AISGF-1.0" not in summary
    assert "agents:" not in summary and "[yes | no]" not in summary
