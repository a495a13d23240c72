"""Every word printed on a receipt, a Z-report or a test page, in French, Portuguese and English.

Printed documents follow the municipality's language, not the agent's screen, so these live
apart from Qt's translation files."""
from __future__ import annotations

from datetime import datetime

from core.timezones import local_moment

_LABELS: dict[str, dict[str, str]] = {
    # receipt
    "receipt_title": {"fr": "REÇU DE PAIEMENT", "pt": "RECIBO DE PAGAMENTO", "en": "PAYMENT RECEIPT"},
    "receipt_no": {"fr": "N°", "pt": "N.º", "en": "No."},
    "date": {"fr": "Date", "pt": "Data", "en": "Date"},
    "agent": {"fr": "Agent", "pt": "Agente", "en": "Agent"},
    "device": {"fr": "Appareil", "pt": "Terminal", "en": "Device"},
    "taxpayer": {"fr": "Contribuable", "pt": "Contribuinte", "en": "Taxpayer"},
    "business": {"fr": "Enseigne", "pt": "Estabelecimento", "en": "Business"},
    "id": {"fr": "ID", "pt": "ID", "en": "ID"},
    "zone": {"fr": "Zone", "pt": "Zona", "en": "Zone"},
    "tax": {"fr": "Taxe", "pt": "Imposto", "en": "Tax"},
    "amount": {"fr": "MONTANT", "pt": "MONTANTE", "en": "AMOUNT"},
    "method": {"fr": "Mode", "pt": "Modo", "en": "Method"},
    "reference": {"fr": "Réf.", "pt": "Ref.", "en": "Ref."},
    "advance": {"fr": "Paiement d'avance", "pt": "Pagamento antecipado", "en": "Advance payment"},
    "balance_due": {"fr": "Reste à payer", "pt": "Saldo em dívida", "en": "Balance due"},
    "other_due": {"fr": "Autres sommes dues", "pt": "Outros valores em dívida", "en": "Other amounts due"},
    "credit": {"fr": "Crédit (avance)", "pt": "Crédito (adiantamento)", "en": "Credit (advance)"},
    "verify": {"fr": "Vérifier", "pt": "Verificar", "en": "Verify"},
    "check_code": {"fr": "Code de contrôle", "pt": "Código de controlo", "en": "Check code"},
    "keep": {"fr": "Conservez ce reçu.", "pt": "Guarde este recibo.", "en": "Keep this receipt."},
    "duplicate": {"fr": "DUPLICATA", "pt": "DUPLICADO", "en": "DUPLICATE"},
    "copy_no": {"fr": "n°", "pt": "n.º", "en": "no."},
    "void": {"fr": "ANNULÉ", "pt": "ANULADO", "en": "VOID"},
    "void_note": {"fr": "Ce reçu a été annulé : il ne vaut pas paiement.",
                  "pt": "Este recibo foi anulado: não vale como pagamento.",
                  "en": "This receipt was voided: it is not proof of payment."},
    "reason": {"fr": "Motif", "pt": "Motivo", "en": "Reason"},
    "original": {"fr": "original", "pt": "original", "en": "original"},
    "copy": {"fr": "copie", "pt": "cópia", "en": "copy"},
    # payment methods
    "method_cash": {"fr": "Espèces", "pt": "Numerário", "en": "Cash"},
    "method_mobile_money": {"fr": "Mobile money", "pt": "Dinheiro móvel", "en": "Mobile money"},
    "method_other": {"fr": "Autre", "pt": "Outro", "en": "Other"},
    # periodicities, as an adjective after the tax's name
    "per_annual": {"fr": "annuelle", "pt": "anual", "en": "annual"},
    "per_monthly": {"fr": "mensuelle", "pt": "mensal", "en": "monthly"},
    "per_daily": {"fr": "journalière", "pt": "diária", "en": "daily"},
    "per_one-off": {"fr": "ponctuelle", "pt": "pontual", "en": "one-off"},
    # Z-report
    "z_title": {"fr": "RAPPORT Z", "pt": "RELATÓRIO Z", "en": "Z REPORT"},
    "z_subtitle": {"fr": "Clôture de caisse", "pt": "Fecho de caixa", "en": "Cash session closing"},
    "x_title": {"fr": "SITUATION DE CAISSE", "pt": "SITUAÇÃO DE CAIXA", "en": "CASH STATUS"},
    "x_subtitle": {"fr": "Session en cours, non clôturée", "pt": "Sessão em curso, não fechada",
                   "en": "Session still open, not closed"},
    "opened": {"fr": "Ouverture", "pt": "Abertura", "en": "Opened"},
    "closed": {"fr": "Clôture", "pt": "Fecho", "en": "Closed"},
    "float": {"fr": "Fonds de caisse", "pt": "Fundo de caixa", "en": "Opening float"},
    "by_tax": {"fr": "PAR TAXE", "pt": "POR IMPOSTO", "en": "BY TAX"},
    "by_method": {"fr": "PAR MODE DE PAIEMENT", "pt": "POR MODO DE PAGAMENTO", "en": "BY PAYMENT METHOD"},
    "receipts": {"fr": "Reçus", "pt": "Recibos", "en": "Receipts"},
    "unprinted": {"fr": "Reçus non imprimés", "pt": "Recibos não impressos", "en": "Receipts not printed"},
    "none": {"fr": "aucun", "pt": "nenhum", "en": "none"},
    "total_collected": {"fr": "TOTAL ENCAISSÉ", "pt": "TOTAL COBRADO", "en": "TOTAL COLLECTED"},
    "voids": {"fr": "ANNULATIONS", "pt": "ANULAÇÕES", "en": "VOIDS"},
    "expected_cash": {"fr": "ESPÈCES ATTENDUES", "pt": "NUMERÁRIO ESPERADO", "en": "EXPECTED CASH"},
    "sign_agent": {"fr": "Signature de l'agent", "pt": "Assinatura do agente", "en": "Agent's signature"},
    "sign_supervisor": {"fr": "Signature du superviseur", "pt": "Assinatura do supervisor",
                        "en": "Supervisor's signature"},
    "printed_at": {"fr": "Imprimé le", "pt": "Impresso em", "en": "Printed on"},
    "timezone": {"fr": "Heures de", "pt": "Horas de", "en": "Times in"},
    "chain_head": {"fr": "Registre signé jusqu'à", "pt": "Registo assinado até", "en": "Ledger signed up to"},
    # test page
    "test_title": {"fr": "PAGE DE TEST", "pt": "PÁGINA DE TESTE", "en": "TEST PAGE"},
    "profile": {"fr": "Profil", "pt": "Perfil", "en": "Profile"},
    "code_page": {"fr": "Page de code", "pt": "Página de código", "en": "Code page"},
    "columns": {"fr": "Colonnes", "pt": "Colunas", "en": "Columns"},
    "dots": {"fr": "Points", "pt": "Pontos", "en": "Dots"},
    "ruler_hint": {"fr": "La règle doit tenir sur une seule ligne :",
                   "pt": "A régua deve caber numa só linha:",
                   "en": "The ruler must fit on one line:"},
    "bar_hint": {"fr": "La barre doit couvrir toute la largeur :",
                 "pt": "A barra deve cobrir toda a largura:",
                 "en": "The bar must cover the whole width:"},
    "accents_hint": {"fr": "Accents (doivent être lisibles) :",
                     "pt": "Acentos (devem estar legíveis):",
                     "en": "Accents (must be readable):"},
    "table_hint": {"fr": "Table de la page de code :", "pt": "Tabela da página de código:",
                   "en": "Code page table:"},
    "qr_hint": {"fr": "Scannez : le texte doit s'afficher.", "pt": "Leia: o texto deve aparecer.",
                "en": "Scan it: the text must show."},
    "test_end": {"fr": "Fin du test.", "pt": "Fim do teste.", "en": "End of test."},
}


