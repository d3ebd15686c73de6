"""The facts the editor's tools need from the server, as JSON in the page."""

from django import template
from django.utils.html import json_script

from warta.newsroom.editor_tools import editor_facts

register = template.Library()


@register.simple_tag
def editor_tools_facts(parent):
    """``<script id="warta-editor-facts" type="application/json">``: data,
    not code (the admin's CSP runs no inline script)."""
    return json_script(editor_facts(parent), "warta-editor-facts")
