"""Messages of the integration of the encrypted store with the key envelope (core/cli.py): a
command's wrong PIN says both that nothing was recorded and how many tries are left before the
device locks. Kept here as the source:

    .venv/bin/python -m resources.locale.catalogue_integrate && .venv/bin/python -m resources.locale.update
"""
from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "database_pin_wrong_tries": {
        "en": "PIN incorrect: the database {path} stays locked and nothing was recorded. {tries_left} more "
              "wrong PIN(s) on this device and it locks until a supervisor recovers it.",
        "fr": "PIN incorrect : la base de données {path} reste verrouillée et rien n'a été enregistré. "
              "Encore {tries_left} code(s) erroné(s) sur cet appareil et il se bloque jusqu'à sa "
              "récupération par un superviseur.",
        "pt": "PIN incorreto: a base de dados {path} continua bloqueada e nada foi registado. Mais "
              "{tries_left} PIN(s) errado(s) neste aparelho e ele fica bloqueado até um supervisor o "
              "recuperar.",
    },
}


if __name__ == "__main__":
    from resources.locale.tools import add_messages

    print(", ".join(add_messages("quittance", MESSAGES)))
