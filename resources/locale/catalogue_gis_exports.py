"""Messages of the GIS exports (core/export.py export_map, `quittance export --format gpkg|geojson`).

Kept here as the source, so that a merge which conflicts in the .po files can add them again:

    .venv/bin/python -m resources.locale.catalogue_gis_exports && .venv/bin/python -m resources.locale.update
"""
from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "export_format_unfit": {
        "en": "{what} cannot be exported as {format}: choose --format {formats}. Nothing was written.",
        "fr": "« {what} » ne s'exporte pas en {format} : choisissez --format {formats}. Rien n'a été écrit.",
        "pt": "«{what}» não se exporta em {format}: escolha --format {formats}. Nada foi escrito.",
    },
    "export_not_a_file": {
        "en": "{path} is not a file: a GeoPackage is a database, written to a file (not to a pipe or a device). "
              "Choose a file name ending in .gpkg.",
        "fr": "{path} n'est pas un fichier : un GeoPackage est une base de données, écrite dans un fichier (pas "
              "dans un tube ni un périphérique). Choisissez un nom de fichier en .gpkg.",
        "pt": "{path} não é um ficheiro: um GeoPackage é uma base de dados, escrita num ficheiro (não num pipe nem "
              "num dispositivo). Escolha um nome de ficheiro terminado em .gpkg.",
    },
    "cli_export_skipped": {
        "en": "{count} taxable object(s) without a polygon left out of the map.",
        "fr": "{count} objet(s) imposable(s) sans polygone laissé(s) hors de la carte.",
        "pt": "{count} objeto(s) tributável(eis) sem polígono deixado(s) fora do mapa.",
    },
}


if __name__ == "__main__":
    from resources.locale.tools import add_messages

    print(", ".join(add_messages("quittance", MESSAGES)))
