from django.core.management.base import BaseCommand

from timeline.services import sync_gazetteer_from_file


class Command(BaseCommand):
    help = "Add the shipped gazetteer's actors and places missing from the tables."

    def handle(self, *args, **options):
        actors, places = sync_gazetteer_from_file()
        self.stdout.write(f"Gazetteer: {actors} actor(s) and {places} place(s) added.")
