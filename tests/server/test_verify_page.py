"""The public verification page and its JSON twin, through real HTTP requests (FastAPI's TestClient)
on real receipts made by a real device ledger: the three verdicts, a voided receipt, a number and
code typed by hand, the rate limit, the language, and what the page must never contain."""
from __future__ import annotations

import re
from html import unescape

import pytest
from fastapi.testclient import TestClient

from core.token import verification_code
from tests.server.verify_support import InMemoryLimiter, build_world, make_app

NNBSP, NBSP = "\u202f", "\u00a0"  # French: thousands, then the currency, joined by no-break spaces


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    return build_world(tmp_path_factory.mktemp("verify"))


@pytest.fixture
def client(world):
    return TestClient(make_app(world))


def verdict_box(html: str) -> str:
    found = re.search(r'<section class="verdict (\w+)"', html)
    assert found, html
    return found[1]


def visible_text(html: str) -> str:
    """The text a reader sees, with its no-break spaces kept (they are part of how amounts read)."""
    return unescape(re.sub(r"[ \t\n]+", " ", re.sub(r"<[^>]+>", " ", html.split("</style>", 1)[-1])))


def test_a_recorded_receipt_is_genuine_in_green_with_its_facts(client, world):
    response = client.get(f"/v/{world.tokens['recorded']}")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    page = visible_text(response.text)
    assert verdict_box(response.text) == "ok"
    assert "AUTHENTIQUE" in page and "Reçu authentique, enregistré par la commune" in page
    assert "Commune de Kananga" in page
    assert world.numbers["recorded"] in page
    assert f"15{NNBSP}000{NBSP}CDF" in page and "quinze mille francs congolais" in page
    assert "Patente" in page and "2026" in page
    assert "14 mars 2026, 11:30" in page  # 09:30 UTC on the device, shown in Kananga's time
    assert "K. N. Françoise" in page and "Kabasélé" not in page and "Ngoyi" not in page


def test_a_genuine_receipt_not_yet_synced_is_amber_from_its_signed_token(client, world):
    response = client.get(f"/v/{world.tokens['not_synced']}")
    page = visible_text(response.text)
    assert response.status_code == 200 and verdict_box(response.text) == "wait"
    assert "Reçu authentique, pas encore reçu par la commune" in page
    assert f"3{NNBSP}000{NBSP}CDF" in page and "trois mille francs congolais" in page
    assert "Droit de place" in page and "mars 2026" in page
    assert "affiché quand le reçu aura été transmis" in page  # no name: the server has not got it
    assert "Odette" not in page


@pytest.mark.parametrize("kind", ["altered", "stranger", "wrong_key", "mismatch"])
def test_an_altered_or_foreign_token_is_forged_in_red_and_shows_none_of_its_claims(client, world, kind):
    response = client.get(f"/v/{world.tokens[kind]}")
    page = visible_text(response.text)
    assert response.status_code == 200 and verdict_box(response.text) == "bad"
    assert "NON VALABLE" in page and "Reçu falsifié ou modifié" in page
    assert "CDF" not in page and world.numbers["recorded"] not in page


@pytest.mark.parametrize("garbage", ["Q2.not-base64!.x", "Q2.e30.AAAA", "Q9.abc.def", "x" * 5000])
def test_a_malformed_token_is_forged_never_an_error(client, garbage):
    response = client.get(f"/v/{garbage}")
    assert response.status_code == 200 and verdict_box(response.text) == "bad"
    assert client.get("/api/v1/receipts/verify", params={"token": garbage}).json()["verdict"] == "forged"


def test_a_voided_receipt_says_so_with_the_date_it_was_voided(client, world):
    response = client.get(f"/v/{world.tokens['voided']}")
    page = visible_text(response.text)
    assert verdict_box(response.text) == "bad"
    assert "ANNULÉ" in page and "Reçu authentique, annulé le 15 mars 2026" in page
    assert "ne prouve plus aucun paiement" in page
    assert "T. M. Jean-Pierre" in page
    english = visible_text(client.get(f"/v/{world.tokens['voided']}?lang=en").text)
    assert "Genuine receipt, voided on 15 March 2026" in english


def test_the_form_is_offered_without_a_query(client):
    response = client.get("/v/")
    assert response.status_code == 200
    assert '<form method="get" action="./">' in response.text
    assert 'name="number"' in response.text and 'name="code"' in response.text
    assert "Tapez le numéro du reçu et le code de vérification de 8 caractères" in visible_text(response.text)


