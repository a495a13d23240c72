"""Printing's own refusals and failures, in the user's language.

The core's catalogue (core/messages.py) belongs to the core; printing keeps its messages here
and `PrintError` looks them up first, so a caller handles both with `.message(locale)`."""
from __future__ import annotations

from typing import Any

from core.errors import QuittanceError

_CATALOGUE: dict[str, dict[str, str]] = {
    "printer_unreachable": {
        "fr": "Imprimante injoignable : vérifiez qu'elle est allumée et appairée.",
        "en": "Printer unreachable: check that it is switched on and paired.",
        "pt": "Impressora inacessível: verifique se está ligada e emparelhada.",
    },
    "printer_timeout": {
        "fr": "L'imprimante ne répond plus : vérifiez qu'elle est allumée, chargée et à portée, puis réessayez.",
        "en": "The printer stopped responding: check that it is on, charged and in range, then try again.",
        "pt": "A impressora deixou de responder: verifique se está ligada, carregada e ao alcance, e tente de novo.",
    },
    "connection_lost": {
        "fr": "La connexion à l'imprimante a été coupée pendant l'impression. Le paiement est bien enregistré : relancez l'impression.",
        "en": "The connection to the printer was lost while printing. The payment is recorded: print again.",
        "pt": "A ligação à impressora caiu durante a impressão. O pagamento está registado: imprima de novo.",
    },
    "paper_out": {
        "fr": "Plus de papier : remettez un rouleau puis relancez l'impression.",
        "en": "Out of paper: load a new roll, then print again.",
        "pt": "Sem papel: coloque um rolo novo e imprima de novo.",
    },
    "cover_open": {
        "fr": "Le capot de l'imprimante est ouvert : refermez-le puis relancez l'impression.",
        "en": "The printer cover is open: close it, then print again.",
        "pt": "A tampa da impressora está aberta: feche-a e imprima de novo.",
    },
    "bt_unsupported": {
        "fr": "Le Bluetooth direct n'est pas disponible sur cet ordinateur : appairez l'imprimante puis "
              "utilisez son port série (par exemple serial://COM5 ou serial:///dev/rfcomm0).",
        "en": "Direct Bluetooth is not available on this computer: pair the printer, then use its serial "
              "port (for example serial://COM5 or serial:///dev/rfcomm0).",
        "pt": "O Bluetooth direto não está disponível neste computador: emparelhe a impressora e use a "
              "sua porta série (por exemplo serial://COM5 ou serial:///dev/rfcomm0).",
    },
    "invalid_printer_uri": {
        "fr": "Adresse d'imprimante invalide : « {uri} ». Exemples : bt://AA:BB:CC:DD:EE:FF, "
              "serial://COM5, serial:///dev/rfcomm0?baud=9600, tcp://192.168.1.50:9100, file:///tmp/recu.bin",
        "en": "Invalid printer address: \"{uri}\". Examples: bt://AA:BB:CC:DD:EE:FF, "
              "serial://COM5, serial:///dev/rfcomm0?baud=9600, tcp://192.168.1.50:9100, file:///tmp/receipt.bin",
        "pt": "Endereço de impressora inválido: \"{uri}\". Exemplos: bt://AA:BB:CC:DD:EE:FF, "
              "serial://COM5, serial:///dev/rfcomm0?baud=9600, tcp://192.168.1.50:9100, file:///tmp/recibo.bin",
    },
    "no_printer": {
        "fr": "Aucune imprimante configurée : indiquez son adresse (--printer), par exemple bt://AA:BB:CC:DD:EE:FF.",
        "en": "No printer configured: give its address (--printer), for example bt://AA:BB:CC:DD:EE:FF.",
        "pt": "Nenhuma impressora configurada: indique o seu endereço (--printer), por exemplo bt://AA:BB:CC:DD:EE:FF.",
    },
    "no_printer_app": {  # in the app there is no --printer: the address is set in Settings
        "fr": "Aucune imprimante configurée : indiquez son adresse dans Paramètres, par exemple bt://AA:BB:CC:DD:EE:FF. "
              "Le paiement reste enregistré.",
        "en": "No printer configured: give its address in Settings, for example bt://AA:BB:CC:DD:EE:FF. "
              "The payment stays recorded.",
        "pt": "Nenhuma impressora configurada: indique o seu endereço em Definições, por exemplo "
              "bt://AA:BB:CC:DD:EE:FF. O pagamento fica registado.",
    },
    "unknown_profile": {
        "fr": "Profil d'imprimante inconnu : « {name} ». Profils disponibles : {names}.",
        "en": "Unknown printer profile: \"{name}\". Available profiles: {names}.",
        "pt": "Perfil de impressora desconhecido: \"{name}\". Perfis disponíveis: {names}.",
    },
    "invalid_profile": {
        "fr": "Profil d'imprimante illisible ({path}) : {detail}.",
        "en": "Unreadable printer profile ({path}): {detail}.",
        "pt": "Perfil de impressora ilegível ({path}): {detail}.",
    },
    "unknown_format": {
        "fr": "Format inconnu : « {fmt} » (escpos, pdf ou png).",
        "en": "Unknown format: \"{fmt}\" (escpos, pdf or png).",
        "pt": "Formato desconhecido: \"{fmt}\" (escpos, pdf ou png).",
    },
    "printer_busy": {
        "fr": "L'imprimante est occupée par une autre application : fermez-la puis réessayez.",
        "en": "The printer is in use by another application: close it, then try again.",
        "pt": "A impressora está a ser usada por outra aplicação: feche-a e tente de novo.",
    },
}

