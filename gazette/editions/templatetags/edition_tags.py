from django import template

from gazette.editions.links import edition_links

register = template.Library()


@register.simple_tag(takes_context=True)
def edition_alternates(context):
    return edition_links(context)
