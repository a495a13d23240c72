"""The core's user-facing messages in French (default), English and Portuguese.

Qt translation files cover the desktop's own strings; these are the refusals and
summaries that the core raises, so that the command line and the app say the same thing."""
from __future__ import annotations

from typing import Any

SUPPORTED_LOCALES = ("fr", "en", "pt")

_CATALOGUE: dict[str, dict[str, str]] = {
    "not_initialised": {
        "fr": "Cet appareil n'est pas initialisé : lancez d'abord « quittance init ».",
        "en": "This device is not initialised: run \"quittance init\" first.",
        "pt": "Este dispositivo não está inicializado: execute primeiro \"quittance init\".",
    },
    "already_initialised": {
        "fr": "Cet appareil est déjà initialisé (code {device_code}).",
        "en": "This device is already initialised (code {device_code}).",
        "pt": "Este dispositivo já está inicializado (código {device_code}).",
    },
    "unknown_currency": {
        "fr": "Devise inconnue : {currency}. Utilisez un code ISO 4217 comme XOF, XAF ou CDF.",
        "en": "Unknown currency: {currency}. Use an ISO 4217 code such as XOF, XAF or CDF.",
        "pt": "Moeda desconhecida: {currency}. Use um código ISO 4217 como XOF, XAF ou AOA.",
    },
    "invalid_amount": {
        "fr": "Montant invalide : « {text} ». Saisissez un nombre positif, par exemple 15000.",
        "en": "Invalid amount: \"{text}\". Enter a positive number, for example 15000.",
        "pt": "Montante inválido: \"{text}\". Introduza um número positivo, por exemplo 15000.",
    },
    "too_many_decimals": {
        "fr": "Le {currency} n'a que {digits} décimale(s) : « {text} » n'est pas un montant valable.",
        "en": "{currency} has only {digits} decimal place(s): \"{text}\" is not a valid amount.",
        "pt": "O {currency} tem apenas {digits} casa(s) decimal(is): \"{text}\" não é um montante válido.",
    },
    "invalid_device_code": {
        "fr": "Code d'appareil invalide : « {device_code} ». Utilisez 2 à 8 lettres ou chiffres, par exemple T07.",
        "en": "Invalid device code: \"{device_code}\". Use 2 to 8 letters or digits, for example T07.",
        "pt": "Código de dispositivo inválido: \"{device_code}\". Use 2 a 8 letras ou algarismos, por exemplo T07.",
    },
    "invalid_locale": {
        "fr": "Langue non prise en charge : {locale}. Choisissez fr, en ou pt.",
        "en": "Unsupported language: {locale}. Choose fr, en or pt.",
        "pt": "Idioma não suportado: {locale}. Escolha fr, en ou pt.",
    },
    "name_required": {
        "fr": "Le nom du contribuable est obligatoire.",
        "en": "The taxpayer's name is required.",
        "pt": "O nome do contribuinte é obrigatório.",
    },
    "invalid_phone": {
        "fr": "Numéro de téléphone invalide : « {phone} ». Saisissez 8 à 15 chiffres, avec ou sans indicatif.",
        "en": "Invalid phone number: \"{phone}\". Enter 8 to 15 digits, with or without the country code.",
        "pt": "Número de telefone inválido: \"{phone}\". Introduza 8 a 15 algarismos, com ou sem indicativo.",
    },
    "invalid_coordinates": {
        "fr": "Coordonnées invalides : latitude entre -90 et 90, longitude entre -180 et 180, précision positive.",
        "en": "Invalid coordinates: latitude between -90 and 90, longitude between -180 and 180, positive accuracy.",
        "pt": "Coordenadas inválidas: latitude entre -90 e 90, longitude entre -180 e 180, precisão positiva.",
    },
    "invalid_location_source": {
        "fr": "Source de position inconnue : {source} (gps, external-gnss ou manual).",
        "en": "Unknown position source: {source} (gps, external-gnss or manual).",
        "pt": "Fonte de posição desconhecida: {source} (gps, external-gnss ou manual).",
    },
    "unknown_zone": {
        "fr": "Zone inconnue : « {zone} ».",
        "en": "Unknown zone: \"{zone}\".",
        "pt": "Zona desconhecida: \"{zone}\".",
    },
    "unknown_taxpayer": {
        "fr": "Contribuable introuvable : {taxpayer}.",
        "en": "Taxpayer not found: {taxpayer}.",
        "pt": "Contribuinte não encontrado: {taxpayer}.",
    },
    "inactive_taxpayer": {
        "fr": "Ce contribuable est désactivé : réactivez-le avant d'encaisser.",
        "en": "This taxpayer is deactivated: reactivate them before taking a payment.",
        "pt": "Este contribuinte está desativado: reative-o antes de cobrar.",
    },
    "stale_version": {
        "fr": "La fiche a changé entre-temps (version {current}, vous aviez la {base}). Rechargez-la.",
        "en": "The record changed meanwhile (version {current}, you had {base}). Reload it.",
        "pt": "A ficha mudou entretanto (versão {current}, tinha a {base}). Recarregue-a.",
    },
    "unknown_field": {
        "fr": "Champ non modifiable : {field}.",
        "en": "Field cannot be changed: {field}.",
        "pt": "Campo não modificável: {field}.",
    },
    "unknown_tax": {
        "fr": "Taxe inconnue : {tax}.",
        "en": "Unknown tax: {tax}.",
        "pt": "Imposto desconhecido: {tax}.",
    },
    "invalid_period": {
        "fr": "Période invalide pour {tax} : « {period} » (attendu : {expected}).",
        "en": "Invalid period for {tax}: \"{period}\" (expected: {expected}).",
        "pt": "Período inválido para {tax}: \"{period}\" (esperado: {expected}).",
    },
    "invalid_method": {
        "fr": "Mode de paiement inconnu : {method} (cash, mobile_money ou other).",
        "en": "Unknown payment method: {method} (cash, mobile_money or other).",
        "pt": "Modo de pagamento desconhecido: {method} (cash, mobile_money ou other).",
    },
    "reference_required": {
        "fr": "La référence de la transaction est obligatoire pour un paiement par mobile money.",
        "en": "The transaction reference is required for a mobile money payment.",
        "pt": "A referência da transação é obrigatória para um pagamento por mobile money.",
    },
    "amount_above_balance": {
        "fr": "Le montant {amount} dépasse le reste à payer ({due}). Enregistrez-le comme avance si le contribuable paie d'avance.",
        "en": "The amount {amount} is above the balance due ({due}). Record it as an advance if the taxpayer is paying ahead.",
        "pt": "O montante {amount} excede o saldo devido ({due}). Registe-o como adiantamento se o contribuinte paga antecipadamente.",
    },
    "no_open_session": {
        "fr": "Aucune session de caisse ouverte : ouvrez une session avant d'encaisser.",
        "en": "No cash session is open: open a session before taking payments.",
        "pt": "Nenhuma sessão de caixa aberta: abra uma sessão antes de cobrar.",
    },
    "session_of_another_agent": {
        "fr": "La session de caisse ouverte est celle de {agent} : elle doit la fermer avant que vous encaissiez.",
        "en": "The open cash session is {agent}'s: it must be closed before you take payments.",
        "pt": "A sessão de caixa aberta é de {agent}: tem de ser fechada antes de cobrar.",
    },
    "session_already_open": {
        "fr": "Une session de caisse est déjà ouverte depuis {opened_at}.",
        "en": "A cash session is already open since {opened_at}.",
        "pt": "Já existe uma sessão de caixa aberta desde {opened_at}.",
    },
    "unknown_receipt": {
        "fr": "Reçu introuvable : {receipt_no}.",
        "en": "Receipt not found: {receipt_no}.",
        "pt": "Recibo não encontrado: {receipt_no}.",
    },
    "already_voided": {
        "fr": "Le reçu {receipt_no} est déjà annulé.",
        "en": "Receipt {receipt_no} is already voided.",
        "pt": "O recibo {receipt_no} já está anulado.",
    },
    "reason_required": {
        "fr": "Le motif de l'annulation est obligatoire.",
        "en": "A reason is required to void a receipt.",
        "pt": "O motivo da anulação é obrigatório.",
    },
    "unknown_agent": {
        "fr": "Agent inconnu : {agent}.",
        "en": "Unknown agent: {agent}.",
        "pt": "Agente desconhecido: {agent}.",
    },
    "invalid_token": {
        "fr": "Reçu non authentique : la signature ne correspond pas.",
        "en": "Receipt not genuine: the signature does not match.",
        "pt": "Recibo não autêntico: a assinatura não corresponde.",
    },
    "malformed_token": {
        "fr": "Code de reçu illisible.",
        "en": "Unreadable receipt code.",
        "pt": "Código de recibo ilegível.",
    },
    "newer_schema": {
        "fr": "Cette base a été créée par une version plus récente de Quittance (schéma {found}, connu {known}). Mettez l'application à jour.",
        "en": "This database was made by a newer Quittance (schema {found}, known {known}). Update the app.",
        "pt": "Esta base foi criada por uma versão mais recente do Quittance (esquema {found}, conhecido {known}). Atualize a aplicação.",
    },
    "invalid_object_kind": {
        "fr": "Type d'objet imposable inconnu : {kind}.",
        "en": "Unknown taxable object kind: {kind}.",
        "pt": "Tipo de objeto tributável desconhecido: {kind}.",
    },
    "reference_required_object": {
        "fr": "La référence de l'objet imposable est obligatoire (ex. numéro de parcelle ou de plaque).",
        "en": "The taxable object's reference is required (e.g. plot or plate number).",
        "pt": "A referência do objeto tributável é obrigatória (ex. número do lote ou da matrícula).",
    },
    "database_busy": {
        "fr": "La base est occupée trop longtemps ; réessayez dans un instant. Rien n'a été perdu.",
        "en": "The database stayed busy too long; try again in a moment. Nothing was lost.",
        "pt": "A base esteve ocupada tempo demais; tente de novo daqui a pouco. Nada se perdeu.",
    },
    "chain_broken": {
        "fr": "Journal altéré à l'événement n° {seq} : {detail}.",
        "en": "Event log tampered with at event #{seq}: {detail}.",
        "pt": "Diário alterado no evento n.º {seq}: {detail}.",
    },
    "invalid_count": {
        "fr": "Nombre invalide : {value}.",
        "en": "Invalid number: {value}.",
        "pt": "Número inválido: {value}.",
    },
    "file_error": {
        "fr": "Impossible d'écrire le fichier {path} : {detail}.",
        "en": "Cannot write the file {path}: {detail}.",
        "pt": "Não é possível escrever o ficheiro {path}: {detail}.",
    },
    # -- command-line summaries ----------------------------------------------------------------
    "cli_initialised": {
        "fr": "Appareil {device_code} initialisé ({municipality}, {currency}).\nClé publique : {public_key}",
        "en": "Device {device_code} initialised ({municipality}, {currency}).\nPublic key: {public_key}",
        "pt": "Dispositivo {device_code} inicializado ({municipality}, {currency}).\nChave pública: {public_key}",
    },
    "cli_seeded": {
        "fr": "{taxpayers} contribuables, {objects} objets imposables, {assessments} avis d'imposition, {zones} zones.",
        "en": "{taxpayers} taxpayers, {objects} taxable objects, {assessments} assessments, {zones} zones.",
        "pt": "{taxpayers} contribuintes, {objects} objetos tributáveis, {assessments} liquidações, {zones} zonas.",
    },
    "cli_no_result": {"fr": "Aucun résultat.", "en": "No result.", "pt": "Nenhum resultado."},
    "cli_session_opened": {
        "fr": "Session ouverte ({session_id}), fonds de caisse {amount}.",
        "en": "Session opened ({session_id}), opening float {amount}.",
        "pt": "Sessão aberta ({session_id}), fundo de caixa {amount}.",
    },
    "cli_session_closed": {
        "fr": "Session fermée : {count} reçu(s) {first} → {last}",
        "en": "Session closed: {count} receipt(s) {first} → {last}",
        "pt": "Sessão fechada: {count} recibo(s) {first} → {last}",
    },
    "cli_voided_line": {"fr": "ANNULÉ", "en": "VOID", "pt": "ANULADO"},
    "cli_session_totals": {
        "fr": "Total encaissé : {total} ; espèces attendues : {cash}",
        "en": "Total collected: {total}; cash expected: {cash}",
        "pt": "Total cobrado: {total}; numerário esperado: {cash}",
    },
    "cli_voided": {"fr": "Reçu {receipt_no} annulé.", "en": "Receipt {receipt_no} voided.",
                   "pt": "Recibo {receipt_no} anulado."},
    "cli_intact": {
        "fr": "Intègre : {events} événements, {payments} paiements, {voids} annulations, numérotation continue. "
              "Dernier hash {hash}…",
        "en": "Intact: {events} events, {payments} payments, {voids} voids, numbering without gaps. Last hash {hash}…",
        "pt": "Íntegro: {events} eventos, {payments} pagamentos, {voids} anulações, numeração contínua. "
              "Último hash {hash}…",
    },
    "cli_tampered": {"fr": "ALTÉRÉ : {problem}", "en": "TAMPERED: {problem}", "pt": "ALTERADO: {problem}"},
    "cli_exported": {
        "fr": "{count} ligne(s) exportée(s) vers {path}.",
        "en": "{count} row(s) exported to {path}.",
        "pt": "{count} linha(s) exportada(s) para {path}.",
    },
    # -- database size and migrations (issue 8, sections 8 and 9) --
    "migrating_database": {
        "fr": "Mise à jour de la base de données, ne pas éteindre l'appareil…",
        "en": "Updating the database, do not switch the device off…",
        "pt": "A atualizar a base de dados, não desligue o dispositivo…",
    },
    "unknown_object": {
        "fr": "Objet imposable inconnu : {object}.",
        "en": "Unknown taxable object: {object}.",
        "pt": "Objeto tributável desconhecido: {object}.",
    },
    "migration_would_lose_rows": {
        "fr": "Mise à jour refusée : {count} ligne(s) de {table} n'ont plus leur contribuable ou leur objet. "
              "Rien n'a été modifié ; contactez le support.",
        "en": "Update refused: {count} row(s) of {table} no longer have their taxpayer or object. "
              "Nothing was changed; contact support.",
        "pt": "Atualização recusada: {count} linha(s) de {table} já não têm o seu contribuinte ou objeto. "
              "Nada foi alterado; contacte o suporte.",
    },
}


def translate(code: str, locale: str = "fr", **params: Any) -> str:
    entry = _CATALOGUE.get(code)
    if entry is None:
        return code
    template = entry.get(locale) or entry["fr"]
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template
