"""Forms for the desk: an editor's value for one field, written as the desk shows it."""

from django import forms

from timeline import editing, provenance
from timeline.models import Event


def participants_from_text(text: str) -> list[str]:
    """'Joe Biden, Vladimir Putin' (commas or one per line) -> the names."""
    return [name.strip() for name in text.replace("\n", ",").split(",") if name.strip()]


class FieldEditForm(forms.Form):
    """One tracked field and its new value, as text; `clean()` gives the stored value.

    kind and status take their codes (talks, scheduled), date YYYY-MM-DD / YYYY-MM / YYYY,
    participants names separated by commas, place a city name or nothing.
    """

    field = forms.ChoiceField(
        choices=[(f, provenance.FIELD_LABELS[f]) for f in provenance.TRACKED_FIELDS]
    )
    value = forms.CharField(required=False, max_length=2000)

    def clean(self):
        cleaned = super().clean()
        field, raw = cleaned.get("field"), (cleaned.get("value") or "").strip()
        if not field:
            return cleaned
        value = participants_from_text(raw) if field == "participants" else raw
        try:
            cleaned["stored"] = editing.validate_value(field, value)
        except editing.EditRejected as error:
            self.add_error("value", str(error))
        return cleaned


class EventForm(forms.Form):
    """Every tracked field at once: the desk's form to add a meeting the engine missed."""

    kind = forms.ChoiceField(choices=Event.Kind.choices)
    date = forms.CharField(
        max_length=10, help_text="YYYY-MM-DD, or YYYY-MM / YYYY when the text gives no more."
    )
    end_date = forms.CharField(max_length=10, required=False)
    status = forms.ChoiceField(choices=Event.Status.choices)
    participants = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Names, separated by commas.",
    )
    place = forms.CharField(max_length=200, required=False)
    title = forms.CharField(max_length=300)

    def clean(self):
        cleaned = super().clean()
        values = {}
        for field in provenance.TRACKED_FIELDS:
            if field not in cleaned:
                continue
            raw = cleaned[field]
            value = participants_from_text(raw) if field == "participants" else raw
            try:
                values[field] = editing.validate_value(field, value)
            except editing.EditRejected as error:
                self.add_error(field, str(error))
        cleaned["values"] = values
        return cleaned
