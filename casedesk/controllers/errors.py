"""Errors are data: a code and parameters. ui/messages.py turns them into sentences."""


class CaseDeskError(Exception):
    code = "error"

    def __init__(self, code: str | None = None, **params):
        super().__init__(code or self.code, params)
        if code:
            self.code = code
        self.params = params


class ValidationError(CaseDeskError):
    """A field's value is not acceptable. Codes: required, too_long (max), control_chars,
    invalid, not_found. `field` and `code` are positional, so that params may hold a
    `field` of their own (routing conditions: ValidationError("condition", code, field=…))."""

    def __init__(self, field: str, code: str, /, **params):
        super().__init__(code, **params)
        self.field = field


class RuleViolation(CaseDeskError):
    """A rule of the spec forbids the command."""


class NotFound(CaseDeskError):
    code = "not_found"

    def __init__(self, entity: str, record_id):
        super().__init__("not_found", entity=entity, record_id=record_id)


class ConflictError(CaseDeskError):
    """Someone else saved the record first (SPEC §6.4). `theirs`: the record as it is now
    (for a case: cases.CurrentCase); `params` may also say who saved it and when
    (modified_by, modified_on) and the case's number."""

    def __init__(self, entity: str, record_id, theirs=None, **params):
        super().__init__("conflict", entity=entity, record_id=record_id, **params)
        self.theirs = theirs


class PermissionDenied(CaseDeskError):
    def __init__(self, action: str):
        super().__init__("permission_denied", action=action)
