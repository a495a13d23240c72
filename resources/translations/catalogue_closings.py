"""French and Portuguese for the closings notice of the session screen (issue 14,
desktop/views/closings_notice.py), merged into catalogue.FR_PT. Same keys as there."""
from __future__ import annotations

CLOSINGS_FR_PT: dict[str, tuple[str, str]] = {
    "month %1": ("mois %1", "mês %1"),
    "year %1": ("année %1", "ano %1"),
    "Closed for good when this session opened: %1. A correction is now a void in the current period.": (
        "Clôturés définitivement à l'ouverture de cette session : %1. Une correction est désormais une "
        "annulation dans la période en cours.",
        "Encerrados definitivamente na abertura desta sessão: %1. Uma correção é agora uma anulação no "
        "período em curso."),
    "Print the closings": ("Imprimer les clôtures", "Imprimir os encerramentos"),
    "the closings": ("les clôtures", "os encerramentos"),
    "The closings are kept on the device: print them again at any time.": (
        "Les clôtures sont conservées sur l'appareil : imprimez-les de nouveau quand vous voulez.",
        "Os encerramentos ficam guardados no aparelho: imprima-os de novo quando quiser."),
}