# One-line confirmations the command line prints; kept beside the errors so both stay in step.
_NOTICES: dict[str, dict[str, str]] = {
    "printed": {
        "fr": "Reçu {receipt_no} imprimé ({copy_text}) sur {uri}.",
        "en": "Receipt {receipt_no} printed ({copy_text}) on {uri}.",
        "pt": "Recibo {receipt_no} impresso ({copy_text}) em {uri}.",
    },
    "written": {
        "fr": "Reçu {receipt_no} écrit dans {path} ({copy_text}).",
        "en": "Receipt {receipt_no} written to {path} ({copy_text}).",
        "pt": "Recibo {receipt_no} escrito em {path} ({copy_text}).",
    },
    "test_printed": {
        "fr": "Page de test envoyée à {uri} ({profile}). État de l'imprimante : {status}.",
        "en": "Test page sent to {uri} ({profile}). Printer status: {status}.",
        "pt": "Página de teste enviada para {uri} ({profile}). Estado da impressora: {status}.",
    },
    "status_unknown": {"fr": "inconnu (pas de réponse)", "en": "unknown (no answer)", "pt": "desconhecido (sem resposta)"},
    "status_ok": {"fr": "en ligne, papier présent", "en": "online, paper present", "pt": "ligada, com papel"},
    "status_near_end": {"fr": "papier presque fini", "en": "paper nearly out", "pt": "papel quase no fim"},
    "status_out": {"fr": "plus de papier", "en": "out of paper", "pt": "sem papel"},
    "status_cover": {"fr": "capot ouvert", "en": "cover open", "pt": "tampa aberta"},
}


def notice(code: str, locale: str = "fr", **params: Any) -> str:
    entry = _NOTICES[code]
    return (entry.get(locale) or entry["fr"]).format(**params)


class PrintError(QuittanceError):
    """A printing failure or refusal the user can act on. Nothing in the ledger is touched by one."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code, **params)

    def message(self, locale: str = "fr") -> str:
        entry = _CATALOGUE.get(self.code)
        if entry is None:
            return super().message(locale)
        template = entry.get(locale) or entry["fr"]
        try:
            return template.format(**self.params)
        except (KeyError, IndexError):
            return template
