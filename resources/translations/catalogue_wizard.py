"""French and Portuguese for the first-start wizard (desktop/wizard/), merged into catalogue.FR_PT.
Same keys as there: the English source, or "Context|source"."""
from __future__ import annotations

WIZARD_FR_PT: dict[str, tuple[str, str]] = {
    # -- the frame ------------------------------------------------------------------------------
    "Quittance: first start": ("Quittance : premier démarrage", "Quittance: primeiro arranque"),
    "Skip": ("Passer", "Saltar"),
    "Step %1 of %2": ("Étape %1 sur %2", "Passo %1 de %2"),
    # -- language -------------------------------------------------------------------------------
    "Welcome to Quittance": ("Bienvenue dans Quittance", "Bem-vindo ao Quittance"),
    "Choose your language. You can change it later on the login screen and in Settings.": (
        "Choisissez votre langue. Vous pourrez la changer plus tard sur l'écran de connexion et dans "
        "les Paramètres.",
        "Escolha o seu idioma. Pode mudá-lo mais tarde no ecrã de entrada e nas Definições."),
    # -- enrollment -----------------------------------------------------------------------------
    "Your supervisor gives you the server's address and a one-time code, or a QR code that holds both. "
    "Type them, or read the QR code from a picture or with the camera.": (
        "Votre superviseur vous donne l'adresse du serveur et un code à usage unique, ou un code QR qui "
        "contient les deux. Saisissez-les, ou lisez le code QR depuis une image ou avec la caméra.",
        "O seu supervisor dá-lhe o endereço do servidor e um código de uso único, ou um código QR que "
        "contém os dois. Escreva-os, ou leia o código QR de uma imagem ou com a câmara."),
    "Read the QR code from a picture": ("Lire le code QR d'une image", "Ler o código QR de uma imagem"),
    "Scan with the camera": ("Lire avec la caméra", "Ler com a câmara"),
    "This device is enrolled: device %1 of %2, on %3. Agents: %4.": (
        "Cet appareil est inscrit : appareil %1 de %2, sur %3. Agents : %4.",
        "Este dispositivo está inscrito: dispositivo %1 de %2, em %3. Agentes: %4."),
    "Choose the picture of the enrollment QR code": (
        "Choisir l'image du code QR d'inscription", "Escolher a imagem do código QR de inscrição"),
    "Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;All files (*)": (
        "Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;Tous les fichiers (*)",
        "Imagens (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;Todos os ficheiros (*)"),
    "This file is not a picture that can be read. Choose the PNG or the photo of the enrollment QR code.": (
        "Ce fichier n'est pas une image lisible. Choisissez le PNG ou la photo du code QR d'inscription.",
        "Este ficheiro não é uma imagem legível. Escolha o PNG ou a fotografia do código QR de inscrição."),
    "No QR code was found in this picture. Choose a sharper picture, or type the address and the code.": (
        "Aucun code QR n'a été trouvé dans cette image. Choisissez une image plus nette, ou saisissez "
        "l'adresse et le code.",
        "Não foi encontrado nenhum código QR nesta imagem. Escolha uma imagem mais nítida, ou escreva o "
        "endereço e o código."),
    "This QR code is not an enrollment code (a receipt's QR code, for example). Choose the one your "
    "supervisor gave you.": (
        "Ce code QR n'est pas un code d'inscription (celui d'un reçu, par exemple). Choisissez celui que "
        "votre superviseur vous a donné.",
        "Este código QR não é um código de inscrição (o de um recibo, por exemplo). Escolha o que o seu "
        "supervisor lhe deu."),
    # -- printer --------------------------------------------------------------------------------
    "Choose the printer paired with this device, or type its address, then print a test page. You can "
    "also skip this step.": (
        "Choisissez l'imprimante appairée à cet appareil, ou saisissez son adresse, puis imprimez une page "
        "de test. Vous pouvez aussi passer cette étape.",
        "Escolha a impressora emparelhada com este dispositivo, ou escreva o endereço dela, e depois imprima "
        "uma página de teste. Também pode saltar este passo."),
    "Paired printers": ("Imprimantes appairées", "Impressoras emparelhadas"),
    "Look again": ("Chercher à nouveau", "Procurar de novo"),
    "No paired printer was found. Pair the printer in the system's Bluetooth settings, then tap Look "
    "again, or type its address below.": (
        "Aucune imprimante appairée n'a été trouvée. Appairez l'imprimante dans les réglages Bluetooth du "
        "système, puis touchez Chercher à nouveau, ou saisissez son adresse ci-dessous.",
        "Não foi encontrada nenhuma impressora emparelhada. Emparelhe a impressora nas definições "
        "Bluetooth do sistema, depois toque em Procurar de novo, ou escreva o endereço abaixo."),
    "Paper": ("Papier", "Papel"),
    "The test page was sent to the printer. Check that the accents and the QR code came out well.": (
        "La page de test a été envoyée à l'imprimante. Vérifiez que les accents et le code QR sont bien "
        "imprimés.",
        "A página de teste foi enviada para a impressora. Verifique se os acentos e o código QR saíram bem."),
    "The test page did not print: %1": ("La page de test ne s'est pas imprimée : %1",
                                        "A página de teste não foi impressa: %1"),
    # -- position -------------------------------------------------------------------------------
    "Where this device takes its position from when you locate a taxpayer. You can skip this and "
    "change it later in Settings.": (
        "D'où cet appareil tire sa position quand vous localisez un contribuable. Vous pouvez passer "
        "cette étape et la changer plus tard dans les Paramètres.",
        "De onde este dispositivo obtém a posição quando localiza um contribuinte. Pode saltar este passo "
        "e mudá-la mais tarde nas Definições."),
    "The device's own position service": ("Le service de position de l'appareil",
                                          "O serviço de posição do dispositivo"),
    "This file cannot be read. Check the path, or choose another log.": (
        "Ce fichier ne peut pas être lu. Vérifiez le chemin, ou choisissez un autre journal.",
        "Este ficheiro não pode ser lido. Verifique o caminho, ou escolha outro registo."),
    "This file holds no NMEA sentence (lines such as $GPGGA,…). Choose the log the receiver recorded.": (
        "Ce fichier ne contient aucune phrase NMEA (des lignes comme $GPGGA,…). Choisissez le journal "
        "enregistré par le récepteur.",
        "Este ficheiro não contém nenhuma frase NMEA (linhas como $GPGGA,…). Escolha o registo gravado "
        "pelo recetor."),
    # -- summary --------------------------------------------------------------------------------
    "Ready": ("Prêt", "Pronto"),
    "This is how the device is set up. Finish, then log in with your name and PIN. Everything here can "
    "be changed later in Settings.": (
        "Voici comment l'appareil est configuré. Terminez, puis connectez-vous avec votre nom et votre "
        "code PIN. Tout ceci peut être changé plus tard dans les Paramètres.",
        "É assim que o dispositivo está configurado. Termine e depois entre com o seu nome e PIN. Tudo "
        "isto pode ser mudado mais tarde nas Definições."),
    "Municipality": ("Commune", "Município"),
    "Printer": ("Imprimante", "Impressora"),
    "%1 (paper: %2)": ("%1 (papier : %2)", "%1 (papel: %2)"),
    "None yet: choose it later in Settings": ("Aucune pour l'instant : à choisir plus tard dans les Paramètres",
                                              "Nenhuma por agora: escolha-a mais tarde nas Definições"),
    "External receiver on %1": ("Récepteur externe sur %1", "Recetor externo em %1"),
    "NMEA log %1": ("Journal NMEA %1", "Registo NMEA %1"),
}
