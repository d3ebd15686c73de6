"""What a backup must bring back, read from whichever Warta the environment names.

``python tests/backup_probe.py snapshot`` prints it as JSON;
``python tests/backup_probe.py damage`` deletes the articles' pages, every
comment and every image (their files too), as a bad day would.
"""

import json
import os
import sys


def snapshot():
    from django.core.files.storage import default_storage
    from wagtail.images import get_image_model

    from warta.articles.models import ArticlePage
    from warta.comments.models import Comment

    images = get_image_model().objects.order_by("pk")
    return {
        "articles": sorted(ArticlePage.objects.values_list("slug", "title")),
        "live_articles": ArticlePage.objects.live().count(),
        "images": [[i.pk, i.title, i.file.name] for i in images],
        "missing_image_files": [
            i.file.name for i in images if not default_storage.exists(i.file.name)
        ],
        "comments": sorted(Comment.objects.values_list("pk", "body", "status")),
    }


def damage():
    from wagtail.images import get_image_model

    from warta.articles.models import ArticlePage
    from warta.comments.models import Comment

    Comment.objects.all().delete()
    for image in get_image_model().objects.all():
        image.file.delete(save=False)
    get_image_model().objects.all().delete()
    for page in ArticlePage.objects.all()[:50]:
        page.delete()


if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "warta.settings.demo")
    import django

    django.setup()
    if sys.argv[1] == "snapshot":
        print(json.dumps(snapshot()))
    else:
        damage()
