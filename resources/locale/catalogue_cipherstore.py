"""Messages of the encrypted device database (core/store.py, core/encryption_migration.py).

Kept here as the source, so that a merge which conflicts in the .po files can add them again:

    .venv/bin/python -m resources.locale.catalogue_cipherstore && .venv/bin/python -m resources.locale.update
"""
from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "database_locked": {
        "en": "The database {path} is encrypted and locked: nothing was recorded. Log in with your PIN "
              "(for a command, set QUITTANCE_PIN), or ask a supervisor to open the device with the "
              "recovery key.",
        "fr": "La base de données {path} est chiffrée et verrouillée : rien n'a été enregistré. "
              "Connectez-vous avec votre code PIN (pour une commande, définissez QUITTANCE_PIN), ou "
              "demandez à un superviseur d'ouvrir l'appareil avec la clé de secours.",
        "pt": "A base de dados {path} está cifrada e bloqueada: nada foi registado. Entre com o seu PIN "
              "(para um comando, defina QUITTANCE_PIN), ou peça a um supervisor que abra o aparelho com "
              "a chave de recuperação.",
    },
    "database_pin_wrong": {
        "en": "PIN incorrect: the database {path} stays locked and nothing was recorded. Try again with "
              "the PIN of an agent of this device.",
        "fr": "PIN incorrect : la base de données {path} reste verrouillée et rien n'a été enregistré. "
              "Réessayez avec le code PIN d'un agent de cet appareil.",
        "pt": "PIN incorreto: a base de dados {path} continua bloqueada e nada foi registado. Tente de novo "
              "com o PIN de um agente deste aparelho.",
    },
    "encryption_migration_unverified": {
        "en": "The encrypted copy of {path} did not pass verification ({detail}). The plain database is "
              "kept as it was; nothing is lost. Run the check again, or call a supervisor.",
        "fr": "La copie chiffrée de {path} n'a pas passé la vérification ({detail}). La base en clair est "
              "conservée telle quelle ; rien n'est perdu. Relancez la vérification, ou appelez un "
              "superviseur.",
        "pt": "A cópia cifrada de {path} não passou a verificação ({detail}). A base de dados em claro "
              "fica como estava; nada se perde. Volte a verificar, ou chame um supervisor.",
    },
    "encryption_migration_step_copy": {
        "en": "Encrypting the database: {table}",
        "fr": "Chiffrement de la base : {table}",
        "pt": "A cifrar a base de dados: {table}",
    },
    "encryption_migration_step_verify": {
        "en": "Checking the encrypted copy",
        "fr": "Vérification de la copie chiffrée",
        "pt": "A verificar a cópia cifrada",
    },
    "encryption_migration_step_erase": {
        "en": "Erasing the plain database",
        "fr": "Effacement de la base en clair",
        "pt": "A apagar a base de dados em claro",
    },
    "encryption_migration_done": {
        "en": "The database is now encrypted on this device.",
        "fr": "La base de données est désormais chiffrée sur cet appareil.",
        "pt": "A base de dados está agora cifrada neste aparelho.",
    },
}


if __name__ == "__main__":
    from resources.locale.tools import add_messages

    print(", ".join(add_messages("quittance", MESSAGES)))
