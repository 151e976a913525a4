import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('articles', '0020_search'),
    ]

    operations = [
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
