"""French and Portuguese for the closings notice of the session screen (issue 14,
desktop/views/closings_notice.py), merged into catalogue.FR_PT. Same keys as there."""
from __future__ import annotations

CLOSINGS_FR_PT: dict[str, tuple[str, str]] = {
    "month %1": ("mois %1", "mês %1"),
    "year %1": ("année %1", "ano %1"),
    "Opening this session closed for good: %1. Their totals are signed and can no longer change; a correction "
    "is a void in the current period.": (
        "L'ouverture de cette session a clôturé définitivement : %1. Leurs totaux sont signés et ne peuvent plus "
        "changer ; une correction est une annulation dans la période en cours.",
        "A abertura desta sessão encerrou definitivamente: %1. Os seus totais estão assinados e já não podem "
        "mudar; uma correção é uma anulação no período em curso."),
    "Perpetual totals (since the first day)": ("Totaux perpétuels (depuis le premier jour)",
                                               "Totais perpétuos (desde o primeiro dia)"),
    "Receipts (%1)": ("Reçus (%1)", "Recibos (%1)"),
    "Voids (%1)": ("Annulations (%1)", "Anulações (%1)"),
    "Net": ("Net", "Líquido"),
    "Previous closing": ("Clôture précédente", "Encerramento anterior"),
    "Print the closings": ("Imprimer les clôtures", "Imprimir os encerramentos"),
    "the closings": ("les clôtures", "os encerramentos"),
    "The closings are kept on the device: print them again at any time.": (
        "Les clôtures sont conservées sur l'appareil : imprimez-les de nouveau quand vous voulez.",
        "Os encerramentos ficam guardados no aparelho: imprima-os de novo quando quiser."),
}
