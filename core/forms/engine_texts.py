"""The engine's own messages, in the app's three languages (a form's constraint_message and
required_message win when the form gives them)."""
from __future__ import annotations

from core.forms.model import Texts

REQUIRED: Texts = {"fr": "Cette question est obligatoire.", "en": "This question is required.",
                   "pt": "Esta pergunta é obrigatória."}
CONSTRAINT: Texts = {"fr": "Cette réponse n'est pas acceptée.", "en": "This answer is not accepted.",
                     "pt": "Esta resposta não é aceite."}
INTEGER: Texts = {"fr": "Entrez un nombre entier, sans virgule ni espace (par exemple 12).",
                  "en": "Enter a whole number, with no comma or space (for example 12).",
                  "pt": "Introduza um número inteiro, sem vírgula nem espaço (por exemplo 12)."}
DECIMAL: Texts = {"fr": "Entrez un nombre, avec un point pour les décimales (par exemple 12.5).",
                  "en": "Enter a number, with a point for decimals (for example 12.5).",
                  "pt": "Introduza um número, com um ponto para as decimais (por exemplo 12.5)."}
DATE: Texts = {"fr": "Entrez une date réelle au format AAAA-MM-JJ.",
               "en": "Enter a real date as YYYY-MM-DD.",
               "pt": "Introduza uma data real no formato AAAA-MM-DD."}
TIME: Texts = {"fr": "Entrez une heure au format HH:MM.", "en": "Enter a time as HH:MM.",
               "pt": "Introduza uma hora no formato HH:MM."}
GEOPOINT: Texts = {"fr": "Ce point n'est pas valide (latitude entre -90 et 90, longitude entre -180 et 180).",
                   "en": "This point is not valid (latitude between -90 and 90, longitude between -180 and 180).",
                   "pt": "Este ponto não é válido (latitude entre -90 e 90, longitude entre -180 e 180)."}
GEOSHAPE: Texts = {"fr": "Cette forme n'est pas valide : il faut des points valides, séparés par « ; ».",
                   "en": "This shape is not valid: it needs valid points separated by \";\".",
                   "pt": "Esta forma não é válida: precisa de pontos válidos separados por \";\"."}
CHOICE: Texts = {"fr": "Ce choix ne fait pas partie de la liste.", "en": "This choice is not in the list.",
                 "pt": "Esta opção não faz parte da lista."}
