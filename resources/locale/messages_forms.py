"""The census forms' messages (core/forms: the XLSForm loader, its refusals, the forms' store and
CLI), kept in their own file so they merge cleanly. Written into the `quittance` catalogues by:

    .venv/bin/python -m resources.locale.messages_forms

(which runs resources/locale/tools.py add_messages, then compiles). Edit the texts here, run it,
commit the .pot, .po and .mo files."""
from __future__ import annotations

import sys

from resources.locale.tools import add_messages

MESSAGES: dict[str, dict[str, str]] = {
    "form_refused": {
        "en": "Form refused ({where}): {reason}.",
        "fr": "Formulaire refusé ({where}) : {reason}.",
        "pt": "Formulário recusado ({where}): {reason}.",
    },
    "form_where_cell": {
        "en": "sheet {sheet}, row {row}, column {column}",
        "fr": "feuille {sheet}, ligne {row}, colonne {column}",
        "pt": "folha {sheet}, linha {row}, coluna {column}",
    },
    "form_where_row": {
        "en": "sheet {sheet}, row {row}",
        "fr": "feuille {sheet}, ligne {row}",
        "pt": "folha {sheet}, linha {row}",
    },
    "form_where_sheet": {
        "en": "sheet {sheet}",
        "fr": "feuille {sheet}",
        "pt": "folha {sheet}",
    },
    "form_where_file": {
        "en": "file {file}",
        "fr": "fichier {file}",
        "pt": "ficheiro {file}",
    },
    "form_reason_unreadable": {
        "en": "this is not an XLSForm workbook (.xlsx) that can be read ({detail})",
        "fr": "ce n'est pas un classeur XLSForm (.xlsx) lisible ({detail})",
        "pt": "não é um livro XLSForm (.xlsx) legível ({detail})",
    },
    "form_reason_pyxform": {
        "en": "the XLSForm is not valid: {detail}",
        "fr": "le XLSForm n'est pas valide : {detail}",
        "pt": "o XLSForm não é válido: {detail}",
    },
    "form_reason_type": {
        "en": "the question type '{type}' is not supported (text, integer, decimal, select_one, "
              "select_multiple, date, time, geopoint, geotrace, geoshape, image, barcode, note, calculate, "
              "groups and repeats are)",
        "fr": "le type de question « {type} » n'est pas pris en charge (text, integer, decimal, select_one, "
              "select_multiple, date, time, geopoint, geotrace, geoshape, image, barcode, note, calculate, "
              "groupes et répétitions le sont)",
        "pt": "o tipo de pergunta «{type}» não é suportado (text, integer, decimal, select_one, "
              "select_multiple, date, time, geopoint, geotrace, geoshape, image, barcode, note, calculate, "
              "grupos e repetições são)",
    },
    "form_reason_expression": {
        "en": "'{expression}' uses what Quittance does not evaluate: {items}",
        "fr": "« {expression} » utilise ce que Quittance n'évalue pas : {items}",
        "pt": "«{expression}» usa o que o Quittance não avalia: {items}",
    },
    "form_reason_reference": {
        "en": "the reference to '{name}' names no question of the form",
        "fr": "la référence à « {name} » ne désigne aucune question du formulaire",
        "pt": "a referência a «{name}» não designa nenhuma pergunta do formulário",
    },
    "form_reason_title_languages": {
        "en": "the form title takes one language (keep the form_title column, without {column})",
        "fr": "le titre du formulaire tient en une langue (gardez la colonne form_title, sans {column})",
        "pt": "o título do formulário tem uma só língua (mantenha a coluna form_title, sem {column})",
    },
    "form_reason_circle": {
        "en": "this calculation and the ones it reads depend on each other in a circle",
        "fr": "ce calcul et ceux qu'il lit dépendent les uns des autres en cercle",
        "pt": "este cálculo e os que lê dependem uns dos outros em círculo",
    },
    "form_reason_unrunnable": {
        "en": "'{expression}' cannot be evaluated: {detail}",
        "fr": "« {expression} » ne peut pas être évalué : {detail}",
        "pt": "«{expression}» não pode ser avaliado: {detail}",
    },
    "form_reason_filter_column": {
        "en": "the choice filter reads the column '{name}', which the choices sheet does not have",
        "fr": "le filtre de choix lit la colonne « {name} », que la feuille choices n'a pas",
        "pt": "o filtro de escolhas lê a coluna «{name}», que a folha choices não tem",
    },
    "form_reason_read_only": {
        "en": "read_only takes yes or no, not '{value}'",
        "fr": "read_only vaut yes ou no, pas « {value} »",
        "pt": "read_only aceita yes ou no, não «{value}»",
    },
    "form_reason_version": {
        "en": "the settings sheet gives no version (each published form is versioned)",
        "fr": "la feuille settings ne donne pas de version (chaque formulaire publié a une version)",
        "pt": "a folha settings não indica versão (cada formulário publicado tem uma versão)",
    },
    "form_reason_column": {
        "en": "the column {column} is not supported (media and triggers)",
        "fr": "la colonne {column} n'est pas prise en charge (médias et déclencheurs)",
        "pt": "a coluna {column} não é suportada (multimédia e acionadores)",
    },
    "form_census_unknown": {
        "en": "'{value}' is not a census declaration (taxpayer.FIELD or object.FIELD on a question, "
              "object:KIND on a repeat)",
        "fr": "« {value} » n'est pas une déclaration de recensement (taxpayer.CHAMP ou object.CHAMP sur une "
              "question, object:TYPE sur une répétition)",
        "pt": "«{value}» não é uma declaração de recenseamento (taxpayer.CAMPO ou object.CAMPO numa pergunta, "
              "object:TIPO numa repetição)",
    },
    "form_census_twice": {
        "en": "'{value}' is declared twice",
        "fr": "« {value} » est déclaré deux fois",
        "pt": "«{value}» está declarado duas vezes",
    },
    "form_census_repeat": {
        "en": "'{value}' goes on a begin_repeat or begin_group row that is not inside a repeat",
        "fr": "« {value} » se met sur une ligne begin_repeat ou begin_group qui n'est pas dans une répétition",
        "pt": "«{value}» vai numa linha begin_repeat ou begin_group que não está dentro de uma repetição",
    },
    "form_census_kind": {
        "en": "'{kind}' is not a kind of taxable object ({kinds})",
        "fr": "« {kind} » n'est pas un type d'objet imposable ({kinds})",
        "pt": "«{kind}» não é um tipo de objeto tributável ({kinds})",
    },
    "form_census_in_repeat": {
        "en": "'{value}' cannot be inside a repeat: a submission has one taxpayer",
        "fr": "« {value} » ne peut pas être dans une répétition : une soumission a un seul contribuable",
        "pt": "«{value}» não pode estar dentro de uma repetição: uma submissão tem um só contribuinte",
    },
    "form_census_outside": {
        "en": "'{value}' must be a question in the repeat or group declared object:KIND (not in a repeat "
              "nested in it)",
        "fr": "« {value} » doit être une question de la répétition ou du groupe déclaré object:TYPE (pas d'une "
              "répétition à l'intérieur)",
        "pt": "«{value}» deve ser uma pergunta da repetição ou do grupo declarado object:TIPO (não de uma "
              "repetição lá dentro)",
    },
    "form_census_location": {
        "en": "'{value}': taxpayer.location goes on a geopoint question, and only there",
        "fr": "« {value} » : taxpayer.location se met sur une question geopoint, et seulement là",
        "pt": "«{value}»: taxpayer.location vai numa pergunta geopoint, e só aí",
    },
    "form_census_who": {
        "en": "a form with census declarations needs a question declared taxpayer.name or taxpayer.id",
        "fr": "un formulaire avec des déclarations de recensement a besoin d'une question taxpayer.name ou "
              "taxpayer.id",
        "pt": "um formulário com declarações de recenseamento precisa de uma pergunta taxpayer.name ou "
              "taxpayer.id",
    },
    "form_census_reference": {
        "en": "the repeat declared '{value}' needs a question declared object.reference",
        "fr": "la répétition déclarée « {value} » a besoin d'une question object.reference",
        "pt": "a repetição declarada «{value}» precisa de uma pergunta object.reference",
    },
    "form_format_unknown": {
        "en": "This form definition is in a format this version of Quittance does not read ({format}): "
              "update the app.",
        "fr": "Cette définition de formulaire est dans un format que cette version de Quittance ne lit pas "
              "({format}) : mettez l'application à jour.",
        "pt": "Esta definição de formulário está num formato que esta versão do Quittance não lê ({format}): "
              "atualize a aplicação.",
    },
    "form_version_exists": {
        "en": "The form {form_id} version {version} is already on this device with other content: "
              "raise the version in the settings sheet.",
        "fr": "Le formulaire {form_id} version {version} est déjà sur cet appareil avec un autre contenu : "
              "augmentez la version dans la feuille settings.",
        "pt": "O formulário {form_id} versão {version} já está neste dispositivo com outro conteúdo: "
              "aumente a versão na folha settings.",
    },
    "form_unknown": {
        "en": "No form {form_id} {version} on this device.",
        "fr": "Aucun formulaire {form_id} {version} sur cet appareil.",
        "pt": "Nenhum formulário {form_id} {version} neste dispositivo.",
    },
    "cli_form_imported": {
        "en": "Form {form_id} imported: {title}, version {version}, {questions} questions.",
        "fr": "Formulaire {form_id} importé : {title}, version {version}, {questions} questions.",
        "pt": "Formulário {form_id} importado: {title}, versão {version}, {questions} perguntas.",
    },
    "cli_form_already": {
        "en": "Form {form_id} version {version} was already on this device: {title}, {questions} questions.",
        "fr": "Le formulaire {form_id} version {version} était déjà sur cet appareil : {title}, "
              "{questions} questions.",
        "pt": "O formulário {form_id} versão {version} já estava neste dispositivo: {title}, "
              "{questions} perguntas.",
    },
    "cli_no_forms": {
        "en": "No forms on this device.",
        "fr": "Aucun formulaire sur cet appareil.",
        "pt": "Nenhum formulário neste dispositivo.",
    },
    "cli_form_origin_local": {"en": "imported here", "fr": "importé ici", "pt": "importado aqui"},
    "cli_form_origin_server": {"en": "from the server", "fr": "du serveur", "pt": "do servidor"},
}


def main() -> int:
    written = add_messages("quittance", MESSAGES)
    print(f"{len(written)} form messages written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
