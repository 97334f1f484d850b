"""Every keyboard shortcut in one module. Standard keys where Qt has them.

Kept as specs (a StandardKey or a portable string) and turned into QKeySequence by
`sequence()` once the application exists: a StandardKey resolved before that crashes Qt.
"""

from PySide6.QtGui import QKeySequence

NEW_CASE = QKeySequence.StandardKey.New  # Ctrl+N
QUICK_FIND = "Ctrl+K"
FILTER = QKeySequence.StandardKey.Find  # Ctrl+F
REFRESH = QKeySequence.StandardKey.Refresh  # F5
PREFERENCES = QKeySequence.StandardKey.Preferences
QUIT = QKeySequence.StandardKey.Quit
GO_CASES = "Ctrl+1"
GO_QUEUES = "Ctrl+2"
GO_ACTIVITIES = "Ctrl+3"
GO_ACCOUNTS = "Ctrl+4"
GO_CONTACTS = "Ctrl+5"


def sequence(spec) -> QKeySequence:
    return QKeySequence(spec)
