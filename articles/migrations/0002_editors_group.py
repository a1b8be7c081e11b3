"""The Editors group, with exactly the permissions uploading and reviewing need.

Articles: view, add (upload) and change (parse again, correct the date); never delete.
Timeline: view, add and change events, mentions, actors and places; view the change log and
the regroupings (they are written by timeline.editing, never by hand). No user or group
administration. Running it again leaves the same group; reversing it removes the group.
"""

from django.db import migrations

GROUP = "Editors"
PERMISSIONS = {
    "articles": ["view_article", "add_article", "change_article"],
    "timeline": [
        "view_event", "add_event", "change_event",
        "view_mention", "add_mention", "change_mention",
        "view_actor", "add_actor", "change_actor",
        "view_place", "add_place", "change_place",
        "view_eventchange",
        "view_regrouping",
    ],
}


def create_editors_group(apps, schema_editor):
    # Permissions are normally created after all migrations ran (post_migrate); on a fresh
    # database they do not exist yet, so create them now.
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=GROUP)
    permissions = []
    for app_label, codenames in PERMISSIONS.items():
        found = Permission.objects.filter(
            content_type__app_label=app_label, codename__in=codenames
        )
        missing = set(codenames) - {p.codename for p in found}
        if missing:
            raise RuntimeError(f"permissions missing in {app_label}: {sorted(missing)}")
        permissions.extend(found)
    group.permissions.set(permissions)


def remove_editors_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):

    dependencies = [
        ("articles", "0001_initial"),
        ("timeline", "0002_provenance_history_regroupings"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(create_editors_group, remove_editors_group),
    ]
