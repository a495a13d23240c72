"""Messages of app updates: a download refused, the copy of the database before installing, the
installer that cannot start (sync/client/updates.py, core/safety_copy.py, sync/client/installer.py).

Kept here as the source, so that a merge which conflicts in the .po files can add them again:

    .venv/bin/python -m resources.locale.catalogue_updates && .venv/bin/python -m resources.locale.update
"""
from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "sync_phase_update": {
        "en": "Downloading the update",
        "fr": "Téléchargement de la mise à jour",
        "pt": "A descarregar a atualização",
    },
    "sync_update_staged": {
        "en": "Update {version} downloaded and checked: install it from the app (Install, in the banner at the top).",
        "fr": "Mise à jour {version} téléchargée et vérifiée : installez-la depuis l'application (Installer, dans "
              "le bandeau en haut).",
        "pt": "Atualização {version} descarregada e verificada: instale-a a partir da aplicação (Instalar, na "
              "faixa no topo).",
    },
    "update_refused_signature": {
        "en": "The update to version {version} was refused: it is not signed by your server's key. Nothing was "
              "downloaded or installed; tell your supervisor.",
        "fr": "La mise à jour vers la version {version} a été refusée : elle n'est pas signée par la clé de votre "
              "serveur. Rien n'a été téléchargé ni installé ; prévenez votre superviseur.",
        "pt": "A atualização para a versão {version} foi recusada: não está assinada pela chave do seu servidor. "
              "Nada foi descarregado nem instalado; avise o seu supervisor.",
    },
    "update_refused_file": {
        "en": "The update to version {version} was refused: the file received is not the one the server published "
              "(cut short or altered). It was deleted and nothing was installed; it is downloaded again at the next "
              "sync.",
        "fr": "La mise à jour vers la version {version} a été refusée : le fichier reçu n'est pas celui que le "
              "serveur a publié (incomplet ou modifié). Il a été supprimé et rien n'a été installé ; il sera "
              "téléchargé de nouveau à la prochaine synchronisation.",
        "pt": "A atualização para a versão {version} foi recusada: o ficheiro recebido não é o que o servidor "
              "publicou (incompleto ou alterado). Foi apagado e nada foi instalado; será descarregado de novo na "
              "próxima sincronização.",
    },
    "update_refused_manifest": {
        "en": "The server offers an update (version {version}) that this app cannot read. Nothing was downloaded; "
              "tell your supervisor.",
        "fr": "Le serveur propose une mise à jour (version {version}) que cette application ne sait pas lire. Rien "
              "n'a été téléchargé ; prévenez votre superviseur.",
        "pt": "O servidor oferece uma atualização (versão {version}) que esta aplicação não consegue ler. Nada foi "
              "descarregado; avise o seu supervisor.",
    },
    "update_refused_platform": {
        "en": "The update to version {version} is for another kind of device. Nothing was downloaded; tell your "
              "supervisor.",
        "fr": "La mise à jour vers la version {version} est prévue pour un autre type d'appareil. Rien n'a été "
              "téléchargé ; prévenez votre superviseur.",
        "pt": "A atualização para a versão {version} destina-se a outro tipo de aparelho. Nada foi descarregado; "
              "avise o seu supervisor.",
    },
    "update_backup_failed": {
        "en": "The database could not be copied to {path} before the update ({reason}). Nothing was installed and "
              "your data is untouched; free some space, then try again.",
        "fr": "La base de données n'a pas pu être copiée dans {path} avant la mise à jour ({reason}). Rien n'a été "
              "installé et vos données sont intactes ; libérez de la place, puis réessayez.",
        "pt": "A base de dados não pôde ser copiada para {path} antes da atualização ({reason}). Nada foi "
              "instalado e os seus dados estão intactos; liberte espaço e tente de novo.",
    },
    "update_no_installer": {
        "en": "This device cannot install updates by itself: the program {tool} is missing. Ask your supervisor to "
              "install the update.",
        "fr": "Cet appareil ne peut pas installer de mise à jour lui-même : le programme {tool} est absent. "
              "Demandez à votre superviseur d'installer la mise à jour.",
        "pt": "Este aparelho não consegue instalar atualizações sozinho: falta o programa {tool}. Peça ao seu "
              "supervisor que instale a atualização.",
    },
    "update_install_failed": {
        "en": "The installer could not be started ({reason}). Nothing was changed; try again.",
        "fr": "Le programme d'installation n'a pas pu démarrer ({reason}). Rien n'a changé ; réessayez.",
        "pt": "O instalador não pôde ser iniciado ({reason}). Nada foi alterado; tente de novo.",
    },
    "update_no_space": {
        "en": "The update to version {version} ({megabytes} MB) is not downloaded: this device keeps its free space "
              "for your records. Free some space; it is downloaded at a later sync.",
        "fr": "La mise à jour vers la version {version} ({megabytes} Mo) n'est pas téléchargée : l'appareil garde "
              "son espace libre pour vos enregistrements. Libérez de la place ; elle sera téléchargée lors d'une "
              "prochaine synchronisation.",
        "pt": "A atualização para a versão {version} ({megabytes} MB) não é descarregada: o aparelho guarda o seu "
              "espaço livre para os seus registos. Liberte espaço; será descarregada numa próxima sincronização.",
    },
    "update_interrupted": {
        "en": "The download of the update was interrupted; it continues where it stopped at the next sync.",
        "fr": "Le téléchargement de la mise à jour a été interrompu ; il reprendra là où il s'est arrêté à la "
              "prochaine synchronisation.",
        "pt": "A transferência da atualização foi interrompida; continua onde parou na próxima sincronização.",
    },
}


if __name__ == "__main__":
    from resources.locale.tools import add_messages

    print(", ".join(add_messages("quittance", MESSAGES)))
