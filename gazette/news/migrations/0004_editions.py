"""Editions: topics become translatable (one per edition), stories get a search vector."""

import uuid

import django.db.models.deletion
import django.contrib.postgres.search
from django.db import migrations, models
from wagtail.models import BootstrapTranslatableModel


def add_search_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            "CREATE INDEX news_article_search_idx "
            "ON news_articlepage USING gin (search_vector)"
        )


def drop_search_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS news_article_search_idx")


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0003_wagtail_image_permissions"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(
            model_name="articlepage",
            name="search_vector",
            field=django.contrib.postgres.search.SearchVectorField(
                editable=False, null=True
            ),
        ),
        migrations.RunPython(add_search_index, drop_search_index),
        migrations.AddField(
            model_name="topic",
            name="translation_key",
            field=models.UUIDField(null=True, editable=False),
        ),
        migrations.AddField(
            model_name="topic",
            name="locale",
            field=models.ForeignKey(
                null=True,
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        BootstrapTranslatableModel("news.Topic"),
        migrations.AlterField(
            model_name="topic",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterField(
            model_name="topic",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterField(
            model_name="topic",
            name="slug",
            field=models.SlugField(max_length=100),
        ),
        migrations.AlterUniqueTogether(
            name="topic",
            unique_together={("slug", "locale"), ("translation_key", "locale")},
        ),
    ]
