"""On PostgreSQL, Event.search_text is searched with full text (see timeline.search): a GIN
index on its tsvector, read with the 'simple' configuration. The trigram index of 0004 served
LIKE '%…%', which PostgreSQL no longer runs on the whole table: dropped, so that writing the
text no longer updates it. SQLite has neither and is left as it is."""

from django.db import migrations

FULL_TEXT_INDEX = "timeline_event_search_text_fts"
TRIGRAM_INDEX = "timeline_event_search_text_trgm"


def add_full_text_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    # The expression timeline.search filters on (SearchVector("search_text", config="simple"),
    # COALESCE included): the planner uses an index on an expression only for that expression.
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {FULL_TEXT_INDEX} ON timeline_event "
        "USING gin (to_tsvector('simple'::regconfig, COALESCE(search_text, '')))"
    )
    schema_editor.execute(f"DROP INDEX IF EXISTS {TRIGRAM_INDEX}")


def drop_full_text_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP INDEX IF EXISTS {FULL_TEXT_INDEX}")
    # Back to 0004's state, where pg_trgm is shipped.
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")
        if cursor.fetchone() is None:
            return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {TRIGRAM_INDEX} "
        "ON timeline_event USING gin (search_text gin_trgm_ops)"
    )


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0004_event_search_text"),
    ]

    operations = [
        migrations.RunPython(add_full_text_index, drop_full_text_index),
    ]
