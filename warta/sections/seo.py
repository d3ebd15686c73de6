"""What the front page and the sections say to search engines
(``warta.core.seo``): the home page is the WebSite, with its search box, and
the paper as an Organization; a section is its intro and its breadcrumbs."""

from warta.core import paper, seo

SEARCH_PATH = "/cari/?q={search_term_string}"


def website(request=None):
    return {
        "@context": seo.SCHEMA,
        "@type": "WebSite",
        "name": paper.name(request),
        "url": seo.absolute_url("/"),
        "inLanguage": seo.LANGUAGE,
        "potentialAction": {
            "@type": "SearchAction",
            "target": seo.absolute_url(SEARCH_PATH),
            "query-input": "required name=search_term_string",
        },
    }


class HomeSeoMixin(seo.SeoMixin):
    def seo_description(self):
        return seo.plain_text(self.search_description or self.tagline)

    def seo_meta(self, request=None, page_number=1):
        name = paper.name(request)
        return seo.Meta(
            title=name,
            description=self.seo_description(),
            canonical=seo.canonical_url(seo.page_path(self, request) or "/"),
            json_ld=[website(request), seo.organization(request)],
            site_name=name,
        )


class SectionSeoMixin(seo.SeoMixin):
    def seo_summary(self):
        return seo.plain_text(self.intro)
