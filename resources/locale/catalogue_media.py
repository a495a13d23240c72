"""Messages of census photos: submit refusing a vanished file, the device export, the sync of
attachments (core/forms/media.py, core/cli_submissions.py, sync/client/attachments.py).

Kept here as the source, so that a merge which conflicts in the .po files can add them again:

    .venv/bin/python -m resources.locale.catalogue_media && .venv/bin/python -m resources.locale.update
"""
from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "submission_media_missing": {
        "en": "The photo of \u201c{question}\u201d is no longer on this device or cannot be read. "
              "Take or choose the photo again, then finish again (your other answers are kept).",
        "fr": "La photo de « {question} » n'est plus sur cet appareil ou ne peut pas être lue. "
              "Reprenez ou choisissez de nouveau la photo, puis terminez à nouveau (vos autres réponses "
              "sont conservées).",
        "pt": "A foto de \u201c{question}\u201d já não está neste aparelho ou não pode ser lida. "
              "Tire ou escolha a foto de novo e termine outra vez (as suas outras respostas ficam guardadas).",
    },
    "cli_submissions_media": {
        "en": "{count} photo(s) copied to {path}; missing on this device: {missing}",
        "fr": "{count} photo(s) copiée(s) dans {path} ; absente(s) de cet appareil : {missing}",
        "pt": "{count} foto(s) copiada(s) para {path}; em falta neste aparelho: {missing}",
    },
    "sync_attachments_pending": {
        "en": "{count} photo(s) still to send",
        "fr": "{count} photo(s) encore à envoyer",
        "pt": "{count} foto(s) ainda por enviar",
    },
    "sync_attachments_refused": {
        "en": "{count} photo(s) could not be sent and are kept aside for a supervisor (file gone from the "
              "device, or refused by the server): {names}",
        "fr": "{count} photo(s) n'ont pas pu être envoyée(s) et sont signalée(s) au superviseur (fichier "
              "absent de l'appareil, ou refusé par le serveur) : {names}",
        "pt": "{count} foto(s) não puderam ser enviadas e ficam assinaladas para um supervisor (ficheiro "
              "ausente do aparelho, ou recusado pelo servidor): {names}",
    },
}


if __name__ == "__main__":
    from resources.locale.tools import add_messages

    print(", ".join(add_messages("quittance", MESSAGES)))
