"""French and Portuguese for the supervisor's alert queue and void approvals (issue 11), merged
into catalogue.FR_PT. Keys are "Context|source", so no other screen's words change."""
from __future__ import annotations

_A = "SupervisorAlerts|"

ALERTS_FR_PT: dict[str, tuple[str, str]] = {
    "SupervisorScreens|Alerts": ("Alertes", "Alertas"),
    _A + "Cancel": ("Annuler", "Cancelar"),
    _A + "Why: what you checked or found": ("Pourquoi : ce que vous avez vérifié ou constaté",
                                            "Porquê: o que verificou ou constatou"),
    _A + "Reading the queue from the server…": ("Lecture de la file sur le serveur…",
                                                "A ler a fila no servidor…"),
    _A + "The server cannot be reached: nothing was decided. Try again when the network is back.": (
        "Le serveur est injoignable : rien n'a été décidé. Réessayez quand le réseau sera revenu.",
        "Não é possível contactar o servidor: nada foi decidido. Tente de novo quando a rede voltar."),
    _A + "Someone else decided this a moment ago: the list is read again.": (
        "Quelqu'un d'autre vient de le décider : la liste est relue.",
        "Outra pessoa acabou de decidir: a lista é lida de novo."),
    _A + "This is no longer open (its cause ended, or it was decided): the list is read again.": (
        "Ce n'est plus ouvert (sa cause a cessé, ou c'est décidé) : la liste est relue.",
        "Isto já não está em aberto (a causa terminou, ou foi decidido): a lista é lida de novo."),
    _A + "Alerts and voids": ("Alertes et annulations", "Alertas e anulações"),
    _A + "Refresh": ("Actualiser", "Atualizar"),
    _A + "Something went wrong: %1": ("Un problème est survenu : %1", "Algo correu mal: %1"),
    _A + "Write the reason for your decision.": ("Écrivez la raison de votre décision.",
                                                 "Escreva o motivo da sua decisão."),
    _A + "No open alert.": ("Aucune alerte ouverte.", "Nenhum alerta em aberto."),
    _A + "No void waits for approval.": ("Aucune annulation n'attend d'approbation.",
                                         "Nenhuma anulação aguarda aprovação."),
    _A + "The server refused: %1": ("Le serveur a refusé : %1", "O servidor recusou: %1"),
    _A + "Alerts (%1)": ("Alertes (%1)", "Alertas (%1)"),
    _A + "Voids to approve (%1)": ("Annulations à approuver (%1)", "Anulações a aprovar (%1)"),
    _A + "Not live: the server cannot be reached. As it was at %1; decisions wait for the network.": (
        "Pas en direct : le serveur est injoignable. État au %1 ; les décisions attendent le réseau.",
        "Não está atualizado: o servidor não responde. Estado em %1; as decisões esperam pela rede."),
    _A + "As the server gave it at %1.": ("Tel que le serveur l'a donné le %1.", "Tal como o servidor o deu em %1."),
    _A + "Recorded: %1, by %2.": ("Enregistré : %1, par %2.", "Registado: %1, por %2."),
    _A + "Broken chain: an event was changed or removed": (
        "Chaîne rompue : un événement a été modifié ou supprimé",
        "Cadeia quebrada: um evento foi alterado ou removido"),
    _A + "Fork: another event under a number already received": (
        "Fourche : un autre événement sous un numéro déjà reçu",
        "Bifurcação: outro evento com um número já recebido"),
    _A + "Bad signature: not signed with this device's key": (
        "Signature invalide : pas signé avec la clé de cet appareil",
        "Assinatura inválida: não assinado com a chave deste dispositivo"),
    _A + "Events missing from what the device sent": ("Des événements manquent dans l'envoi de l'appareil",
                                                      "Faltam eventos no que o dispositivo enviou"),
    _A + "An event the server cannot read": ("Un événement que le serveur ne peut pas lire",
                                             "Um evento que o servidor não consegue ler"),
    _A + "Events of another device sent with this one's token": (
        "Des événements d'un autre appareil envoyés avec le jeton de celui-ci",
        "Eventos de outro dispositivo enviados com o token deste"),
    _A + "Its syncs are stopped until you decide.": ("Ses synchronisations sont arrêtées jusqu'à votre décision.",
                                                     "As suas sincronizações estão paradas até decidir."),
    _A + "Device %1": ("Appareil %1", "Dispositivo %1"),
    _A + "its cash session was closed before the void": ("sa session de caisse était close avant l'annulation",
                                                         "a sessão de caixa estava fechada antes da anulação"),
    _A + "voided more than a day after the payment": ("annulé plus d'un jour après le paiement",
                                                      "anulado mais de um dia depois do pagamento"),
    _A + "Clock possibly behind by up to %1 min": ("Horloge peut-être en retard, jusqu'à %1 min",
                                                   "Relógio possivelmente atrasado, até %1 min"),
    _A + "Never synced since its enrollment (%1).": ("Jamais synchronisé depuis son inscription (%1).",
                                                     "Nunca sincronizado desde a inscrição (%1)."),
    _A + "No event reached the server sooner after it was recorded; or the device syncs long after recording. "
         "Since %1.": (
        "Aucun événement n'est arrivé au serveur plus tôt après son enregistrement ; ou l'appareil se synchronise "
        "longtemps après. Depuis le %1.",
        "Nenhum evento chegou ao servidor mais cedo depois de registado; ou o dispositivo sincroniza muito depois. "
        "Desde %1."),
    _A + "No sync for %1 days": ("Aucune synchronisation depuis %1 jours", "Sem sincronização há %1 dias"),
    _A + "Clock ahead by at least %1 min": ("Horloge en avance d'au moins %1 min", "Relógio adiantado pelo menos %1 min"),
    _A + "Last sync: %1.": ("Dernière synchronisation : %1.", "Última sincronização: %1."),
    _A + "Its events are dated after they reached the server. Since %1.": (
        "Ses événements sont datés après leur arrivée au serveur. Depuis le %1.",
        "Os seus eventos têm data posterior à chegada ao servidor. Desde %1."),
    _A + "Refused at event %1, %2.": ("Refusé à l'événement %1, %2.", "Recusado no evento %1, %2."),
    _A + "Receipt %1 · %2": ("Reçu %1 · %2", "Recibo %1 · %2"),
    _A + "Reason given: %1": ("Raison donnée : %1", "Motivo indicado: %1"),
    _A + "Device %1 · %2": ("Appareil %1 · %2", "Dispositivo %1 · %2"),
    _A + "Acknowledge": ("Pris en compte", "Tomar conhecimento"),
    _A + "Revoke the device": ("Révoquer l'appareil", "Revogar o dispositivo"),
    _A + "Let it sync again": ("Autoriser à nouveau", "Deixar sincronizar"),
    _A + "Approve the void": ("Approuver l'annulation", "Aprovar a anulação"),
    _A + "Reject the void": ("Refuser l'annulation", "Recusar a anulação"),
    _A + "The alert leaves the queue; nothing else changes.": (
        "L'alerte quitte la file ; rien d'autre ne change.", "O alerta sai da fila; nada mais muda."),
    _A + "The device's token is refused from now on: it can no longer sync. What it holds stays on it.": (
        "Le jeton de l'appareil est refusé désormais : il ne peut plus se synchroniser. Ce qu'il contient y reste.",
        "O token do dispositivo passa a ser recusado: deixa de poder sincronizar. O que contém fica nele."),
    _A + "The device may send again. If the fault is still there, it is refused and raises a new alert.": (
        "L'appareil peut envoyer à nouveau. Si le défaut persiste, l'envoi est refusé et une nouvelle alerte est levée.",
        "O dispositivo pode voltar a enviar. Se a falha persistir, o envio é recusado e surge um novo alerta."),
    _A + "The receipt counts as voided from now on: it is no longer proof of payment and its cash is no longer "
         "expected.": (
        "Le reçu compte désormais comme annulé : il ne prouve plus le paiement et son espèce n'est plus attendue.",
        "O recibo passa a contar como anulado: deixa de provar o pagamento e o seu dinheiro deixa de ser esperado."),
    _A + "The receipt stands: it still proves the payment and its cash is expected from the agent.": (
        "Le reçu est maintenu : il prouve toujours le paiement et son espèce est attendue de l'agent.",
        "O recibo mantém-se: continua a provar o pagamento e o seu dinheiro é esperado do agente."),
    _A + "Voided %1; waits because %2.": ("Annulé le %1 ; en attente car %2.", "Anulado em %1; aguarda porque %2."),
}

# The supervisor's rail: short words, so that each fits its button whole (desktop/supervisor/screens.py).
ALERTS_FR_PT.update({
    "SupervisorScreens|Reconciliation": ("Caisse", "Caixa"),
    "SupervisorScreens|Mobile money": ("Mobile money", "Dinheiro móvel"),
})
