import django.db.models.deletion
from django.db import migrations, models

# "Which articles share these tags" is answered from the index alone (taggit indexes tag_id
# and (content_type, object_id) separately, so each shared tag cost hundreds of row reads).
TAG_INDEX = (
    "CREATE INDEX articles_taggeditem_tag_object ON taggit_taggeditem"
    " (tag_id, content_type_id, object_id);"
)
DROP_TAG_INDEX = "DROP INDEX articles_taggeditem_tag_object;"


class Migration(migrations.Migration):

    dependencies = [
        ('articles', '0020_search'),
        ('taggit', '0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx'),
    ]

    operations = [
        migrations.RunSQL(TAG_INDEX, DROP_TAG_INDEX),
        migrations.CreateModel(
            name='RelatedArticle',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('position', models.PositiveSmallIntegerField(verbose_name='thứ tự')),
                ('score', models.FloatField(blank=True, null=True, verbose_name='điểm')),
                ('source', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='related_links', to='articles.article', verbose_name='bài gốc')),
                ('target', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='related_backlinks', to='articles.article', verbose_name='bài liên quan')),
            ],
            options={
                'verbose_name': 'tin liên quan',
                'verbose_name_plural': 'tin liên quan',
                'ordering': ['source', 'position'],
                'constraints': [models.UniqueConstraint(fields=('source', 'target'), name='related_once'), models.UniqueConstraint(fields=('source', 'position'), name='related_position'), models.CheckConstraint(condition=models.Q(('source', models.F('target')), _negated=True), name='related_not_self')],
            },
        ),
    ]
