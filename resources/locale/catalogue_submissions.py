"""Messages of census drafts and submissions (core/forms/drafts.py, submissions.py, the CLI).

Kept here as the source, so that a merge which conflicts in the .po files can add them again:

    .venv/bin/python -m resources.locale.catalogue_submissions && .venv/bin/python -m resources.locale.update
"""
from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "unknown_draft": {
        "en": "No form in progress has the id {draft}: it was finished or discarded.",
        "fr": "Aucun formulaire en cours n'a l'identifiant {draft} : il a été terminé ou abandonné.",
        "pt": "Nenhum formulário em curso tem o identificador {draft}: foi terminado ou abandonado.",
    },
    "submission_invalid": {
        "en": "The form cannot be finished yet: \u201c{question}\u201d: {problem}. Correct it, then finish again "
              "(nothing you entered is lost).",
        "fr": "Le formulaire ne peut pas encore être terminé : « {question} » : {problem}. Corrigez, puis "
              "terminez à nouveau (rien de ce que vous avez saisi n'est perdu).",
        "pt": "O formulário ainda não pode ser terminado: \u201c{question}\u201d: {problem}. Corrija e termine "
              "de novo (nada do que introduziu se perde).",
    },
    "cli_submissions_exported": {
        "en": "{count} submission(s) of {form} written to {files} file(s) in {path}",
        "fr": "{count} soumission(s) de {form} écrite(s) dans {files} fichier(s) sous {path}",
        "pt": "{count} submissão(ões) de {form} escrita(s) em {files} ficheiro(s) em {path}",
    },
}


if __name__ == "__main__":
    from resources.locale.tools import add_messages

    print(", ".join(add_messages("quittance", MESSAGES)))
