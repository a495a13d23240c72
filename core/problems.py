"""What `verify` can find wrong, in the supervisor's language (en, fr, pt)."""
from __future__ import annotations

from dataclasses import dataclass

_PROBLEMS: dict[str, tuple[str, str, str]] = {
    "event_missing": ("missing (next stored event is #{next})", "manquant (l'événement suivant conservé est le n° {next})",
                      "em falta (o evento seguinte guardado é o n.º {next})"),
    "prev_hash": ("prev_hash does not match the previous event's hash",
                  "prev_hash ne correspond pas au hash de l'événement précédent",
                  "prev_hash não corresponde ao hash do evento anterior"),
    "hash": ("hash does not match its payload (edited)", "le hash ne correspond pas au contenu (modifié)",
             "o hash não corresponde ao conteúdo (alterado)"),
    "not_json": ("payload is not JSON", "contenu illisible (pas du JSON)", "conteúdo ilegível (não é JSON)"),
    "reordered": ("stored seq/type/id differ from the hashed payload (reordered)",
                  "seq/type/id enregistrés diffèrent du contenu haché (réordonné)",
                  "seq/type/id guardados diferem do conteúdo com hash (reordenado)"),
    "event_columns": ("stored device time or entity differ from the hashed payload (edited)",
                      "l'heure ou l'entité enregistrées diffèrent du contenu haché (modifiées)",
                      "a hora ou a entidade guardadas diferem do conteúdo com hash (alteradas)"),
    "no_genesis": ("the first event is not the device's initialisation",
                   "le premier événement n'est pas l'initialisation de l'appareil",
                   "o primeiro evento não é a inicialização do aparelho"),
    "chain_signature": ("the signature of the newest event is not the device key's: events were rewritten "
                        "without the key",
                        "la signature du dernier événement n'est pas celle de la clé de l'appareil : des "
                        "événements ont été réécrits sans la clé",
                        "a assinatura do último evento não é a da chave do aparelho: eventos foram reescritos "
                        "sem a chave"),
    "event_signature": ("its signature does not match its content: rewritten without the key",
                        "sa signature ne correspond pas à son contenu : réécrit sans la clé",
                        "a assinatura não corresponde ao conteúdo: reescrito sem a chave"),
    "key_mismatch": ("the signing key in the settings is not the one recorded in the device's first event",
                     "la clé de signature des paramètres n'est pas celle inscrite au premier événement de l'appareil",
                     "a chave de assinatura das definições não é a registada no primeiro evento do aparelho"),
    "no_projection": ("event type {type} is unknown to this version", "type d'événement {type} inconnu de cette "
                      "version", "tipo de evento {type} desconhecido nesta versão"),
    "replay_failed": ("the event cannot be replayed ({error})", "l'événement ne peut être rejoué ({error})",
                      "o evento não pode ser reproduzido ({error})"),
    "row_differs": ("table {table}, row {row}: column {column} differs from the event log (edited)",
                    "table {table}, ligne {row} : la colonne {column} diffère du journal (modifiée)",
                    "tabela {table}, linha {row}: a coluna {column} difere do diário (alterada)"),
    "row_missing": ("table {table}, row {row}: written by the event log but missing (deleted)",
                    "table {table}, ligne {row} : inscrite au journal mais absente (supprimée)",
                    "tabela {table}, linha {row}: registada no diário mas ausente (apagada)"),
    "row_not_in_log": ("table {table}, row {row}: written by no event (inserted)",
                       "table {table}, ligne {row} : écrite par aucun événement (insérée)",
                       "tabela {table}, linha {row}: escrita por nenhum evento (inserida)"),
    "origin_flipped": ("table {table}, row {row}: made on this device, but its row says it came from the server",
                       "table {table}, ligne {row} : créée sur cet appareil, mais sa ligne la dit venue du serveur",
                       "tabela {table}, linha {row}: criada neste aparelho, mas a linha diz que veio do servidor"),
    "token_mismatch": ("receipt {receipt_no}: token does not match the payment",
                       "reçu {receipt_no} : le jeton signé ne correspond pas au paiement",
                       "recibo {receipt_no}: o token assinado não corresponde ao pagamento"),
    "number_missing": ("receipt number {receipt_no} is missing", "le numéro de reçu {receipt_no} manque",
                       "falta o número de recibo {receipt_no}"),
    "anchor_unsigned": ("{anchor} is not signed by this device's key", "{anchor} n'est pas signé par la clé de "
                        "cet appareil", "{anchor} não está assinado pela chave deste aparelho"),
    "anchor_rewritten": ("{anchor} does not match the ledger's event (rewritten)",
                         "{anchor} ne correspond pas à l'événement du registre (réécrit)",
                         "{anchor} não corresponde ao evento do registo (reescrito)"),
    "truncated_head": ("a Z-report printed at closing shows event #{at}, but the ledger ends at #{last}: "
                       "events were cut off",
                       "un rapport Z imprimé à la clôture montre l'événement n° {at}, mais le registre s'arrête "
                       "au n° {last} : des événements ont été retranchés",
                       "um relatório Z impresso no fecho mostra o evento n.º {at}, mas o registo termina no "
                       "n.º {last}: foram cortados eventos"),
    "truncated_receipt": ("receipt {receipt_no} was recorded at event #{at}, but the ledger ends at #{last}: "
                          "events were cut off",
                          "le reçu {receipt_no} a été enregistré à l'événement n° {at}, mais le registre s'arrête "
                          "au n° {last} : des événements ont été retranchés",
                          "o recibo {receipt_no} foi registado no evento n.º {at}, mas o registo termina no "
                          "n.º {last}: foram cortados eventos"),
    # Checked outside the chain: the device's settings and its high-water mark (redteam review).
    "identity_mismatch": ("the device's {field} in the settings ({found}) is not the one recorded in its first event "
                          "({recorded})",
                          "{field} de l'appareil dans les paramètres ({found}) n'est pas celui inscrit à son premier "
                          "événement ({recorded})",
                          "{field} do aparelho nas definições ({found}) não é o registado no seu primeiro evento "
                          "({recorded})"),
    "key_unreadable": ("the signing key in the settings is missing or unreadable",
                       "la clé de signature des paramètres est absente ou illisible",
                       "a chave de assinatura das definições está ausente ou ilegível"),
    "behind_mark": ("events #{first} to #{last} ({count}) are missing: this device's high-water mark says it "
                    "recorded them, so this file is an older copy or was cut short",
                    "il manque les événements n° {first} à {last} ({count}) : la marque de l'appareil dit qu'il les "
                    "a enregistrés, ce fichier est donc une copie plus ancienne ou a été tronqué",
                    "faltam os eventos n.º {first} a {last} ({count}): a marca do aparelho diz que os registou, "
                    "portanto este ficheiro é uma cópia mais antiga ou foi truncado"),
    "diverged_mark": ("it differs from the one this device's high-water mark records: another copy, or a rewritten "
                      "one", "il diffère de celui que la marque de l'appareil a retenu : une autre copie, ou une "
                      "copie réécrite", "difere do que a marca do aparelho guardou: outra cópia, ou uma cópia "
                      "reescrita"),
    "torn_mark": ("Quittance stopped while saving it and its -wal file is gone: the file holds part of it ({detail})",
                  "Quittance s'est arrêté pendant son enregistrement et son fichier -wal a disparu : le fichier en "
                  "contient une partie ({detail})",
                  "o Quittance parou durante o seu registo e o ficheiro -wal desapareceu: o ficheiro contém parte "
                  "dele ({detail})"),
    "receipt_not_in_ledger": ("receipt {receipt_no} is not in the ledger", "le reçu {receipt_no} n'est pas au "
                              "registre", "o recibo {receipt_no} não está no registo"),
}
_EVENT_PREFIX = {"en": "event #{seq}: ", "fr": "événement n° {seq} : ", "pt": "evento n.º {seq}: "}


@dataclass(frozen=True)
class Problem:
    seq: int | None  # the event concerned, when there is one
    code: str
    params: tuple[tuple[str, object], ...] = ()

    @classmethod
    def of(cls, seq: int | None, code: str, **params: object) -> "Problem":
        return cls(seq, code, tuple(params.items()))

    def message(self, locale: str = "en") -> str:
        index = {"en": 0, "fr": 1, "pt": 2}.get(locale, 1)
        text = _PROBLEMS[self.code][index].format(**dict(self.params))
        if self.seq is None:
            return text
        return _EVENT_PREFIX.get(locale, _EVENT_PREFIX["fr"]).format(seq=self.seq) + text

    @property
    def detail(self) -> str:
        return _PROBLEMS[self.code][0].format(**dict(self.params))

    def __str__(self) -> str:
        return self.message("en")
