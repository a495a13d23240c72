"""French and Portuguese for the enrollment and Sync screens (issue 10), merged into
catalogue.FR_PT. Same keys as there: the English source, or "Context|source"."""
from __future__ import annotations

SYNC_FR_PT: dict[str, tuple[str, str]] = {
    # -- enrollment -----------------------------------------------------------------------------
    "Type the server's address as your supervisor gave it, starting with https:// (for example "
    "https://revenue.city.example).": (
        "Saisissez l'adresse du serveur telle que votre superviseur l'a donnée, en commençant par https:// "
        "(par exemple https://recettes.mairie.example).",
        "Escreva o endereço do servidor tal como o seu supervisor o deu, começando por https:// "
        "(por exemplo https://receitas.municipio.example)."),
    "An enrollment code has only letters and digits.": (
        "Un code d'inscription ne contient que des lettres et des chiffres.",
        "Um código de inscrição tem apenas letras e algarismos."),
    "This is longer than an enrollment code: check what was pasted.": (
        "C'est plus long qu'un code d'inscription : vérifiez ce qui a été collé.",
        "Isto é mais longo do que um código de inscrição: verifique o que foi colado."),
    "Type the whole code your supervisor gave you.": (
        "Saisissez le code entier que votre superviseur vous a donné.",
        "Escreva o código completo que o seu supervisor lhe deu."),
    "Enroll this device": ("Inscrire cet appareil", "Inscrever este dispositivo"),
    "Enrolling links this device to the municipality's server, so that what you record reaches it. Your "
    "supervisor gives you the server's address and a one-time code (valid for 24 hours). Nothing recorded on "
    "this device is lost: it is all sent after enrollment.": (
        "L'inscription relie cet appareil au serveur de la mairie, pour que ce que vous enregistrez lui "
        "parvienne. Votre superviseur vous donne l'adresse du serveur et un code à usage unique (valable "
        "24 heures). Rien de ce qui est enregistré sur cet appareil n'est perdu : tout est envoyé après "
        "l'inscription.",
        "A inscrição liga este dispositivo ao servidor do município, para que o que regista lhe chegue. O seu "
        "supervisor dá-lhe o endereço do servidor e um código de uso único (válido 24 horas). Nada do que "
        "está registado neste dispositivo se perde: tudo é enviado depois da inscrição."),
    "Server address": ("Adresse du serveur", "Endereço do servidor"),
    "Enrollment code": ("Code d'inscription", "Código de inscrição"),
    "e.g. K7Q2M9XD": ("ex. K7Q2M9XD", "ex. K7Q2M9XD"),
    "Paste": ("Coller", "Colar"),
    "Scan the QR code": ("Scanner le code QR", "Ler o código QR"),
    "This device has no camera to read the QR code: type the address and the code, or paste the "
    "enrollment link.": (
        "Cet appareil n'a aucune caméra pour lire le code QR : tapez l'adresse et le code, ou collez le "
        "lien d'inscription.",
        "Este dispositivo não tem câmara para ler o código QR: escreva o endereço e o código, ou cole a "
        "ligação de inscrição."),
    "Hold the enrollment QR code your supervisor gave you in front of the camera, flat and whole in the "
    "picture.": (
        "Présentez à la caméra le code QR d'inscription que votre superviseur vous a donné, bien à plat et "
        "en entier dans l'image.",
        "Mostre à câmara o código QR de inscrição que o seu supervisor lhe deu, bem plano e inteiro na "
        "imagem."),
    "This QR code is not an enrollment code (a receipt's QR code, for example). Show the one your "
    "supervisor gave you.": (
        "Ce code QR n'est pas un code d'inscription (celui d'un reçu, par exemple). Montrez celui que votre "
        "superviseur vous a donné.",
        "Este código QR não é um código de inscrição (o de um recibo, por exemplo). Mostre o que o seu "
        "supervisor lhe deu."),
    "The camera could not be started. Close the apps that may be using it and try again, or type the "
    "address and the code.": (
        "La caméra n'a pas pu démarrer. Fermez les applications qui l'utilisent peut-être et réessayez, ou "
        "tapez l'adresse et le code.",
        "Não foi possível ligar a câmara. Feche as aplicações que a possam estar a usar e tente de novo, ou "
        "escreva o endereço e o código."),
    "Stop the camera": ("Arrêter la caméra", "Desligar a câmara"),
    "Enroll": ("Inscrire", "Inscrever"),
    "Enrolling the device": ("Inscription de l'appareil", "A inscrever o dispositivo"),
    # -- home -----------------------------------------------------------------------------------
    "records waiting to sync": ("enregistrements en attente de synchronisation",
                                "registos à espera de sincronização"),
    # -- the Sync screen ------------------------------------------------------------------------
    "No.": ("N°", "N.º"),
    "Record": ("Enregistrement", "Registo"),
    "Recorded": ("Enregistré le", "Registado em"),
    "Refused: %1": ("Refusé : %1", "Recusado: %1"),
    "Synchronising": ("Synchronisation", "A sincronizar"),
    "Connecting to the server": ("Connexion au serveur", "A ligar ao servidor"),
    "Sending": ("Envoi", "Envio"),
    "Receiving": ("Réception", "Receção"),
    "%1: %2 of %3": ("%1 : %2 sur %3", "%1: %2 de %3"),
    "Synchronising…": ("Synchronisation…", "A sincronizar…"),
    "Sync now": ("Synchroniser maintenant", "Sincronizar agora"),
    "Sent: %1 — refused by the server: %2": ("Envoyés : %1 — refusés par le serveur : %2",
                                             "Enviados: %1 — recusados pelo servidor: %2"),
    "Server: not set": ("Serveur : non défini", "Servidor: não definido"),
    "Enroll again…": ("Inscrire à nouveau…", "Inscrever de novo…"),
    "This device is not enrolled with the municipality's server yet. Everything you record stays safe on this "
    "device, signed and chained, and will be sent in order once it is enrolled. Enroll it with the code your "
    "supervisor gives you.": (
        "Cet appareil n'est pas encore inscrit auprès du serveur de la mairie. Tout ce que vous enregistrez "
        "reste en sûreté sur cet appareil, signé et chaîné, et sera envoyé dans l'ordre une fois inscrit. "
        "Inscrivez-le avec le code que votre superviseur vous donne.",
        "Este dispositivo ainda não está inscrito no servidor do município. Tudo o que regista fica seguro "
        "neste dispositivo, assinado e encadeado, e será enviado por ordem depois da inscrição. Inscreva-o "
        "com o código que o seu supervisor lhe der."),
    "Enroll this device…": ("Inscrire cet appareil…", "Inscrever este dispositivo…"),
    "records waiting to be sent": ("enregistrements en attente d'envoi", "registos à espera de envio"),
    "Records": ("Enregistrements", "Registos"),
    "(only %1 listed)": ("(seuls %1 listés)", "(apenas %1 listados)"),
    "All records": ("Tous les enregistrements", "Todos os registos"),
    "SyncView|Waiting": ("En attente", "Em espera"),
    "SyncView|Sent": ("Envoyés", "Enviados"),
    "SyncView|Refused": ("Refusés", "Recusados"),
    "SyncWords|Waiting": ("En attente", "Em espera"),
    "SyncWords|Sent": ("Envoyé", "Enviado"),
    "SyncWords|Refused": ("Refusé", "Recusado"),
    # -- what each record is --------------------------------------------------------------------
    "SyncWords|Payment": ("Paiement", "Pagamento"),
    "SyncWords|Void": ("Annulation", "Anulação"),
    "Receipt printed": ("Reçu imprimé", "Recibo impresso"),
    "New taxpayer": ("Nouveau contribuable", "Novo contribuinte"),
    "Taxpayer edited": ("Contribuable modifié", "Contribuinte alterado"),
    "Taxable object": ("Objet imposable", "Objeto tributável"),
    "Assessment": ("Imposition", "Liquidação"),
    "Session opened": ("Session ouverte", "Sessão aberta"),
    "Session closed": ("Session clôturée", "Sessão fechada"),
    "Device set up": ("Appareil initialisé", "Dispositivo configurado"),
    "Device enrolled": ("Appareil inscrit", "Dispositivo inscrito"),
    "Clock confirmed": ("Horloge confirmée", "Relógio confirmado"),
    "Server key changed": ("Clé du serveur changée", "Chave do servidor mudada"),
    # -- why the server set a record aside ------------------------------------------------------
    "the agent is not assigned to this zone": ("l'agent n'est pas affecté à cette zone",
                                               "o agente não está afetado a esta zona"),
    "the agent was deactivated": ("l'agent a été désactivé", "o agente foi desativado"),
    "the server does not know this agent": ("le serveur ne connaît pas cet agent",
                                            "o servidor não conhece este agente"),
    # -- the result of a sync -------------------------------------------------------------------
    "Sent: %1 records. Received: %2.": ("Envoyés : %1 enregistrements. Reçus : %2.",
                                        "Enviados: %1 registos. Recebidos: %2."),
    "%1 were already on the server (sent again after a lost answer).": (
        "%1 étaient déjà sur le serveur (renvoyés après une réponse perdue).",
        "%1 já estavam no servidor (reenviados após uma resposta perdida)."),
    "Still to send: %1.": ("Encore à envoyer : %1.", "Ainda por enviar: %1."),
    "Refused by the server and kept aside for a supervisor: %1 (see the list below).": (
        "Refusés par le serveur et mis de côté pour un superviseur : %1 (voir la liste ci-dessous).",
        "Recusados pelo servidor e postos de lado para um supervisor: %1 (ver a lista abaixo)."),
    "The server %1 cannot be reached. Nothing is lost: the app tries again by itself, and you can keep "
    "working.": (
        "Le serveur %1 est injoignable. Rien n'est perdu : l'application réessaie toute seule, et vous "
        "pouvez continuer à travailler.",
        "O servidor %1 não está acessível. Nada se perde: a aplicação tenta de novo sozinha, e pode "
        "continuar a trabalhar."),
}