def test_a_number_and_its_code_as_typed_show_the_receipt(client, world):
    code = verification_code(world.tokens["recorded"])
    typed = code.lower().replace("-", " ").replace("0", "o")  # how a citizen might copy it
    response = client.get("/v/", params={"number": world.numbers["recorded"].lower() + " ", "code": typed})
    assert response.status_code == 200 and verdict_box(response.text) == "ok"
    assert "K. N. Françoise" in response.text
    answer = client.get("/api/v1/receipts/verify", params={"number": world.numbers["recorded"], "code": code}).json()
    assert answer["verdict"] == "recorded" and answer["receipt"]["amount"] == 1_500_000
    assert answer["receipt"]["taxpayer"] == "K. N. Françoise"


def test_a_wrong_code_and_an_unknown_number_get_the_same_answer(client, world):
    right = verification_code(world.tokens["recorded"])
    wrong = verification_code(world.tokens["voided"])
    bad_code = client.get("/v/", params={"number": world.numbers["recorded"], "code": wrong})
    unknown = client.get("/v/", params={"number": "T07-2026-999999", "code": right})
    assert bad_code.status_code == unknown.status_code == 404
    assert "Aucun reçu ne correspond à ce numéro et à ce code" in visible_text(bad_code.text)
    # The same page but for the echoed inputs: nothing says whether the number exists.
    strip = lambda html: re.sub(r'value="[^"]*"|number=[^&"]*|code=[^&"]*', "", html)  # noqa: E731
    assert strip(bad_code.text) == strip(unknown.text)
    assert "K. N. Françoise" not in bad_code.text
    api = [client.get("/api/v1/receipts/verify", params={"number": n, "code": c})
           for n, c in ((world.numbers["recorded"], wrong), ("T07-2026-999999", right))]
    assert [r.status_code for r in api] == [404, 404] and api[0].json() == api[1].json()
    assert api[0].json()["error"]["code"] == "not_found"


def test_the_short_address_under_the_qr_asks_for_the_number(client, world):
    code = verification_code(world.tokens["recorded"])
    response = client.get(f"/v/{code}")
    assert response.status_code == 200
    assert f'name="code" value="{code}"' in response.text
    assert "le code seul ne suffit pas" in visible_text(response.text)


def test_number_and_code_lookups_are_rate_limited_per_client_address(world):
    now = [0.0]
    limiter = InMemoryLimiter(limit=3, window=600, clock=lambda: now[0])
    app = make_app(world, limiter)
    citizen, other = TestClient(app, client=("198.51.100.7", 4000)), TestClient(app, client=("198.51.100.8", 4000))
    code = verification_code(world.tokens["recorded"])
    for attempt in range(3):
        assert citizen.get("/v/", params={"number": f"T07-2026-00009{attempt}", "code": code}).status_code == 404
    refused = citizen.get("/v/", params={"number": world.numbers["recorded"], "code": code})
    assert refused.status_code == 429 and refused.headers["retry-after"] == "600"
    assert "Trop de vérifications depuis votre connexion. Réessayez dans 10 min." in visible_text(refused.text)
    assert "K. N. Françoise" not in refused.text  # even the right pair is not looked up
    api = citizen.get("/api/v1/receipts/verify", params={"number": world.numbers["recorded"], "code": code})
    assert api.status_code == 429 and api.json()["error"]["code"] == "rate_limited"
    # Another address is not held back, and a scanned QR never is.
    assert other.get("/v/", params={"number": world.numbers["recorded"], "code": code}).status_code == 200
    assert verdict_box(citizen.get(f"/v/{world.tokens['recorded']}").text) == "ok"
    now[0] = 601.0  # the window has passed
    assert citizen.get("/v/", params={"number": world.numbers["recorded"], "code": code}).status_code == 200


def test_the_page_speaks_the_municipality_language_or_the_browsers_or_the_chosen_one(client, world):
    url = f"/v/{world.tokens['recorded']}"
    assert '<html lang="fr">' in client.get(url).text
    assert '<html lang="fr">' in client.get(url, headers={"Accept-Language": "de-DE,de;q=0.9"}).text
    portuguese = client.get(url, headers={"Accept-Language": "pt-PT,pt;q=0.9,en;q=0.8"}).text
    assert '<html lang="pt">' in portuguese
    page = visible_text(portuguese)
    assert "Recibo autêntico, registado pelo município" in page and "Alvará comercial" in page
    assert "quinze mil francos congoleses" in page and "14 de março de 2026" in page
    ranked = client.get(url, headers={"Accept-Language": "en;q=0.5, pt;q=0.8, fr;q=0"}).text
    assert '<html lang="pt">' in ranked
    chosen = client.get(url + "?lang=en", headers={"Accept-Language": "pt"}).text
    assert '<html lang="en">' in chosen and "Genuine receipt, recorded by the municipality" in chosen
    assert "Business licence" in chosen and "fifteen thousand Congolese francs" in chosen
    assert "14 March 2026, 11:30" in visible_text(chosen)


