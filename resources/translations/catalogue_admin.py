"""French and Portuguese for the supervisor's administration screen (issue 11), merged into
catalogue.FR_PT. Keys are "SupervisorAdmin|English source", so a short word here ("Code",
"State") never takes another screen's translation."""
from __future__ import annotations

_PAIRS: dict[str, tuple[str, str]] = {
    "Agents": ("Agents", "Agentes"),
    "Zones": ("Zones", "Zonas"),
    "Devices": ("Appareils", "Dispositivos"),
    "Tax schedule": ("Barème des taxes", "Tabela de taxas"),
    "Settings": ("Réglages", "Definições"),
    "Administration": ("Administration", "Administração"),
    "Reading": ("Lecture", "Leitura"),
    "Server unreachable: shown as read at %1.": (
        "Serveur injoignable : affiché tel que lu le %1.", "Servidor inacessível: mostrado tal como lido em %1."),
    "Sending": ("Envoi", "Envio"),
    "The server refused: %1": ("Le serveur a refusé : %1", "O servidor recusou: %1"),
    "The server cannot be reached. Nothing was changed; try again when the network is back.": (
        "Le serveur est injoignable. Rien n'a été modifié ; réessayez quand le réseau sera revenu.",
        "O servidor está inacessível. Nada foi alterado; tente de novo quando a rede voltar."),
    "never": ("jamais", "nunca"),
    "Device code, e.g. T09": ("Code de l'appareil, ex. T09", "Código do dispositivo, ex. T09"),
    "Its agents, comma-separated": ("Ses agents, séparés par des virgules", "Os seus agentes, separados por vírgulas"),
    "Make enrollment code": ("Créer un code d'inscription", "Criar código de inscrição"),
    "Revoke": ("Révoquer", "Revogar"),
    "Scan on the device": ("À scanner sur l'appareil", "Ler no dispositivo"),
    "Valid once, until %1.": ("Valable une fois, jusqu'au %1.", "Válido uma vez, até %1."),
    "Device": ("Appareil", "Dispositivo"),
    "State": ("État", "Estado"),
    "Last sync": ("Dernière synchro", "Última sincronização"),
    "App": ("Appli", "App"),
    "Active": ("Actif", "Ativo"),
    "Revoked": ("Révoqué", "Revogado"),
    "Stopped (alert)": ("Arrêté (alerte)", "Parado (alerta)"),
    "Waiting to enroll": ("En attente d'inscription", "À espera de inscrição"),
    "Type the device's code and the name of at least one of its agents.": (
        "Saisissez le code de l'appareil et le nom d'au moins un de ses agents.",
        "Escreva o código do dispositivo e o nome de pelo menos um dos seus agentes."),
    "Enrollment code for %1: %2": ("Code d'inscription pour %1 : %2", "Código de inscrição para %1: %2"),
    "Press again to revoke %1": ("Appuyez encore pour révoquer %1", "Prima de novo para revogar %1"),
    "Device %1 revoked: its token is refused from now on.": (
        "Appareil %1 révoqué : son jeton est refusé désormais.",
        "Dispositivo %1 revogado: o seu token é recusado a partir de agora."),
    "The enrollment code of %1 no longer works.": (
        "Le code d'inscription de %1 ne fonctionne plus.", "O código de inscrição de %1 já não funciona."),
    "Agent's name": ("Nom de l'agent", "Nome do agente"),
    "PIN (4 to 12 digits)": ("PIN (4 à 12 chiffres)", "PIN (4 a 12 algarismos)"),
    "Zones, e.g. KAT, NDE": ("Zones, ex. KAT, NDE", "Zonas, ex. KAT, NDE"),
    "Add agent": ("Ajouter l'agent", "Adicionar agente"),
    "Give these zones": ("Donner ces zones", "Atribuir estas zonas"),
    "Set this PIN": ("Définir ce PIN", "Definir este PIN"),
    "Name": ("Nom", "Nome"),
    "Role": ("Rôle", "Função"),
    "Supervisor": ("Superviseur", "Supervisor"),
    "Agent": ("Agent", "Agente"),
    "Deactivated": ("Désactivé", "Desativado"),
    "Reactivate": ("Réactiver", "Reativar"),
    "Deactivate": ("Désactiver", "Desativar"),
    "Type the agent's name and a PIN of 4 to 12 digits.": (
        "Saisissez le nom de l'agent et un PIN de 4 à 12 chiffres.",
        "Escreva o nome do agente e um PIN de 4 a 12 algarismos."),
    "Agent %1 added.": ("Agent %1 ajouté.", "Agente %1 adicionado."),
    "Zones of %1: %2.": ("Zones de %1 : %2.", "Zonas de %1: %2."),
    "Type the new PIN (4 to 12 digits) in the PIN field.": (
        "Saisissez le nouveau PIN (4 à 12 chiffres) dans le champ PIN.",
        "Escreva o novo PIN (4 a 12 algarismos) no campo PIN."),
    "New PIN for %1; their devices take it at their next sync.": (
        "Nouveau PIN pour %1 ; ses appareils le reçoivent à leur prochaine synchro.",
        "Novo PIN para %1; os seus dispositivos recebem-no na próxima sincronização."),
    "%1 is active again.": ("%1 est de nouveau actif.", "%1 está ativo de novo."),
    "%1 is deactivated; what they recorded stays as it is.": (
        "%1 est désactivé ; ce qu'il a enregistré reste tel quel.",
        "%1 está desativado; o que registou fica como está."),
    "Code, e.g. KAT": ("Code, ex. KAT", "Código, ex. KAT"),
    "Zone's name": ("Nom de la zone", "Nome da zona"),
    "Add zone": ("Ajouter la zone", "Adicionar zona"),
    "Rename": ("Renommer", "Mudar o nome"),
    "Code": ("Code", "Código"),
    "Taxpayers": ("Contribuables", "Contribuintes"),
    "Type the new zone's code and name.": (
        "Saisissez le code et le nom de la nouvelle zone.", "Escreva o código e o nome da nova zona."),
    "Zone %1 added.": ("Zone %1 ajoutée.", "Zona %1 adicionada."),
    "Zone %1 is now called %2.": ("La zone %1 s'appelle désormais %2.", "A zona %1 chama-se agora %2."),
    "New amount (or rate)": ("Nouveau montant (ou taux)", "Novo montante (ou taxa)"),
    "Why (e.g. budget voted on 12 December)": (
        "Pourquoi (ex. budget voté le 12 décembre)", "Porquê (ex. orçamento votado a 12 de dezembro)"),
    "Apply from this date": ("Appliquer à partir de cette date", "Aplicar a partir desta data"),
    "Tax": ("Taxe", "Taxa"),
    "From": ("À partir du", "A partir de"),
    "Amount": ("Montant", "Montante"),
    "Today": ("Aujourd'hui", "Hoje"),
    "per unit": ("par unité", "por unidade"),
    "from the start": ("depuis le début", "desde o início"),
    "in force": ("en vigueur", "em vigor"),
    "%1: %2 from %3. What was assessed before keeps its amount.": (
        "%1 : %2 à partir du %3. Ce qui a été établi avant garde son montant.",
        "%1: %2 a partir de %3. O que foi liquidado antes mantém o seu montante."),
    "New value of the chosen setting": ("Nouvelle valeur du réglage choisi", "Novo valor da definição escolhida"),
    "Save": ("Enregistrer", "Guardar"),
    "What is past its retention period?": ("Qu'est-ce qui a dépassé sa durée de conservation ?",
                                           "O que ultrapassou o prazo de conservação?"),
    "Setting": ("Réglage", "Definição"),
    "Value": ("Valeur", "Valor"),
    "Default": ("Par défaut", "Predefinição"),
    "Changed by": ("Modifié par", "Alterado por"),
    "Years fiscal records (events, receipts, sign-offs) are kept. They are never deleted early.": (
        "Années de conservation des pièces fiscales (événements, reçus, validations). Elles ne sont jamais "
        "supprimées avant.",
        "Anos de conservação dos registos fiscais (eventos, recibos, validações). Nunca são apagados antes."),
    "Years a closed taxpayer's personal data is kept after they are closed.": (
        "Années de conservation des données personnelles d'un contribuable après sa fermeture.",
        "Anos de conservação dos dados pessoais de um contribuinte depois de encerrado."),
    "Days ended supervisor sessions and rate-limit counters are kept.": (
        "Jours de conservation des sessions de superviseur terminées et des compteurs de tentatives.",
        "Dias de conservação das sessões de supervisor terminadas e dos contadores de tentativas."),
    "Choose a setting in the list to change it.": (
        "Choisissez un réglage dans la liste pour le modifier.", "Escolha uma definição na lista para a alterar."),
    "%1 is now %2.": ("%1 vaut désormais %2.", "%1 passa a ser %2."),
    "Fiscal records older than %1 years: %2 events, %3 receipts (kept, never deleted). Taxpayers closed more "
    "than %4 years ago: %5 (a supervisor decides). Sessions older than %6 days: %7 (deleted by the server's "
    "retention purge).": (
        "Pièces fiscales de plus de %1 ans : %2 événements, %3 reçus (conservés, jamais supprimés). "
        "Contribuables fermés depuis plus de %4 ans : %5 (un superviseur décide). Sessions de plus de %6 jours : "
        "%7 (supprimées par la purge de conservation du serveur).",
        "Registos fiscais com mais de %1 anos: %2 eventos, %3 recibos (conservados, nunca apagados). "
        "Contribuintes encerrados há mais de %4 anos: %5 (um supervisor decide). Sessões com mais de %6 dias: "
        "%7 (apagadas pela purga de conservação do servidor)."),
}

ADMIN_FR_PT: dict[str, tuple[str, str]] = {f"SupervisorAdmin|{source}": pair for source, pair in _PAIRS.items()}
