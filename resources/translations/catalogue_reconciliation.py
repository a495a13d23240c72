"""French and Portuguese for the supervisor's reconciliation screen (issue 11), merged into
catalogue.FR_PT. Every key names its context ("Context|source"), so that a short word ("No",
"Agent") translated here never changes its translation elsewhere in the app."""
from __future__ import annotations

_WORDS: dict[str, tuple[str, str]] = {
    "Reconciliation": ("Rapprochement de caisse", "Reconciliação de caixa"),
    "Day": ("Journée", "Dia"),
    "Refresh": ("Actualiser", "Atualizar"),
    "Agent": ("Agent", "Agente"),
    "Expected": ("Attendu", "Esperado"),
    "Counted": ("Compté", "Contado"),
    "Variance": ("Écart", "Diferença"),
    "Signed off": ("Validé", "Validado"),
    "Yes (%1)": ("Oui (%1)", "Sim (%1)"),
    "No": ("Non", "Não"),
    "Figures of the server, fetched at %1.": ("Chiffres du serveur, reçus à %1.", "Números do servidor, obtidos às %1."),
    "No connection: these figures were fetched at %1 and are not live.": (
        "Pas de connexion : ces chiffres ont été reçus à %1 et ne sont pas à jour.",
        "Sem ligação: estes números foram obtidos às %1 e não estão atualizados."),
    "No agent had a cash session that day.": ("Aucun agent n'a eu de session de caisse ce jour-là.",
                                              "Nenhum agente teve sessão de caixa nesse dia."),
    "Select an agent to count their cash.": ("Choisissez un agent pour compter ses espèces.",
                                             "Escolha um agente para contar o seu numerário."),
    "Reading the agent's day…": ("Lecture de la journée de l'agent…", "A ler o dia do agente…"),
    "← All agents": ("← Tous les agents", "← Todos os agentes"),
    "%1, %2": ("%1, %2", "%1, %2"),
    "Z-report: %1": ("Rapport Z : %1", "Relatório Z: %1"),
    "not closed, or its Z-report not synced yet": ("pas clôturée, ou son rapport Z pas encore synchronisé",
                                                   "não fechada, ou o seu relatório Z ainda não sincronizado"),
    "Session %1, opened at %2: float %3 + cash %4 (cash receipts: %5) = %6; %7": (
        "Session %1, ouverte à %2 : fonds de caisse %3 + espèces %4 (reçus en espèces : %5) = %6 ; %7",
        "Sessão %1, aberta às %2: fundo de caixa %3 + numerário %4 (recibos em numerário: %5) = %6; %7"),
    "No cash session of this agent that day has been synced.": (
        "Aucune session de caisse de cet agent ce jour-là n'a été synchronisée.",
        "Nenhuma sessão de caixa deste agente nesse dia foi sincronizada."),
    "Expected cash: %1": ("Espèces attendues : %1", "Numerário esperado: %1"),
    "Handed in at earlier sign-offs: %1": ("Déjà remis lors de validations précédentes : %1",
                                           "Já entregue em validações anteriores: %1"),
    "Still open from earlier days: %1": ("Encore ouvert des jours précédents : %1",
                                         "Ainda em aberto de dias anteriores: %1"),
    "Sign-off %1 by %2 at %3: handed in %4, variance %5%6": (
        "Validation %1 par %2 le %3 : remis %4, écart %5%6",
        "Validação %1 por %2 em %3: entregue %4, diferença %5%6"),
    "SIGNATURE FAILS: not counted": ("SIGNATURE INVALIDE : non comptée", "ASSINATURA INVÁLIDA: não contada"),
    "Not signed off yet.": ("Pas encore validé.", "Ainda não validado."),
    "Counted now: %1": ("Compté maintenant : %1", "Contado agora: %1"),
    "Variance: %1 (%2)": ("Écart : %1 (%2)", "Diferença: %1 (%2)"),
    "balanced": ("équilibré", "equilibrado"),
    "shortfall": ("manquant", "em falta"),
    "surplus": ("excédent", "excedente"),
    "Sign off %1's cash for %2?\n\nCounted now: %3\nVariance: %4\n\nThe sign-off is signed and cannot be changed; "
    "a variance is settled only by a further sign-off.": (
        "Valider la caisse de %1 pour le %2 ?\n\nCompté maintenant : %3\nÉcart : %4\n\nLa validation est signée "
        "et ne peut pas être modifiée ; un écart ne se règle que par une validation suivante.",
        "Validar o caixa de %1 para %2?\n\nContado agora: %3\nDiferença: %4\n\nA validação é assinada e não pode "
        "ser alterada; uma diferença só se resolve com uma validação seguinte."),
    "Signed off: record %1, variance %2. Save the handover receipt for the agent.": (
        "Validé : enregistrement %1, écart %2. Enregistrez le reçu de remise pour l'agent.",
        "Validado: registo %1, diferença %2. Guarde o recibo de entrega para o agente."),
    "Handover receipt saved: %1": ("Reçu de remise enregistré : %1", "Recibo de entrega guardado: %1"),
    "The server refused: %1": ("Le serveur a refusé : %1", "O servidor recusou: %1"),
    "The server cannot be reached. Nothing was recorded; try again when the network is back.": (
        "Le serveur est injoignable. Rien n'a été enregistré ; réessayez quand le réseau sera revenu.",
        "O servidor não está acessível. Nada foi registado; tente de novo quando a rede voltar."),
    "The file could not be written: %1": ("Le fichier n'a pas pu être écrit : %1",
                                          "Não foi possível escrever o ficheiro: %1"),
    "Something went wrong: %1": ("Un problème est survenu : %1", "Algo correu mal: %1"),
    "Sign off": ("Valider", "Validar"),
    "Save the handover receipt": ("Enregistrer le reçu de remise", "Guardar o recibo de entrega"),
    "PDF files (*.pdf)": ("Fichiers PDF (*.pdf)", "Ficheiros PDF (*.pdf)"),
    "Cash counted now, by note and coin": ("Espèces comptées maintenant, par billet et pièce",
                                           "Numerário contado agora, por nota e moeda"),
    "Note for the record (optional)": ("Note pour l'enregistrement (facultative)", "Nota para o registo (opcional)"),
    "note": ("billet", "nota"),
    "coin": ("pièce", "moeda"),
}

_COUNT_PANEL = {"note", "coin"}
RECONCILIATION_FR_PT: dict[str, tuple[str, str]] = {
    f"{'CountPanel' if source in _COUNT_PANEL else 'ReconciliationScreen'}|{source}": pair
    for source, pair in _WORDS.items()}
RECONCILIATION_FR_PT["Reconciliation|Reconciliation"] = _WORDS["Reconciliation"]  # the screen's title on the rail
