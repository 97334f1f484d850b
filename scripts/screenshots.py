"""Render the main window and dialogs to PNG in English and Swedish (offscreen), to look at.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [out_dir] [--dark]

QT_SCALE_FACTOR=2 renders as on a 200 % display; --dark uses a dark palette (as a dark desktop
theme would), to check that text and icons follow it.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_home = Path(tempfile.mkdtemp(prefix="casedesk-shots-"))
for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[var] = str(_home / var)

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from casedesk.controllers import (  # noqa: E402
    activities,
    admin,
    cases,
    charging,
    connections,
    customers,
    entitlements,
    lifecycle,
    lookups,
    products,
    queues,
    routing,
    search,
    subjects,
    users,
)
from casedesk.controllers.session import Session  # noqa: E402
from casedesk.models.db import sqlite_url  # noqa: E402
from casedesk.models.migrations import open_database  # noqa: E402
from casedesk.ui import settings  # noqa: E402
from casedesk.ui.i18n import LanguageManager  # noqa: E402
from casedesk.ui.main_window import MainWindow, Services  # noqa: E402


def wait(app, condition, ms=5000):
    import time

    end = time.monotonic() + ms / 1000
    while not condition() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)
    app.processEvents()


def dark_palette():
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    roles = QPalette.ColorRole
    for role, color in ((roles.Window, "#2b2b2b"), (roles.WindowText, "#e8e8e8"),
                        (roles.Base, "#1e1e1e"), (roles.AlternateBase, "#262626"),
                        (roles.Text, "#e8e8e8"), (roles.Button, "#353535"),
                        (roles.ButtonText, "#e8e8e8"), (roles.Highlight, "#2f65ca"),
                        (roles.HighlightedText, "#ffffff"), (roles.PlaceholderText, "#9a9a9a"),
                        (roles.Mid, "#555555")):
        palette.setColor(role, QColor(color))
    palette.setColor(QPalette.ColorGroup.Disabled, roles.WindowText, QColor("#777777"))
    palette.setColor(QPalette.ColorGroup.Disabled, roles.ButtonText, QColor("#777777"))
    return palette


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    out = Path(args[0] if args else "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    from casedesk.ui import style

    style.apply(app)
    if "--dark" in sys.argv:
        app.setStyle("Fusion")
        app.styleHints().setColorScheme(Qt.ColorScheme.Dark)
        app.setPalette(dark_palette())
    result = open_database(sqlite_url(_home / "shots.db"), backups_dir=_home / "b")
    session = Session(result.database)
    admin.ensure_reference_data(session)
    admin.create_first_user(session, "Åsa Öberg", "asa")
    from casedesk.controllers import demo

    demo.load_demo(session)
    languages = LanguageManager(app)
    prefs = settings.Settings(QSettings(str(_home / "prefs.ini"), QSettings.Format.IniFormat))
    services = Services(cases=cases, quick_find=search.quick_find, load_demo=demo.load_demo,
                        is_empty=demo.is_empty, customers=customers, lookups=lookups,
                        activities=activities, lifecycle=lifecycle,
                        entitlements=entitlements, charging=charging, users=users,
                        queues=queues, routing=routing, subjects=subjects,
                        products=products, search=search, connections=connections)
    for lang in ("en", "sv"):
        shoot(app, languages, lang, session, services, prefs, out)
    print(f"screenshots in {out}")


def shoot(app, languages, lang, session, services, prefs, out) -> None:
    if True:
        languages.switch(lang)
        window = MainWindow(session, services, prefs, str(_home / "shots.db"))
        window.resize(1366, 800)
        window.show()
        wait(app, lambda: window.case_list.model.rowCount() > 0)
        window.grab().save(str(out / f"main_cases_{lang}.png"))
        window.case_list.set_view(cases.CaseView.ALL)
        wait(app, lambda: not window.case_list.model.loading)
        window.grab().save(str(out / f"main_all_cases_{lang}.png"))
        window.quick_find_edit.setText("sk")
        wait(app, lambda: window.quick_find.panel.isVisible())
        window.grab().save(str(out / f"quick_find_{lang}.png"))
        window.quick_find.close()
        window.show_page("entitlements")
        window.grab().save(str(out / f"placeholder_{lang}.png"))
        window.show_page("cases")
        busiest = max(range(min(40, window.case_list.model.rowCount())),
                      key=lambda r: len(activities.case_timeline(
                          window.case_list.model.case_id(r))))
        form = window.open_case(window.case_list.model.case_id(busiest))
        form.resize(1180, 780)
        wait(app, lambda: form.details_panel.details() is not None, 3000)
        form.grab().save(str(out / f"case_form_{lang}.png"))
        form.tabs.setCurrentWidget(form.timeline)
        wait(app, lambda: form.timeline.loaded_once, 3000)
        form.grab().save(str(out / f"case_form_timeline_{lang}.png"))
        form.tabs.setCurrentIndex(4)
        form.grab().save(str(out / f"case_form_history_{lang}.png"))
        form.close()
        new = window.new_case()
        new.grab().save(str(out / f"case_form_new_{lang}.png"))
        new.close()
        prefs_dialog = window.show_preferences()
        prefs_dialog.grab().save(str(out / f"preferences_{lang}.png"))
        prefs_dialog.close()
        from casedesk.ui.dialogs.first_run_dialog import FirstRunDialog

        first = FirstRunDialog(session)
        first.show()
        app.processEvents()
        first.grab().save(str(out / f"first_run_{lang}.png"))
        first.close()
        window.close()


if __name__ == "__main__":
    main()
