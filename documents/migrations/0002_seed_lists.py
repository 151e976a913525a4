from django.db import migrations

from documents.lists import ensure_lists


def seed(apps, schema_editor):
    ensure_lists(*(apps.get_model("documents", name) for name in ("DocumentType", "IssuingBody", "Sector")))


class Migration(migrations.Migration):
    dependencies = [("documents", "0001_register")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
