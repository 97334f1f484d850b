"""Products (SPEC §1.9): Settings › Products, administrators only.

A product has a name, an optional number (unique) and is active or not; an inactive product
is no longer offered for new cases, and cases that have it keep it. Products are never
deleted (entitlements and cases refer to them). Every command checks the role first
(PermissionDenied("products")), runs in one write transaction, is audited ("product") and
publishes PRODUCTS_CHANGED(ids=[…]) after the commit.
"""

from __future__ import annotations

from dataclasses import dataclass

from peewee import JOIN, fn

from casedesk.controllers import audit, events
from casedesk.controllers.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from casedesk.controllers.session import Session
from casedesk.controllers.validation import clean_text
from casedesk.models import Case, Product, utcnow
from casedesk.models.db import write_transaction
from casedesk.models.options import Role
from casedesk.models.text import sort_key

ENTITY = "product"
NAME_MAX = 200
NUMBER_MAX = 100


@dataclass
class ProductFields:
    name: str
    number: str | None = None
    active: bool = True


@dataclass(frozen=True)
class ProductRow:
    id: int
    name: str
    number: str | None
    active: bool
    case_count: int
    version: int = 1

    def fields(self) -> ProductFields:
        return ProductFields(self.name, self.number, self.active)


def can_edit(session: Session) -> bool:
    return session.has_role(Role.ADMINISTRATOR)


def _require_admin(session: Session) -> None:
    if not can_edit(session):
        raise PermissionDenied("products")


def _clean(fields: ProductFields) -> dict:
    return {"name": clean_text("name", fields.name, max_length=NAME_MAX, required=True),
            "number": clean_text("product_number", fields.number, max_length=NUMBER_MAX),
            "active": bool(fields.active)}


def _check_number(product_id: int | None, number: str | None) -> None:
    """No other product has this number (compared without regard to case)."""
    if number is None:
        return
    query = Product.select().where(fn.lower(Product.number) == number.lower())
    if product_id is not None:
        query = query.where(Product.id != product_id)
    if query.exists():
        raise ValidationError("product_number", "taken")


def _query():
    return (Product.select(Product.id, Product.name, Product.number, Product.active,
                           fn.COUNT(Case.id), Product.version)
            .join(Case, JOIN.LEFT_OUTER, on=(Case.product == Product.id))
            .group_by(Product.id))


def _row(r) -> ProductRow:
    return ProductRow(r[0], r[1], r[2], bool(r[3]), int(r[4]), int(r[5]))


def list_products(active_only: bool = False) -> list[ProductRow]:
    """Every product (or the active ones) by name, with how many cases have it."""
    query = _query()
    if active_only:
        query = query.where(Product.active == True)  # noqa: E712
    rows = [_row(r) for r in query.tuples()]
    rows.sort(key=lambda r: (sort_key(r.name, 10_000), r.id))
    return rows


def get_product(product_id: int) -> ProductRow:
    r = _query().where(Product.id == product_id).tuples().first()
    if r is None:
        raise NotFound(ENTITY, product_id)
    return _row(r)


def create_product(session: Session, fields: ProductFields) -> int:
    """A new product; returns its id. ValidationError("product_number", "taken") for a number that
    another product has."""
    _require_admin(session)
    values = _clean(fields)
    with write_transaction():
        _check_number(None, values["number"])
        now = utcnow()
        product_id = Product.insert(**values, created_on=now, created_by=session.user_id,
                                    modified_on=now, modified_by=session.user_id).execute()
        audit.record_create(session, ENTITY, product_id, values)
    session.events.publish(events.PRODUCTS_CHANGED, ids=[product_id])
    return product_id


def update_product(session: Session, product_id: int, fields: ProductFields,
                   expected_version: int) -> int:
    """Save an edited product; returns its new version. ConflictError when someone saved it
    since `expected_version` was read (nothing is written then)."""
    _require_admin(session)
    values = _clean(fields)
    with write_transaction():
        row = Product.get_or_none(Product.id == product_id)
        if row is None:
            raise NotFound(ENTITY, product_id)
        if row.version != expected_version:
            raise ConflictError(ENTITY, product_id, theirs=get_product(product_id))
        old = {"name": row.name, "number": row.number, "active": bool(row.active)}
        changed = {k: v for k, v in values.items() if old[k] != v}
        if not changed:
            return row.version
        if "number" in changed:
            _check_number(product_id, values["number"])
        Product.update(**changed, version=Product.version + 1, modified_on=utcnow(),
                       modified_by=session.user_id).where(Product.id == product_id).execute()
        audit.record_changes(session, ENTITY, product_id, old, changed)
    session.events.publish(events.PRODUCTS_CHANGED, ids=[product_id])
    return expected_version + 1


def set_active(session: Session, product_id: int, active: bool) -> None:
    """Activate or deactivate a product (cases that have it keep it)."""
    _require_admin(session)
    active = bool(active)
    with write_transaction():
        current = Product.select(Product.active).where(Product.id == product_id).scalar()
        if current is None:
            raise NotFound(ENTITY, product_id)
        if bool(current) == active:
            return
        Product.update(active=active, version=Product.version + 1, modified_on=utcnow(),
                       modified_by=session.user_id).where(Product.id == product_id).execute()
        audit.record_changes(session, ENTITY, product_id, {"active": bool(current)},
                             {"active": active})
    session.events.publish(events.PRODUCTS_CHANGED, ids=[product_id])
