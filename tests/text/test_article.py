import pytest

from sahelwatch.errors import DocumentRejected
from sahelwatch.text.article import cut_comments, extract_article

BODY = ("<p>Des hommes armés ont attaqué dimanche le poste de Boulkessi, dans la région de Mopti, "
        "a indiqué l'état-major général des armées dans un communiqué publié lundi soir.</p>"
        "<p>Selon un bilan provisoire, quinze soldats ont été tués et plusieurs autres blessés. "
        "Des renforts ont été dépêchés sur place et un ratissage est en cours dans la zone.</p>"
        "<p>Cette attaque intervient une semaine après celle de Mondoro, qui avait déjà coûté la vie "
        "à plusieurs militaires maliens.</p>")


def page(extra: str = "") -> str:
    return f"""<!doctype html><html lang="fr"><head><meta charset="utf-8">
<title>Attaque contre le camp de Boulkessi | Sahel Presse</title>
<meta name="author" content="Awa Traoré"><meta property="og:site_name" content="Sahel Presse">
<meta property="article:published_time" content="2026-03-16T08:00:00+00:00"></head>
<body><nav><a href="/">Accueil</a> <a href="/securite">Sécurité</a></nav>
<article><h1>Attaque contre le camp de Boulkessi</h1>{BODY}</article>{extra}
<footer>© Sahel Presse 2026</footer></body></html>"""


def test_article_text_and_metadata():
    article = extract_article(page())
    assert "quinze soldats" in article.text and "Accueil" not in article.text
    assert article.title.startswith("Attaque contre le camp de Boulkessi")
    assert article.author == "Awa Traoré"
    assert article.published_at is not None and article.published_at.year == 2026


@pytest.mark.parametrize("marker", ["Laisser un commentaire", "اترك تعليقاً", "Leave a comment"])
def test_reader_comments_are_left_out(marker):
    comments = (f"<div><h3>{marker}</h3><p>Moussa: honte à ces lâches, que Dieu protège nos soldats "
                "et nos familles dans toute la région.</p><p>Awa: nous sommes fatigués de cette guerre.</p></div>")
    article = extract_article(page(comments))
    assert "Moussa" not in article.text and "fatigués" not in article.text


def test_comment_markers_cut_leaked_comments():
    text = "Paragraphe un de l'article.\nParagraphe deux.\nاترك تعليقاً\nتعليق قارئ"
    assert cut_comments(text) == "Paragraphe un de l'article.\nParagraphe deux."


def test_page_without_article_is_rejected():
    with pytest.raises(DocumentRejected) as info:
        extract_article("<html><body><nav><a href='/'>Accueil</a></nav></body></html>")
    assert info.value.reason == "no_article"
