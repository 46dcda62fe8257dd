"""Editors and chief editors may translate pages and topics into other editions."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUPS = ("Editor", "Chief editor")


def grant(apps, schema_editor):
    config = apps.get_app_config("simple_translation")
    config.models_module = True
    create_permissions(config, verbosity=0, apps=apps)
    config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permission = Permission.objects.get(
        content_type__app_label="simple_translation", codename="submit_translation"
    )
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("editions", "0001_initial"),
        ("simple_translation", "0001_initial"),
        ("news", "0002_editorial_groups"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
