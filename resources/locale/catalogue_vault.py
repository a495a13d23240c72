"""Messages of the key envelope, PIN changes and recovery (core/vault.py, core/pin_policy.py,
core/cli_vault.py). Kept here as the source, so that a merge which conflicts in the .po files can
add them again:

    .venv/bin/python -m resources.locale.catalogue_vault && .venv/bin/python -m resources.locale.update
"""
from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "vault_wrong_pin": {
        "en": "Wrong PIN. {tries_left} more wrong PIN(s) on this device and it locks until a supervisor "
              "recovers it.",
        "fr": "Code PIN erroné. Encore {tries_left} code(s) erroné(s) sur cet appareil et il se bloque "
              "jusqu'à sa récupération par un superviseur.",
        "pt": "PIN errado. Mais {tries_left} PIN(s) errado(s) neste aparelho e ele fica bloqueado até um "
              "supervisor o recuperar.",
    },
    "vault_device_locked": {
        "en": "This device is locked after too many wrong PINs. Only a supervisor's recovery "
              "(the municipality's recovery key) can open it; nothing recorded is lost.",
        "fr": "Cet appareil est bloqué après trop de codes PIN erronés. Seule la récupération par un "
              "superviseur (la clé de récupération de la commune) peut l'ouvrir ; rien de ce qui est "
              "enregistré n'est perdu.",
        "pt": "Este aparelho está bloqueado após demasiados PIN errados. Só a recuperação por um supervisor "
              "(a chave de recuperação do município) o pode abrir; nada do que foi registado se perde.",
    },
    "vault_no_wrap": {
        "en": "Agent {agent} has no key on this device yet: they must log in once while a colleague has "
              "the device open, or a supervisor's recovery must set their PIN.",
        "fr": "L'agent {agent} n'a pas encore de clé sur cet appareil : il doit se connecter une fois "
              "pendant qu'un collègue a ouvert l'appareil, ou un superviseur doit définir son code PIN "
              "par une récupération.",
        "pt": "O agente {agent} ainda não tem chave neste aparelho: tem de entrar uma vez enquanto um colega "
              "tem o aparelho aberto, ou um supervisor tem de definir o seu PIN por uma recuperação.",
    },
    "vault_recovery_refused": {
        "en": "The recovery key file or its passphrase is wrong, or this device was enrolled with "
              "another recovery key. Nothing was changed.",
        "fr": "Le fichier de clé de récupération ou sa phrase de passe est erroné, ou cet appareil a été "
              "inscrit avec une autre clé de récupération. Rien n'a été modifié.",
        "pt": "O ficheiro da chave de recuperação ou a sua frase-passe está errado, ou este aparelho foi "
              "inscrito com outra chave de recuperação. Nada foi alterado.",
    },
    "vault_no_recovery": {
        "en": "This device has no recovery key: it was never enrolled with a server that has one "
              "(quittance-server recovery-key create). It cannot be recovered.",
        "fr": "Cet appareil n'a pas de clé de récupération : il n'a jamais été inscrit auprès d'un serveur "
              "qui en a une (quittance-server recovery-key create). Il ne peut pas être récupéré.",
        "pt": "Este aparelho não tem chave de recuperação: nunca foi inscrito num servidor que tenha uma "
              "(quittance-server recovery-key create). Não pode ser recuperado.",
    },
    "vault_pin_too_weak": {
        "en": "This PIN is too weak: the municipality requires at least {minimum} characters, not all the same.",
        "fr": "Ce code PIN est trop faible : la commune exige au moins {minimum} caractères, pas tous identiques.",
        "pt": "Este PIN é demasiado fraco: o município exige pelo menos {minimum} caracteres, não todos iguais.",
    },
    "vault_passphrase_too_weak": {
        "en": "The municipality requires a passphrase: at least {minimum} characters, not only digits "
              "(a few words, for example).",
        "fr": "La commune exige une phrase de passe : au moins {minimum} caractères, pas uniquement des "
              "chiffres (quelques mots, par exemple).",
        "pt": "O município exige uma frase-passe: pelo menos {minimum} caracteres, não só algarismos "
              "(algumas palavras, por exemplo).",
    },
    "vault_pin_too_long": {
        "en": "A PIN or passphrase has at most {maximum} characters.",
        "fr": "Un code PIN ou une phrase de passe a au plus {maximum} caractères.",
        "pt": "Um PIN ou frase-passe tem no máximo {maximum} caracteres.",
    },
    "vault_policy_invalid": {
        "en": "The PIN policy needs a minimum length between {minimum} and {maximum}, and passphrase true or false.",
        "fr": "La règle des codes PIN demande une longueur minimale entre {minimum} et {maximum}, et "
              "phrase de passe vrai ou faux.",
        "pt": "A regra dos PIN precisa de um comprimento mínimo entre {minimum} e {maximum}, e frase-passe "
              "verdadeiro ou falso.",
    },
    "vault_envelope_missing": {
        "en": "The key file {path} is missing: without it this encrypted database cannot be opened. "
              "Put back the copy saved with the database (a backup holds both); nothing in the database "
              "was changed.",
        "fr": "Le fichier de clés {path} est absent : sans lui, cette base chiffrée ne peut pas être "
              "ouverte. Remettez la copie sauvegardée avec la base (une sauvegarde contient les deux) ; "
              "rien n'a été modifié dans la base.",
        "pt": "O ficheiro de chaves {path} não existe: sem ele esta base cifrada não pode ser aberta. "
              "Reponha a cópia guardada com a base (uma cópia de segurança contém as duas); nada foi "
              "alterado na base.",
    },
    "vault_envelope_damaged": {
        "en": "The key file {path} was edited or is damaged: PINs are refused. A supervisor's recovery "
              "opens the device and writes it anew; nothing in the database was changed.",
        "fr": "Le fichier de clés {path} a été modifié ou est endommagé : les codes PIN sont refusés. "
              "Une récupération par un superviseur ouvre l'appareil et le réécrit ; rien n'a été modifié "
              "dans la base.",
        "pt": "O ficheiro de chaves {path} foi editado ou está danificado: os PIN são recusados. Uma "
              "recuperação por um supervisor abre o aparelho e reescreve-o; nada foi alterado na base.",
    },
    "vault_envelope_version": {
        "en": "The key file {path} is of version {version}, which this version of Quittance does not "
              "know: update Quittance.",
        "fr": "Le fichier de clés {path} est de version {version}, inconnue de cette version de Quittance : "
              "mettez Quittance à jour.",
        "pt": "O ficheiro de chaves {path} é da versão {version}, que esta versão do Quittance não conhece: "
              "atualize o Quittance.",
    },
    "vault_device_secret_missing": {
        "en": "This device's secret is gone from the system's keystore (another user account, a reset "
              "keystore, or the files copied to another computer): PINs cannot open {path}. Only a "
              "supervisor's recovery can.",
        "fr": "Le secret de cet appareil a disparu du trousseau du système (autre compte utilisateur, "
              "trousseau réinitialisé, ou fichiers copiés sur un autre ordinateur) : les codes PIN ne "
              "peuvent pas ouvrir {path}. Seule une récupération par un superviseur le peut.",
        "pt": "O segredo deste aparelho desapareceu do porta-chaves do sistema (outra conta de utilizador, "
              "porta-chaves reposto, ou ficheiros copiados para outro computador): os PIN não podem abrir "
              "{path}. Só uma recuperação por um supervisor pode.",
    },
    "cli_old_pin_prompt": {
        "en": "Current PIN for {agent}: ",
        "fr": "Code PIN actuel de {agent} : ",
        "pt": "PIN atual de {agent}: ",
    },
    "cli_changed_pin_prompt": {
        "en": "New PIN for {agent}: ",
        "fr": "Nouveau code PIN de {agent} : ",
        "pt": "Novo PIN de {agent}: ",
    },
    "cli_changed_pin_again": {
        "en": "New PIN again: ",
        "fr": "Nouveau code PIN, encore : ",
        "pt": "Novo PIN, outra vez: ",
    },
    "cli_new_pin_needed": {
        "en": "Give the new PIN in {variable}, or run the command in a terminal to type it.",
        "fr": "Donnez le nouveau code PIN dans {variable}, ou lancez la commande dans un terminal pour le saisir.",
        "pt": "Indique o novo PIN em {variable}, ou execute o comando num terminal para o escrever.",
    },
    "cli_new_pins_differ": {
        "en": "The two new PINs typed differ: the PIN was not changed.",
        "fr": "Les deux nouveaux codes PIN saisis diffèrent : le code PIN n'a pas été changé.",
        "pt": "Os dois novos PIN escritos são diferentes: o PIN não foi alterado.",
    },
    "cli_recovery_passphrase_prompt": {
        "en": "Passphrase of the recovery key: ",
        "fr": "Phrase de passe de la clé de récupération : ",
        "pt": "Frase-passe da chave de recuperação: ",
    },
    "cli_recovery_passphrase_needed": {
        "en": "Give the recovery key's passphrase in {variable}, or run the command in a terminal to type it.",
        "fr": "Donnez la phrase de passe de la clé de récupération dans {variable}, ou lancez la commande "
              "dans un terminal pour la saisir.",
        "pt": "Indique a frase-passe da chave de recuperação em {variable}, ou execute o comando num "
              "terminal para a escrever.",
    },
    "cli_pin_changed": {
        "en": "PIN of {agent} changed: the key was wrapped again; the database itself was not rewritten.",
        "fr": "Code PIN de {agent} changé : la clé a été de nouveau enveloppée ; la base elle-même n'a pas "
              "été réécrite.",
        "pt": "PIN de {agent} alterado: a chave foi de novo envolvida; a própria base não foi reescrita.",
    },
    "cli_recovered": {
        "en": "Device recovered: the lockout is cleared and {agent} has a new PIN. The other agents "
              "without a key get theirs at their next login while the device is open.",
        "fr": "Appareil récupéré : le blocage est levé et {agent} a un nouveau code PIN. Les autres agents "
              "sans clé reçoivent la leur à leur prochaine connexion pendant que l'appareil est ouvert.",
        "pt": "Aparelho recuperado: o bloqueio foi levantado e {agent} tem um novo PIN. Os outros agentes "
              "sem chave recebem a sua no próximo início de sessão com o aparelho aberto.",
    },
    "cli_recovery_key_unreadable": {
        "en": "The recovery key file {path} cannot be read.",
        "fr": "Le fichier de clé de récupération {path} ne peut pas être lu.",
        "pt": "O ficheiro da chave de recuperação {path} não pode ser lido.",
    },
}


if __name__ == "__main__":
    from resources.locale.tools import add_messages

    print(", ".join(add_messages("quittance", MESSAGES)))
