"""French and Portuguese for the backup offered at the close of a cash session
(desktop/views/backup_offer.py), merged into catalogue.FR_PT."""
from __future__ import annotations

BACKUP_FR_PT: dict[str, tuple[str, str]] = {
    "Back up this device": ("Sauvegarder cet appareil", "Fazer cópia de segurança deste dispositivo"),
    "The session is closed. Keep a copy of this device's records on a memory stick: if the tablet is lost or "
    "broken, the copy brings them back. It is encrypted like the device and checked before it is kept.": (
        "La session est fermée. Gardez une copie des enregistrements de cet appareil sur une clé USB : si la "
        "tablette est perdue ou cassée, la copie les ramène. Elle est chiffrée comme l'appareil et vérifiée "
        "avant d'être gardée.",
        "A sessão está fechada. Guarde uma cópia dos registos deste dispositivo numa pen USB: se o tablet se "
        "perder ou avariar, a cópia trá-los de volta. É cifrada como o dispositivo e verificada antes de ser "
        "guardada."),
    "No memory stick found. Plug one in: it appears here.": (
        "Aucune clé USB trouvée. Branchez-en une : elle apparaît ici.",
        "Nenhuma pen USB encontrada. Ligue uma: ela aparece aqui."),
    "Back up to %1 (%2 GB free)": ("Sauvegarder sur %1 (%2 Go libres)", "Copiar para %1 (%2 GB livres)"),
    "Backing up to %1": ("Sauvegarde sur %1", "A copiar para %1"),
    "Backup written and verified: %1, up to receipt %2. You can remove the memory stick.": (
        "Sauvegarde écrite et vérifiée : %1, jusqu'au reçu %2. Vous pouvez retirer la clé USB.",
        "Cópia de segurança escrita e verificada: %1, até ao recibo %2. Pode retirar a pen USB."),
    "Backup written and verified: %1. You can remove the memory stick.": (
        "Sauvegarde écrite et vérifiée : %1. Vous pouvez retirer la clé USB.",
        "Cópia de segurança escrita e verificada: %1. Pode retirar a pen USB."),
    "Not now": ("Pas maintenant", "Agora não"),
}
