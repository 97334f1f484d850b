"""The composition root: arguments, QApplication, language, database, controllers, window."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import sys
from logging.handlers import RotatingFileHandler

from casedesk import APP_ID, APP_NAME, ORG_NAME, __version__, config

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


def parse_admin_args(argv) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="casedesk admin",
        description="Set up and upgrade a CaseDesk team database (run with a database "
                    "administrator's login: the database owner or a superuser).")
    commands = parser.add_subparsers(dest="command", required=True)
    init = commands.add_parser("init", help="make an empty database a CaseDesk database: "
                               "schema, roles and GRANTs, the first administrator")
    migrate = commands.add_parser("migrate", help="upgrade the schema to this version "
                                  "(after a pg_dump backup)")
    add = commands.add_parser("add-user", help="a CaseDesk user with their database login "
                              "and role")
    for sub in (init, migrate, add):
        sub.add_argument("--database", metavar="URL", required=True,
                         help="postgresql://owner@host/db (or sqlite:///path/to/file.db)")
    init.add_argument("--admin-login", metavar="LOGIN", required=True,
                      help="the first administrator's database login")
    init.add_argument("--admin-name", metavar="NAME", required=True,
                      help="their name as CaseDesk shows it")
    migrate.add_argument("--backup-dir", metavar="DIR",
                         help="where the backup goes (default: the user data folder)")
    add.add_argument("--login", required=True)
    add.add_argument("--name", required=True)
    add.add_argument("--email")
    add.add_argument("--role", choices=("agent", "manager", "admin"), default="agent")
    for sub in (init, add):
        sub.add_argument("--password-stdin", action="store_true",
                         help="read the new login's password from standard input (else: "
                              "no password is set; certificate or Kerberos sign-in)")
    return parser.parse_args(argv)


def admin_main(argv) -> int:
    """`casedesk admin …`: the team-database commands (no window)."""
    from casedesk.controllers import teamdb
    from casedesk.controllers.errors import CaseDeskError
    from casedesk.models.migrations import DatabaseOpenError

    args = parse_admin_args(argv)
    password = None
    if getattr(args, "password_stdin", False):
        password = sys.stdin.readline().rstrip("\n") or None
    where = database_text(args.database)
    try:
        if args.command == "init":
            result = teamdb.init(args.database, admin_login=args.admin_login,
                                 admin_name=args.admin_name, admin_password=password)
            print(f"{where}: CaseDesk database created (schema {result.version}); "
                  f"administrator {result.admin_login}"
                  + (" (new database login)" if result.login_created else ""))
        elif args.command == "migrate":
            from pathlib import Path

            folder = Path(args.backup_dir) if args.backup_dir else config.backups_dir_for(
                args.database)
            result = teamdb.migrate(args.database, backups_dir=folder)
            if result.from_version == result.to_version:
                print(f"{where}: already at schema {result.to_version}; nothing to do")
            else:
                print(f"{where}: upgraded from schema {result.from_version} to "
                      f"{result.to_version}; backup: {result.backup or 'none (no pg_dump)'}")
        else:
            created = teamdb.add_user(args.database, login=args.login, name=args.name,
                                      role=args.role, password=password, email=args.email)
            print(f"{where}: user {args.login} ({args.role}) added"
                  + (" with a new database login" if created else ""))
    except DatabaseOpenError as exc:
        print(f"casedesk admin: {where}: {exc.code} {exc.params or ''}".rstrip(),
              file=sys.stderr)
        return 1
    except CaseDeskError as exc:
        print(f"casedesk admin: {exc.code} {exc.params or ''}".rstrip(), file=sys.stderr)
        return 1
    return 0


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
    """The database for the title and status bar: a file's path or login@server; never a
    password."""
    from casedesk.controllers.signin import safe_text

    return safe_text(url)


def _app_icon(glyph):
    """The app icon (resources/icons/casedesk.svg, the source of the installers' icons) for
    window title bars; the cases glyph if Qt cannot draw SVG (no svg plugin in a bundle)."""
    from importlib import resources

    from PySide6.QtGui import QIcon

    svg = QIcon(str(resources.files("casedesk.resources") / "icons" / "casedesk.svg"))
    return svg if not svg.pixmap(32, 32).isNull() else QIcon(glyph("cases"))


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
    """Run CaseDesk; the exit code. Whatever ends it, the database's single-instance lock
    (and anything else _start registers in `cleanup`) is given back."""
    with contextlib.ExitStack() as cleanup:
        return _start(argv, cleanup)


def _start(argv, cleanup: contextlib.ExitStack) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] == ["admin"]:
        return admin_main(argv[1:])
    args = parse_args(argv)
    _setup_logging()

    import qasync
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtGui import QGuiApplication
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
        signin,
        subjects,
        users,
    )
    from casedesk.controllers.session import Session
    from casedesk.models.migrations import DatabaseOpenError, open_database
    from casedesk.ui import prompts, settings, single_instance, style
    from casedesk.ui.dialogs.first_run_dialog import FirstRunDialog
    from casedesk.ui.dialogs.signin_dialog import sign_in
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
    app.setDesktopFileName(APP_ID)  # Wayland docks find the icon through the desktop entry
    app.setWindowIcon(_app_icon(icon))
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

    def refuse(text: str) -> None:
        """A start that cannot go on: said on stderr, and in a message box unless this is
        the smoke test (nobody would close the box: it would hang)."""
        print(text, file=sys.stderr)
        if not args.smoke_test:
            prompts.error(None, text)

    # The data folder (or the folder of the chosen database file) is checked once, here,
    # before anything is written there: a clear message instead of a traceback.
    try:
        config.ensure_database_folder(url)
    except config.DataFolderError as exc:
        log.warning("cannot use the folder %s: %s %s", exc.folder, exc.code, exc.params)
        refuse(error_message(exc))
        return 1
    # One CaseDesk per database: a second start brings the first window to the front.
    instance = single_instance.SingleInstance(url)
    cleanup.callback(instance.release)
    claimed = instance.claim()
    if claimed == single_instance.ACTIVATED:
        if args.smoke_test:  # the smoke test did not run: never a false success
            print("smoke test: CaseDesk is already running with this database", file=sys.stderr)
            return 1
        print(f"CaseDesk is already running with {database_text(url)}: brought its window "
              "to the front.")
        return 0
    if claimed == single_instance.NOT_ANSWERING:
        refuse(single_instance.not_answering_text(database_text(url)))
        return 1

    team = signin.is_server_url(url)
    try:
        if team:  # a team database: each person signs in with their own login (SPEC §6.2)
            signed_in = sign_in(url, lambda target: signin.connect(
                target, backups_dir=config.backups_dir_for(url)), prefs)
            if signed_in is None:
                return 0
            result, session = signed_in
            url = signin.with_login(url, session.login)  # who signed in; no password kept
        else:
            result = open_database(url, backups_dir=config.backups_dir_for(url))
    except DatabaseOpenError as exc:
        log.warning("cannot open %s: %s %s", database_text(url), exc.code, exc.params)
        refuse(error_message(exc))
        return 1
    except ValueError:
        refuse(QCoreApplication.translate(
            "App", "“%1” is not a database address CaseDesk understands. Use "
            "sqlite:///path/to/file.db or postgresql://host/database.").replace(
                "%1", database_text(url)))
        return 2
    if result.backup:
        log.info("database upgraded from version %s; backup at %s", result.from_version,
                 result.backup)

    if not team:  # signed in above on a server (its first administrator: `casedesk admin init`)
        session = Session(result.database)
        admin.ensure_reference_data(session)
        me = admin.find_user_by_login(admin.os_login())
        if me is not None:
            admin.sign_in(session, me.login)
        elif args.name or args.smoke_test:  # (the smoke test never waits for a question)
            try:
                admin.create_first_user(session, args.name or admin.os_login())
            except Exception as exc:  # a bad --name: say why, in the user's language
                refuse(error_message(exc))
                return 2
        else:
            dialog = FirstRunDialog(session)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return 0

    demo_loader = is_empty = None
    try:
        from casedesk.controllers import demo

        if not team:  # demo data is for a desk of one, never a shared team database
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
    instance.window = window

    def change_language(code: str) -> None:
        prefs.set(settings.LANGUAGE, code)
        languages.switch(code)

    window.language_requested.connect(change_language)
    window.midnight = MidnightTimer(lambda: entitlements.refresh_states(session=session),
                                    window)
    # colleagues' changes refresh open lists and forms; a lost connection is a banner (issue 9)
    from casedesk.ui import live

    window.live = live.install(window, session, result.database)
    hook.connection_lost = live.report_connection_lost
    window.show()
    if args.smoke_test:
        return _smoke_test(app, window, result.database)

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    closing = asyncio.Event()
    app.aboutToQuit.connect(closing.set)
    with loop:
        loop.run_until_complete(closing.wait())
    window.live.stop()
    result.database.close()
    return 0
