"""Texts of the public transparency log (issue 14): the receipt page's log section
(verifypage), the open-data page's checkpoint (opendata), and `quittance audit log` (quittance).

Kept here as the source, so that a merge which conflicts in the .po files can add them again:

    .venv/bin/python -m resources.locale.catalogue_tlog && .venv/bin/python -m resources.locale.update
"""
from __future__ import annotations

VERIFYPAGE: dict[str, dict[str, str]] = {
    "log_heading": {
        "en": "Public transparency log",
        "fr": "Journal public de transparence",
        "pt": "Registo público de transparência",
    },
    "log_leaf": {
        "en": "This receipt's payment is entry {index} of the log.",
        "fr": "Le paiement de ce reçu est l'entrée {index} du journal.",
        "pt": "O pagamento deste recibo é a entrada {index} do registo.",
    },
    "log_proof_ok": {
        "en": "Its inclusion proof against the latest checkpoint ({size} entries, signed {when}) verifies: "
              "the server cannot remove or change this payment without it showing.",
        "fr": "Sa preuve d'inclusion dans le dernier point de contrôle ({size} entrées, signé le {when}) est "
              "valide : le serveur ne peut ni retirer ni modifier ce paiement sans que cela se voie.",
        "pt": "A sua prova de inclusão no último ponto de controlo ({size} entradas, assinado em {when}) é "
              "válida: o servidor não pode retirar nem alterar este pagamento sem que isso se veja.",
    },
    "log_proof_bad": {
        "en": "Its inclusion proof against the latest checkpoint does NOT verify: the log or this payment was "
              "altered. Keep this receipt and report it to the municipality.",
        "fr": "Sa preuve d'inclusion dans le dernier point de contrôle n'est PAS valide : le journal ou ce "
              "paiement a été modifié. Gardez ce reçu et signalez-le à la commune.",
        "pt": "A sua prova de inclusão no último ponto de controlo NÃO é válida: o registo ou este pagamento "
              "foi alterado. Guarde este recibo e comunique-o ao município.",
    },
    "log_pending": {
        "en": "The payment is in the log; the next signed checkpoint (within a few minutes) will include it.",
        "fr": "Le paiement est dans le journal ; le prochain point de contrôle signé (dans quelques minutes) "
              "l'inclura.",
        "pt": "O pagamento está no registo; o próximo ponto de controlo assinado (dentro de minutos) vai incluí-lo.",
    },
    "log_missing": {
        "en": "This payment is not in the public log.",
        "fr": "Ce paiement n'est pas dans le journal public.",
        "pt": "Este pagamento não está no registo público.",
    },
    "log_proof_label": {
        "en": "Inclusion proof (hashes, base64)",
        "fr": "Preuve d'inclusion (empreintes, base64)",
        "pt": "Prova de inclusão (hashes, base64)",
    },
    "log_download": {
        "en": "Download the proof and the checkpoint (JSON file)",
        "fr": "Télécharger la preuve et le point de contrôle (fichier JSON)",
        "pt": "Descarregar a prova e o ponto de controlo (ficheiro JSON)",
    },
    "log_how": {
        "en": "How to recompute the entry: the receipt's code (its token) names the device and the event number "
              "of the payment. That event's hash is SHA-256 of the previous event's hash (64 hex characters) "
              "followed by the event's text, both in the file. The log entry is SHA-256 of the byte 0x00 followed "
              "by the 32 bytes of that hash (RFC 9162). Check that the event's text states this receipt's number "
              "and amount, then that the proof leads from the entry to the checkpoint's root.",
        "fr": "Comment recalculer l'entrée : le code du reçu (son jeton) désigne l'appareil et le numéro "
              "d'événement du paiement. L'empreinte de cet événement est le SHA-256 de l'empreinte de l'événement "
              "précédent (64 caractères hexadécimaux) suivie du texte de l'événement, tous deux dans le fichier. "
              "L'entrée du journal est le SHA-256 de l'octet 0x00 suivi des 32 octets de cette empreinte "
              "(RFC 9162). Vérifiez que le texte de l'événement indique le numéro et le montant de ce reçu, puis "
              "que la preuve mène de l'entrée à la racine du point de contrôle.",
        "pt": "Como recalcular a entrada: o código do recibo (o seu token) indica o aparelho e o número do "
              "evento do pagamento. O hash desse evento é o SHA-256 do hash do evento anterior (64 caracteres "
              "hexadecimais) seguido do texto do evento, ambos no ficheiro. A entrada do registo é o SHA-256 do "
              "byte 0x00 seguido dos 32 bytes desse hash (RFC 9162). Verifique que o texto do evento indica o "
              "número e o valor deste recibo e depois que a prova leva da entrada à raiz do ponto de controlo.",
    },
}

