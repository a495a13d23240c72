"""The messages of positions and polygons (core/cli_gnss.py, core/geometry.py, core/registry.py's
shapes), kept here so that adding them again is one command:

    .venv/bin/python -m resources.locale.messages_positions

It writes them into resources/locale (quittance.pot and every .po) and compiles the .mo files."""
from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "polygon_invalid": {
        "en": "This outline is not a valid polygon: check its vertices.",
        "fr": "Ce contour n'est pas un polygone valide : vérifiez ses sommets.",
        "pt": "Este contorno não é um polígono válido: verifique os seus vértices.",
    },
    "polygon_too_few_vertices": {
        "en": "An outline needs at least three distinct vertices.",
        "fr": "Un contour doit avoir au moins trois sommets distincts.",
        "pt": "Um contorno precisa de pelo menos três vértices distintos.",
    },
    "polygon_self_intersects": {
        "en": "The outline crosses itself (sides {first} and {second}): move or remove a vertex so that "
              "no sides cross.",
        "fr": "Le contour se croise (côtés {first} et {second}) : déplacez ou retirez un sommet pour "
              "qu'aucun côté n'en croise un autre.",
        "pt": "O contorno cruza-se a si próprio (lados {first} e {second}): mova ou retire um vértice "
              "para que nenhum lado se cruze.",
    },
    "gnss_fix_none": {"en": "no fix", "fr": "pas de position", "pt": "sem posição"},
    "gnss_fix_2d": {"en": "2D", "fr": "2D", "pt": "2D"},
    "gnss_fix_3d": {"en": "3D", "fr": "3D", "pt": "3D"},
    "gnss_fix_dgps": {"en": "DGPS", "fr": "DGPS", "pt": "DGPS"},
    "gnss_fix_rtk_float": {"en": "RTK float", "fr": "RTK flottant", "pt": "RTK flutuante"},
    "gnss_fix_rtk_fixed": {"en": "RTK fixed", "fr": "RTK fixe", "pt": "RTK fixo"},
    "gnss_accuracy_unknown": {"en": "accuracy unknown", "fr": "précision inconnue", "pt": "precisão desconhecida"},
    "gnss_line_fix": {
        "en": "{time}  {latitude}, {longitude}  {accuracy}  {kind}  satellites {used}/{view}  HDOP {hdop}",
        "fr": "{time}  {latitude}, {longitude}  {accuracy}  {kind}  satellites {used}/{view}  HDOP {hdop}",
        "pt": "{time}  {latitude}, {longitude}  {accuracy}  {kind}  satélites {used}/{view}  HDOP {hdop}",
    },
    "gnss_line_no_fix": {
        "en": "{time}  NO FIX  satellites {used}/{view}",
        "fr": "{time}  PAS DE POSITION  satellites {used}/{view}",
        "pt": "{time}  SEM POSIÇÃO  satélites {used}/{view}",
    },
    "gnss_no_fix": {
        "en": "The receiver has no fix: {epochs} epochs read, none with a position. Take it outside, away "
              "from walls, and wait for satellites.",
        "fr": "Le récepteur n'a pas de position : {epochs} époques lues, aucune avec une position. "
              "Sortez-le, loin des murs, et attendez les satellites.",
        "pt": "O recetor não tem posição: {epochs} épocas lidas, nenhuma com posição. Leve-o para fora, "
              "longe das paredes, e aguarde os satélites.",
    },
    "gnss_no_data": {
        "en": "No NMEA sentence was read: check the port, its speed (--baud) and that the receiver is on.",
        "fr": "Aucune phrase NMEA lue : vérifiez le port, sa vitesse (--baud) et que le récepteur est allumé.",
        "pt": "Nenhuma frase NMEA lida: verifique a porta, a sua velocidade (--baud) e se o recetor está ligado.",
    },
    "gnss_bad_checksums": {
        "en": "{count} sentences had a wrong checksum and were ignored.",
        "fr": "{count} phrases avaient une somme de contrôle fausse et ont été ignorées.",
        "pt": "{count} frases tinham uma soma de verificação errada e foram ignoradas.",
    },
    "gnss_averaged": {
        "en": "Averaged point: {latitude}, {longitude}  spread ± {spread} m ({used} fixes used, "
              "{discarded} discarded beyond {cut} m)",
        "fr": "Point moyen : {latitude}, {longitude}  dispersion ± {spread} m ({used} positions retenues, "
              "{discarded} écartées au-delà de {cut} m)",
        "pt": "Ponto médio: {latitude}, {longitude}  dispersão ± {spread} m ({used} posições usadas, "
              "{discarded} descartadas além de {cut} m)",
    },
    "gnss_average_incomplete": {
        "en": "Only {got} of the {wanted} fixes asked for were received.",
        "fr": "Seules {got} des {wanted} positions demandées ont été reçues.",
        "pt": "Só foram recebidas {got} das {wanted} posições pedidas.",
    },
    "gnss_count_invalid": {
        "en": "--average and --count take a number of 1 or more.",
        "fr": "--average et --count prennent un nombre supérieur ou égal à 1.",
        "pt": "--average e --count recebem um número igual ou superior a 1.",
    },
    "gnss_port_unreadable": {
        "en": "Cannot read the GNSS receiver on {port} ({error}). Check that it is on and paired, and the port.",
        "fr": "Impossible de lire le récepteur GNSS sur {port} ({error}). Vérifiez qu'il est allumé et "
              "appairé, et le port.",
        "pt": "Não é possível ler o recetor GNSS em {port} ({error}). Verifique se está ligado e emparelhado, "
              "e a porta.",
    },
    "gnss_log_unreadable": {
        "en": "Cannot read the NMEA log {path}: {error}.",
        "fr": "Impossible de lire le journal NMEA {path} : {error}.",
        "pt": "Não é possível ler o registo NMEA {path}: {error}.",
    },
}


def main() -> None:
    from resources.locale.tools import add_messages

    print(f"{len(add_messages('quittance', MESSAGES))} messages written")


if __name__ == "__main__":
    main()
