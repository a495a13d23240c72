"""French and Portuguese for the census screens (issue 12, desktop/forms/), merged into
catalogue.FR_PT. Same keys as there: the English source, or "Context|source". The forms' own
labels, hints and messages come from the forms, never from here."""
from __future__ import annotations

CENSUS_FR_PT: dict[str, tuple[str, str]] = {
    # On the rail, cut where Portuguese cuts the word: at 12 pt it is wider than the rail.
    "Rail|Census": ("Recensement", "Recensea-\nmento"),
    "Census form": ("Formulaire de recensement", "Formulário de recenseamento"),
    # -- the list -------------------------------------------------------------------------------
    "Forms on this device": ("Formulaires sur cet appareil", "Formulários neste aparelho"),
    "Version %1 · questions: %2": ("Version %1 · questions : %2", "Versão %1 · perguntas: %2"),
    "New submission": ("Nouvelle saisie", "Novo preenchimento"),
    "No form on this device yet. Forms arrive with the synchronisation, or are imported with "
    "“quittance form import”.": (
        "Aucun formulaire sur cet appareil. Les formulaires arrivent avec la synchronisation, ou sont "
        "importés avec « quittance form import ».",
        "Ainda não há formulários neste aparelho. Os formulários chegam com a sincronização, ou são "
        "importados com «quittance form import»."),
    "Drafts in progress": ("Brouillons en cours", "Rascunhos em curso"),
    "No draft in progress.": ("Aucun brouillon en cours.", "Nenhum rascunho em curso."),
    "Started %1 · saved %2": ("Commencé le %1 · enregistré le %2", "Iniciado em %1 · guardado em %2"),
    "Resume": ("Reprendre", "Retomar"),
    "Discard": ("Abandonner", "Descartar"),
    "Discard this draft?": ("Abandonner ce brouillon ?", "Descartar este rascunho?"),
    "The answers given to “%1” since %2 will be lost.": (
        "Les réponses données à « %1 » depuis le %2 seront perdues.",
        "As respostas dadas a «%1» desde %2 serão perdidas."),
    "Discard the draft": ("Abandonner le brouillon", "Descartar o rascunho"),
    "Keep it": ("Le garder", "Mantê-lo"),
    "Opening the form": ("Ouverture du formulaire", "A abrir o formulário"),
    "Choose the form: the submission will be linked to this taxpayer.": (
        "Choisissez le formulaire : la saisie sera liée à ce contribuable.",
        "Escolha o formulário: o preenchimento ficará ligado a este contribuinte."),
    "Submission recorded. It is sent with the next synchronisation.": (
        "Saisie enregistrée. Elle sera envoyée à la prochaine synchronisation.",
        "Preenchimento registado. Será enviado na próxima sincronização."),
    "Census form: next / previous page": ("Formulaire de recensement : page suivante / précédente",
                                         "Formulário de recenseamento: página seguinte / anterior"),
    # -- the entry screen -----------------------------------------------------------------------
    "Questions": ("Questions", "Perguntas"),
    "Save and close": ("Enregistrer et fermer", "Guardar e fechar"),
    "Next": ("Suivant", "Seguinte"),
    "Finish": ("Terminer", "Terminar"),
    "Page %1 of %2": ("Page %1 sur %2", "Página %1 de %2"),
    "Summary": ("Récapitulatif", "Resumo"),
    "Answers to give or correct before submitting: %1.": (
        "Réponses à donner ou à corriger avant d'envoyer : %1.",
        "Respostas a dar ou a corrigir antes de submeter: %1."),
    "Remove %1?": ("Retirer %1 ?", "Remover %1?"),
    "The answers of %1 will be removed from this form.": (
        "Les réponses de %1 seront retirées de ce formulaire.",
        "As respostas de %1 serão removidas deste formulário."),
    "Keep": ("Garder", "Manter"),
    "Recorded: %1": ("Enregistrés : %1", "Registados: %1"),
    "RepeatSheet|Open": ("Ouvrir", "Abrir"),
    "Add another: %1": ("En ajouter un autre : %1", "Adicionar outro: %1"),
    "Add: %1": ("Ajouter : %1", "Adicionar: %1"),
    "Tap Next when there are no more.": ("Touchez Suivant quand il n'y en a plus.",
                                         "Toque em Seguinte quando não houver mais."),
    "%1 of %2 questions answered.": ("%1 questions répondues sur %2.", "%1 de %2 perguntas respondidas."),
    "No answer is missing or wrong. Submitting records the form on this device; it is sent with the next "
    "synchronisation.": (
        "Aucune réponse ne manque ni n'est fausse. L'envoi enregistre le formulaire sur cet appareil ; il part "
        "avec la prochaine synchronisation.",
        "Nenhuma resposta falta nem está errada. Submeter regista o formulário neste aparelho; segue com a "
        "próxima sincronização."),
    "Correct these answers before submitting.": ("Corrigez ces réponses avant d'envoyer.",
                                                 "Corrija estas respostas antes de submeter."),
    "Submit": ("Envoyer", "Submeter"),
    # -- the inputs -----------------------------------------------------------------------------
    "Type the code written under the bars": ("Saisissez le code écrit sous les barres",
                                             "Escreva o código escrito por baixo das barras"),
    "A whole number": ("Un nombre entier", "Um número inteiro"),
    "A number": ("Un nombre", "Um número"),
    "Clear": ("Effacer", "Limpar"),
    "Now": ("Maintenant", "Agora"),
    "DateInput|Today": ("Aujourd'hui", "Hoje"),
    "Points: %1": ("Points : %1", "Pontos: %1"),
    "Next point": ("Point suivant", "Ponto seguinte"),
    "Add this point": ("Ajouter ce point", "Adicionar este ponto"),
    "Remove the selected point": ("Retirer le point choisi", "Remover o ponto escolhido"),
    "Draw on the map": ("Dessiner sur la carte", "Desenhar no mapa"),
    "Choose a picture": ("Choisir une photo", "Escolher uma fotografia"),
    "Pictures (*.jpg *.jpeg *.png)": ("Photos (*.jpg *.jpeg *.png)", "Fotografias (*.jpg *.jpeg *.png)"),
    "Choose a picture…": ("Choisir une photo…", "Escolher uma fotografia…"),
    "Take a photo": ("Prendre une photo", "Tirar uma fotografia"),
    "No picture yet.": ("Pas encore de photo.", "Ainda sem fotografia."),
    "Take": ("Prendre", "Tirar"),
}
