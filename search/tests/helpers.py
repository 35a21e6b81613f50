"""Reading the search page in tests."""

SEARCH = "/th/search/"
SUGGEST = "/th/search/suggest/"


def body(*blocks):
    return list(blocks)


def results_of(response):
    return response.context["results"]


def titles(response):
    return [result["title"] for result in results_of(response)]
