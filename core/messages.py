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
    # -- storage faults and the high-water mark (durability) ----------------------------------
    "storage_full": {
        "fr": "Le disque est plein : rien n'a été enregistré cette fois, et rien de ce qui était déjà enregistré "
              "n'est perdu. Libérez de la place sur l'appareil, puis réessayez.",
        "en": "The disk is full: nothing was recorded this time, and nothing already recorded is lost. "
              "Free some space on the device, then try again.",
        "pt": "O disco está cheio: nada foi registado desta vez, e nada do que já estava registado se perdeu. "
              "Liberte espaço no dispositivo e tente de novo.",
    },
    "storage_read_only": {
        "fr": "Le fichier {path} est en lecture seule (support protégé ou monté en lecture seule) : rien n'a été "
              "enregistré, rien n'est perdu. Rendez le support inscriptible, puis réessayez.",
        "en": "The file {path} is read-only (a protected or read-only medium): nothing was recorded and nothing "
              "is lost. Make the medium writable, then try again.",
        "pt": "O ficheiro {path} está só de leitura (suporte protegido ou montado só de leitura): nada foi "
              "registado e nada se perdeu. Torne o suporte gravável e tente de novo.",
    },
    "storage_not_a_database": {
        "fr": "Le fichier {path} n'est pas une base Quittance (contenu illisible) : il n'a pas été modifié. "
              "Vérifiez le chemin ou restaurez la dernière copie, et appelez votre superviseur.",
        "en": "The file {path} is not a Quittance database (unreadable content): it was not changed. "
              "Check the path or restore the latest copy, and call your supervisor.",
        "pt": "O ficheiro {path} não é uma base Quittance (conteúdo ilegível): não foi alterado. "
              "Verifique o caminho ou restaure a cópia mais recente, e chame o seu supervisor.",
    },
    "storage_truncated": {
        "fr": "Le fichier {path} est tronqué ({detail}) : une copie interrompue, ou un arrêt brutal pendant un "
              "enregistrement suivi de la perte du fichier -wal. Il n'a pas été modifié. Refaites la copie depuis "
              "l'original ou remettez son fichier -wal, et appelez votre superviseur.",
        "en": "The file {path} is cut short ({detail}): an interrupted copy, or a crash while saving after which "
              "the -wal file was lost. It was not changed. Copy it again from the original or put back its -wal "
              "file, and call your supervisor.",
        "pt": "O ficheiro {path} está truncado ({detail}): uma cópia interrompida, ou uma paragem brusca durante "
              "um registo seguida da perda do ficheiro -wal. Não foi alterado. Copie-o de novo a partir do "
              "original ou reponha o seu ficheiro -wal, e chame o seu supervisor.",
    },
    "storage_corrupt": {
        "fr": "Le fichier {path} est endommagé ({detail}) : rien n'a été enregistré. N'effacez rien ; "
              "restaurez la dernière copie et appelez votre superviseur.",
        "en": "The file {path} is damaged ({detail}): nothing was recorded. Delete nothing; restore the "
              "latest copy and call your supervisor.",
        "pt": "O ficheiro {path} está danificado ({detail}): nada foi registado. Não apague nada; restaure a "
              "cópia mais recente e chame o seu supervisor.",
    },
    "storage_locked": {
        "fr": "La base {path} est verrouillée par un autre programme depuis trop longtemps : rien n'a été "
              "enregistré, rien n'est perdu. Fermez l'autre programme Quittance ou la copie en cours, puis réessayez.",
        "en": "The database {path} has been locked by another program for too long: nothing was recorded and "
              "nothing is lost. Close the other Quittance program or the copy in progress, then try again.",
        "pt": "A base {path} está bloqueada por outro programa há tempo demais: nada foi registado e nada se "
              "perdeu. Feche o outro programa Quittance ou a cópia em curso e tente de novo.",
    },
    "storage_folder_missing": {
        "fr": "Le dossier {folder} n'existe pas (support débranché ?) : rien n'a été créé. Rebranchez le support "
              "ou vérifiez le chemin ; un nouvel appareil se prépare avec « init ».",
        "en": "The folder {folder} does not exist (medium unplugged?): nothing was created. Plug the medium back "
              "in or check the path; a new device is set up with \"init\".",
        "pt": "A pasta {folder} não existe (suporte desligado?): nada foi criado. Volte a ligar o suporte ou "
              "verifique o caminho; um novo dispositivo prepara-se com \"init\".",
    },
    "storage_io": {
        "fr": "Erreur d'écriture ou de lecture sur le support de {path} ({detail}) : rien n'a été enregistré "
              "cette fois. Vérifiez le support, puis réessayez ; appelez votre superviseur si cela persiste.",
        "en": "The medium holding {path} failed to read or write ({detail}): nothing was recorded this time. "
              "Check the medium, then try again; call your supervisor if it persists.",
        "pt": "O suporte de {path} falhou ao ler ou escrever ({detail}): nada foi registado desta vez. "
              "Verifique o suporte e tente de novo; chame o seu supervisor se persistir.",
    },
    "ledger_behind": {
        "fr": "Cette base est plus ancienne que ce que l'appareil a déjà enregistré : il manque les événements "
              "{first} à {last} ({count}). Aucun reçu ne sera émis, pour ne jamais réutiliser un numéro. "
              "Retrouvez la copie la plus récente de {path} (avec son fichier -wal), et appelez votre superviseur.",
        "en": "This database is older than what the device has already recorded: events {first} to {last} "
              "({count}) are missing. No receipt will be issued, so that no number is ever used twice. Find the "
              "newest copy of {path} (with its -wal file), and call your supervisor.",
        "pt": "Esta base é mais antiga do que aquilo que o dispositivo já registou: faltam os eventos {first} a "
              "{last} ({count}). Nenhum recibo será emitido, para nunca reutilizar um número. Encontre a cópia "
              "mais recente de {path} (com o seu ficheiro -wal), e chame o seu supervisor.",
    },
    "ledger_behind_receipts": {
        "fr": "Cette base est plus ancienne que ce que l'appareil a déjà enregistré : il manque les événements "
              "{first} à {last} ({count}), dont {receipts} reçu(s), n° {first_receipt} à {last_receipt}. Aucun "
              "reçu ne sera émis, pour ne jamais réutiliser un numéro. Retrouvez la copie la plus récente de "
              "{path} (avec son fichier -wal), et appelez votre superviseur.",
        "en": "This database is older than what the device has already recorded: events {first} to {last} "
              "({count}) are missing, among them {receipts} receipt(s), {first_receipt} to {last_receipt}. No "
              "receipt will be issued, so that no number is ever used twice. Find the newest copy of {path} "
              "(with its -wal file), and call your supervisor.",
        "pt": "Esta base é mais antiga do que aquilo que o dispositivo já registou: faltam os eventos {first} a "
              "{last} ({count}), entre eles {receipts} recibo(s), n.º {first_receipt} a {last_receipt}. Nenhum "
              "recibo será emitido, para nunca reutilizar um número. Encontre a cópia mais recente de {path} "
              "(com o seu ficheiro -wal), e chame o seu supervisor.",
    },
    "ledger_torn": {
        "fr": "Quittance s'est arrêté pendant l'enregistrement de l'opération {seq}, et le fichier -wal qui la "
              "complétait a disparu : la base en contient une partie ({detail}). Rien de ce qui a été confirmé "
              "n'est perdu, mais aucun reçu ne sera émis. Remettez le fichier {path}-wal s'il existe encore, "
              "sinon appelez votre superviseur.",
        "en": "Quittance stopped while saving operation {seq}, and the -wal file that completed it is gone: the "
              "database holds part of it ({detail}). Nothing that was confirmed is lost, but no receipt will be "
              "issued. Put back the file {path}-wal if it still exists; otherwise call your supervisor.",
        "pt": "O Quittance parou durante o registo da operação {seq}, e o ficheiro -wal que a completava "
              "desapareceu: a base contém parte dela ({detail}). Nada do que foi confirmado se perdeu, mas nenhum "
              "recibo será emitido. Reponha o ficheiro {path}-wal se ainda existir; caso contrário, chame o seu "
              "supervisor.",
    },
    "ledger_diverged": {
        "fr": "Cette base ne correspond pas à ce que l'appareil a enregistré (l'événement {seq} diffère) : c'est "
              "une autre copie, ou une copie modifiée. Aucun reçu ne sera émis. Retrouvez la bonne copie de "
              "{path}, et appelez votre superviseur.",
        "en": "This database does not match what the device recorded (event {seq} differs): it is another copy, "
              "or an altered one. No receipt will be issued. Find the right copy of {path}, and call your "
              "supervisor.",
        "pt": "Esta base não corresponde ao que o dispositivo registou (o evento {seq} difere): é outra cópia, "
              "ou uma cópia alterada. Nenhum recibo será emitido. Encontre a cópia certa de {path}, e chame o "
              "seu supervisor.",
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
