"""Texts of the closings (issue 14): perpetual totals on the Z-report, month and year closings,
what `verify` finds wrong with them (quittance, "problem:" codes), and their printed words (receipts).

Kept here as the source, so that a merge which conflicts in the .po files can add them again:

    .venv/bin/python -m resources.locale.catalogue_closings && .venv/bin/python -m resources.locale.update
"""
from __future__ import annotations

QUITTANCE: dict[str, dict[str, str]] = {
    "closing_exists": {
        "en": "{period} is already closed. A closing is never reopened: correct it with a new record (a void) "
              "in the current period.",
        "fr": "{period} est déjà clôturé. Une clôture n'est jamais rouverte : corrigez par une nouvelle écriture "
              "(une annulation) dans la période en cours.",
        "pt": "{period} já está encerrado. Um encerramento nunca é reaberto: corrija com um novo registo "
              "(uma anulação) no período em curso.",
    },
    "closing_not_found": {
        "en": "No closing for {period} on this device (a month is written 2026-11, a year 2026).",
        "fr": "Aucune clôture pour {period} sur cet appareil (un mois s'écrit 2026-11, une année 2026).",
        "pt": "Nenhum encerramento para {period} neste aparelho (um mês escreve-se 2026-11, um ano 2026).",
    },
    "closing_clock_check": {
        "en": "Opening this session closes {periods}, but the device clock ({now}) jumped or disagrees with the "
              "server's time ({server}). If the date and time are right, confirm it (command line: "
              "--clock-ahead-ok); otherwise set them.",
        "fr": "Ouvrir cette session clôture {periods}, mais l'horloge de l'appareil ({now}) a sauté ou ne "
              "s'accorde pas avec l'heure du serveur ({server}). Si la date et l'heure sont justes, confirmez-le "
              "(ligne de commande : --clock-ahead-ok) ; sinon, réglez-les.",
        "pt": "Abrir esta sessão encerra {periods}, mas o relógio do aparelho ({now}) saltou ou não concorda "
              "com a hora do servidor ({server}). Se a data e a hora estiverem certas, confirme-o (linha de "
              "comandos: --clock-ahead-ok); caso contrário, acerte-as.",
    },
    "closing_clock_check_app": {
        "en": "Opening this session closes {periods} for good. The device clock says {now} and the server's "
              "time was {server}, or the clock jumped. If the date and time are right, confirm it; otherwise "
              "set them, then try again.",
        "fr": "Ouvrir cette session clôture définitivement {periods}. L'horloge de l'appareil indique {now} et "
              "l'heure du serveur était {server}, ou l'horloge a sauté. Si la date et l'heure sont justes, "
              "confirmez-le ; sinon, réglez-les puis réessayez.",
        "pt": "Abrir esta sessão encerra definitivamente {periods}. O relógio do aparelho indica {now} e a hora "
              "do servidor era {server}, ou o relógio saltou. Se a data e a hora estiverem certas, confirme-o; "
              "caso contrário, acerte-as e tente de novo.",
    },
    "closing_period_required": {
        "en": "Name the closing to print: quittance closings print 2026-11 (a month) or 2026 (a year).",
        "fr": "Indiquez la clôture à imprimer : quittance closings print 2026-11 (un mois) ou 2026 (une année).",
        "pt": "Indique o encerramento a imprimir: quittance closings print 2026-11 (um mês) ou 2026 (um ano).",
    },
    "cli_closing_kind_month": {"en": "month", "fr": "mois", "pt": "mês"},
    "cli_closing_kind_year": {"en": "year", "fr": "année", "pt": "ano"},
    "cli_closings_none": {
        "en": "No month or year closed yet.",
        "fr": "Aucun mois ni aucune année clôturés pour l'instant.",
        "pt": "Nenhum mês nem ano encerrado até agora.",
    },
    "cli_closing_line": {
        "en": "{period}  {kind}  receipts {receipts}  net {net}  perpetual net {perpetual}  previous {previous}",
        "fr": "{period}  {kind}  reçus {receipts}  net {net}  net perpétuel {perpetual}  précédente {previous}",
        "pt": "{period}  {kind}  recibos {receipts}  líquido {net}  líquido perpétuo {perpetual}  anterior {previous}",
    },
    "cli_closing_written": {
        "en": "Closing {period} written to {path}.",
        "fr": "Clôture {period} écrite dans {path}.",
        "pt": "Encerramento {period} escrito em {path}.",
    },
    "cli_closing_printed": {
        "en": "Closing {period} printed on {uri}.",
        "fr": "Clôture {period} imprimée sur {uri}.",
        "pt": "Encerramento {period} impresso em {uri}.",
    },
    "problem:closing_figures": {
        "en": "closing {closing}: its {which} {key} is {found}, but the receipts and voids before it give "
              "{expected}",
        "fr": "clôture {closing} : son {key} ({which}) vaut {found}, mais les reçus et annulations qui la "
              "précèdent donnent {expected}",
        "pt": "encerramento {closing}: o seu {key} ({which}) é {found}, mas os recibos e anulações anteriores "
              "dão {expected}",
    },
    "problem:closing_link": {
        "en": "closing {closing} names {found}… as the closing before it, but that is {expected}…",
        "fr": "la clôture {closing} désigne {found}… comme clôture précédente, alors que c'est {expected}…",
        "pt": "o encerramento {closing} indica {found}… como encerramento anterior, mas é {expected}…",
    },
    "problem:closing_unchained": {
        "en": "closing {closing} carries no perpetual totals, though the closings before it did",
        "fr": "la clôture {closing} ne porte pas de totaux perpétuels, alors que les précédentes en portaient",
        "pt": "o encerramento {closing} não tem totais perpétuos, embora os anteriores tivessem",
    },
    "problem:closing_reopened": {
        "en": "closing {closing} closes again a period already closed at event #{first}: a closing is never "
              "reopened",
        "fr": "la clôture {closing} clôture de nouveau une période déjà clôturée à l'événement n° {first} : une "
              "clôture n'est jamais rouverte",
        "pt": "o encerramento {closing} encerra de novo um período já encerrado no evento n.º {first}: um "
              "encerramento nunca é reaberto",
    },
    "problem:closing_gap": {
        "en": "closing {closing} does not follow the closing of {previous}: periods close one after the other, "
              "none missing",
        "fr": "la clôture {closing} ne suit pas celle de {previous} : les périodes se clôturent l'une après "
              "l'autre, sans manque",
        "pt": "o encerramento {closing} não se segue ao de {previous}: os períodos encerram-se um após o outro, "
              "sem falhas",
    },
}

