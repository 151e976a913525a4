from django.db import migrations, models

from core.sorting import sort_key


def fill_sort_keys(apps, schema_editor):
    """Vietnamese order (core.sorting) for the pages already there; new ones get it on save."""
    StaticPage = apps.get_model("pages", "StaticPage")
    pages = list(StaticPage.objects.only("title"))
    for page in pages:
        page.sort_key = sort_key(page.title)
    StaticPage.objects.bulk_update(pages, ["sort_key"])


class Migration(migrations.Migration):

    dependencies = [
        ('pages', '0001_initial'),
    ]

    operations = [
        migrations.AlterModelOptions(
            name='staticpage',
            options={'ordering': ['position', 'sort_key'], 'verbose_name': 'trang tĩnh', 'verbose_name_plural': 'trang tĩnh'},
        ),
        migrations.AddField(
            model_name='staticpage',
            name='sort_key',
            field=models.TextField(db_collation='C', default='', editable=False, verbose_name='khóa sắp xếp'),
        ),
        migrations.RunPython(fill_sort_keys, migrations.RunPython.noop),
    ]
