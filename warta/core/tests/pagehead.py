"""Reading a rendered page's metadata in tests: meta tags, links, JSON-LD."""

import json
from html.parser import HTMLParser

from django.test import override_settings

BASE = "https://www.warta.example"
HOSTILE = "</script><script>alert(1)</script>"


class Head(HTMLParser):
    """The metadata of a rendered page: meta tags, the canonical link, JSON-LD."""

    def __init__(self, text):
        super().__init__()
        self.meta, self.links, self.json_ld, self.scripts = {}, {}, [], 0
        self._in_json_ld = False
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and ("property" in attrs or "name" in attrs):
            key = attrs.get("property") or attrs["name"]
            self.meta.setdefault(key, []).append(attrs.get("content"))
        elif tag == "link":
            self.links[attrs.get("rel")] = attrs.get("href")
        elif tag == "script":
            self.scripts += 1
            self._in_json_ld = attrs.get("type") == "application/ld+json"

    def handle_endtag(self, tag):
        self._in_json_ld = False

    def handle_data(self, data):
        if self._in_json_ld:
            self.json_ld.append(json.loads(data))

    def one(self, key):
        (value,) = self.meta[key]
        return value

    def of_type(self, kind):
        (found,) = [item for item in self.json_ld if item["@type"] == kind]
        return found

    @property
    def types(self):
        return [item["@type"] for item in self.json_ld]

    def crumb_names(self):
        return [i["name"] for i in self.of_type("BreadcrumbList")["itemListElement"]]


def get(client, url, **extra):
    """The response for ``url`` with the paper at its public address ``BASE``."""
    with override_settings(WARTA_BASE_URL=BASE):
        return client.get(url, **extra)


def head(client, url, **extra):
    response = get(client, url, **extra)
    assert response.status_code == 200, url
    return Head(response.content.decode())
