from django.contrib.postgres.operations import TrigramExtension, UnaccentExtension
from django.db import migrations


class Migration(migrations.Migration):
    """Extensions later migrations rely on: unaccent (search) and pg_trgm (typos)."""

    dependencies = []

    operations = [UnaccentExtension(), TrigramExtension()]
