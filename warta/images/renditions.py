"""Several renditions of one image, read from the cache first.

``Image.get_renditions()`` reads the cache too, but writes every rendition it
found there back to it: one serialisation per rendition, for every picture of
every page. ``renditions()`` asks the cache itself and Wagtail only for what
the cache lacks (which Wagtail then reads from the database or makes, and
caches).
"""

import functools

from wagtail.images.models import Filter


@functools.lru_cache(maxsize=256)
def image_filter(spec):
    """Wagtail's ``Filter`` for ``spec``, parsed once per process: parsing a
    spec string (done for every picture otherwise) costs more than the lookup."""
    return Filter(spec=spec)


def renditions(image, *specs):
    """``{spec: rendition}`` for ``specs``, in their order."""
    filters = [image_filter(spec) for spec in specs]
    found = cached(image, filters)
    missing = [f for f in filters if f.spec not in found]
    if missing:
        found.update(image.get_renditions(*missing))
    return {spec: found[spec] for spec in specs}


def cached(image, filters):
    """``{spec: rendition}`` for those of ``filters`` the cache holds."""
    prefetched = "renditions" in getattr(image, "_prefetched_objects_cache", {})
    if prefetched or getattr(image, "prefetched_renditions", None) is not None:
        return {}  # prefetched: Wagtail reads them without the cache
    Rendition = image.get_rendition_model()
    keys = {
        Rendition.construct_cache_key(image, f.get_cache_key(image), f.spec): f.spec
        for f in filters
    }
    found = {}
    for key, rendition in Rendition.cache_backend.get_many(list(keys)).items():
        rendition.image = image  # as Wagtail does: the caller's alt text, etc.
        found[keys[key]] = rendition
    return found
