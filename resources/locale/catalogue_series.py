"""Texts of registered receipt series (issue 14, core/series.py): the refusal to issue in a year
the server has not registered (quittance), the printed series code and signature excerpt
(receipts), and the excerpt on the public verification page (verifypage).

Kept here as the source, so that a merge which conflicts in the .po files can add them again:

    .venv/bin/python -m resources.locale.catalogue_series && .venv/bin/python -m resources.locale.update
"""
from __future__ import annotations

QUITTANCE: dict[str, dict[str, str]] = {
    "series_not_registered": {
        "en": "Series {year} is not registered by the server: synchronise once before collecting.",
        "fr": "Série {year} non enregistrée par le serveur : synchronisez une fois avant d'encaisser.",
        "pt": "Série {year} não registada pelo servidor: sincronize uma vez antes de cobrar.",
    },
    "series_code_changed": {
        "en": "The server answered code {answered} for series {year}, which this device registered as "
              "{recorded}. The code was not changed; tell your supervisor.",
        "fr": "Le serveur a répondu le code {answered} pour la série {year}, que cet appareil a enregistrée "
              "sous {recorded}. Le code n'a pas été changé ; prévenez votre superviseur.",
        "pt": "O servidor respondeu o código {answered} para a série {year}, que este aparelho registou "
              "como {recorded}. O código não foi alterado; avise o seu supervisor.",
    },
}

RECEIPTS: dict[str, dict[str, str]] = {
    "series": {"en": "Series", "fr": "Série", "pt": "Série"},
    "series_unregistered": {"en": "unregistered series", "fr": "série non enregistrée",
                            "pt": "série não registada"},
}

VERIFYPAGE: dict[str, dict[str, str]] = {
    "signature_excerpt": {
        "en": "Signature excerpt (printed next to the receipt number)",
        "fr": "Extrait de signature (imprimé à côté du numéro du reçu)",
        "pt": "Excerto da assinatura (impresso ao lado do número do recibo)",
    },
}


if __name__ == "__main__":
    from resources.locale.tools import add_messages

    print(", ".join(add_messages("quittance", QUITTANCE) + add_messages("receipts", RECEIPTS)
                    + add_messages("verifypage", VERIFYPAGE)))
