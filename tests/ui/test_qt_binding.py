"""The Qt binding itself: a defect here crashes the app after a while of use."""

import sys

from PySide6.QtWidgets import QLabel


def test_qt_calls_do_not_use_up_references_to_none(qapp):
    """PySide6 6.12.0 on Python 3.11 drops a reference to None on every call that returns
    nothing; after ~27,000 calls Python aborts. The app must run on a binding that does not."""
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
    assert sys.getrefcount(None) - before > -100
