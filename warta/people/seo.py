"""How writers and agencies appear in search metadata (``warta.core.seo``):
as the credit of a story's JSON-LD, and on their own profile pages."""

from warta.core import seo


class PersonSeoMixin:
    def schema_credit(self):
        """A Person linked to the writer's profile page."""
        return seo.credit(self)

    def seo_meta(self, page_number=1):
        """The profile page: a ProfilePage about the Person, and breadcrumbs."""
        url = seo.canonical_url(self.get_absolute_url(), page_number)
        description = seo.plain_text(self.bio or self.job_title)
        profile = {
            "@context": seo.SCHEMA,
            "@type": "ProfilePage",
            "url": url,
            "mainEntity": seo.compact(
                {**self.schema_credit(), "jobTitle": self.job_title}
            ),
        }
        return seo.listing_meta(
            self.name, description or seo.paper_tagline(), url, [profile]
        )


class AgencySeoMixin:
    def schema_credit(self):
        """An Organization linked to the agency's page and its own site."""
        return seo.credit(self, "Organization", [self.url] if self.url else ())

    def seo_meta(self, page_number=1):
        url = seo.canonical_url(self.get_absolute_url(), page_number)
        description = seo.plain_text(self.description) or seo.paper_tagline()
        return seo.listing_meta(self.name, description, url)
