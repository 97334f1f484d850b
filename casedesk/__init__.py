"""CaseDesk: case management for customer-service agents."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("casedesk")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.1.0"

APP_NAME = "CaseDesk"
ORG_NAME = "CaseDesk"
#: reverse-DNS application id: the Linux desktop entry (se.casedesk.CaseDesk.desktop), the icon
#: name, the AppStream id and the macOS bundle id (packaging/README.md)
APP_ID = "se.casedesk.CaseDesk"