OPENDATA: dict[str, dict[str, str]] = {
    "log_heading": {
        "en": "Transparency log",
        "fr": "Journal de transparence",
        "pt": "Registo de transparência",
    },
    "log_intro": {
        "en": "Every payment synced to the server is an entry of a public log. The server signs its state "
              "every few minutes; keep a checkpoint: anyone can later prove that no entry before it was "
              "changed or removed (quittance audit log).",
        "fr": "Chaque paiement synchronisé avec le serveur est une entrée d'un journal public. Le serveur en "
              "signe l'état toutes les quelques minutes ; gardez un point de contrôle : chacun pourra ensuite "
              "prouver qu'aucune entrée antérieure n'a été modifiée ni retirée (quittance audit log).",
        "pt": "Cada pagamento sincronizado com o servidor é uma entrada de um registo público. O servidor "
              "assina o seu estado a cada poucos minutos; guarde um ponto de controlo: qualquer pessoa poderá "
              "depois provar que nenhuma entrada anterior foi alterada ou retirada (quittance audit log).",
    },
    "log_latest": {
        "en": "Latest checkpoint: {size} entries, signed {when}.",
        "fr": "Dernier point de contrôle : {size} entrées, signé le {when}.",
        "pt": "Último ponto de controlo: {size} entradas, assinado em {when}.",
    },
    "log_none": {
        "en": "No checkpoint has been signed yet.",
        "fr": "Aucun point de contrôle n'a encore été signé.",
        "pt": "Ainda não foi assinado nenhum ponto de controlo.",
    },
    "log_links": {
        "en": "Latest checkpoint (text)",
        "fr": "Dernier point de contrôle (texte)",
        "pt": "Último ponto de controlo (texto)",
    },
    "log_all": {
        "en": "Every checkpoint (JSON)",
        "fr": "Tous les points de contrôle (JSON)",
        "pt": "Todos os pontos de controlo (JSON)",
    },
    "log_key": {
        "en": "The log's public key: {vkey}",
        "fr": "Clé publique du journal : {vkey}",
        "pt": "Chave pública do registo: {vkey}",
    },
}

QUITTANCE: dict[str, dict[str, str]] = {
    "audit_log_consistent": {
        "en": "The log of {origin} at {second} entries extends the one at {first} entries: nothing recorded "
              "before was changed or removed.",
        "fr": "Le journal de {origin} à {second} entrées prolonge celui à {first} entrées : rien de ce qui était "
              "enregistré avant n'a été modifié ni retiré.",
        "pt": "O registo de {origin} com {second} entradas prolonga o de {first} entradas: nada do que estava "
              "registado antes foi alterado ou retirado.",
    },
    "audit_log_rewritten": {
        "en": "HISTORY REWRITTEN: the log at {second} entries does not extend the checkpoint at {first} entries "
              "({fault}). Keep both checkpoints as evidence.",
        "fr": "HISTORIQUE RÉÉCRIT : le journal à {second} entrées ne prolonge pas le point de contrôle à {first} "
              "entrées ({fault}). Gardez les deux points de contrôle comme preuve.",
        "pt": "HISTÓRICO REESCRITO: o registo com {second} entradas não prolonga o ponto de controlo com {first} "
              "entradas ({fault}). Guarde os dois pontos de controlo como prova.",
    },
    "audit_log_bad_checkpoint": {
        "en": "The checkpoint {file} cannot be trusted: {fault}.",
        "fr": "Le point de contrôle {file} n'est pas fiable : {fault}.",
        "pt": "O ponto de controlo {file} não é fiável: {fault}.",
    },
    "audit_log_no_proof": {
        "en": "No consistency proof could be obtained: {fault}.",
        "fr": "Impossible d'obtenir la preuve de cohérence : {fault}.",
        "pt": "Não foi possível obter a prova de coerência: {fault}.",
    },
}


if __name__ == "__main__":
    from resources.locale.tools import add_messages

    print(", ".join(add_messages("verifypage", VERIFYPAGE) + add_messages("opendata", OPENDATA)
                    + add_messages("quittance", QUITTANCE)))
