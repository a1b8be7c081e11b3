from django.contrib import admin

from timeline.models import Actor, Event, Mention, Place


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
    fields = ["article", "evidence", "start", "end"]
    readonly_fields = ["article", "evidence", "start", "end"]
    can_delete = True


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    list_display = ["title", "date", "precision", "kind", "status", "review", "confidence"]
    list_filter = ["review", "kind", "status", "precision"]
    search_fields = ["title", "participants__name", "mentions__evidence"]
    date_hierarchy = "date"
    autocomplete_fields = ["participants", "rescheduled_to"]
    raw_id_fields = ["place"]
    readonly_fields = ["slug", "created_at", "updated_at"]
    inlines = [MentionInline]
    actions = ["confirm", "reject"]

    @admin.action(description="Confirm: the meeting is right")
    def confirm(self, request, queryset):
        queryset.update(review=Event.Review.CONFIRMED)

    @admin.action(description="Reject: not a meeting (hidden from the timeline)")
    def reject(self, request, queryset):
        queryset.update(review=Event.Review.REJECTED)
