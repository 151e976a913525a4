import django.contrib.postgres.indexes
import django.db.models.deletion
import django.db.models.functions.text
from django.db import migrations, models

from core.sorting import sort_key

# Vietnamese order (core.sorting): keys for the rows already there; new ones get theirs on save.
# folded_text and its trigram index serve the admin list's search without diacritics.


def fill_sort_keys(apps, schema_editor):
    for model, field, person in [("Category", "name", False), ("Author", "name", True)]:
        rows = list(apps.get_model("articles", model).objects.only(field))
        for row in rows:
            row.sort_key = sort_key(getattr(row, field), person=person)
        apps.get_model("articles", model).objects.bulk_update(rows, ["sort_key"], batch_size=500)
    TagSortKey = apps.get_model("articles", "TagSortKey")
    keys = [
        TagSortKey(tag_id=pk, key=sort_key(name))
        for pk, name in apps.get_model("taggit", "Tag").objects.values_list("pk", "name")
    ]
    TagSortKey.objects.bulk_create(keys, batch_size=1000, ignore_conflicts=True)


class Migration(migrations.Migration):

    dependencies = [
        ('articles', '0080_edit_lock_autosave'),
        ('taggit', '0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx'),
    ]

    operations = [
        migrations.CreateModel(
            name='TagSortKey',
            fields=[
                ('tag', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, primary_key=True, related_name='sort_key', serialize=False, to='taggit.tag')),
                ('key', models.TextField(db_collation='C', db_index=True, default='', editable=False, verbose_name='khóa sắp xếp')),
            ],
            options={
                'verbose_name': 'thứ tự thẻ',
                'verbose_name_plural': 'thứ tự thẻ',
            },
        ),
        migrations.AlterModelOptions(
            name='author',
            options={'ordering': ['sort_key'], 'verbose_name': 'tác giả', 'verbose_name_plural': 'tác giả'},
        ),
        migrations.AlterModelOptions(
            name='category',
            options={'ordering': ['position', 'sort_key'], 'verbose_name': 'chuyên mục', 'verbose_name_plural': 'chuyên mục'},
        ),
        migrations.AddField(
            model_name='article',
            name='folded_text',
            field=models.GeneratedField(db_persist=True, expression=django.db.models.functions.text.Lower(models.Func(django.db.models.functions.text.Concat('title', models.Value('\n'), 'sapo', output_field=models.TextField()), function='public.f_unaccent', output_field=models.TextField())), output_field=models.TextField(), verbose_name='tiêu đề và sapo không dấu'),
        ),
        migrations.AddField(
            model_name='author',
            name='sort_key',
            field=models.TextField(db_collation='C', db_index=True, default='', editable=False, verbose_name='khóa sắp xếp'),
        ),
        migrations.AddField(
            model_name='category',
            name='sort_key',
            field=models.TextField(db_collation='C', default='', editable=False, verbose_name='khóa sắp xếp'),
        ),
        migrations.AddIndex(
            model_name='article',
            index=django.contrib.postgres.indexes.GinIndex(django.contrib.postgres.indexes.OpClass(models.F('folded_text'), 'gin_trgm_ops'), name='article_folded_trgm'),
        ),
        migrations.RunPython(fill_sort_keys, migrations.RunPython.noop),
    ]
