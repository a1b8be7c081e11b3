from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _


class Source(models.TextChoices):
    """Who set a value: the extraction engine (reading an article) or an editor."""

    ENGINE = "engine", "Engine"
    EDITOR = "editor", "Editor"


class Actor(models.Model):
    """A person, country or organisation, with its names in every language.

    Seeded from the gazetteer file the extraction engine ships; editors correct and extend it
    in admin, and workers read it back (see `timeline.services.gazetteer_records`).
    """

    class Type(models.TextChoices):
        PERSON = "person", _("Person")
        COUNTRY = "country", _("Country")
        ORGANIZATION = "organization", _("Organisation")

    name = models.CharField(max_length=200, unique=True, help_text="Canonical English name.")
    slug = models.SlugField(max_length=200, unique=True)
    type = models.CharField(max_length=20, choices=Type.choices)
    aliases = models.JSONField(
        default=dict, blank=True, help_text='Names per language: {"en": [...], "fr": [...]}.'
    )
    # The rest of the gazetteer record (metonyms, demonyms, prefixes, country, roles).
    details = models.JSONField(default=dict, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)[:200] or "actor"
        super().save(*args, **kwargs)


class Place(models.Model):
    name = models.CharField(max_length=200, unique=True, help_text="Canonical English name.")
    country = models.CharField(max_length=200, blank=True)
    aliases = models.JSONField(default=dict, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class Event(models.Model):
    """One real meeting, however many articles mention it."""

    class Kind(models.TextChoices):
        CALL = "call", _("Call")
        MEETING = "meeting", _("Meeting")
        TALKS = "talks", _("Talks")
        SUMMIT = "summit", _("Summit")
        VISIT = "visit", _("Visit")
        CONFERENCE = "conference", _("Conference")

    class Status(models.TextChoices):
        HELD = "held", _("Held")
        SCHEDULED = "scheduled", _("Scheduled")
        CANCELLED = "cancelled", _("Cancelled")

    class Precision(models.TextChoices):
        DAY = "day", _("Day")
        MONTH = "month", _("Month")
        YEAR = "year", _("Year")

    class Review(models.TextChoices):
        UNREVIEWED = "unreviewed", _("Not reviewed")
        CONFIRMED = "confirmed", _("Confirmed")
        REJECTED = "rejected", _("Rejected")

    kind = models.CharField(max_length=20, choices=Kind.choices)
    # The first day of the period the text allows: a month-precision event is stored on the
    # 1st of that month and always shown as the month.
    date = models.DateField()
    precision = models.CharField(max_length=5, choices=Precision.choices, default=Precision.DAY)
    end_date = models.DateField(null=True, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices)
    title = models.CharField(max_length=300)
    slug = models.SlugField(max_length=120)
    participants = models.ManyToManyField(Actor, related_name="events", blank=True)
    place = models.ForeignKey(
        Place, null=True, blank=True, on_delete=models.SET_NULL, related_name="events"
    )
    confidence = models.FloatField(default=0.5)
    review = models.CharField(max_length=12, choices=Review.choices, default=Review.UNREVIEWED)
    # A postponed meeting: the cancelled entry at the old date points to the new one.
    rescheduled_to = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="rescheduled_from"
    )
    # Where each tracked field's value came from (see timeline.provenance):
    # {"place": {"by": "editor", "user": "alice", "at": "..."}, "date": {"by": "engine",
    # "article": 12}}. A field an editor set is never overwritten by the engine.
    provenance = models.JSONField(default=dict, blank=True)
    # What the engine reads now for a field an editor holds, when it differs:
    # {"place": {"value": "Geneva", "article": 12}}. Shown beside the editor's value.
    proposals = models.JSONField(default=dict, blank=True)
    # An event merged into another: its permalink redirects there; undoing the merge clears it.
    merged_into = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="merged_from"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # What the `q=` filter searches: title, place, participants' names and evidence, folded.
    # Derived data, written by timeline.search.refresh_search_text and never by hand.
    search_text = models.TextField(blank=True, default="", editable=False)

    class Meta:
        ordering = ["date", "id"]
        indexes = [
            models.Index(fields=["date"]),
            models.Index(fields=["kind", "status"]),
            # The published meetings in the timeline's order, and nothing else: the API's
            # count and its pages' ids read this index alone (an index-only scan), not every
            # column of every meeting (a count took 25 ms at 100,000 meetings, 7 ms this way).
            # The condition is `published_events()`'s, word for word, so the planner sees it.
            models.Index(
                fields=["date", "id"],
                condition=models.Q(merged_into__isnull=True) & ~models.Q(review="rejected"),
                name="event_published_by_date",
            ),
        ]
        constraints = [
            # A permalink that redirects to itself would loop for ever.
            models.CheckConstraint(
                condition=~models.Q(merged_into=models.F("pk")), name="event_not_merged_into_itself"
            )
        ]

    def __str__(self):
        return f"{self.title} ({self.date_value})"

    def save(self, *args, **kwargs):
        self.slug = slugify(self.title)[:120] or "meeting"
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("timeline:event", kwargs={"pk": self.pk, "slug": self.slug})

    @property
    def date_value(self):
        """The date as the contract writes it: YYYY-MM-DD, YYYY-MM or YYYY."""
        iso = self.date.isoformat()
        return {"day": iso, "month": iso[:7], "year": iso[:4]}[self.precision]


