from django.urls import path

from desk.views import articles, events, queue

app_name = "desk"

urlpatterns = [
    # The review queue (desk/views/queue.py).
    path("", queue.review_queue, name="queue"),
    path("queue/<int:pk>/review/", queue.review, name="queue-review"),
    path("queue/<int:pk>/fix/", queue.fix, name="queue-fix"),
    # An article's text with its meetings highlighted; add a missed meeting
    # (desk/views/articles.py).
    path("articles/<int:pk>/", articles.article_desk, name="article"),
    path("articles/<int:pk>/new-meeting", articles.new_meeting, name="new-meeting"),
    # One event: its fields and where they came from, history, merges and splits
    # (desk/views/events.py).
    path("events/<int:pk>/", events.event_desk, name="event"),
    path("events/<int:pk>/fix/", events.event_fix, name="event-fix"),
    path("events/<int:pk>/proposal/", events.event_proposal, name="event-proposal"),
    path("events/<int:pk>/review/", events.event_review, name="event-review"),
    path(
        "events/<int:pk>/changes/<int:change_pk>/revert/",
        events.event_revert,
        name="event-revert",
    ),
    path("events/<int:pk>/merge/", events.event_merge, name="event-merge"),
    path("events/<int:pk>/split/", events.event_split, name="event-split"),
]
