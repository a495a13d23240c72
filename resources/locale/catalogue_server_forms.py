"""Messages of the census's server side on the device (sync/client/basemaps.py).

Kept here as the source, so that a merge which conflicts in the .po files can add them again:

    .venv/bin/python -m resources.locale.catalogue_server_forms && .venv/bin/python -m resources.locale.update
"""
from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "basemap_corrupt": {
        "en": "The map \u201c{name}\u201d arrived damaged (its checksum does not match) and was not kept. "
              "Download it again; if it fails again, tell your supervisor.",
        "fr": "La carte « {name} » est arrivée endommagée (sa somme de contrôle ne correspond pas) et n'a pas "
              "été gardée. Téléchargez-la à nouveau ; si l'échec se répète, prévenez votre superviseur.",
        "pt": "O mapa \u201c{name}\u201d chegou danificado (a soma de verificação não corresponde) e não foi "
              "guardado. Descarregue-o de novo; se voltar a falhar, avise o seu supervisor.",
    },
}


if __name__ == "__main__":
    from resources.locale.tools import add_messages

    print(", ".join(add_messages("quittance", MESSAGES)))
