import django.contrib.postgres.fields
import django.contrib.postgres.indexes
from django.db import migrations, models

import articles.search_vector

# The column and its index were created by migration 0040 with the same expression, written
# out in SQL; from here on the model declares them (articles.search_vector.syllable_pairs),
# so existing databases keep their column and only Django's picture of the table changes.


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0051_drop_search_title"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AddField(
                    model_name="article",
                    name="search_pairs",
                    field=models.GeneratedField(
                        db_persist=True,
                        expression=articles.search_vector.syllable_pairs(),
                        output_field=django.contrib.postgres.fields.ArrayField(
                            base_field=models.TextField(), size=None
                        ),
                        verbose_name="cặp âm tiết liền nhau",
                    ),
                ),
                migrations.AddIndex(
                    model_name="article",
                    index=django.contrib.postgres.indexes.GinIndex(
                        fields=["search_pairs"], name="article_search_pairs_gin"
                    ),
                ),
            ],
        ),
    ]
