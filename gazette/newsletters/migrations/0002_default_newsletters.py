from django.db import migrations

DEFAULTS = [
    ("Daily digest", "daily", "daily", "The day's main stories, every morning.", 7, 0),
    ("Breaking news", "breaking", "breaking", "An alert when big news breaks.", 0, 1),
    ("Weekly best of", "weekly", "weekly", "The week's best reads, on Sunday.", 9, 2),
]


def create_defaults(apps, schema_editor):
    Newsletter = apps.get_model("newsletters", "Newsletter")
    for name, slug, kind, description, hour, position in DEFAULTS:
        Newsletter.objects.get_or_create(
            slug=slug,
            defaults={
                "name": name,
                "kind": kind,
                "description": description,
                "send_hour": hour,
                "position": position,
            },
        )


class Migration(migrations.Migration):
    dependencies = [("newsletters", "0001_initial")]

    operations = [migrations.RunPython(create_defaults, migrations.RunPython.noop)]
