"""The Swedish catalogue is complete, keeps every placeholder, and switching needs no restart."""

import re
import xml.etree.ElementTree as ET
from importlib import resources
from pathlib import Path

import pytest

from casedesk.controllers.cases import CaseView
from casedesk.ui.dialogs.preferences_dialog import PreferencesDialog

TS_DIR = Path(str(resources.files("casedesk.resources") / "translations"))
PLACEHOLDER = re.compile(r"%(?:n|\d+)|<[^>]+>")


def _messages(path):
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.find("name").text, message


def test_swedish_catalogue_is_complete_and_keeps_placeholders():
    problems = []
    for context, message in _messages(TS_DIR / "casedesk_sv.ts"):
        source = message.find("source").text
        translation = message.find("translation")
        forms = ([f.text or "" for f in translation.iter("numerusform")]
                 if message.get("numerus") == "yes" else [translation.text or ""])
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
            problems.append(f"{context}: {source!r} is not translated")
            continue
        wanted = sorted(PLACEHOLDER.findall(source))
        for form in forms:
            if sorted(PLACEHOLDER.findall(form)) != wanted:
                problems.append(f"{context}: {source!r} → {form!r} changes the placeholders")
        def accelerators(text):
            return text.replace("&&", "").count("&")  # "&&" is a literal ampersand

        if any(accelerators(f) != accelerators(source) for f in forms):
            problems.append(f"{context}: {source!r} loses its keyboard accelerator")
    assert not problems, "\n".join(problems)


def test_compiled_catalogue_matches_the_translation_source(qapp):
    """The shipped .qm says what the .ts says (a stale .qm would show old or no text)."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(TS_DIR / "casedesk_sv.qm"))
    stale = []
    for context, message in _messages(TS_DIR / "casedesk_sv.ts"):
        if message.get("numerus") == "yes":
            continue
        source = message.find("source").text
        if translator.translate(context, source) != message.find("translation").text:
            stale.append(f"{context}: {source!r}")
    assert not stale, "run scripts/update_translations.py:\n" + "\n".join(stale)


def test_every_source_string_is_in_the_catalogue():
    """A string added to the code but not extracted would show in English to Swedish users."""
    import subprocess
    import sys
    import tempfile

    root = Path(__file__).resolve().parents[2]
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = sorted(str(p) for p in (root / "casedesk").rglob("*.py"))
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh.ts"
        subprocess.run([str(lupdate), *sources, "-locations", "none", "-ts", str(fresh)],
                       check=True, capture_output=True)
        wanted = {(c, m.find("source").text) for c, m in _messages(fresh)}
    have = {(c, m.find("source").text) for c, m in _messages(TS_DIR / "casedesk_sv.ts")}
    assert wanted - have == set(), "run scripts/update_translations.py and translate"


def test_switching_to_swedish_relabels_the_open_window(qtbot, window, english):
    page = window.case_list
    assert page.view_combo.currentText() == "My Active Cases"
    english.switch("sv")
    assert window.windowTitle() == "CaseDesk"
    assert page.view_combo.currentText() == "Mina aktiva ärenden"
    assert window.actions["new_case"].text() == "&Nytt ärende"
    assert window.service_group.text(0) == "Tjänst"
    assert window._nav_items["cases"].text(0) == "Ärenden"
    model = page.model
    assert model.headerData(1, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal) \
        == "Ärenderubrik"
    assert page.count_label.text() == "3 ärenden"
    english.switch("en")
    assert page.view_combo.currentText() == "My Active Cases"
    assert page.count_label.text() == "3 cases"


@pytest.mark.parametrize("view, swedish", [(CaseView.ALL, "Alla ärenden"),
                                           (CaseView.CANCELED, "Avbrutna ärenden")])
def test_view_names_in_swedish(window, english, view, swedish):
    english.switch("sv")
    combo = window.case_list.view_combo
    assert combo.itemText(combo.findData(int(view))) == swedish


def test_preferences_switch_language_without_restart(qtbot, window, english, prefs):
    chosen = []
    window.language_requested.connect(lambda code: (chosen.append(code), english.switch(code)))
    dialog = window.show_preferences()
    assert isinstance(dialog, PreferencesDialog)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("sv"))
    assert chosen == ["sv"]
    assert dialog.windowTitle() == "Programinställningar"
    assert window.case_list.view_combo.currentText() == "Mina aktiva ärenden"
    dialog.close()


def test_qt_stock_dialog_buttons_are_swedish(qapp, english):
    from PySide6.QtWidgets import QDialogButtonBox

    english.switch("sv")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Avbryt"


def test_the_operating_system_language_is_followed():
    """No --lang and no preference: a Swedish desktop gets Swedish, any other English."""
    import os
    import subprocess
    import sys

    code = ("from PySide6.QtCore import QCoreApplication; app = QCoreApplication([]); "
            "from casedesk.ui.i18n import LanguageManager; "
            "m = LanguageManager(app); m.switch(''); "
            "print(m.language, QCoreApplication.translate('CaseListPage', 'All Cases'))")
    for lang, expected in (("sv_SE.UTF-8", "sv Alla ärenden"), ("de_DE.UTF-8", "en All Cases"),
                           ("en_US.UTF-8", "en All Cases")):
        env = {**os.environ, "LANG": lang, "LC_ALL": lang, "LANGUAGE": ""}
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                             text=True, timeout=60)
        assert out.stdout.strip() == expected, (lang, out.stderr)