class Mention(models.Model):
    """An article's evidence for an event: the sentence and where it stands in the text."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="mentions")
    article = models.ForeignKey(
        "articles.Article", on_delete=models.CASCADE, related_name="mentions"
    )
    evidence = models.TextField()
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    # Engine mentions are replaced when their article is parsed again; an editor's stay.
    source = models.CharField(max_length=10, choices=Source.choices, default=Source.ENGINE)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    # What the engine read in this article about the meeting (date, kind, status, participants,
    # location, title, confidence): what was known when, and from which article.
    reading = models.JSONField(default=dict, blank=True)
    # Why this mention belongs to this event ("first report", or the reason it was merged).
    reason = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["article_id", "start"]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "article", "start"], name="one_mention_per_span"
            )
        ]

    def __str__(self):
        return self.evidence[:80]


class EventChange(models.Model):
    """One change to an event: who or what made it, when, and the old and new value.

    `field` is a tracked field (kind, date, end_date, status, participants, place, title) or
    one of review, created, merge, split, mention. Values are JSON (see timeline.provenance).
    """

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="changes")
    at = models.DateTimeField(default=timezone.now)
    source = models.CharField(max_length=10, choices=Source.choices)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    article = models.ForeignKey(
        "articles.Article", null=True, blank=True, on_delete=models.SET_NULL
    )
    field = models.CharField(max_length=20)
    old = models.JSONField(null=True, blank=True)
    new = models.JSONField(null=True, blank=True)
    note = models.CharField(max_length=300, blank=True)
    # Set on a change an editor reverted, pointing at the change that did it.
    reverted_by = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="reverts"
    )
    # For merge and split: the regrouping it records, so the history can undo it.
    regrouping = models.ForeignKey(
        "Regrouping", null=True, blank=True, on_delete=models.SET_NULL, related_name="changes"
    )

    class Meta:
        ordering = ["-at", "-id"]
        indexes = [models.Index(fields=["event", "-at"])]

    def __str__(self):
        return f"{self.field}: {self.old!r} -> {self.new!r}"

    @property
    def author(self):
        if self.source == Source.EDITOR:
            return self.user.get_username() if self.user else "an editor"
        return "the engine"


class Regrouping(models.Model):
    """An editor's merge of two events, or split of mentions off an event, undoable.

    Merge: `moved` mentions went from `source_event` into `target_event`, and `source_event`
    now redirects to `target_event`. Split: `moved` mentions went from `source_event` into the
    new `target_event`. `target_before` keeps the target's tracked values and provenance from
    before, so an undo restores what the regrouping changed and nothing an editor did since.
    """

    class Kind(models.TextChoices):
        MERGE = "merge", "Merge"
        SPLIT = "split", "Split"

    kind = models.CharField(max_length=5, choices=Kind.choices)
    source_event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="+")
    target_event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="+")
    moved = models.JSONField(default=list)
    target_before = models.JSONField(default=dict)
    source_before = models.JSONField(default=dict)
    reason = models.CharField(max_length=300, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    at = models.DateTimeField(default=timezone.now)
    undone_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(source_event=models.F("target_event")),
                name="regrouping_of_two_events",
            )
        ]

    def __str__(self):
        return f"{self.kind} {self.source_event_id} -> {self.target_event_id}"
