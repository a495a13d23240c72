"""French and Portuguese for the supervisor's Reports screen (desktop/supervisor/reports.py,
context SupervisorReports), merged into catalogue.FR_PT. Keys are the English source."""
from __future__ import annotations

REPORTS_FR_PT: dict[str, tuple[str, str]] = {
    "Reports": ("Rapports", "Relatórios"),
    "Reconciliation report": ("Rapport de rapprochement", "Relatório de conciliação"),
    "One day": ("Un jour", "Um dia"),
    "One month": ("Un mois", "Um mês"),
    "Period": ("Période", "Período"),
    "Save the report as PDF…": ("Enregistrer le rapport en PDF…", "Guardar o relatório em PDF…"),
    "Payment attestation": ("Attestation de paiement", "Declaração de pagamento"),
    "Taxpayer's name": ("Nom du contribuable", "Nome do contribuinte"),
    "Search": ("Rechercher", "Pesquisar"),
    "Year": ("Année", "Ano"),
    "Save the attestation as PDF…": ("Enregistrer l'attestation en PDF…", "Guardar a declaração em PDF…"),
    "Type part of the taxpayer's name first.": ("Saisissez d'abord une partie du nom du contribuable.",
                                                "Escreva primeiro parte do nome do contribuinte."),
    "Searching…": ("Recherche…", "A pesquisar…"),
    "No taxpayer has this name.": ("Aucun contribuable ne porte ce nom.", "Nenhum contribuinte tem este nome."),
    "%1 taxpayer(s) found; pick one and the year.": (
        "%1 contribuable(s) trouvé(s) ; choisissez-en un et l'année.",
        "%1 contribuinte(s) encontrado(s); escolha um e o ano."),
    "Asking the server for the PDF…": ("Demande du PDF au serveur…", "A pedir o PDF ao servidor…"),
    "Saved: %1": ("Enregistré : %1", "Guardado: %1"),
    "The server cannot be reached; nothing was saved. Try again when the network is back.": (
        "Le serveur est injoignable ; rien n'a été enregistré. Réessayez quand le réseau sera revenu.",
        "O servidor não está acessível; nada foi guardado. Tente de novo quando a rede voltar."),
    "The server refused: %1": ("Le serveur a refusé : %1", "O servidor recusou: %1"),
    "The file could not be written: %1": ("Le fichier n'a pas pu être écrit : %1",
                                          "Não foi possível escrever o ficheiro: %1"),
    "Something went wrong: %1": ("Un problème est survenu : %1", "Algo correu mal: %1"),
    "Save as": ("Enregistrer sous", "Guardar como"),
    "PDF files (*.pdf)": ("Fichiers PDF (*.pdf)", "Ficheiros PDF (*.pdf)"),
}
