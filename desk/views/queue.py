from django.http import HttpResponse

from desk.access import editor_required


@editor_required
def review_queue(request):
    return HttpResponse("The review queue is being built.")
