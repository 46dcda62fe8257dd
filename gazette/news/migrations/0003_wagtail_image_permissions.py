"""Grant image permissions where Wagtail looks for them.

Wagtail checks image rights against the base wagtailimages.Image permissions even
with a custom image model, so the news.*_newsimage grants of 0002 had no effect.
"""

from django.db import migrations

IMAGE_PERMISSIONS = {
    "Contributor": ["add_image", "choose_image"],
    "Editor": ["add_image", "change_image", "choose_image"],
    "Chief editor": ["add_image", "change_image", "delete_image", "choose_image"],
}


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root = Collection.objects.get(depth=1)
    for name, codenames in IMAGE_PERMISSIONS.items():
        group = Group.objects.filter(name=name).first()
        if group is None:
            continue
        for codename in codenames:
            permission = Permission.objects.get(
                content_type__app_label="wagtailimages", codename=codename
            )
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root, permission=permission
            )


def revoke(apps, schema_editor):
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    for name, codenames in IMAGE_PERMISSIONS.items():
        GroupCollectionPermission.objects.filter(
            group__name=name,
            permission__content_type__app_label="wagtailimages",
            permission__codename__in=[c for c in codenames if c != "choose_image"],
        ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0002_editorial_groups"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
