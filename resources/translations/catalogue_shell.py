"""French and Portuguese for the supervisor's login, window and dashboard (issue 11), merged into
catalogue.FR_PT. Same keys as there: the English source, or "Context|source"."""
from __future__ import annotations

SHELL_FR_PT: dict[str, tuple[str, str]] = {
    # -- the agents' login: the supervisor's way in ------------------------------------------------
    "LoginView|Supervisor": ("Superviseur", "Supervisor"),
    "Log in as a supervisor, on the municipality's server": (
        "Se connecter comme superviseur, sur le serveur de la mairie",
        "Entrar como supervisor, no servidor do município"),
    # -- the supervisor's login -------------------------------------------------------------------
    "The server refused this name and password (or this code). Check them and try again.": (
        "Le serveur a refusé ce nom et ce mot de passe (ou ce code). Vérifiez-les et réessayez.",
        "O servidor recusou este nome e esta palavra-passe (ou este código). Verifique-os e tente de novo."),
    "This account asks for the 6-digit code of its authenticator app.": (
        "Ce compte demande le code à 6 chiffres de son application d'authentification.",
        "Esta conta pede o código de 6 algarismos da sua aplicação de autenticação."),
    "Too many tries from this device: wait a few minutes, then try again.": (
        "Trop d'essais depuis cet appareil : attendez quelques minutes, puis réessayez.",
        "Demasiadas tentativas a partir deste dispositivo: aguarde alguns minutos e tente de novo."),
    "The server refused the login: %1": ("Le serveur a refusé la connexion : %1", "O servidor recusou a entrada: %1"),
    "The server cannot be reached. Check its address and the network, then try again.": (
        "Impossible de joindre le serveur. Vérifiez son adresse et le réseau, puis réessayez.",
        "Não é possível contactar o servidor. Verifique o endereço e a rede e tente de novo."),
    "The login failed: %1": ("La connexion a échoué : %1", "A entrada falhou: %1"),
    "Type the server's address, starting with https:// (or http://).": (
        "Saisissez l'adresse du serveur, en commençant par https:// (ou http://).",
        "Escreva o endereço do servidor, começando por https:// (ou http://)."),
    "Type your name as your account has it on the server.": (
        "Saisissez votre nom tel que votre compte le porte sur le serveur.",
        "Escreva o seu nome tal como consta da sua conta no servidor."),
    "Type your password.": ("Saisissez votre mot de passe.", "Escreva a sua palavra-passe."),
    "Type the 6-digit code your authenticator app shows now.": (
        "Saisissez le code à 6 chiffres que votre application d'authentification affiche maintenant.",
        "Escreva o código de 6 algarismos que a sua aplicação de autenticação mostra agora."),
    "Logging in": ("Connexion", "A entrar"),
    "This account is not a supervisor's.": ("Ce compte n'est pas celui d'un superviseur.",
                                            "Esta conta não é de um supervisor."),
    "Opening the last figures": ("Ouverture des derniers chiffres", "A abrir os últimos números"),
    "No figures are kept on this device for this name and password: they are kept once you have logged in "
    "with the server reachable.": (
        "Aucun chiffre n'est gardé sur cet appareil pour ce nom et ce mot de passe : ils le sont une fois que "
        "vous vous êtes connecté avec le serveur joignable.",
        "Não há números guardados neste dispositivo para este nome e palavra-passe: ficam guardados depois de "
        "entrar com o servidor acessível."),
    "← Agents' login": ("← Connexion des agents", "← Entrada dos agentes"),
    "Supervisor login": ("Connexion superviseur", "Entrada do supervisor"),
    "Supervisors work against the municipality's server with their own account.": (
        "Les superviseurs travaillent sur le serveur de la mairie, avec leur propre compte.",
        "Os supervisores trabalham no servidor do município, com a sua própria conta."),
    "Server": ("Serveur", "Servidor"),
    "Name": ("Nom", "Nome"),
    "Password": ("Mot de passe", "Palavra-passe"),
    "6-digit code": ("Code à 6 chiffres", "Código de 6 algarismos"),
    "Log in": ("Se connecter", "Entrar"),
    "View the last figures offline": ("Voir les derniers chiffres hors ligne", "Ver os últimos números sem rede"),
    # -- the supervisor's window ------------------------------------------------------------------
    "Offline — figures from %1": ("Hors ligne — chiffres du %1", "Sem rede — números de %1"),
    "Offline — showing the last figures kept on this device": (
        "Hors ligne — derniers chiffres gardés sur cet appareil",
        "Sem rede — últimos números guardados neste dispositivo"),
    "No supervisor screen is installed.": ("Aucun écran de supervision n'est installé.",
                                           "Nenhum ecrã de supervisão está instalado."),
    "Your session on the server has ended. What you typed on %1 has not been sent: it is kept as you left it, "
    "and comes back when you log in again as %2.": (
        "Votre session sur le serveur a pris fin. Ce que vous avez saisi sur %1 n'a pas été envoyé : c'est "
        "gardé tel quel, et vous le retrouvez en vous reconnectant comme %2.",
        "A sua sessão no servidor terminou. O que escreveu em %1 não foi enviado: fica guardado tal como o "
        "deixou e volta quando entrar de novo como %2."),
    "Your session on the server has ended. Log in again as %1 to go on; the screens stay as you left them.": (
        "Votre session sur le serveur a pris fin. Reconnectez-vous comme %1 pour continuer ; les écrans "
        "restent tels que vous les avez laissés.",
        "A sua sessão no servidor terminou. Entre de novo como %1 para continuar; os ecrãs ficam tal como "
        "os deixou."),
    "Your session has ended: log in again.": ("Votre session a pris fin : reconnectez-vous.",
                                              "A sua sessão terminou: entre de novo."),
    "Session ended": ("Session terminée", "Sessão terminada"),
    "What you typed on %1 has not been sent and will be lost. Log out anyway?": (
        "Ce que vous avez saisi sur %1 n'a pas été envoyé et sera perdu. Vous déconnecter quand même ?",
        "O que escreveu em %1 não foi enviado e perder-se-á. Sair mesmo assim?"),
    # -- the dashboard ----------------------------------------------------------------------------
    "Dashboard": ("Tableau de bord", "Painel"),
    "%1 min ago": ("il y a %1 min", "há %1 min"),
    "%1 h ago": ("il y a %1 h", "há %1 h"),
    "%1 days ago": ("il y a %1 jours", "há %1 dias"),
    "Assessed": ("Émis", "Lançado"),
    "Collected": ("Encaissé", "Cobrado"),
    "Of which in these days": ("Dont ces jours-ci", "Dos quais nestes dias"),
    "Rate": ("Taux", "Taxa"),
    "(not known to the server)": ("(inconnu du serveur)", "(desconhecido do servidor)"),
    "Day": ("Jour", "Dia"),
    "Collected that day": ("Encaissé ce jour", "Cobrado nesse dia"),
    "Collected to date": ("Encaissé à cette date", "Cobrado até essa data"),
    "Rate, %1": ("Taux, %1", "Taxa, %1"),
    "All zones": ("Toutes les zones", "Todas as zonas"),
    "Voids": ("Annulations", "Anulações"),
    "Amount not voided": ("Montant non annulé", "Montante não anulado"),
    "Agents": ("Agents", "Agentes"),
    "Last sync": ("Dernière synchronisation", "Última sincronização"),
    "How long ago": ("Il y a", "Há quanto tempo"),
    "State": ("État", "Estado"),
    "revoked": ("révoqué", "revogado"),
    "active": ("actif", "ativo"),
    "Collected against assessed": ("Encaissé sur émis", "Cobrado sobre lançado"),
    "The first day is after the last one.": ("Le premier jour est après le dernier.",
                                             "O primeiro dia é depois do último."),
    "Reading the dashboard": ("Lecture du tableau de bord", "A ler o painel"),
    "The server cannot be reached, and no figures for these days are kept on this device.": (
        "Impossible de joindre le serveur, et aucun chiffre pour ces jours n'est gardé sur cet appareil.",
        "Não é possível contactar o servidor, e não há números destes dias guardados neste dispositivo."),
    "Log in again to read the figures.": ("Reconnectez-vous pour lire les chiffres.",
                                          "Entre de novo para ler os números."),
    "The server refused: %1": ("Le serveur a refusé : %1", "O servidor recusou: %1"),
    "The figures could not be read: %1": ("Les chiffres n'ont pas pu être lus : %1",
                                          "Não foi possível ler os números: %1"),
    "%1 to %2: %3 collected against %4 assessed (%5); %6 of it in these days.": (
        "Du %1 au %2 : %3 encaissés sur %4 émis (%5) ; dont %6 ces jours-ci.",
        "De %1 a %2: %3 cobrados sobre %4 lançados (%5); dos quais %6 nestes dias."),
    "Export as CSV": ("Exporter en CSV", "Exportar em CSV"),
    "CSV files (*.csv)": ("Fichiers CSV (*.csv)", "Ficheiros CSV (*.csv)"),
    "%1 rows saved in %2.": ("%1 lignes enregistrées dans %2.", "%1 linhas guardadas em %2."),
    "The file could not be written: %1": ("Le fichier n'a pas pu être écrit : %1",
                                          "Não foi possível escrever o ficheiro: %1"),
    "Writing the CSV": ("Écriture du CSV", "A escrever o CSV"),
    "From": ("Du", "De"),
    "SupervisorDashboard|to": ("au", "a"),
    "Refresh": ("Actualiser", "Atualizar"),
    "Collection rate": ("Taux de recouvrement", "Taxa de cobrança"),
    "Receipts and voids": ("Reçus et annulations", "Recibos e anulações"),
    "Last sync of devices": ("Dernière synchro des appareils", "Última sincronização dos aparelhos"),
    "By zone": ("Par zone", "Por zona"),
    "By agent": ("Par agent", "Por agente"),
    "By tax": ("Par taxe", "Por imposto"),
    "By day": ("Par jour", "Por dia"),
    "SupervisorDashboard|Table": ("Tableau", "Tabela"),
    "Show the figures as a table, or as a chart": ("Voir les chiffres en tableau, ou en graphique",
                                                   "Ver os números em tabela, ou em gráfico"),
    "Export CSV…": ("Exporter en CSV…", "Exportar CSV…"),
}
