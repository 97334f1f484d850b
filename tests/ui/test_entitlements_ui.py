"""Service › Entitlements, the entitlement form, Settings › Entitlement Templates and the
entitlement settings of Case Settings, on real widgets over the real controllers (SPEC §1.5,
§3, issue 6)."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QSettings

from casedesk.controllers import admin, entitlements, lifecycle, lookups
from casedesk.models import Account, Contact, Product
from casedesk.models.options import (
    AllocationType,
    DecreaseRemainingOn,
    EntitlementState,
    Origin,
    Role,
)
from casedesk.ui import prompts, settings
from casedesk.ui.actions import ActionRegistry
from casedesk.ui.background import Reader
from casedesk.ui.forms.entitlement_form import EntitlementForm
from casedesk.ui.pages.case_settings_page import CaseSettingsPage
from casedesk.ui.pages.entitlement_list_page import EntitlementListPage, TemplateChooser
from casedesk.ui.pages.entitlement_templates_page import EntitlementTemplatesPage

E = entitlements
S = EntitlementState


@pytest.fixture
def reader(qapp):
    r = Reader()
    yield r
    r.close()


@pytest.fixture
def prefs(tmp_path):
    return settings.Settings(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def data(session):
    acme = Account.create(name="Havstål AB")
    sven = Contact.create(first_name="Sven", last_name="Ödman", full_name="Sven Ödman",
                          parent_account=acme)
    printer = Product.create(name="Skrivare P-200", number="P200")
    portal = Product.create(name="Kundportal", number="KP1")
    template = E.create_template(session, E.TemplateFields(
        name="Guld 20 ärenden", total_terms=Decimal(20), duration_days=180,
        restrict_case_creation=True, description="Två kanaler",
        channels=[(int(Origin.PHONE), Decimal(15)), (int(Origin.EMAIL), Decimal(5))],
        product_ids=[printer.id]))
    return {"acme": acme, "sven": sven, "printer": printer, "portal": portal,
            "template": template}


def _item(kind, record):
    name = record.name if kind == "account" else record.full_name
    return lookups.LookupItem(kind, record.id, name, "")


def _form(qtbot, session, reader, prefs, **kw):
    form = EntitlementForm(session, E, lookups, reader, prefs, **kw)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    return form


def _draft(session, data, **kw):
    values = dict(name="Silver", customer_account_id=data["acme"].id,
                  start_date=date.today(), end_date=date.today() + timedelta(days=90),
                  total_terms=Decimal(10))
    values.update(kw)
    return E.create_entitlement(session, E.EntitlementFields(**values))


@pytest.fixture
def agent(session):
    admin.create_user(session, "Björn Berg", "bjorn", roles=(Role.AGENT,))
    admin.sign_in(session, "bjorn")
    return session


# -- the form ----------------------------------------------------------------------------------


def test_from_template_activate_default_and_the_active_view(qtbot, session, reader, prefs,
                                                            data, no_message_boxes):
    host = _host(qtbot)
    page = EntitlementListPage(session, E, lookups, reader, ActionRegistry(host), prefs,
                               parent=host)
    host.show()
    qtbot.waitUntil(lambda: not page.model.loading)
    form = page.new_record(_item("account", data["acme"]), data["template"])
    # prefilled from the template: terms, length, channels and products
    assert form.name_edit.text() == "Guld 20 ärenden"
    assert form.total_spin.value() == 20
    assert form.restrict_check.isChecked()
    assert form.end_edit.date().toPython() == date.today() + timedelta(days=179)
    assert form.channels() == [(int(Origin.PHONE), Decimal(15)), (int(Origin.EMAIL), Decimal(5))]
    assert [n for _i, n in form.products()] == ["Skrivare P-200"]
    assert form.is_dirty()
    assert form.save()
    record = E.get_entitlement(form.record_id)
    assert record.template_id == data["template"]
    assert [(c.origin, c.total_terms) for c in record.channels] == form.channels()
    assert [n for _i, n in record.products] == ["Skrivare P-200"]
    assert form.state_badge.text() == "Draft"

    # Activate asks "Confirm Activation", then the form is read-only with a bar saying why
    no_message_boxes.clear()
    assert form.activate()
    assert no_message_boxes[0].startswith("Confirm Activation")
    assert E.get_entitlement(form.record_id).state == S.ACTIVE
    assert form.state_badge.text() == "Active"
    assert form.read_only_bar.isVisible() and "Deactivate" in form.read_only_bar.text()
    assert form.name_edit.isReadOnly() and not form.actions["save_record"].isEnabled()
    assert form.actions["set_default_entitlement"].isVisible()

    # Set As Default with its confirmation
    no_message_boxes.clear()
    assert form.set_default(True)
    assert "default entitlement of Havstål AB" in no_message_boxes[0]
    assert E.get_entitlement(form.record_id).is_default
    assert form.default_badge.isVisible()
    assert form.actions["remove_default_entitlement"].isVisible()
    assert not form.actions["set_default_entitlement"].isVisible()

    # the Active view lists it, marked Default
    page.set_view(E.EntitlementView.ACTIVE)
    qtbot.waitUntil(lambda: not page.model.loading and page.model.rowCount() == 1)
    row = page.model.row_of(0)
    assert row.name == "Guld 20 ärenden" and row.is_default
    assert page.model.index(0, 8).data() == "Yes"
    assert page.count_label.text() == "1 entitlement"


def _host(qtbot):
    from PySide6.QtWidgets import QWidget

    host = QWidget()
    qtbot.addWidget(host)
    return host


def test_a_draft_edits_its_sublists_an_active_one_does_not(qtbot, session, reader, prefs,
                                                           data):
    form = _form(qtbot, session, reader, prefs, entitlement_id=_draft(session, data))
    assert form.channel_apply_button.isEnabled()
    # add a channel, change its terms, add another, remove one
    form.channel_origin_combo.setCurrentIndex(form.channel_origin_combo.findData(
        int(Origin.WEB)))
    form.channel_terms_spin.setValue(4)
    assert form.channel_apply_button.text() == "&Add"
    assert form.apply_channel()
    # the editor then offers an origin not listed yet; choosing a row edits that channel
    assert form.channel_origin_combo.currentData() != int(Origin.WEB)
    assert form.channel_apply_button.text() == "&Add"
    form.channels_tree.setCurrentItem(form.channels_tree.topLevelItem(0))
    assert form.channel_origin_combo.currentData() == int(Origin.WEB)
    assert form.channel_terms_spin.value() == 4
    assert form.channel_apply_button.text() == "&Update"
    form.channel_terms_spin.setValue(6.5)
    assert form.apply_channel()
    form.channel_origin_combo.setCurrentIndex(form.channel_origin_combo.findData(
        int(Origin.PHONE)))
    form.channel_terms_spin.setValue(3)
    assert form.apply_channel()
    stored = [(c.origin, c.total_terms) for c in E.get_entitlement(form.record_id).channels]
    assert sorted(stored) == [(int(Origin.PHONE), Decimal(3)), (int(Origin.WEB),
                                                                Decimal("6.5"))]
    assert form.channels_tree.topLevelItemCount() == 2
    form.channels_tree.setCurrentItem(form.channels_tree.topLevelItem(0))
    assert form.remove_channel()
    assert len(E.get_entitlement(form.record_id).channels) == 1
    assert form.tabs.tabText(0) == "Channels (1)"
    # products and contacts, through their lookups
    form.product_lookup.set_item(_item_product(data["portal"]))
    assert form.add_product()
    assert [n for _i, n in E.get_entitlement(form.record_id).products] == ["Kundportal"]
    form.contact_lookup.set_item(_item("contact", data["sven"]))
    assert form.add_contact()
    assert [n for _i, n in E.get_entitlement(form.record_id).contacts] == ["Sven Ödman"]
    form.contacts_tree.setCurrentItem(form.contacts_tree.topLevelItem(0))
    assert form.remove_contact()
    assert E.get_entitlement(form.record_id).contacts == []
    # contacts are searched among the customer's
    found = form._search_contacts("")
    assert [i.label for i in found] == ["Sven Ödman"]

    assert form.activate()
    assert form.is_read_only()
    for widget in (form.channel_apply_button, form.channel_remove_button,
                   form.product_add_button, form.contact_add_button,
                   form.product_remove_button):
        assert not widget.isEnabled()
    assert form.product_lookup.is_read_only()
    assert form.channels_note.text() == "Only a draft's lists can be changed."
    assert form.apply_channel() is False
    assert form.save() is False
    # Deactivate returns it to Draft: editable again
    assert form.deactivate()
    assert form.state == S.DRAFT and form.channel_apply_button.isEnabled()
    assert not form.read_only_bar.isVisible()


def _item_product(product):
    return lookups.LookupItem("product", product.id, product.name, product.number or "")


def test_hours_force_case_resolution(qtbot, session, reader, prefs, data):
    form = _form(qtbot, session, reader, prefs, customer=_item("account", data["acme"]))
    assert not form.decrease_hint.isVisible()
    form.decrease_combo.setCurrentIndex(form.decrease_combo.findData(
        int(DecreaseRemainingOn.CASE_CREATION)))
    form.allocation_combo.setCurrentIndex(form.allocation_combo.findData(
        int(AllocationType.NUMBER_OF_HOURS)))
    assert form.decrease_combo.currentData() == DecreaseRemainingOn.CASE_RESOLUTION
    assert form.decrease_hint.isVisible()
    creation = form.decrease_combo.findData(int(DecreaseRemainingOn.CASE_CREATION))
    assert not form.decrease_combo.model().item(creation).isEnabled()
    form.name_edit.setText("Timbank")
    form.total_spin.setValue(12.5)
    assert form.save()
    fields = E.get_entitlement(form.record_id).fields
    assert fields.allocation_type == AllocationType.NUMBER_OF_HOURS
    assert fields.decrease_on == DecreaseRemainingOn.CASE_RESOLUTION
    assert fields.total_terms == Decimal("12.5")
    # back to cases: Case Creation is offered again
    form.allocation_combo.setCurrentIndex(0)
    assert form.decrease_combo.model().item(creation).isEnabled()
    assert not form.decrease_hint.isVisible()


def test_the_controller_refuses_hours_on_creation_inline(qtbot, session, reader, prefs, data,
                                                         monkeypatch):
    form = _form(qtbot, session, reader, prefs, customer=_item("account", data["acme"]))
    form.name_edit.setText("Timmar")
    original = form.collect

    def forced():
        fields = original()
        fields.allocation_type = int(AllocationType.NUMBER_OF_HOURS)
        fields.decrease_on = int(DecreaseRemainingOn.CASE_CREATION)
        return fields

    monkeypatch.setattr(form, "collect", forced)
    assert form.save() is False
    assert "Case Resolution" in form.field_error("decrease_on")
    assert form.record_id is None


def test_end_before_start_shows_the_field_error_and_saves_nothing(qtbot, session, reader,
                                                                  prefs, data):
    form = _form(qtbot, session, reader, prefs, customer=_item("account", data["acme"]))
    form.name_edit.setText("Baklänges")
    form.end_edit.setDate(form.start_edit.date().addDays(-3))
    assert form.save() is False
    assert form.field_error("end_date") == "The end date must not be before the start date."
    assert form.error_labels["end_date"].isVisible()
    assert form.record_id is None
    assert E.count_entitlements(E.EntitlementQuery()) == 0
    form.end_edit.setDate(form.start_edit.date().addDays(3))  # editing clears the error
    assert form.field_error("end_date") == ""


def test_a_missing_name_and_customer_are_shown_inline(qtbot, session, reader, prefs, data):
    form = _form(qtbot, session, reader, prefs)
    assert form.save() is False
    assert form.field_error("name") == "Name is required."
    form.name_edit.setText("Utan kund")
    assert form.save() is False
    assert form.field_error("customer") == "Customer is required."


def test_agents_cannot_set_the_default(qtbot, session, reader, prefs, data, no_message_boxes):
    entitlement_id = _draft(session, data)
    E.activate(session, entitlement_id)
    admin.create_user(session, "Björn Berg", "bjorn", roles=(Role.AGENT,))
    admin.sign_in(session, "bjorn")
    form = _form(qtbot, session, reader, prefs, entitlement_id=entitlement_id)
    assert not form.actions["set_default_entitlement"].isEnabled()
    assert "managers and administrators" in form.actions["set_default_entitlement"].toolTip()
    no_message_boxes.clear()
    assert form.set_default(True) is False
    assert no_message_boxes[-1] == ("Only managers and administrators can set or remove the "
                                    "default entitlement.")
    assert not E.get_entitlement(entitlement_id).is_default


def test_an_agent_sees_entitlements_read_only(qtbot, session, reader, prefs, data,
                                              no_message_boxes):
    """Entitlements are managed by managers and administrators (SPEC §1.6): an agent's form
    is read-only and says why, with no command that the controller would refuse."""
    entitlement_id = _draft(session, data)
    admin.create_user(session, "Björn Berg", "bjorn", roles=(Role.AGENT,))
    admin.sign_in(session, "bjorn")
    form = _form(qtbot, session, reader, prefs, entitlement_id=entitlement_id)
    assert form.is_read_only()
    assert form.read_only_reason() == ("Only managers and administrators can change "
                                       "entitlements.")
    for action_id in ("save_record", "activate_entitlement"):
        assert not form.actions[action_id].isEnabled(), action_id
    assert not form.channel_apply_button.isEnabled()
    assert E.get_entitlement(entitlement_id).state == S.DRAFT


def test_cancel_renew_and_the_states_read_only(qtbot, session, reader, prefs, data,
                                               no_message_boxes):
    entitlement_id = _draft(session, data, start_date=date.today() + timedelta(days=5))
    form = _form(qtbot, session, reader, prefs, entitlement_id=entitlement_id)
    assert form.activate()
    assert form.state == S.WAITING
    assert "waiting for its start date" in form.read_only_bar.text()
    assert form.cancel_entitlement()
    assert form.state == S.CANCELLED
    assert "cancelled" in form.read_only_bar.text()
    assert form.actions["renew_entitlement"].isVisible()
    assert not form.actions["activate_entitlement"].isVisible()
    assert form.renew()
    assert form.record_id != entitlement_id
    assert form.state == S.DRAFT and not form.is_read_only()
    assert form.name_edit.text() == "Silver"


def test_the_ledger_shows_the_movements(qtbot, session, reader, prefs, data):
    from casedesk.controllers import cases

    entitlement_id = _draft(session, data)
    E.activate(session, entitlement_id)
    cases.create_case(session, cases.NewCase(
        title="Skrivaren", customer_account_id=data["acme"].id, entitlement_id=entitlement_id))
    form = _form(qtbot, session, reader, prefs, entitlement_id=entitlement_id)
    qtbot.waitUntil(lambda: form.ledger_tree.topLevelItemCount() == 1)
    item = form.ledger_tree.topLevelItem(0)
    assert item.text(0).startswith("CAS-")
    assert item.text(2) == "\u22121"
    assert item.text(3) == "Case created"
    assert form.remaining_edit.text() == "9"
    assert form.tabs.tabText(3) == "Ledger (1)"
    with qtbot.waitSignal(form.case_open_requested) as opened:
        form.ledger_tree.itemActivated.emit(item, 0)
    assert opened.args[0] == E.ledger(entitlement_id)[0].case_id


def test_unsaved_changes_are_asked_on_close(qtbot, session, reader, prefs, data, monkeypatch):
    form = _form(qtbot, session, reader, prefs, entitlement_id=_draft(session, data))
    form.name_edit.setText("Silver Plus")
    form.name_edit.textEdited.emit("Silver Plus")
    asked = []
    monkeypatch.setattr(prompts, "ask_save_changes",
                        lambda parent, text: asked.append(text) or "cancel")
    form.reject()
    assert asked == ["Save the changes to the entitlement?"] and form.isVisible()
    monkeypatch.setattr(prompts, "ask_save_changes", lambda parent, text: "save")
    form.reject()
    assert not form.isVisible()
    assert E.get_entitlement(form.record_id).fields.name == "Silver Plus"


def test_a_conflict_keeps_the_edits(qtbot, session, reader, prefs, data, no_message_boxes):
    entitlement_id = _draft(session, data)
    form = _form(qtbot, session, reader, prefs, entitlement_id=entitlement_id)
    record = E.get_entitlement(entitlement_id)
    record.fields.name = "Someone else"
    form._busy = True  # as if the change came from another window without an event
    E.update_entitlement(session, entitlement_id, record.fields, record.version)
    form._busy = False
    form.name_edit.setText("Mine")
    assert form.save() is False
    assert "Someone else saved" in no_message_boxes[-1]
    assert form.name_edit.text() == "Mine"


# -- the list page -----------------------------------------------------------------------------


def test_list_views_filter_sort_and_open(qtbot, session, reader, prefs, data):
    first = _draft(session, data, name="Alfa")
    second = _draft(session, data, name="Beta", total_terms=Decimal(0))
    E.activate(session, second)
    host = _host(qtbot)
    actions = ActionRegistry(host)
    page = EntitlementListPage(session, E, lookups, reader, actions, prefs, parent=host)
    host.resize(1200, 500)
    host.show()
    qtbot.waitUntil(lambda: not page.model.loading and page.model.rowCount() == 2)
    assert [page.model.row_of(i).name for i in range(2)] == ["Alfa", "Beta"]
    headers = [page.model.headerData(i, Qt_Horizontal()) for i in range(9)]
    assert headers == ["Name", "Customer", "Status", "Allocation Type", "Total Terms",
                       "Remaining Terms", "Start Date", "End Date", "Default"]
    page.set_view(E.EntitlementView.EXHAUSTED)
    qtbot.waitUntil(lambda: not page.model.loading and page.model.rowCount() == 1)
    assert page.model.row_of(0).id == second
    page.set_view(E.EntitlementView.ALL, "alf")
    qtbot.waitUntil(lambda: not page.model.loading and page.model.rowCount() == 1)
    assert page.model.row_of(0).id == first
    page.set_view(E.EntitlementView.ALL)
    qtbot.waitUntil(lambda: not page.model.loading and page.model.rowCount() == 2)
    page.model.sort(0, Qt_Descending())
    qtbot.waitUntil(lambda: not page.model.loading and page.model.row_of(0).name == "Beta")
    assert prefs.get(settings.ENTITLEMENT_SORT_DESCENDING) is True
    # Enter (activated) opens the form; the same entitlement raises the same form
    page.table.activated.emit(page.model.index(0, 0))
    form = page.last_form
    assert form.record_id == second
    assert page.open_record(second) is form
    # a change elsewhere reloads the list
    E.activate(session, first)
    qtbot.waitUntil(lambda: not page.model.loading
                    and {page.model.row_of(i).state for i in range(2)} == {S.ACTIVE})


def test_the_view_and_sort_are_remembered(qtbot, session, reader, prefs, data):
    prefs.set(settings.ENTITLEMENT_VIEW, int(E.EntitlementView.EXPIRING))
    prefs.set(settings.ENTITLEMENT_SORT, "end_date")
    host = _host(qtbot)
    page = EntitlementListPage(session, E, lookups, reader, ActionRegistry(host), prefs,
                               parent=host)
    assert page.view_combo.currentData() == E.EntitlementView.EXPIRING
    assert page.view_combo.currentText() == "Expiring in 30 Days"
    assert page.model.query.sort == "end_date"


def test_new_from_template_asks_for_a_template(qtbot, session, reader, prefs, data):
    host = _host(qtbot)
    page = EntitlementListPage(session, E, lookups, reader, ActionRegistry(host), prefs,
                               parent=host)
    host.show()
    chooser = page.new_from_template()
    assert isinstance(chooser, TemplateChooser)
    assert chooser.list.count() == 1 and chooser.template_id() == data["template"]
    chooser.customer_edit.set_item(_item("contact", data["sven"]))
    chooser.accept()
    form = page.last_form
    assert form.name_edit.text() == "Guld 20 ärenden"
    assert form.customer_edit.item().id == data["sven"].id
    assert form.save()
    assert E.get_entitlement(form.record_id).customer_kind == "contact"


def Qt_Horizontal():  # noqa: N802
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def Qt_Descending():  # noqa: N802
    from PySide6.QtCore import Qt

    return Qt.SortOrder.DescendingOrder


# -- templates ---------------------------------------------------------------------------------


def test_templates_page_edits_and_saves(qtbot, session, data, no_message_boxes):
    page = EntitlementTemplatesPage(session, E, lookups)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    assert page.template_list.count() == 1
    assert page.name_edit.text() == "Guld 20 ärenden"
    assert page.channels_tree.topLevelItemCount() == 2
    assert page.duration_spin.value() == 180
    page.new_template()
    page.name_edit.setText("Timbank 40")
    page.name_edit.textEdited.emit("Timbank 40")
    page.allocation_combo.setCurrentIndex(1)  # hours: Case Resolution only
    assert page.decrease_combo.currentData() == DecreaseRemainingOn.CASE_RESOLUTION
    page.total_spin.setValue(40)
    page.duration_spin.setValue(90)
    page.channel_origin_combo.setCurrentIndex(page.channel_origin_combo.findData(
        int(Origin.WEB)))
    page.channel_terms_spin.setValue(10)
    page.apply_channel()
    page.product_combo.setCurrentIndex(page.product_combo.findText("Kundportal"))
    page.add_product()
    assert page.save_action.isEnabled()
    assert page.save()
    assert page.template_list.count() == 2
    record = E.get_template(page.template_id)
    assert record.fields.name == "Timbank 40" and record.fields.duration_days == 90
    assert record.fields.channels == [(int(Origin.WEB), Decimal(10))]
    assert record.fields.product_ids == [data["portal"].id]
    # a taken name is shown next to the field
    page.new_template()
    page.name_edit.setText("Timbank 40")
    page.name_edit.textEdited.emit("Timbank 40")
    assert page.save() is False
    assert page.field_error("name") == "Name is already in use."
    page.revert()
    # delete after a confirmation
    page.template_list.setCurrentRow(1)
    assert page.name_edit.text() == "Timbank 40"
    assert page.delete_template()
    assert [t[1] for t in E.list_templates()] == ["Guld 20 ärenden"]


def test_templates_are_read_only_for_agents(qtbot, data, agent, no_message_boxes):
    page = EntitlementTemplatesPage(agent, E, lookups)
    qtbot.addWidget(page)
    page.show()
    assert page.read_only_note.isVisible()
    assert page.name_edit.isReadOnly() and not page.allocation_combo.isEnabled()
    assert not page.save_action.isEnabled() and not page.delete_action.isEnabled()
    assert page.save() is False
    assert "managers and administrators" in no_message_boxes[-1]


# -- Case Settings -----------------------------------------------------------------------------


def test_case_settings_store_the_default_entitlement_settings(qtbot, session):
    page = CaseSettingsPage(session, lifecycle)
    qtbot.addWidget(page)
    page.show()
    checks = page.entitlement_checks
    assert not any(c.isChecked() for c in checks.values())
    assert not page.save_action.isEnabled()
    checks["default_entitlement_on_create"].click()
    assert page.has_changes() and page.save_action.isEnabled()
    assert page.save()
    assert admin.get_setting("default_entitlement_on_create") is True
    assert admin.get_setting("default_entitlement_on_update") is False
    assert not page.has_changes()
    checks["default_entitlement_on_update"].click()
    page.revert()
    assert not checks["default_entitlement_on_update"].isChecked()


def test_case_settings_entitlement_checks_are_read_only_for_agents(qtbot, agent):
    page = CaseSettingsPage(agent, lifecycle)
    qtbot.addWidget(page)
    assert not any(c.isEnabled() for c in page.entitlement_checks.values())


# -- Swedish -----------------------------------------------------------------------------------


def test_swedish_labels(qtbot, session, reader, prefs, data, english):
    entitlement_id = _draft(session, data)
    E.activate(session, entitlement_id)
    form = _form(qtbot, session, reader, prefs, entitlement_id=entitlement_id)
    host = _host(qtbot)
    page = EntitlementListPage(session, E, lookups, reader, ActionRegistry(host), prefs,
                               parent=host)
    templates = EntitlementTemplatesPage(session, E, lookups)
    qtbot.addWidget(templates)
    case_settings = CaseSettingsPage(session, lifecycle)
    qtbot.addWidget(case_settings)
    english.switch("sv")
    assert form.kind_label.text() == "Berättigande"
    assert form.captions["allocation_type"].text() == "Tilldelnings&typ:"
    assert form.captions["decrease_on"].text() == "&Minska återstående vid:"
    assert form.captions["total_terms"].text() == "&Totalt antal villkor:"
    assert form.captions["remaining"].text() == "Återstående villkor:"
    assert [form.allocation_combo.itemText(i) for i in range(2)] == ["Antal ärenden",
                                                                    "Antal timmar"]
    assert [form.decrease_combo.itemText(i) for i in range(2)] == ["Skapande av ärende",
                                                                  "Stängning av ärende"]
    assert form.state_badge.text() == "Aktiv"
    assert form.actions["set_default_entitlement"].text().replace("&", "") == (
        "Ange som standard")
    assert form.actions["save_record"].text() == "&Spara"
    assert page.model.headerData(4, Qt_Horizontal()) == "Totalt antal villkor"
    assert page.model.headerData(5, Qt_Horizontal()) == "Återstående villkor"
    assert page.view_combo.itemText(0) == "Alla berättiganden"
    assert templates.heading.text() == "Berättigandemallar"
    assert "standardberättigande" in case_settings.entitlement_checks[
        "default_entitlement_on_create"].text()
    english.switch("en")
    assert form.kind_label.text() == "Entitlement"
    assert form.allocation_combo.itemText(1) == "Number of hours"
