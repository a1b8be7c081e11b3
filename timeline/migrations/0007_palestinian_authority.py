"""The Palestinian side is named "Palestinian Authority", as the annotated corpus names it (14
times in 4 articles, never "Palestine"): the shipped gazetteer renamed its record, and this
renames the row a database already holds, the country of its people and of its places.
"Palestine" stays one of its names, so searches and the engine still find it."""

from django.db import migrations

OLD, NEW = "Palestine", "Palestinian Authority"


def _rename(apps, old, new, slug):
    Actor = apps.get_model("timeline", "Actor")
    Place = apps.get_model("timeline", "Place")
    # A row an editor already made under the new name wins: the old one is left to the desk.
    if not Actor.objects.filter(name=new).exists():
        fields = {"name": new}
        if not Actor.objects.filter(slug=slug).exists():
            fields["slug"] = slug
        Actor.objects.filter(name=old).update(**fields)
    Place.objects.filter(country=old).update(country=new)
    for person in Actor.objects.filter(details__country=old):
        person.details = {**person.details, "country": new}
        person.save(update_fields=["details"])


def forwards(apps, schema_editor):
    _rename(apps, OLD, NEW, "palestinian-authority")


def backwards(apps, schema_editor):
    _rename(apps, NEW, OLD, "palestine")


class Migration(migrations.Migration):
    dependencies = [("timeline", "0006_event_published_by_date")]

    operations = [migrations.RunPython(forwards, backwards)]
