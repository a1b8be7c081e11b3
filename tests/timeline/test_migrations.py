"""Data migrations, run on rows as a database that predates them holds them."""

from importlib import import_module

import pytest
from django.apps import apps

from timeline.models import Actor, Place

pytestmark = pytest.mark.django_db


def test_it_renames_the_palestinian_side_a_database_already_holds():
    migration = import_module("timeline.migrations.0007_palestinian_authority")
    Actor.objects.create(name="Palestine", slug="palestine", type="country")
    Actor.objects.create(
        name="Mahmoud Abbas", slug="mahmoud-abbas", type="person", details={"country": "Palestine"}
    )
    Place.objects.create(name="Ramallah", country="Palestine")

    migration.forwards(apps, None)

    side = Actor.objects.get(name="Palestinian Authority")
    assert side.slug == "palestinian-authority"
    assert not Actor.objects.filter(name="Palestine").exists()
    assert Actor.objects.get(name="Mahmoud Abbas").details["country"] == "Palestinian Authority"
    assert Place.objects.get(name="Ramallah").country == "Palestinian Authority"

    migration.backwards(apps, None)
    assert Actor.objects.get(slug="palestine").name == "Palestine"


def test_it_leaves_alone_a_row_an_editor_made_under_the_new_name():
    migration = import_module("timeline.migrations.0007_palestinian_authority")
    Actor.objects.create(name="Palestine", slug="palestine", type="country")
    Actor.objects.create(name="Palestinian Authority", slug="pa", type="country")

    migration.forwards(apps, None)

    assert Actor.objects.get(name="Palestinian Authority").slug == "pa"
    assert Actor.objects.filter(name="Palestine").exists()
