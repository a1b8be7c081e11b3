from django.urls import path

from timeline import export_views, views

app_name = "timeline"

urlpatterns = [
    path("", views.timeline, name="timeline"),
    path("events/<int:pk>-<slug:slug>/", views.event_detail, name="event"),
    path("events/<int:pk>-<slug:slug>/card.png", views.event_card, name="event-card"),
    path("events/<int:pk>/", views.event_without_slug, name="event-short"),
    path("embed/", views.embed, name="embed"),
    path("actors/<slug:slug>/", views.actor_page, name="actor"),
    path("api/events", views.api_events, name="api-events"),
    path("figure.json", views.figure_json, name="figure"),
    path("on/<str:day>/", views.spot, name="spot"),
    path("events.csv", export_views.events_csv, name="events-csv"),
    path("events.ics", export_views.events_ics, name="events-ics"),
    path("events.atom", export_views.events_atom, name="events-atom"),
    path("events.timelinejs.json", export_views.events_timelinejs, name="events-timelinejs"),
]