def test_the_page_links_to_each_language_keeping_what_was_asked(client, world):
    page = client.get(f"/v/{world.tokens['recorded']}").text
    assert '<a href="?lang=en" hreflang="en" lang="en">English</a>' in page
    assert '<a href="?lang=pt" hreflang="pt" lang="pt">Português</a>' in page
    assert '<strong lang="fr" aria-current="true">Français</strong>' in page
    code = verification_code(world.tokens["recorded"])
    by_hand = client.get("/v/", params={"number": world.numbers["recorded"], "code": code}).text
    link = re.search(r'<a href="([^"]+)" hreflang="pt"', by_hand)[1].replace("&amp;", "&")
    followed = client.get("/v/" + link)
    assert '<html lang="pt">' in followed.text and verdict_box(followed.text) == "ok"


def test_every_page_is_small_has_no_script_and_forbids_scripts(client, world):
    code = verification_code(world.tokens["recorded"])
    urls = [f"/v/{token}" for token in world.tokens.values()] + [
        "/v/", f"/v/{code}", f"/v/?number={world.numbers['recorded']}&code={code}",
        f"/v/?number=T07-2026-999999&code={code}", "/v/?number=T07-2026-000001"]
    for url in urls:
        for lang in ("fr", "en", "pt"):
            response = client.get(url, params={"lang": lang})
            assert len(response.content) < 30 * 1024, url
            assert "<script" not in response.text.lower() and "javascript:" not in response.text.lower()
            assert not re.search(r"<[^>]*\son\w+\s*=", response.text), url  # no event handler attribute
            assert "http://" not in response.text and "https://" not in response.text  # no external asset
            policy = response.headers["content-security-policy"]
            assert "default-src 'none'" in policy and "script" not in policy
            assert response.headers["referrer-policy"] == "no-referrer"


def test_a_taxpayer_name_with_markup_is_shown_as_text(client, world):
    response = client.get(f"/v/{world.tokens['script_name']}")
    assert verdict_box(response.text) == "ok"
    assert "<script" not in response.text.lower()
    assert "M. &lt;script&gt;alert(1)&lt;/script&gt;" in response.text
    typed = client.get("/v/", params={"number": '"><script>alert(2)</script>', "code": "<b>"})
    assert "<script" not in typed.text.lower() and "<b>" not in typed.text
    assert 'value="&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;"' in typed.text


def test_the_json_verdicts_follow_the_protocol(client, world):
    def verdict(token: str) -> dict:
        response = client.get("/api/v1/receipts/verify", params={"token": token})
        assert response.status_code == 200
        return response.json()

    recorded = verdict(world.tokens["recorded"])
    assert recorded["verdict"] == "recorded" and recorded["voided_at"] is None
    assert recorded["receipt"]["tax_labels"]["en"] == "Business licence"
    pending = verdict(world.tokens["not_synced"])
    assert pending["verdict"] == "not_synced" and pending["receipt"]["taxpayer"] is None
    assert pending["receipt"]["period"] == "2026-03" and pending["receipt"]["amount"] == 300_000
    assert verdict(world.tokens["voided"])["voided_at"] == "2026-03-15T08:05:00.000Z"
    assert verdict(world.tokens["altered"]) == {"verdict": "forged", "receipt": None, "voided_at": None,
                                                     "void_pending": False}
    # The QR holds the whole verification URL; the API takes it as well as the bare token.
    assert verdict("https://kananga.example/v/" + world.tokens["recorded"])["verdict"] == "recorded"
    missing = client.get("/api/v1/receipts/verify", params={"number": world.numbers["recorded"]})
    assert missing.status_code == 400 and missing.json()["error"]["code"] == "bad_request"
    assert client.get("/api/v1/receipts/verify").status_code == 400


def test_an_incomplete_form_asks_for_both_fields_without_counting_an_attempt(world):
    limiter = InMemoryLimiter(limit=1)
    client = TestClient(make_app(world, limiter))
    for _ in range(3):
        response = client.get("/v/", params={"number": world.numbers["recorded"], "code": ""})
        assert response.status_code == 200 and "Tapez le numéro du reçu et son code." in visible_text(response.text)
    code = verification_code(world.tokens["recorded"])
    assert client.get("/v/", params={"number": world.numbers["recorded"], "code": code}).status_code == 200
