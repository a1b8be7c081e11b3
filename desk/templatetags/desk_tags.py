"""Display helpers for the desk's templates."""

from django import template

from timeline.models import Event
from timeline.provenance import FIELD_LABELS

register = template.Library()

_CHOICE_LABELS = {
    "kind": dict(Event.Kind.choices),
    "status": dict(Event.Status.choices),
    "review": dict(Event.Review.choices),
}


@register.filter
def as_text(value, field=""):
    """A field's JSON value as an editor reads it: participants as a comma list, codes as
    their labels, nothing as a dash."""
    if value is None or value == "" or value == []:
        return "—"
    if field in ("merge", "split") and isinstance(value, int):
        return f"event {value}"
    if isinstance(value, list):
        names = (item.get("name", "") if isinstance(item, dict) else item for item in value)
        return ", ".join(str(name) for name in names)
    if isinstance(value, dict):
        # A "created" entry holds every field at once.
        return "; ".join(f"{key}: {as_text(item, key)}" for key, item in value.items())
    return _CHOICE_LABELS.get(field, {}).get(value, str(value))


@register.filter
def field_label(field):
    return FIELD_LABELS.get(field, field)


@register.filter
def as_input(value):
    """A field's JSON value as the text the fix form takes back."""
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return str(value)


@register.filter
def revertible(change) -> bool:
    """Whether the history offers to revert (or, for a merge or split, undo) this change;
    the service has the last word (timeline.editing.revert_change)."""
    if change.reverted_by_id:
        return False
    if change.field in ("merge", "split"):
        return change.regrouping is not None and change.regrouping.undone_at is None
    if change.field == "review":
        return change.old is not None
    if change.field in ("place", "end_date"):
        return True
    return change.field in ("kind", "date", "status", "participants", "title") and bool(change.old)
