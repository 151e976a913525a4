from django.urls import path

from drills.bench.ceiling import ceiling

urlpatterns = [path("ceiling", ceiling, name="bench-ceiling")]
