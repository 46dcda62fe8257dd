from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from gazette.moderation.models import BannedPhrase


class BannedPhraseViewSet(SnippetViewSet):
    model = BannedPhrase
    icon = "warning"
    menu_label = _("Banned words")
    list_display = ["phrase", "is_active", "created_at"]
    list_filter = ["is_active"]
    search_fields = ["phrase"]


register_snippet(BannedPhraseViewSet)
