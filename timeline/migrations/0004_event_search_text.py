"""Event.search_text (see timeline.search): the column, filled for the events already there,
and on PostgreSQL a trigram index so that `LIKE '%word%'` does not read every row."""

from django.db import migrations, models

from timeline.search import search_text_for

TRIGRAM_INDEX = "timeline_event_search_text_trgm"


def fill_search_text(apps, schema_editor):
    Event = apps.get_model("timeline", "Event")
    events = Event.objects.select_related("place").prefetch_related("participants", "mentions")
    for event in events.iterator(chunk_size=500):
        text = search_text_for(
            title=event.title,
            place=(event.place.name, event.place.aliases) if event.place else None,
            participants=[(a.name, a.aliases) for a in event.participants.all()],
            evidence=[m.evidence for m in event.mentions.all()],
        )
        Event.objects.filter(pk=event.pk).update(search_text=text)


def add_trigram_index(apps, schema_editor):
    # Only PostgreSQL has trigram indexes, and only where the pg_trgm extension is shipped:
    # without it the search is the same, on a full scan. (Not in the model's Meta, where
    # SQLite would be asked for a GIN index.)
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")
        if cursor.fetchone() is None:
            return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {TRIGRAM_INDEX} "
        "ON timeline_event USING gin (search_text gin_trgm_ops)"
    )


def drop_trigram_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {TRIGRAM_INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0003_event_regrouping_constraints"),
    ]

    operations = [
        migrations.AddField(
            model_name="event",
            name="search_text",
            field=models.TextField(blank=True, default="", editable=False),
        ),
        migrations.RunPython(fill_search_text, migrations.RunPython.noop),
        migrations.RunPython(add_trigram_index, drop_trigram_index),
    ]
