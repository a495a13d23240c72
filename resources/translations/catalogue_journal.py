"""French and Portuguese for the supervisor's technical journal screen (issue 14,
desktop/supervisor/journal.py), merged into catalogue.FR_PT. Keys are "Context|source": short words
like "Login" or "Export" mean something else on other screens."""
from __future__ import annotations

_C = "SupervisorJournal|"

JOURNAL_FR_PT: dict[str, tuple[str, str]] = {
    "SupervisorAlerts|Technical journal": ("Journal technique", "Diário técnico"),
    _C + "Technical journal": ("Journal technique", "Diário técnico"),
    _C + "Refresh": ("Actualiser", "Atualizar"),
    _C + "Older": ("Plus anciens", "Mais antigos"),
    _C + "All devices": ("Tous les appareils", "Todos os aparelhos"),
    _C + "Device %1": ("Appareil %1", "Aparelho %1"),
    _C + "All kinds": ("Tous les types", "Todos os tipos"),
    _C + "When": ("Quand", "Quando"),
    _C + "Device": ("Appareil", "Aparelho"),
    _C + "What happened": ("Ce qui s'est passé", "O que aconteceu"),
    _C + "Agent": ("Agent", "Agente"),
    _C + "waited for the unlock": ("attendait le déverrouillage", "esperou pelo desbloqueio"),
    _C + "Reading the journals from the server…": ("Lecture des journaux sur le serveur…",
                                                    "A ler os diários no servidor…"),
    _C + "%1 entries, newest first.": ("%1 entrées, les plus récentes d'abord.",
                                       "%1 entradas, as mais recentes primeiro."),
    _C + "No entry for this choice.": ("Aucune entrée pour ce choix.", "Nenhuma entrada para esta escolha."),
    _C + "As the server gave it at %1.": ("Tel que le serveur l'a donné à %1.", "Tal como o servidor o deu às %1."),
    _C + "Not live: the server cannot be reached. As it was at %1.": (
        "Pas en direct : le serveur est injoignable. Tel qu'il était à %1.",
        "Não está em direto: o servidor está inacessível. Tal como estava às %1."),
    _C + "The server cannot be reached and no journal was read before. Try again when the network is back.": (
        "Le serveur est injoignable et aucun journal n'a été lu auparavant. Réessayez quand le réseau revient.",
        "O servidor está inacessível e nenhum diário foi lido antes. Tente de novo quando a rede voltar."),
    _C + "Something went wrong: %1": ("Un problème est survenu : %1", "Ocorreu um problema: %1"),
    # the kinds (core/fiscal_events.JOURNAL_KINDS)
    _C + "Login": ("Connexion", "Início de sessão"),
    _C + "Logout": ("Déconnexion", "Fim de sessão"),
    _C + "Wrong PIN": ("Code PIN erroné", "PIN errado"),
    _C + "Lockout": ("Blocage", "Bloqueio"),
    _C + "Unlock": ("Déverrouillage", "Desbloqueio"),
    _C + "Setting changed": ("Réglage modifié", "Definição alterada"),
    _C + "Clock changed": ("Horloge modifiée", "Relógio alterado"),
    _C + "Clock jump": ("Saut d'horloge", "Salto do relógio"),
    _C + "Printer failure": ("Panne d'imprimante", "Falha da impressora"),
    _C + "Reprint": ("Réimpression", "Reimpressão"),
    _C + "App started": ("Démarrage de l'application", "Aplicação iniciada"),
    _C + "App stopped": ("Arrêt de l'application", "Aplicação encerrada"),
    _C + "Database migration": ("Migration de la base", "Migração da base de dados"),
    _C + "Export": ("Exportation", "Exportação"),
    _C + "Backup": ("Sauvegarde", "Cópia de segurança"),
    _C + "Restore": ("Restauration", "Restauro"),
}