def label(key: str, locale: str) -> str:
    entry = _LABELS[key]
    return entry.get(locale) or entry["fr"]


def field(key: str, value: str, locale: str) -> str:
    """'Agent : Ilunga' in French (space before the colon), 'Agent: Ilunga' otherwise."""
    return f"{label(key, locale)}{colon(locale)}{value}"


def colon(locale: str) -> str:
    return " : " if locale == "fr" else ": "


def method_name(method: str, locale: str) -> str:
    key = f"method_{method}"
    return label(key, locale) if key in _LABELS else method


def periodicity_name(periodicity: str, locale: str) -> str:
    key = f"per_{periodicity}"
    return label(key, locale) if key in _LABELS else periodicity


def local_datetime(iso_text: str | None, locale: str, timezone_name: str | None = None) -> str:
    """Date and time in the municipality's zone, with its offset so that nobody has to guess:
    '22/11/2026 14:32 (UTC+2)'. Without a zone (a database from before zones), the device's."""
    if not iso_text:
        return ""
    moment = local_moment(iso_text, timezone_name)
    return f"{format_datetime(moment, locale)} ({utc_offset(moment)})"


def utc_offset(moment: datetime) -> str:
    """'UTC+2', 'UTC-3:30', 'UTC': short enough for a 32-column receipt line."""
    minutes = int(moment.utcoffset().total_seconds() // 60)
    if not minutes:
        return "UTC"
    sign = "+" if minutes > 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


def format_datetime(moment: datetime, locale: str) -> str:
    # Day first in every supported language: that is how receipts read in all three regions.
    return moment.strftime("%d/%m/%Y %H:%M")
