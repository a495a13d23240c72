"""Messages added by the census review (forms that cannot be opened), kept here as the source so a
merge that conflicts in the .po files can add them again:

    .venv/bin/python -m resources.locale.catalogue_census_attack && .venv/bin/python -m resources.locale.update
"""
from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "form_reason_missing": {
        "en": "there is no such file",
        "fr": "ce fichier n'existe pas",
        "pt": "este ficheiro não existe",
    },
    "form_reason_not_a_file": {
        "en": "this is a folder, not an XLSForm workbook (.xlsx)",
        "fr": "c'est un dossier, pas un classeur XLSForm (.xlsx)",
        "pt": "é uma pasta, não um livro XLSForm (.xlsx)",
    },
    "form_reason_damaged": {
        "en": "the file is empty or damaged: it does not open as an Excel workbook (.xlsx); save it again from "
              "the spreadsheet",
        "fr": "le fichier est vide ou abîmé : il ne s'ouvre pas comme un classeur Excel (.xlsx) ; "
              "enregistrez-le de nouveau depuis le tableur",
        "pt": "o ficheiro está vazio ou danificado: não abre como um livro Excel (.xlsx); guarde-o de novo "
              "a partir da folha de cálculo",
    },
    "draft_damaged": {
        "en": "The saved answers of this draft are damaged and it cannot be reopened. Discard it and start the "
              "form again.",
        "fr": "Les réponses enregistrées de ce brouillon sont abîmées : il ne peut pas être rouvert. "
              "Abandonnez-le et recommencez le formulaire.",
        "pt": "As respostas guardadas deste rascunho estão danificadas e não pode ser reaberto. Descarte-o e "
              "recomece o formulário.",
    },
    "gnss_uere_invalid": {
        "en": "--uere takes a number of metres above 0 and at most {most} (5 suits most receivers).",
        "fr": "--uere prend un nombre de mètres supérieur à 0 et d'au plus {most} (5 convient à la plupart des "
              "récepteurs).",
        "pt": "--uere aceita um número de metros acima de 0 e no máximo {most} (5 serve para a maioria dos "
              "recetores).",
    },
    "gnss_no_data_file": {
        "en": "{path} holds no NMEA sentence: it is empty, or not a GNSS receiver's log.",
        "fr": "{path} ne contient aucune phrase NMEA : il est vide, ou ce n'est pas le journal d'un récepteur GNSS.",
        "pt": "{path} não contém nenhuma frase NMEA: está vazio, ou não é o registo de um recetor GNSS.",
    },
    "form_damaged": {
        "en": "The definition of form {form_id} version {version} on this device is damaged. Run "
              "“quittance verify” and call your supervisor.",
        "fr": "La définition du formulaire {form_id} version {version} sur cet appareil est abîmée. Lancez "
              "« quittance verify » et appelez votre superviseur.",
        "pt": "A definição do formulário {form_id} versão {version} neste dispositivo está danificada. Execute "
              "«quittance verify» e chame o seu supervisor.",
    },
}


if __name__ == "__main__":
    from resources.locale.tools import add_messages

    print(", ".join(add_messages("quittance", MESSAGES)))
