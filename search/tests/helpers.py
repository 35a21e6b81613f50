"""Reading the search page in tests."""

SEARCH = "/th/search/"
SUGGEST = "/th/search/suggest/"

#: Thai words inside the test pages' sentences, each with the ``pages`` attribute
#: naming the page it finds (the database backend and a live node both must).
THAI_WORDS = [
    ("บัตรคิว", "visit"),
    ("ร้องเรียน", "complaints"),
    ("ภาษี", "visit"),
    ("ผู้เสียภาษี", "story"),
    ("พิษณุโลก", "story"),
]


def body(*blocks):
    return list(blocks)


def results_of(response):
    return response.context["results"]


def titles(response):
    return [result["title"] for result in results_of(response)]