RECEIPTS: dict[str, dict[str, str]] = {
    "perpetual": {
        "en": "Perpetual totals (since the first day)",
        "fr": "Totaux perpétuels (depuis le premier jour)",
        "pt": "Totais perpétuos (desde o primeiro dia)",
    },
    "previous_closing": {"en": "Previous closing", "fr": "Clôture précédente", "pt": "Encerramento anterior"},
    "voids_recorded": {"en": "Voids", "fr": "Annulations", "pt": "Anulações"},
    "collected": {"en": "Collected", "fr": "Encaissé", "pt": "Cobrado"},
    "voided": {"en": "Voided", "fr": "Annulé", "pt": "Anulado"},
    "net": {"en": "Net", "fr": "Net", "pt": "Líquido"},
    "month_closing_title": {"en": "MONTHLY CLOSING", "fr": "CLÔTURE MENSUELLE", "pt": "ENCERRAMENTO MENSAL"},
    "year_closing_title": {"en": "YEARLY CLOSING", "fr": "CLÔTURE ANNUELLE", "pt": "ENCERRAMENTO ANUAL"},
    "closing_subtitle": {
        "en": "Signed and chained, never reopened",
        "fr": "Signée et chaînée, jamais rouverte",
        "pt": "Assinado e encadeado, nunca reaberto",
    },
    "period": {"en": "Period", "fr": "Période", "pt": "Período"},
    "period_totals": {"en": "This period", "fr": "Cette période", "pt": "Este período"},
    "closed_on": {"en": "Closed on", "fr": "Clôturée le", "pt": "Encerrado em"},
    "time_server": {
        "en": "Period decided by the server's time",
        "fr": "Période fixée par l'heure du serveur",
        "pt": "Período decidido pela hora do servidor",
    },
    "time_device": {
        "en": "Period decided by the device's time",
        "fr": "Période fixée par l'heure de l'appareil",
        "pt": "Período decidido pela hora do aparelho",
    },
}


if __name__ == "__main__":
    from resources.locale.tools import add_messages

    print(", ".join(add_messages("quittance", QUITTANCE) + add_messages("receipts", RECEIPTS)))
