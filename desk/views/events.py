from django.http import HttpResponse

from desk.access import editor_required


@editor_required
def event_desk(request, pk):
    return HttpResponse("The event desk is being built.")
