"""The image library's upload form: a damaged image file is a form error, not a 500."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

DAMAGED_IMAGE = _(
    "This image file is damaged or incomplete and cannot be read. "
    "Export it again and upload the new file."
)


class CheckedImageField(WagtailImageField):
    """Wagtail's image field, answering unreadable image data with a message."""

    def to_python(self, data):
        try:
            return super().to_python(data)
        except (OSError, SyntaxError, ValueError) as error:
            # Pillow raises these for truncated or corrupt data once it decodes.
            raise ValidationError(DAMAGED_IMAGE, code="damaged_image") from error


class SafeImageForm(BaseImageForm):
    """Base of every admin image form (WAGTAILIMAGES_IMAGE_FORM_BASE)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if field is not None and type(field) is WagtailImageField:
            field.__class__ = CheckedImageField
