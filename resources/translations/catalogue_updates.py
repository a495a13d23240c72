"""French and Portuguese for app updates (the update banner, the Sync screen's download),
merged into catalogue.FR_PT. Same keys as there: the English source, or "Context|source"."""
from __future__ import annotations

UPDATES_FR_PT: dict[str, tuple[str, str]] = {
    "An update is waiting (version %1)": ("Une mise à jour attend (version %1)",
                                          "Uma atualização está à espera (versão %1)"),
    "Update refused": ("Mise à jour refusée", "Atualização recusada"),
    "Update postponed": ("Mise à jour reportée", "Atualização adiada"),
    "UpdateBanner|Install": ("Installer", "Instalar"),
    "Installing the update": ("Installation de la mise à jour", "A instalar a atualização"),
    "Copying your data, then installing…": ("Copie de vos données, puis installation…",
                                            "A copiar os seus dados e depois a instalar…"),
    "Your data is copied first; then the app closes and starts again in the new version.": (
        "Vos données sont d'abord copiées ; puis l'application se ferme et redémarre dans la nouvelle version.",
        "Os seus dados são copiados primeiro; depois a aplicação fecha e volta a abrir na nova versão."),
    "Downloading the update": ("Téléchargement de la mise à jour", "A descarregar a atualização"),
}
