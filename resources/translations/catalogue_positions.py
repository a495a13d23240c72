"""French and Portuguese for positions (point averaging, the receiver's status, accuracy classes)
and the outline tool on the map (issue 12), merged into catalogue.FR_PT."""
from __future__ import annotations

_P = "PolygonPanel|"
_L = "LocationPanel|"
_Q = "GnssQuality|"
_C = "CardView|"
_S = "SettingsView|"

POSITIONS_FR_PT: dict[str, tuple[str, str]] = {
    _P + "Saving the outline": ("Enregistrement du contour", "A guardar o contorno"),
    _P + "Area: %1 m²": ("Surface : %1 m²", "Área: %1 m²"),
    _P + "Area: —": ("Surface : —", "Área: —"),
    _P + "Capturing this corner: %1 of %2 fixes… Stand still on it.": (
        "Relevé de ce coin : %1 positions sur %2… Restez immobile dessus.",
        "A registar este canto: %1 de %2 posições… Fique parado sobre ele."),
    _P + "Vertices: %1. Tap each corner, or stand on it and capture it. Drag a vertex to move it.": (
        "Sommets : %1. Touchez chaque coin, ou placez-vous dessus et relevez-le. Faites glisser un sommet "
        "pour le déplacer.",
        "Vértices: %1. Toque em cada canto, ou fique sobre ele e registe-o. Arraste um vértice para o mover."),
    _P + "Stop": ("Arrêter", "Parar"),
    _P + "Corner here": ("Coin ici", "Canto aqui"),
    _P + "Capture the corner you stand on with the receiver": ("Relever avec le récepteur le coin où vous êtes",
                                                               "Registar com o recetor o canto onde está"),
    _P + "Save": ("Enregistrer", "Guardar"),
    _P + "Outline of %1": ("Contour de %1", "Contorno de %1"),
    _P + "Undo": ("Annuler", "Desfazer"),
    _P + "Cancel": ("Quitter", "Cancelar"),
    _L + "Averaging the position: %1 of %2 fixes… Keep the receiver still.": (
        "Moyenne de la position : %1 positions sur %2… Gardez le récepteur immobile.",
        "A calcular a média da posição: %1 de %2 posições… Mantenha o recetor imóvel."),
    _L + "Mean of %1 fixes; %2 set aside as too far from the others.": (
        "Moyenne de %1 positions ; %2 écartée(s), trop loin des autres.",
        "Média de %1 posições; %2 posta(s) de parte, demasiado longe das outras."),
    _C + "outline %1 m²": ("contour %1 m²", "contorno %1 m²"),
    _C + "Outline of %1": ("Contour de %1", "Contorno de %1"),
    _S + "Fixes averaged": ("Positions moyennées", "Posições em média"),
    _S + "Good up to": ("Précision bonne jusqu'à", "Precisão boa até"),
    _S + "Fair up to": ("Précision moyenne jusqu'à", "Precisão razoável até"),
    _S + ("Capture waits until the accuracy is this good or better, unless you accept a worse fix. Without a GST "
          "error estimate from the receiver, accuracy is 2 × HDOP × the range error. Once it is, that many fixes "
          "are averaged into the position kept (1: no averaging)."): (
        "La capture attend une précision au moins aussi bonne, sauf si vous acceptez une position moins précise. "
        "Sans estimation d'erreur GST du récepteur, la précision vaut 2 × HDOP × l'erreur de distance. Ensuite, "
        "ce nombre de positions est moyenné pour la position gardée (1 : pas de moyenne).",
        "A captação espera até a precisão ser esta ou melhor, a não ser que aceite uma posição pior. Sem "
        "estimativa de erro GST do recetor, a precisão é 2 × HDOP × o erro de distância. Depois, esse número de "
        "posições é usado na média da posição guardada (1: sem média)."),
    "SyncWords|Object outline": ("Contour d'un bien", "Contorno de um bem"),
    "SyncWords|the server does not hold the object whose outline was drawn": (
        "le serveur n'a pas le bien dont le contour a été tracé",
        "o servidor não tem o bem cujo contorno foi desenhado"),
    _Q + "no fix": ("pas de position", "sem posição"),
    _Q + "2D": ("2D", "2D"),
    _Q + "3D": ("3D", "3D"),
    _Q + "DGPS": ("DGPS", "DGPS"),
    _Q + "satellites %1 in use / %2 in view": ("satellites %1 utilisés / %2 visibles",
                                                "satélites %1 em uso / %2 visíveis"),
    _Q + "satellites %1 in use": ("satellites %1 utilisés", "satélites %1 em uso"),
    _Q + "HDOP %1": ("HDOP %1", "HDOP %1"),
}
