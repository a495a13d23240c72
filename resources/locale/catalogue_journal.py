"""Texts of the technical journal (issue 14): the kinds' names and `quittance journal`.

Kept here as the source, so that a merge which conflicts in the .po files can add them again:

    .venv/bin/python -m resources.locale.catalogue_journal && .venv/bin/python -m resources.locale.update
"""
from __future__ import annotations

KINDS: dict[str, tuple[str, str, str]] = {  # kind: (en, fr, pt)
    "login": ("Login", "Connexion", "Início de sessão"),
    "logout": ("Logout", "Déconnexion", "Fim de sessão"),
    "wrong_pin": ("Wrong PIN", "Code PIN erroné", "PIN errado"),
    "lockout": ("Lockout", "Blocage", "Bloqueio"),
    "unlock": ("Unlock", "Déverrouillage", "Desbloqueio"),
    "setting_changed": ("Setting changed", "Réglage modifié", "Definição alterada"),
    "clock_changed": ("Clock changed", "Horloge modifiée", "Relógio alterado"),
    "clock_jump": ("Clock jump", "Saut d'horloge", "Salto do relógio"),
    "printer_failure": ("Printer failure", "Panne d'imprimante", "Falha da impressora"),
    "reprint": ("Reprint", "Réimpression", "Reimpressão"),
    "app_started": ("App started", "Démarrage de l'application", "Aplicação iniciada"),
    "app_stopped": ("App stopped", "Arrêt de l'application", "Aplicação encerrada"),
    "migration": ("Database migration", "Migration de la base", "Migração da base de dados"),
    "export": ("Export", "Exportation", "Exportação"),
    "backup": ("Backup", "Sauvegarde", "Cópia de segurança"),
    "restore": ("Restore", "Restauration", "Restauro"),
}

QUITTANCE: dict[str, dict[str, str]] = {
    **{f"journal_kind_{kind}": {"en": en, "fr": fr, "pt": pt} for kind, (en, fr, pt) in KINDS.items()},
    "journal_pending": {
        "en": "(waiting for the unlock)",
        "fr": "(en attente du déverrouillage)",
        "pt": "(à espera do desbloqueio)",
    },
    "journal_locked": {
        "en": "The database is locked: only the entries waiting in the side file are shown. Unlock the "
              "device (PIN in QUITTANCE_PIN) to see the whole journal.",
        "fr": "La base est verrouillée : seules les entrées en attente dans le fichier annexe sont affichées. "
              "Déverrouillez l'appareil (code PIN dans QUITTANCE_PIN) pour voir tout le journal.",
        "pt": "A base de dados está bloqueada: só são mostradas as entradas à espera no ficheiro anexo. "
              "Desbloqueie o dispositivo (PIN em QUITTANCE_PIN) para ver todo o diário.",
    },
    "journal_empty": {
        "en": "The technical journal is empty.",
        "fr": "Le journal technique est vide.",
        "pt": "O diário técnico está vazio.",
    },
}


if __name__ == "__main__":
    from resources.locale.tools import add_messages

    print(", ".join(add_messages("quittance", QUITTANCE)))
