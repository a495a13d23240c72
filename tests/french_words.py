"""French words that must never reach an English or Portuguese user (issue 9), and the finder
the leak tests share: whole words, case-insensitive, with the proper nouns and the people's own
data (names, addresses, business names) taken out first, since those are not the app's words."""
from __future__ import annotations

import re
from functools import lru_cache

# Words of the app's French that are not words of English or Portuguese. Function words are the
# best detectors (a sentence left in French always has some); the rest are the app's vocabulary:
# taxes, periods, methods, statuses, buttons, screens.
FRENCH_WORDS = (
    # function words and common verbs
    "les", "des", "une", "aux", "du", "au", "et", "avec", "dans", "sans", "sur", "pour", "par", "ou", "où",
    "est", "sont", "être", "vous", "votre", "vos", "nous", "cette", "ces", "aucun", "aucune", "pas", "plus",
    "déjà", "encore", "puis", "avant", "après", "depuis", "jusqu'à", "été", "fait",
    # actions
    "Annuler", "Enregistrer", "Rechercher", "Valider", "Fermer", "Ouvrir", "Imprimer", "Réimprimer",
    "Modifier", "Supprimer", "Effacer", "Confirmer", "Continuer", "Envoyer", "Réessayer", "Réessayez",
    "Vérifier", "Vérifiez", "Saisir", "Saisissez", "Retour", "Suivant", "Précédent", "Oui", "Synchroniser",
    "Déconnexion", "Connexion", "Capturer",
    # the domain
    "Reçu", "Reçus", "reçu", "Contribuable", "Contribuables", "Montant", "Taxe", "Taxes", "Patente",
    "Droit de place", "Impôt", "foncier", "Vignette", "affichage", "Espèces", "Paiement", "Paiements",
    "Séance", "Caisse", "Solde", "Reste à payer", "Arriérés", "arriéré", "Avance", "Période", "Motif",
    "Annulé", "Annulée", "ANNULÉ", "Imprimante", "Appareil", "Horloge", "Paramètres", "Accueil",
    "Nouveau", "Nouvelle", "Adresse", "Téléphone", "Nom", "Prénom", "Raison sociale", "Parcelle",
    "Véhicule", "Panneau", "Personne", "Entreprise", "Coordonnées", "Précision", "Récepteur", "Fonds",
    "mensuelle", "mensuel", "annuelle", "annuel", "journalière", "ponctuelle", "aujourd'hui", "émis",
    # refusals
    "Erreur", "impossible", "introuvable", "obligatoire", "invalide", "inconnu", "inconnue", "Veuillez",
    # examples
    "mairie", "recettes", "exemple", "par ex",
    # period formats
    "AAAA", "JJ",
)

# A word of this list that is also a word of the language it is checked in.
_ALSO_IN = {
    "en": {"impossible", "pour", "plus", "encore", "par", "Motif", "Vignette", "Taxes"},
    "pt": {"AAAA", "ou", "vos", "par", "Avance"},  # AAAA: ano in Portuguese too (the format AAAA-MM-DD)
}

# Proper nouns and words every language keeps as they are.
ALLOWED = ("Quittance", "Kananga", "Commune de Kananga", "Français", "Mobile money")


@lru_cache(maxsize=None)
def _pattern(language: str) -> re.Pattern[str]:
    words = sorted({w for w in FRENCH_WORDS if w not in _ALSO_IN.get(language, set())}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=None)
def people_data() -> tuple[str, ...]:
    """What agents type about people and places (demo names, zones, addresses, business names):
    shown as typed in every language, so never a leak."""
    from core import seed

    data: set[str] = set(ALLOWED)
    data.update(seed.FIRST_NAMES, seed.LAST_NAMES, seed.BUSINESS_WORDS, seed.BUSINESS_SUFFIXES, seed.LANDMARKS)
    data.update(name for _, name in seed.ZONES)
    return tuple(sorted(data, key=len, reverse=True))


def french_words_in(text: str, language: str, allowed: tuple[str, ...] = ()) -> list[str]:
    """The French words in `text`, once its allowed names and people's data are blanked out."""
    for name in (*allowed, *people_data()):
        if name:
            text = text.replace(name, " ")
    return [match.group(0) for match in _pattern(language).finditer(text)]


# French typography: a space before a colon, semicolon, "!" or "?", and (in English) guillemets.
_TYPOGRAPHY = {"en": re.compile(r"(?<=\w) [:;!?](?=\s|$)|[«»]"), "pt": re.compile(r"(?<=\w) [:;!?](?=\s|$)")}


def french_typography_in(text: str, language: str, allowed: tuple[str, ...] = ()) -> list[str]:
    """French punctuation ("Agent : Ilunga") in a text meant for `language`."""
    for name in (*allowed, *people_data()):
        if name:
            text = text.replace(name, "N")  # a name stays a word: "Quittance: table" is not " : "
    return [match.group(0) for match in _TYPOGRAPHY[language].finditer(text)]
