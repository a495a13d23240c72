"""Texts of `quittance audit verify` (issue 14, the audit file): its verdict and the first fault
it names (sync/client/audit_verify.py, sync/client/audit_chain.py).

Kept here as the source, so that a merge which conflicts in the .po files can add them again:

    .venv/bin/python -m resources.locale.catalogue_auditfile && .venv/bin/python -m resources.locale.update
"""
from __future__ import annotations

_AT = {"en": "device {device}, event {seq}", "fr": "appareil {device}, événement {seq}",
       "pt": "aparelho {device}, evento {seq}"}


def _fault(en: str, fr: str, pt: str) -> dict[str, str]:
    return {"en": f"FAULT at {_AT['en']}: {en}", "fr": f"ANOMALIE à {_AT['fr']} : {fr}",
            "pt": f"ANOMALIA em {_AT['pt']}: {pt}"}


QUITTANCE: dict[str, dict[str, str]] = {
    "audit_verify_ok": {
        "en": "The audit file of {municipality}, {start} to {end}, checks out (events: {events}, devices: "
              "{devices}): every signature, chain link, receipt number and closing total verified.",
        "fr": "Le fichier d'audit de {municipality}, du {start} au {end}, est intègre (événements : {events}, "
              "appareils : {devices}) : chaque signature, maillon de chaîne, numéro de reçu et total de clôture "
              "vérifié.",
        "pt": "O ficheiro de auditoria de {municipality}, de {start} a {end}, está íntegro (eventos: {events}, "
              "aparelhos: {devices}): cada assinatura, elo da cadeia, número de recibo e total de fecho verificado.",
    },
    "audit_verify_unusable": {
        "en": "This is not an audit file that can be checked: {detail}.",
        "fr": "Ce fichier d'audit ne peut pas être vérifié : {detail}.",
        "pt": "Este ficheiro de auditoria não pode ser verificado: {detail}.",
    },
    "audit_verify_unsigned": {
        "en": "This audit file ends without the server's signature: it was cut short (a copy interrupted, a full "
              "disk) or is not an audit file. Ask the municipality for the whole file.",
        "fr": "Ce fichier d'audit ne se termine pas par la signature du serveur : il a été tronqué (copie "
              "interrompue, disque plein) ou n'est pas un fichier d'audit. Demandez le fichier complet à la commune.",
        "pt": "Este ficheiro de auditoria não termina com a assinatura do servidor: foi cortado (cópia "
              "interrompida, disco cheio) ou não é um ficheiro de auditoria. Peça o ficheiro completo ao município.",
    },
    "audit_verify_bad_key": {
        "en": "The key {key} is not a public key: give the 64 hexadecimal characters the municipality published.",
        "fr": "La clé {key} n'est pas une clé publique : donnez les 64 caractères hexadécimaux publiés par la commune.",
        "pt": "A chave {key} não é uma chave pública: indique os 64 caracteres hexadecimais publicados pelo município.",
    },
    "audit_verify_untrusted": {
        "en": "The file is signed by the key {signer}, which is neither the key given ({key}) nor one it handed "
              "over to: it cannot be trusted.",
        "fr": "Le fichier est signé par la clé {signer}, qui n'est ni la clé donnée ({key}) ni une clé à laquelle "
              "elle a passé la main : il n'est pas fiable.",
        "pt": "O ficheiro está assinado pela chave {signer}, que não é a chave indicada ({key}) nem uma chave a "
              "que ela passou o testemunho: não é fiável.",
    },
    "audit_fault_file_signature": {
        "en": "FAULT: the file's signature does not verify (SHA-256 {detail}…): the file was altered after the "
              "server signed it.",
        "fr": "ANOMALIE : la signature du fichier n'est pas valide (SHA-256 {detail}…) : le fichier a été modifié "
              "après sa signature par le serveur.",
        "pt": "ANOMALIA: a assinatura do ficheiro não é válida (SHA-256 {detail}…): o ficheiro foi alterado depois "
              "de o servidor o assinar.",
    },
    "audit_fault_unknown_device": {
        "en": "FAULT at device {device}, event {seq}: the device is not in the file's master files.",
        "fr": "ANOMALIE à l'appareil {device}, événement {seq} : l'appareil n'est pas dans les fichiers de base.",
        "pt": "ANOMALIA no aparelho {device}, evento {seq}: o aparelho não está nos ficheiros mestre.",
    },
    "audit_fault_event_missing": _fault(
        "event {detail} is missing (the sequence has a gap).",
        "l'événement {detail} manque (la séquence a un trou).",
        "o evento {detail} falta (a sequência tem uma lacuna)."),
    "audit_fault_anchor_mismatch": _fault(
        "the chain's anchor before the period is not the last event carried before it.",
        "l'ancre de la chaîne avant la période n'est pas le dernier événement fourni avant elle.",
        "a âncora da cadeia antes do período não é o último evento fornecido antes dele."),
    "audit_fault_event_link": _fault(
        "its previous hash is not the hash of the event before it (the chain is broken).",
        "son empreinte précédente n'est pas celle de l'événement d'avant (la chaîne est rompue).",
        "o seu hash anterior não é o do evento antes dele (a cadeia está quebrada)."),
    "audit_fault_event_hash": _fault(
        "its hash is not the SHA-256 of its previous hash and payload (the event was edited).",
        "son empreinte n'est pas le SHA-256 de l'empreinte précédente et du contenu (l'événement a été modifié).",
        "o seu hash não é o SHA-256 do hash anterior e do conteúdo (o evento foi alterado)."),
    "audit_fault_event_signature": _fault(
        "its signature does not verify with the device's key (forged or rewritten).",
        "sa signature n'est pas valide avec la clé de l'appareil (falsifié ou réécrit).",
        "a sua assinatura não é válida com a chave do aparelho (falsificado ou reescrito)."),
    "audit_fault_payload_mismatch": _fault(
        "its payload does not match the event ({detail}).",
        "son contenu ne correspond pas à l'événement ({detail}).",
        "o seu conteúdo não corresponde ao evento ({detail})."),
    "audit_fault_typed_mismatch": _fault(
        "its {detail} element differs from its signed payload.",
        "son élément {detail} diffère de son contenu signé.",
        "o seu elemento {detail} difere do seu conteúdo assinado."),
    "audit_fault_genesis_key": _fault(
        "the device's key in the file is not the one its first event recorded.",
        "la clé de l'appareil dans le fichier n'est pas celle de son premier événement.",
        "a chave do aparelho no ficheiro não é a do seu primeiro evento."),
    "audit_fault_series_not_registered": _fault(
        "receipt {detail}: its series was never registered by the server.",
        "reçu {detail} : sa série n'a jamais été enregistrée par le serveur.",
        "recibo {detail}: a sua série nunca foi registada pelo servidor."),
    "audit_fault_receipt_number_gap": _fault(
        "receipt number {detail}: the numbering of its series has a gap or a repeat.",
        "numéro de reçu {detail} : la numérotation de sa série a un trou ou un doublon.",
        "número de recibo {detail}: a numeração da sua série tem uma lacuna ou uma repetição."),
    "audit_fault_void_unknown_payment": _fault(
        "the void of receipt {detail} cancels a payment the file does not hold.",
        "l'annulation du reçu {detail} porte sur un paiement absent du fichier.",
        "a anulação do recibo {detail} incide sobre um pagamento ausente do ficheiro."),
    "audit_fault_closing_link": _fault(
        "the closing's previous closing ({detail}…) is not the closing before it.",
        "la clôture précédente indiquée ({detail}…) n'est pas la clôture d'avant.",
        "o fecho anterior indicado ({detail}…) não é o fecho antes dele."),
    "audit_fault_closing_perpetual": _fault(
        "the closing's perpetual totals are not the previous ones plus the receipts and voids since ({detail}).",
        "les totaux perpétuels de la clôture ne sont pas les précédents plus les reçus et annulations depuis "
        "({detail}).",
        "os totais perpétuos do fecho não são os anteriores mais os recibos e anulações desde então ({detail})."),
    "audit_fault_closing_totals": _fault(
        "the {detail} closing's totals are not its perpetual totals minus the previous ones.",
        "les totaux de la clôture {detail} ne sont pas ses totaux perpétuels moins les précédents.",
        "os totais do fecho {detail} não são os seus totais perpétuos menos os anteriores."),
}


if __name__ == "__main__":
    from resources.locale.tools import add_messages

    print(", ".join(add_messages("quittance", QUITTANCE)))
