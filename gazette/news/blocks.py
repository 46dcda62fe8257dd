from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "superscript", "subscript"]


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(required=False, max_length=200)

    class Meta:
        icon = "openquote"
        template = "news/blocks/quote.html"


class BodyImageBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    caption = blocks.CharBlock(
        required=False,
        max_length=400,
        help_text=_("Leave empty to use the caption stored with the image."),
    )

    class Meta:
        icon = "image"
        template = "news/blocks/image.html"


class RelatedStoryBlock(blocks.StructBlock):
    story = blocks.PageChooserBlock(page_type="news.ArticlePage")
    label = blocks.CharBlock(required=False, max_length=60, default="Read more")

    class Meta:
        icon = "link"
        template = "news/blocks/related_story.html"


class FactBoxBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120)
    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "list-ul"
        template = "news/blocks/fact_box.html"


class EmbedWithCaptionBlock(blocks.StructBlock):
    embed = EmbedBlock(
        help_text=_("Link to a video, post or map from a known provider.")
    )
    caption = blocks.CharBlock(required=False, max_length=300)

    class Meta:
        icon = "media"
        template = "news/blocks/embed.html"


class ArticleBodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, icon="pilcrow")
    subheading = blocks.CharBlock(
        max_length=120, icon="title", template="news/blocks/subheading.html"
    )
    quote = QuoteBlock()
    image = BodyImageBlock()
    embed = EmbedWithCaptionBlock()
    related_story = RelatedStoryBlock()
    fact_box = FactBoxBlock()
