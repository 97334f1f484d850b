"""CaseDesk: case management for customer-service agents."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("casedesk")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.1.0"

APP_NAME = "CaseDesk"
ORG_NAME = "CaseDesk"
