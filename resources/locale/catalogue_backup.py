"""Messages of backup and restore (core/backup.py, core/restore.py, `quittance backup|restore`).

Kept here as the source, so that a merge which conflicts in the .po files can add them again:

    .venv/bin/python -m resources.locale.catalogue_backup && .venv/bin/python -m resources.locale.update
"""
from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # -- backup: refusals ---------------------------------------------------------------------
    "backup_same_path": {
        "en": "{out} is the device database itself (or one of its files): write the backup elsewhere, "
              "on a memory stick for example. Nothing was written.",
        "fr": "{out} est la base de l'appareil elle-même (ou l'un de ses fichiers) : écrivez la sauvegarde "
              "ailleurs, sur une clé USB par exemple. Rien n'a été écrit.",
        "pt": "{out} é a própria base de dados do dispositivo (ou um dos seus ficheiros): escreva a cópia de "
              "segurança noutro sítio, numa pen USB por exemplo. Nada foi escrito.",
    },
    "backup_not_a_file": {
        "en": "{out} is a folder: give the backup a file name, e.g. {out}/quittance-backup.db. Nothing was written.",
        "fr": "{out} est un dossier : donnez un nom de fichier à la sauvegarde, par exemple "
              "{out}/quittance-backup.db. Rien n'a été écrit.",
        "pt": "{out} é uma pasta: dê um nome de ficheiro à cópia de segurança, por exemplo "
              "{out}/quittance-backup.db. Nada foi escrito.",
    },
    "backup_folder_missing": {
        "en": "The folder {folder} does not exist (is the memory stick plugged in?): the backup {out} was not "
              "written.",
        "fr": "Le dossier {folder} n'existe pas (la clé USB est-elle branchée ?) : la sauvegarde {out} n'a pas "
              "été écrite.",
        "pt": "A pasta {folder} não existe (a pen USB está ligada?): a cópia de segurança {out} não foi escrita.",
    },
    "backup_folder_unwritable": {
        "en": "Quittance cannot write in {folder} (read-only, or locked by its switch): the backup {out} was "
              "not written. Choose another folder or unlock the memory stick.",
        "fr": "Quittance ne peut pas écrire dans {folder} (en lecture seule, ou verrouillé par son bouton) : la "
              "sauvegarde {out} n'a pas été écrite. Choisissez un autre dossier ou déverrouillez la clé USB.",
        "pt": "O Quittance não consegue escrever em {folder} (só de leitura, ou bloqueado pelo seu botão): a "
              "cópia de segurança {out} não foi escrita. Escolha outra pasta ou desbloqueie a pen USB.",
    },
    "backup_no_space": {
        "en": "Not enough space in {folder} for the backup: it needs about {needed} MB, {free} MB are free. "
              "Free some space or use another memory stick; nothing was written.",
        "fr": "Pas assez de place dans {folder} pour la sauvegarde : il faut environ {needed} Mo, {free} Mo sont "
              "libres. Libérez de la place ou utilisez une autre clé USB ; rien n'a été écrit.",
        "pt": "Não há espaço suficiente em {folder} para a cópia de segurança: são precisos cerca de {needed} MB, "
              "há {free} MB livres. Liberte espaço ou use outra pen USB; nada foi escrito.",
    },
    "backup_failed_verify": {
        "en": "The copy does not pass verification ({problem}): it was not kept. Run `quittance verify` on the "
              "device database and call your supervisor.",
        "fr": "La copie ne passe pas la vérification ({problem}) : elle n'a pas été gardée. Lancez "
              "`quittance verify` sur la base de l'appareil et appelez votre superviseur.",
        "pt": "A cópia não passa a verificação ({problem}): não foi guardada. Execute `quittance verify` na base "
              "de dados do dispositivo e chame o seu supervisor.",
    },
    "backup_write_failed": {
        "en": "The backup {out} could not be written ({detail}). Nothing was kept; the device database is "
              "untouched. Try again, or on another memory stick.",
        "fr": "La sauvegarde {out} n'a pas pu être écrite ({detail}). Rien n'a été gardé ; la base de l'appareil "
              "est intacte. Réessayez, ou sur une autre clé USB.",
        "pt": "A cópia de segurança {out} não pôde ser escrita ({detail}). Nada foi guardado; a base de dados do "
              "dispositivo está intacta. Tente de novo, ou noutra pen USB.",
    },
    # -- backup: done --------------------------------------------------------------------------
    "backup_progress": {"en": "Backing up…", "fr": "Sauvegarde…", "pt": "A copiar…"},
    "backup_written": {
        "en": "Backup written: {out} ({size} MB), up to event {seq}, last receipt {receipt}.",
        "fr": "Sauvegarde écrite : {out} ({size} Mo), jusqu'à l'événement {seq}, dernier reçu {receipt}.",
        "pt": "Cópia de segurança escrita: {out} ({size} MB), até ao evento {seq}, último recibo {receipt}.",
    },
    "backup_verified": {
        "en": "Verified: intact, {events} events, {payments} payment(s), chain head {hash}.",
        "fr": "Vérifiée : intègre, {events} événements, {payments} paiement(s), tête de chaîne {hash}.",
        "pt": "Verificada: íntegra, {events} eventos, {payments} pagamento(s), topo da cadeia {hash}.",
    },
    "backup_encrypted": {
        "en": "Encrypted with the device's key; its key envelope is beside it: {keys}. Keep both together.",
        "fr": "Chiffrée avec la clé de l'appareil ; son enveloppe de clés est à côté : {keys}. Gardez les deux "
              "ensemble.",
        "pt": "Cifrada com a chave do dispositivo; o seu envelope de chaves está ao lado: {keys}. Guarde os dois "
              "juntos.",
    },
    "backup_encrypted_no_envelope": {
        "en": "Encrypted with the device's key (this device has no key envelope to copy beside it).",
        "fr": "Chiffrée avec la clé de l'appareil (cet appareil n'a pas d'enveloppe de clés à copier à côté).",
        "pt": "Cifrada com a chave do dispositivo (este dispositivo não tem envelope de chaves para copiar ao lado).",
    },
    "backup_plain": {
        "en": "Not encrypted: the device database itself is not (an older device file). Keep the backup in a "
              "safe place.",
        "fr": "Non chiffrée : la base de l'appareil elle-même ne l'est pas (un ancien fichier). Gardez la "
              "sauvegarde en lieu sûr.",
        "pt": "Não cifrada: a própria base de dados do dispositivo não o é (um ficheiro antigo). Guarde a cópia "
              "num local seguro.",
    },
    # -- restore: refusals ---------------------------------------------------------------------
    "restore_behind_server": {
        "en": "Restore refused: this backup stops at event {seq} (receipt {receipt}), the server already holds "
              "up to event {server_seq} (receipt {server_receipt}): restoring it would issue receipt numbers "
              "again. Nothing was changed. Use a newer backup, or ask your supervisor.",
        "fr": "Restauration refusée : cette sauvegarde s'arrête à l'événement {seq} (reçu {receipt}), le serveur "
              "détient déjà jusqu'à l'événement {server_seq} (reçu {server_receipt}) : la restaurer ferait "
              "réémettre des numéros de reçu. Rien n'a été modifié. Utilisez une sauvegarde plus récente, ou "
              "demandez à votre superviseur.",
        "pt": "Restauro recusado: esta cópia de segurança termina no evento {seq} (recibo {receipt}), o servidor "
              "já tem até ao evento {server_seq} (recibo {server_receipt}): restaurá-la voltaria a emitir números "
              "de recibo. Nada foi alterado. Use uma cópia mais recente, ou pergunte ao seu supervisor.",
    },
    "restore_behind_server_recorded": {
        "en": "Restore refused: this backup stops at event {seq} (receipt {receipt}), and this device recorded "
              "that the server already holds up to event {server_seq}: restoring it would issue receipt numbers "
              "again. Nothing was changed. Use a newer backup, or ask your supervisor.",
        "fr": "Restauration refusée : cette sauvegarde s'arrête à l'événement {seq} (reçu {receipt}), et cet "
              "appareil a noté que le serveur détient déjà jusqu'à l'événement {server_seq} : la restaurer ferait "
              "réémettre des numéros de reçu. Rien n'a été modifié. Utilisez une sauvegarde plus récente, ou "
              "demandez à votre superviseur.",
        "pt": "Restauro recusado: esta cópia de segurança termina no evento {seq} (recibo {receipt}), e este "
              "dispositivo registou que o servidor já tem até ao evento {server_seq}: restaurá-la voltaria a "
              "emitir números de recibo. Nada foi alterado. Use uma cópia mais recente, ou pergunte ao seu "
              "supervisor.",
    },
    "restore_behind_mark": {
        "en": "Restore refused: this backup stops at event {seq} (receipt {receipt}), this device already "
              "recorded up to event {mark_seq} (receipt {mark_receipt}): restoring it would issue receipt numbers "
              "again. Nothing was changed. Use a newer backup, or ask your supervisor.",
        "fr": "Restauration refusée : cette sauvegarde s'arrête à l'événement {seq} (reçu {receipt}), cet "
              "appareil a déjà enregistré jusqu'à l'événement {mark_seq} (reçu {mark_receipt}) : la restaurer "
              "ferait réémettre des numéros de reçu. Rien n'a été modifié. Utilisez une sauvegarde plus récente, "
              "ou demandez à votre superviseur.",
        "pt": "Restauro recusado: esta cópia de segurança termina no evento {seq} (recibo {receipt}), este "
              "dispositivo já registou até ao evento {mark_seq} (recibo {mark_receipt}): restaurá-la voltaria a "
              "emitir números de recibo. Nada foi alterado. Use uma cópia mais recente, ou pergunte ao seu "
              "supervisor.",
    },
    "restore_mark_damaged": {
        "en": "Restore refused: this device's record of its last receipt ({mark}) is damaged, so nothing shows "
              "the backup is recent enough. Nothing was changed; call your supervisor.",
        "fr": "Restauration refusée : la trace du dernier reçu de cet appareil ({mark}) est endommagée, rien ne "
              "montre donc que la sauvegarde est assez récente. Rien n'a été modifié ; appelez votre superviseur.",
        "pt": "Restauro recusado: o registo do último recibo deste dispositivo ({mark}) está danificado, nada "
              "mostra portanto que a cópia é suficientemente recente. Nada foi alterado; chame o seu supervisor.",
    },
    "restore_diverged": {
        "en": "Restore refused: this backup does not hold the event {seq} this device recorded (another "
              "history of the device): restoring it could issue receipt numbers again. Nothing was changed; call "
              "your supervisor.",
        "fr": "Restauration refusée : cette sauvegarde ne contient pas l'événement {seq} que cet appareil a "
              "enregistré (une autre histoire de l'appareil) : la restaurer pourrait réémettre des numéros de "
              "reçu. Rien n'a été modifié ; appelez votre superviseur.",
        "pt": "Restauro recusado: esta cópia de segurança não contém o evento {seq} que este dispositivo "
              "registou (outra história do dispositivo): restaurá-la poderia voltar a emitir números de recibo. "
              "Nada foi alterado; chame o seu supervisor.",
    },
    "restore_other_device": {
        "en": "Restore refused: this backup is of device {backup_code}, this database is device {device_code}'s. "
              "Nothing was changed.",
        "fr": "Restauration refusée : cette sauvegarde est celle de l'appareil {backup_code}, cette base est celle "
              "de l'appareil {device_code}. Rien n'a été modifié.",
        "pt": "Restauro recusado: esta cópia é do dispositivo {backup_code}, esta base de dados é do dispositivo "
              "{device_code}. Nada foi alterado.",
    },
    "restore_missing": {
        "en": "There is no backup file at {backup}. Nothing was changed.",
        "fr": "Il n'y a pas de fichier de sauvegarde à {backup}. Rien n'a été modifié.",
        "pt": "Não há ficheiro de cópia de segurança em {backup}. Nada foi alterado.",
    },
    "restore_not_a_device": {
        "en": "{backup} is not a Quittance backup (no device in it). Nothing was changed.",
        "fr": "{backup} n'est pas une sauvegarde Quittance (aucun appareil dedans). Rien n'a été modifié.",
        "pt": "{backup} não é uma cópia de segurança do Quittance (nenhum dispositivo nela). Nada foi alterado.",
    },
    "restore_unreadable": {
        "en": "{backup} cannot be read as a Quittance backup ({detail}). Nothing was changed.",
        "fr": "{backup} ne peut pas être lu comme une sauvegarde Quittance ({detail}). Rien n'a été modifié.",
        "pt": "{backup} não pode ser lido como cópia de segurança do Quittance ({detail}). Nada foi alterado.",
    },
    "restore_locked": {
        "en": "{backup} is encrypted and no key to open it is at hand: put its key envelope ({backup}.keys) "
              "beside it and set QUITTANCE_PIN. Nothing was changed.",
        "fr": "{backup} est chiffré et aucune clé pour l'ouvrir n'est disponible : placez son enveloppe de clés "
              "({backup}.keys) à côté et définissez QUITTANCE_PIN. Rien n'a été modifié.",
        "pt": "{backup} está cifrado e não há chave para o abrir: coloque o seu envelope de chaves "
              "({backup}.keys) ao lado e defina QUITTANCE_PIN. Nada foi alterado.",
    },
    "restore_tampered": {
        "en": "Restore refused: {backup} does not pass verification ({problem}). Nothing was changed.",
        "fr": "Restauration refusée : {backup} ne passe pas la vérification ({problem}). Rien n'a été modifié.",
        "pt": "Restauro recusado: {backup} não passa a verificação ({problem}). Nada foi alterado.",
    },
    # -- restore: done -------------------------------------------------------------------------
    "restore_done": {
        "en": "Restored: {db} now holds the backup, up to event {seq}, last receipt {receipt}; it passes "
              "verification.",
        "fr": "Restauré : {db} contient maintenant la sauvegarde, jusqu'à l'événement {seq}, dernier reçu "
              "{receipt} ; elle passe la vérification.",
        "pt": "Restaurado: {db} contém agora a cópia de segurança, até ao evento {seq}, último recibo {receipt}; "
              "passa a verificação.",
    },
    "restore_server_checked": {
        "en": "The server ({server}) confirmed it holds nothing past this backup.",
        "fr": "Le serveur ({server}) a confirmé ne rien détenir au-delà de cette sauvegarde.",
        "pt": "O servidor ({server}) confirmou não ter nada para além desta cópia.",
    },
    "restore_server_unreached": {
        "en": "The server ({server}) could not be asked: checked against this device's own record only. Sync "
              "as soon as the network is back.",
        "fr": "Le serveur ({server}) n'a pas pu être interrogé : vérifié seulement d'après la trace de cet "
              "appareil. Synchronisez dès que le réseau revient.",
        "pt": "Não foi possível consultar o servidor ({server}): verificado apenas pelo registo deste "
              "dispositivo. Sincronize assim que a rede voltar.",
    },
}


if __name__ == "__main__":
    from resources.locale.tools import add_messages

    print(", ".join(add_messages("quittance", MESSAGES)))
