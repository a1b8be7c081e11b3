from django import template

from timeline.dates import date_label

register = template.Library()


@register.filter
def precise_date(event):
    return date_label(event)
