"""`python -m casedesk`: start the application."""

from casedesk.app import main

if __name__ == "__main__":
    raise SystemExit(main())
