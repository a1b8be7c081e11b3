from django.contrib import admin, messages

from timeline import editing, provenance
from timeline.models import Actor, Event, EventChange, Mention, Place


@admin.register(Actor)
class ActorAdmin(admin.ModelAdmin):
    list_display = ["name", "type", "slug", "updated_at"]
    list_filter = ["type"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Place)
class PlaceAdmin(admin.ModelAdmin):
    list_display = ["name", "country"]
    search_fields = ["name", "country"]


class MentionInline(admin.TabularInline):
    model = Mention
    extra = 0
    fields = ["article", "evidence", "start", "end", "source", "reason"]
    readonly_fields = fields
    can_delete = True

    def has_add_permission(self, request, obj=None):
        # Evidence is a span of an article's text: editors add it on the desk's article page.
        return False


class EventChangeInline(admin.TabularInline):
    """The event's history, newest first: written by timeline.editing, never by hand."""

    model = EventChange
    fk_name = "event"
    extra = 0
    fields = ["at", "field", "old", "new", "author", "article", "note", "reverted_by"]
    readonly_fields = fields
    can_delete = False
    ordering = ["-at", "-id"]
    verbose_name = "change"
    verbose_name_plural = "history"

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("user", "article")

    @admin.display(description="By")
    def author(self, change):
        return change.author


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    list_display = ["title", "date", "precision", "kind", "status", "review", "confidence"]
    list_filter = ["review", "kind", "status", "precision"]
    search_fields = ["title", "participants__name", "mentions__evidence"]
    date_hierarchy = "date"
    autocomplete_fields = ["participants", "rescheduled_to"]
    raw_id_fields = ["place"]
    # Merges go through the desk (timeline.editing.merge_events), so that they can be undone.
    readonly_fields = ["slug", "provenance", "proposals", "merged_into", "created_at", "updated_at"]
    inlines = [MentionInline, EventChangeInline]
    actions = ["confirm", "reject"]

    def save_model(self, request, obj, form, change):
        if change:
            # The form has already written the new values onto `obj`; the database still
            # holds the old ones (participants included, saved later in save_related).
            stored = Event.objects.get(pk=obj.pk)
            obj._values_before_admin_edit = provenance.current_values(stored)
            # A review set in the form is logged like the list's actions (see save_related).
            obj._review_from_admin_form = obj.review
            obj.review = stored.review
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if not change:
            return
        event = form.instance
        editing.record_admin_edit(
            event=event, before=event._values_before_admin_edit, user=request.user
        )
        editing.set_review(
            event=event, user=request.user, review=event._review_from_admin_form,
            note="in the admin",
        )  # fmt: skip

    def _review(self, request, queryset, review):
        changed = [
            editing.set_review(event=event, user=request.user, review=review, note="in the admin")
            for event in queryset
        ]
        done = sum(1 for c in changed if c is not None)
        self.message_user(request, f"{done} event(s) marked {review}.", messages.SUCCESS)

    @admin.action(description="Confirm: the meeting is right", permissions=["change"])
    def confirm(self, request, queryset):
        self._review(request, queryset, Event.Review.CONFIRMED)

    @admin.action(
        description="Reject: not a meeting (hidden from the timeline)", permissions=["change"]
    )
    def reject(self, request, queryset):
        self._review(request, queryset, Event.Review.REJECTED)
