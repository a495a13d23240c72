"""French and Portuguese for the Map screen (issue 12), merged into catalogue.FR_PT.
Same keys as there: the English source, or "Context|source"."""
from __future__ import annotations

MAP_FR_PT: dict[str, tuple[str, str]] = {
    "Map": ("Carte", "Mapa"),
    "Install a basemap": ("Installer un fond de carte", "Instalar um mapa de fundo"),
    "MBTiles basemaps (*.mbtiles);;All files (*)": (
        "Fonds de carte MBTiles (*.mbtiles);;Tous les fichiers (*)",
        "Mapas de fundo MBTiles (*.mbtiles);;Todos os ficheiros (*)"),
    "All taxes": ("Toutes les taxes", "Todos os impostos"),
    "%1 taxpayer(s) on the map": ("%1 contribuable(s) sur la carte", "%1 contribuinte(s) no mapa"),
    "Loading the map": ("Chargement de la carte", "A carregar o mapa"),
    "No basemap": ("Aucun fond de carte", "Nenhum mapa de fundo"),
    "No basemap on this device: install one from a file, or get them from the server.": (
        "Aucun fond de carte sur cet appareil : installez-en un depuis un fichier, ou récupérez ceux du serveur.",
        "Nenhum mapa de fundo neste dispositivo: instale um a partir de um ficheiro, ou obtenha os do servidor."),
    "Basemap installed: %1": ("Fond de carte installé : %1", "Mapa de fundo instalado: %1"),
    "Installing the basemap": ("Installation du fond de carte", "A instalar o mapa de fundo"),
    "This device is not enrolled: enrol it on the Synchronise screen to get the server's basemaps.": (
        "Cet appareil n'est pas inscrit : inscrivez-le depuis l'écran Synchroniser pour récupérer les fonds "
        "de carte du serveur.",
        "Este dispositivo não está inscrito: inscreva-o no ecrã Sincronizar para obter os mapas de fundo "
        "do servidor."),
    "%1 basemap(s) from the server": ("%1 fond(s) de carte reçu(s) du serveur", "%1 mapa(s) de fundo do servidor"),
    "Getting basemaps from the server": ("Récupération des fonds de carte du serveur",
                                         "A obter os mapas de fundo do servidor"),
    "Partly paid": ("Payé en partie", "Pago em parte"),
    "In arrears": ("En retard", "Em atraso"),
    "Never assessed": ("Jamais imposé", "Nunca tributado"),
    "Status in %1:": ("Situation en %1 :", "Situação em %1:"),
    "My position": ("Ma position", "A minha posição"),
    "Basemaps…": ("Fonds de carte…", "Mapas de fundo…"),
    "Install from a file…": ("Installer depuis un fichier…", "Instalar a partir de um ficheiro…"),
    "Get from the server": ("Récupérer du serveur", "Obter do servidor"),
    "Zoom in": ("Zoomer", "Aproximar"),
    "Zoom out": ("Dézoomer", "Afastar"),
}
