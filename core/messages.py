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
    # The format a period is typed in, named in the reader's language (issue 9: "AAAA" leaked into en/pt).
    "period_format_annual": {"fr": "AAAA, par ex. 2026", "en": "YYYY, e.g. 2026", "pt": "AAAA, p. ex. 2026"},
    "period_format_monthly": {"fr": "AAAA-MM, par ex. 2026-03", "en": "YYYY-MM, e.g. 2026-03",
                              "pt": "AAAA-MM, p. ex. 2026-03"},
    "period_format_daily": {"fr": "AAAA-MM-JJ, par ex. 2026-03-15", "en": "YYYY-MM-DD, e.g. 2026-03-15",
                            "pt": "AAAA-MM-DD, p. ex. 2026-03-15"},
    "period_format_one_off": {"fr": "un code court, par ex. 2026", "en": "a short code, e.g. 2026",
                              "pt": "um código curto, p. ex. 2026"},
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
    # -- inputs: amounts, invisible characters, coordinates, device clock, time zone (issue 8, §5 §6 §10) --
    "amount_too_large": {
        "fr": "Montant trop élevé : {text}. Le maximum par paiement est {maximum} ; vérifiez le nombre de zéros.",
        "en": "Amount too large: {text}. The maximum per payment is {maximum}; check the number of zeros.",
        "pt": "Montante demasiado elevado: {text}. O máximo por pagamento é {maximum}; verifique o número de zeros.",
    },
    "control_character": {
        "fr": "Le champ « {field} » contient un caractère invisible ou de contrôle (position {position}) : "
              "retapez-le sans copier-coller.",
        "en": "The field \"{field}\" contains an invisible or control character (position {position}): "
              "type it again without copy and paste.",
        "pt": "O campo \"{field}\" contém um carácter invisível ou de controlo (posição {position}): "
              "escreva-o de novo sem copiar e colar.",
    },
    "field_name": {"fr": "Nom", "en": "Name", "pt": "Nome"},
    "field_business_name": {"fr": "Raison sociale", "en": "Business name", "pt": "Denominação social"},
    "field_id_number": {"fr": "N° d'identification", "en": "ID number", "pt": "N.º de identificação"},
    "field_address": {"fr": "Adresse", "en": "Address", "pt": "Morada"},
    "field_reference": {"fr": "Référence du paiement", "en": "Payment reference", "pt": "Referência do pagamento"},
    "field_reason": {"fr": "Motif d'annulation", "en": "Reason for voiding", "pt": "Motivo da anulação"},
    "field_object_reference": {"fr": "Référence de l'objet", "en": "Object reference", "pt": "Referência do objeto"},
    "field_object_description": {"fr": "Description de l'objet", "en": "Object description",
                                 "pt": "Descrição do objeto"},
    "field_attribute": {"fr": "Caractéristique de l'objet", "en": "Object attribute", "pt": "Atributo do objeto"},
    "field_agent_name": {"fr": "Nom de l'agent", "en": "Agent name", "pt": "Nome do agente"},
    "field_municipality_name": {"fr": "Nom de la commune", "en": "Municipality name", "pt": "Nome do município"},
    "invalid_bbox": {
        "fr": "Emprise invalide : « {bbox} ». Donnez lat_min,lon_min,lat_max,lon_max, des nombres finis "
              "avec lat_min < lat_max et lon_min < lon_max.",
        "en": "Invalid bounding box: \"{bbox}\". Give min_lat,min_lon,max_lat,max_lon, finite numbers "
              "with min_lat < max_lat and min_lon < max_lon.",
        "pt": "Limites inválidos: \"{bbox}\". Indique lat_min,lon_min,lat_max,lon_max, números finitos "
              "com lat_min < lat_max e lon_min < lon_max.",
    },
    "clock_too_early": {
        "fr": "L'horloge de l'appareil indique {now}, avant le {earliest} : elle n'est pas à l'heure. Réglez la "
              "date et l'heure de l'appareil, puis recommencez. Rien n'a été enregistré.",
        "en": "The device clock says {now}, before {earliest}: it is wrong. Set the device's date and time, "
              "then try again. Nothing was recorded.",
        "pt": "O relógio do dispositivo indica {now}, antes de {earliest}: está errado. Acerte a data e a hora "
              "do dispositivo e tente de novo. Nada foi registado.",
    },
    "clock_behind": {
        "fr": "L'horloge de l'appareil ({now}) retarde de plus de {minutes} minutes sur le dernier "
              "enregistrement ({last}). Réglez la date et l'heure de l'appareil, puis recommencez. "
              "Rien n'a été enregistré.",
        "en": "The device clock ({now}) is more than {minutes} minutes behind the last record ({last}). "
              "Set the device's date and time, then try again. Nothing was recorded.",
        "pt": "O relógio do dispositivo ({now}) está mais de {minutes} minutos atrás do último registo "
              "({last}). Acerte a data e a hora do dispositivo e tente de novo. Nada foi registado.",
    },
    "clock_ahead": {
        "fr": "L'horloge de l'appareil ({now}) est plus d'un jour après le dernier enregistrement ({last}). "
              "Si la date et l'heure sont justes, confirmez-le (ligne de commande : --clock-ahead-ok) ; "
              "sinon réglez-les.",
        "en": "The device clock ({now}) is more than a day after the last record ({last}). If the date and "
              "time are right, confirm it (command line: --clock-ahead-ok); otherwise set them.",
        "pt": "O relógio do dispositivo ({now}) está mais de um dia depois do último registo ({last}). Se a "
              "data e a hora estiverem certas, confirme (linha de comando: --clock-ahead-ok); senão acerte-as.",
    },
    "invalid_timezone": {
        "fr": "Fuseau horaire inconnu : « {timezone} ». Donnez un nom IANA, par exemple Africa/Lubumbashi.",
        "en": "Unknown time zone: \"{timezone}\". Give an IANA name, for example Africa/Lubumbashi.",
        "pt": "Fuso horário desconhecido: \"{timezone}\". Indique um nome IANA, por exemplo Africa/Luanda.",
    },
    "cli_timezone_defaulted": {
        "fr": "Fuseau horaire non précisé : {timezone} est utilisé pour les reçus. Changez-le avec --timezone "
              "à l'initialisation.",
        "en": "No time zone given: receipts use {timezone}. Give --timezone at initialisation to change it.",
        "pt": "Fuso horário não indicado: os recibos usam {timezone}. Indique --timezone na inicialização.",
    },
    "clock_back_after_jump": {
        "fr": "L'horloge de l'appareil ({now}) revient avant le dernier enregistrement ({last}), fait après un "
              "saut d'horloge confirmé (avant ce saut : {before}). Si la date et l'heure sont justes maintenant, "
              "confirmez-le (ligne de commande : --clock-ahead-ok).",
        "en": "The device clock ({now}) goes back before the last record ({last}), made after a confirmed clock "
              "jump (before that jump: {before}). If the date and time are right now, confirm it (command line: "
              "--clock-ahead-ok).",
        "pt": "O relógio do dispositivo ({now}) volta para antes do último registo ({last}), feito depois de um "
              "salto de relógio confirmado (antes desse salto: {before}). Se a data e a hora estão certas agora, "
              "confirme (linha de comando: --clock-ahead-ok).",
    },
    # -- integrity: verify's signed chain and anchors (issue 8, section 2) --
    "cli_intact_signed": {
        "fr": "Chaîne signée jusqu'à l'événement n° {seq} par la clé {key}… ; ancres vérifiées : {anchors}.",
        "en": "Chain signed up to event #{seq} by key {key}…; anchors checked: {anchors}.",
        "pt": "Cadeia assinada até ao evento n.º {seq} pela chave {key}…; âncoras verificadas: {anchors}.",
    },
    # -- command line: device file, acting agent and PIN (issue 8, helper "cli") -----------------
    "not_initialised_at": {
        "fr": "Aucun appareil initialisé dans {path} : lancez d'abord « quittance init » (ou indiquez la bonne base avec --db).",
        "en": "No initialised device in {path}: run \"quittance init\" first (or point --db at the right database).",
        "pt": "Nenhum dispositivo inicializado em {path}: execute primeiro \"quittance init\" (ou indique a base certa com --db).",
    },
    "cli_empty_database": {
        "fr": "Le fichier {path} est vide : ce n'est pas une base d'appareil. Rien n'a été créé ; lancez « quittance init » pour en faire une.",
        "en": "The file {path} is empty: it is not a device database. Nothing was created; run \"quittance init\" to make one.",
        "pt": "O ficheiro {path} está vazio: não é uma base de dispositivo. Nada foi criado; execute \"quittance init\" para criar uma.",
    },
    "cli_not_a_database": {
        "fr": "Le fichier {path} n'est pas une base Quittance. Rien n'a été modifié ; vérifiez le chemin donné à --db.",
        "en": "The file {path} is not a Quittance database. Nothing was changed; check the path given to --db.",
        "pt": "O ficheiro {path} não é uma base Quittance. Nada foi alterado; verifique o caminho dado a --db.",
    },
    "cli_agent_required": {
        "fr": "Plusieurs agents utilisent cet appareil : indiquez qui agit avec --as NOM ({agents}).",
        "en": "Several agents use this device: say who is acting with --as NAME ({agents}).",
        "pt": "Vários agentes usam este dispositivo: indique quem age com --as NOME ({agents}).",
    },
    "cli_no_active_agent": {
        "fr": "Aucun agent actif sur cet appareil : rien ne peut être enregistré.",
        "en": "No active agent on this device: nothing can be recorded.",
        "pt": "Nenhum agente ativo neste dispositivo: nada pode ser registado.",
    },
    "cli_agent_inactive": {
        "fr": "L'agent {agent} est désactivé : il ne peut plus rien enregistrer.",
        "en": "Agent {agent} is deactivated and can no longer record anything.",
        "pt": "O agente {agent} está desativado e já não pode registar nada.",
    },
    "cli_agent_without_pin": {
        "fr": "L'agent {agent} n'a pas de PIN : il ne peut rien enregistrer en ligne de commande.",
        "en": "Agent {agent} has no PIN, so cannot record anything from the command line.",
        "pt": "O agente {agent} não tem PIN: não pode registar nada pela linha de comandos.",
    },
    "cli_pin_prompt": {"fr": "PIN de {agent} : ", "en": "PIN for {agent}: ", "pt": "PIN de {agent}: "},
    "cli_new_pin_prompt": {
        "fr": "PIN des agents créés : ", "en": "PIN for the agents created: ", "pt": "PIN dos agentes criados: ",
    },
    "cli_new_pin_again": {"fr": "Confirmez le PIN : ", "en": "Confirm the PIN: ", "pt": "Confirme o PIN: "},
    "cli_pin_mismatch": {
        "fr": "Les deux PIN saisis diffèrent : rien n'a été créé.",
        "en": "The two PINs typed differ: nothing was created.",
        "pt": "Os dois PIN introduzidos diferem: nada foi criado.",
    },
    "cli_init_pin_required": {
        "fr": "Donnez le PIN des agents créés : --pin, la variable QUITTANCE_PIN, ou au clavier dans un terminal.",
        "en": "Give the PIN of the agents created: --pin, the QUITTANCE_PIN variable, or typed in a terminal.",
        "pt": "Indique o PIN dos agentes criados: --pin, a variável QUITTANCE_PIN, ou digitado num terminal.",
    },
    "cli_pin_required": {
        "fr": "Cette commande enregistre au nom de {agent} : saisissez son PIN dans un terminal, ou mettez-le dans la variable {variable}. Rien n'a été enregistré.",
        "en": "This command records on behalf of {agent}: type their PIN in a terminal, or put it in the {variable} variable. Nothing was recorded.",
        "pt": "Este comando regista em nome de {agent}: digite o PIN num terminal, ou coloque-o na variável {variable}. Nada foi registado.",
    },
    "cli_pin_wrong": {
        "fr": "PIN incorrect pour {agent} : rien n'a été enregistré. Encore {tries_left} essai(s) avant le verrouillage.",
        "en": "Wrong PIN for {agent}: nothing was recorded. {tries_left} more try(ies) before the lock.",
        "pt": "PIN errado para {agent}: nada foi registado. Mais {tries_left} tentativa(s) antes do bloqueio.",
    },
    "cli_pin_locked": {
        "fr": "Trop de PIN erronés : {agent} est verrouillé pendant encore {minutes} minute(s). Rien n'a été enregistré.",
        "en": "Too many wrong PINs: {agent} is locked for {minutes} more minute(s). Nothing was recorded.",
        "pt": "Demasiados PIN errados: {agent} está bloqueado por mais {minutes} minuto(s). Nada foi registado.",
    },
    "cli_screenshot_own_device": {
        "fr": "--screenshot utilise son propre appareil de démonstration : --db ne s'applique pas.",
        "en": "--screenshot uses its own demo device: --db does not apply.",
        "pt": "--screenshot usa o seu próprio dispositivo de demonstração: --db não se aplica.",
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
        "fr": "Le fichier {path} est tronqué ({size} octets sur au moins {expected}) : une copie interrompue, ou un arrêt brutal pendant un "
              "enregistrement suivi de la perte du fichier -wal. Il n'a pas été modifié. Refaites la copie depuis "
              "l'original ou remettez son fichier -wal, et appelez votre superviseur.",
        "en": "The file {path} is cut short ({size} bytes of at least {expected}): an interrupted copy, or a crash while saving after which "
              "the -wal file was lost. It was not changed. Copy it again from the original or put back its -wal "
              "file, and call your supervisor.",
        "pt": "O ficheiro {path} está truncado ({size} bytes de pelo menos {expected}): uma cópia interrompida, ou uma paragem brusca durante "
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
    # -- the app's own wording of the clock refusals (helper "screens"): its dialog holds the answer,
    #    so no command-line option is named; times are the municipality's, with their offset --
    "clock_ahead_app": {
        "fr": "L'horloge de l'appareil indique {now} : c'est plus d'un jour après le dernier enregistrement, "
              "fait le {last}. Si la date et l'heure sont justes, confirmez-le ; sinon réglez-les, puis recommencez.",
        "en": "The device clock says {now}: more than a day after the last record, made on {last}. If the date "
              "and time are right, confirm it; otherwise set them, then try again.",
        "pt": "O relógio do dispositivo indica {now}: mais de um dia depois do último registo, feito em {last}. "
              "Se a data e a hora estiverem certas, confirme; senão acerte-as e tente de novo.",
    },
    "clock_back_after_jump_app": {
        "fr": "L'horloge de l'appareil indique {now} : c'est avant le dernier enregistrement, fait le {last} "
              "après un saut d'horloge confirmé ; avant ce saut, elle indiquait {before}. Si la date et l'heure "
              "sont justes maintenant, confirmez-le.",
        "en": "The device clock says {now}: before the last record, made on {last} after a confirmed clock jump; "
              "before that jump it said {before}. If the date and time are right now, confirm it.",
        "pt": "O relógio do dispositivo indica {now}: antes do último registo, feito em {last} depois de um "
              "salto de relógio confirmado; antes desse salto, indicava {before}. Se a data e a hora estão "
              "certas agora, confirme.",
    },
    "clock_behind_app": {
        "fr": "L'horloge de l'appareil indique {now} : elle retarde de plus de {minutes} minutes sur le dernier "
              "enregistrement, fait le {last}. Réglez la date et l'heure de l'appareil, puis recommencez. "
              "Rien n'a été enregistré.",
        "en": "The device clock says {now}: more than {minutes} minutes behind the last record, made on {last}. "
              "Set the device's date and time, then try again. Nothing was recorded.",
        "pt": "O relógio do dispositivo indica {now}: mais de {minutes} minutos atrás do último registo, feito "
              "em {last}. Acerte a data e a hora do dispositivo e tente de novo. Nada foi registado.",
    },
    # -- redteam review: damage an attacker or a tool can do behind the app's back ----------------
    "storage_tables_missing": {
        "fr": "Le fichier {path} a été endommagé ou modifié hors de Quittance : il lui manque la ou les tables "
              "{tables}. Rien n'a été enregistré ni modifié. Ne supprimez rien ; restaurez la dernière copie et "
              "appelez votre superviseur.",
        "en": "The file {path} was damaged or edited outside Quittance: table(s) {tables} are missing. Nothing "
              "was recorded or changed. Delete nothing; restore the latest copy and call your supervisor.",
        "pt": "O ficheiro {path} foi danificado ou alterado fora do Quittance: falta(m) a(s) tabela(s) {tables}. "
              "Nada foi registado nem alterado. Não apague nada; restaure a última cópia e chame o seu supervisor.",
    },
    "storage_settings_damaged": {
        "fr": "Les paramètres de l'appareil ({key}) dans {path} sont illisibles : endommagés ou modifiés hors de "
              "Quittance. Rien n'a été enregistré. Ne supprimez rien ; restaurez la dernière copie et appelez "
              "votre superviseur.",
        "en": "The device's settings ({key}) in {path} cannot be read: damaged or edited outside Quittance. "
              "Nothing was recorded. Delete nothing; restore the latest copy and call your supervisor.",
        "pt": "As definições do aparelho ({key}) em {path} estão ilegíveis: danificadas ou alteradas fora do "
              "Quittance. Nada foi registado. Não apague nada; restaure a última cópia e chame o seu supervisor.",
    },
    "out_folder_missing": {
        "fr": "Le dossier {folder} n'existe pas (support débranché ?) : {path} n'a pas été écrit. Branchez le "
              "support ou choisissez un dossier existant.",
        "en": "The folder {folder} does not exist (medium unplugged?): {path} was not written. Plug the medium "
              "in or choose a folder that exists.",
        "pt": "A pasta {folder} não existe (suporte desligado?): {path} não foi escrito. Ligue o suporte ou "
              "escolha uma pasta existente.",
    },
    "init_over_a_ledger": {
        "fr": "Ce fichier contient déjà un registre ({events} événements) mais plus les paramètres de son "
              "appareil : il a été endommagé ou modifié. Rien n'a été changé ; restaurez la dernière copie et "
              "appelez votre superviseur.",
        "en": "This file already holds a ledger ({events} events) but no longer its device's settings: it was "
              "damaged or edited. Nothing was changed; restore the latest copy and call your supervisor.",
        "pt": "Este ficheiro já contém um registo ({events} eventos) mas já não as definições do seu aparelho: foi "
              "danificado ou alterado. Nada foi alterado; restaure a última cópia e chame o seu supervisor.",
    },
    "anchor_unreadable": {
        "fr": "« {anchor} » n'est ni le texte du QR code d'un reçu (Q1./Q2., ou son adresse) ni la tête de chaîne "
              "d'un rapport Z (H1.…) : rien n'a été vérifié. Recopiez-le.",
        "en": "\u201c{anchor}\u201d is neither a receipt's QR text (Q1./Q2., or its address) nor a Z-report's chain "
              "head (H1.…): nothing was verified. Copy it again.",
        "pt": "«{anchor}» não é o texto do código QR de um recibo (Q1./Q2., ou o seu endereço) nem a cabeça de "
              "cadeia de um relatório Z (H1.…): nada foi verificado. Copie-o de novo.",
    },
    "text_too_long": {
        "fr": "{field} : texte trop long ({length} caractères ; au plus {maximum}). Rien n'a été enregistré.",
        "en": "{field}: text too long ({length} characters; at most {maximum}). Nothing was recorded.",
        "pt": "{field}: texto demasiado longo ({length} caracteres; no máximo {maximum}). Nada foi registado.",
    },
    "mark_damaged": {
        "fr": "La marque de l'appareil ({mark}) est endommagée : aucune de ses deux copies n'est lisible. "
              "Quittance ne peut plus vérifier que {path} est la copie la plus récente, donc aucun reçu ne sera "
              "émis. Appelez votre superviseur : une fois sûr que c'est la bonne copie, il supprime ce fichier.",
        "en": "The device's high-water mark ({mark}) is damaged: neither of its two copies can be read. Quittance "
              "can no longer check that {path} is the newest copy, so no receipt will be issued. Call your "
              "supervisor: once sure this is the right copy, they delete that file.",
        "pt": "A marca do aparelho ({mark}) está danificada: nenhuma das suas duas cópias é legível. O Quittance "
              "já não pode verificar que {path} é a cópia mais recente, por isso nenhum recibo será emitido. "
              "Chame o seu supervisor: quando tiver a certeza de que é a cópia certa, ele apaga esse ficheiro.",
    },
    "receipt_counter_edited": {
        "fr": "Le compteur des reçus de {year} dans {path} ne suit pas le dernier reçu (n° {last}) : il a été "
              "modifié hors de Quittance. Aucun reçu ne sera émis, pour ne jamais sauter ni réutiliser un numéro. "
              "Lancez « quittance verify » et appelez votre superviseur.",
        "en": "The {year} receipt counter in {path} does not follow the last receipt (no. {last}): it was edited "
              "outside Quittance. No receipt will be issued, so that no number is ever skipped or used twice. Run "
              "\u201cquittance verify\u201d and call your supervisor.",
        "pt": "O contador de recibos de {year} em {path} não segue o último recibo (n.º {last}): foi alterado fora "
              "do Quittance. Nenhum recibo será emitido, para nunca saltar nem reutilizar um número. Execute "
              "«quittance verify» e chame o seu supervisor.",
    },
    "data_unreadable": {
        "fr": "{path} contient des données que Quittance n'écrit jamais ({error}) : le fichier a sans doute été "
              "modifié hors de Quittance. Rien n'a été enregistré. Lancez « quittance verify » et appelez votre "
              "superviseur.",
        "en": "{path} holds data Quittance never writes ({error}): the file was probably edited outside Quittance. "
              "Nothing was recorded. Run \u201cquittance verify\u201d and call your supervisor.",
        "pt": "{path} contém dados que o Quittance nunca escreve ({error}): o ficheiro foi provavelmente alterado "
              "fora do Quittance. Nada foi registado. Execute «quittance verify» e chame o seu supervisor.",
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
