from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommunitiesConfig(AppConfig):
    name = "communities"
    verbose_name = _("Communities of practice")

    def ready(self):
        from communities import bell
        from communities.models import KnowledgeArticlePage, Topic
        from communities.search import describe, topic_querysets
        from search.registry import register_model, register_page_type

        register_page_type(KnowledgeArticlePage, _("Knowledge articles"))
        register_model(Topic, _("Discussions"), topic_querysets, describe)
        bell.connect()
