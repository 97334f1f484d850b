"""The composition root: arguments, QApplication, language, database, controllers, window."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from logging.handlers import RotatingFileHandler

from casedesk import APP_NAME, ORG_NAME, __version__, config

log = logging.getLogger("casedesk")


def parse_args(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="casedesk",
        description="CaseDesk: case management for customer-service agents.")
    parser.add_argument("--database", metavar="URL",
                        help="database to open: sqlite:///path/to/file.db (default: "
                             "casedesk.db in the user data folder) or postgresql://host/db")
    parser.add_argument("--demo", action="store_true",
                        help="open a demo database filled with a realistic support desk "
                             "(demo.db in the user data folder unless --database is given)")
    parser.add_argument("--lang", choices=("sv", "en"),
                        help="language of the user interface (default: the system's)")
    parser.add_argument("--name", metavar="NAME",
                        help="your name, when this is the first start (skips the question)")
    parser.add_argument("--smoke-test", action="store_true",
                        help="start, open the database and the main window, open a case, "
                             "then quit with exit code 0 (for installers and CI)")
    parser.add_argument("--version", action="version", version=f"CaseDesk {__version__}")
    return parser.parse_args(argv)


def _setup_logging() -> None:
    try:
        folder = config.log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(folder / "casedesk.log", maxBytes=2_000_000,
                                      backupCount=3, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.INFO, handlers=[handler])


def database_text(url: str) -> str:
    from casedesk.models.db import sqlite_path

    path = sqlite_path(url)
    return str(path) if path is not None else url.split("@")[-1]


def _smoke_test(app, window, database) -> int:
    """Every page built, a case opened in its form; then quit (exit 0 = it all worked)."""
    from PySide6.QtCore import QEventLoop, QTimer

    def settle(ms: int = 300) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    settle()
    for page_id in window.pages:
        window.show_page(page_id)
        settle(20)
    window.show_page("cases")
    settle()
    case_id = window.case_list.model.case_id(0)
    if case_id is not None:
        form = window.open_case(case_id)
        settle()
        print(f"smoke test: opened {form.number_label.text()}")
    print(f"smoke test: {window.case_list.model.total} cases in view, database "
          f"{window.database_text}")
    window.close()
    database.close()
    return 0


def main(argv=None) -> int:
    args = parse_args(argv)
    _setup_logging()

    import qasync
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtGui import QGuiApplication, QIcon
    from PySide6.QtWidgets import QApplication, QDialog

    from casedesk.controllers import (
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
    from casedesk.controllers.session import Session
    from casedesk.models.migrations import DatabaseOpenError, open_database
    from casedesk.ui import prompts, settings, style
    from casedesk.ui.dialogs.first_run_dialog import FirstRunDialog
    from casedesk.ui.exception_hook import ExceptionHook
    from casedesk.ui.i18n import LanguageManager
    from casedesk.ui.icons import icon
    from casedesk.ui.main_window import MainWindow, Services
    from casedesk.ui.messages import error_message
    from casedesk.ui.midnight import MidnightTimer

    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)  # crisp at 150 %, 175 %
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("casedesk")
    app.setWindowIcon(QIcon(icon("cases")))
    style.apply(app)

    prefs = settings.Settings()
    languages = LanguageManager(app)
    if args.lang:
        prefs.set(settings.LANGUAGE, args.lang)
    languages.switch(prefs.get(settings.LANGUAGE))

    hook = ExceptionHook(lambda text, details: prompts.error(None, text, details))
    hook.install()

    url = args.database or prefs.get(settings.DATABASE_URL) or (
        config.sqlite_url(config.data_dir() / "demo.db") if args.demo
        else config.default_database_url())
    try:
        result = open_database(url, backups_dir=config.backups_dir_for(url))
    except DatabaseOpenError as exc:
        log.warning("cannot open %s: %s %s", url, exc.code, exc.params)
        prompts.error(None, error_message(exc))
        return 1
    except ValueError:
        prompts.error(None, QCoreApplication.translate(
            "App", "“%1” is not a database address CaseDesk understands. Use "
            "sqlite:///path/to/file.db or postgresql://host/database.").replace("%1", url))
        return 2
    if result.backup:
        log.info("database upgraded from version %s; backup at %s", result.from_version,
                 result.backup)

    session = Session(result.database)
    admin.ensure_reference_data(session)
    me = admin.find_user_by_login(admin.os_login())
    if me is not None:
        admin.sign_in(session, me.login)
    elif args.name:
        try:
            admin.create_first_user(session, args.name)
        except Exception as exc:  # a bad --name: say why, in the user's language
            prompts.error(None, error_message(exc))
            return 2
    else:
        dialog = FirstRunDialog(session)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return 0

    demo_loader = is_empty = None
    try:
        from casedesk.controllers import demo

        demo_loader, is_empty = demo.load_demo, demo.is_empty
    except ImportError:  # pragma: no cover - the demo module ships with the app
        pass
    if args.demo and demo_loader is not None and is_empty():
        demo_loader(session)

    # entitlement states follow the calendar: at start-up and at every midnight (SPEC §3.5)
    entitlements.refresh_states(session=session)

    services = Services(cases=cases, quick_find=search.quick_find, load_demo=demo_loader,
                        is_empty=is_empty, customers=customers, lookups=lookups,
                        activities=activities, lifecycle=lifecycle,
                        entitlements=entitlements, charging=charging, users=users,
                        queues=queues, routing=routing, subjects=subjects,
                        products=products, search=search, connections=connections)
    window = MainWindow(session, services, prefs, database_text(url))

    def change_language(code: str) -> None:
        prefs.set(settings.LANGUAGE, code)
        languages.switch(code)

    window.language_requested.connect(change_language)
    window.midnight = MidnightTimer(lambda: entitlements.refresh_states(session=session),
                                    window)
    window.show()
    if args.smoke_test:
        return _smoke_test(app, window, result.database)

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    closing = asyncio.Event()
    app.aboutToQuit.connect(closing.set)
    with loop:
        loop.run_until_complete(closing.wait())
    result.database.close()
    return 0
