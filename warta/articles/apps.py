from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    name = "warta.articles"
    label = "articles"

    def ready(self):
        from warta.articles.body_pages import body_pages_context
        from warta.core.models import PAGE_CONTEXT_EXTENSIONS

        # A long story's page shows the part ``?halaman=`` asks for.
        PAGE_CONTEXT_EXTENSIONS.append(body_pages_context)
