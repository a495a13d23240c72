"""French and Portuguese for the unlock, locked and recovery screens and "Change my PIN" (issue 13,
desktop/views/unlock.py, recovery.py, change_pin.py), merged into catalogue.FR_PT. Same keys as
there: the English source, or "Context|source" where a word alone means something else elsewhere."""
from __future__ import annotations

_NO_WRAP = ("You have no key to this device yet. A colleague who works on it opens it and taps “Log out”, "
            "then you log in with your PIN, once. Or a supervisor's recovery lets you in.")

UNLOCK_FR_PT: dict[str, tuple[str, str]] = {
    # -- the unlock screen ----------------------------------------------------------------------
    "Open this device": ("Ouvrir cet appareil", "Abrir este aparelho"),
    "Not in the list?": ("Pas dans la liste ?", "Não está na lista?"),
    "UnlockView|Recovery": ("Récupération", "Recuperação"),
    "A supervisor opens the device with the municipality's recovery key": (
        "Un superviseur ouvre l'appareil avec la clé de récupération de la commune",
        "Um supervisor abre o aparelho com a chave de recuperação do município"),
    "Open (Enter)": ("Ouvrir (Entrée)", "Abrir (Enter)"),
    "Opening the device…": ("Ouverture de l'appareil…", "A abrir o aparelho…"),
    "Wrong PIN. Tries left before the device locks: %1.": (
        "PIN erroné. Essais restants avant le blocage de l'appareil : %1.",
        "PIN errado. Tentativas restantes antes do bloqueio do aparelho: %1."),
    "Something went wrong: %1. Nothing recorded on this device was lost; try again.": (
        "Un problème est survenu : %1. Rien de ce qui est enregistré sur cet appareil n'est perdu ; réessayez.",
        "Ocorreu um problema: %1. Nada do que está registado neste aparelho se perdeu; tente de novo."),
    _NO_WRAP: (
        "Vous n'avez pas encore de clé pour cet appareil. Un collègue qui y travaille l'ouvre et touche "
        "« Déconnexion », puis vous vous connectez avec votre code PIN, une fois. Ou bien la récupération "
        "par un superviseur vous fait entrer.",
        "Ainda não tem chave para este aparelho. Um colega que trabalha nele abre-o e toca em «Sair», e "
        "depois entra com o seu PIN, uma vez. Ou a recuperação por um supervisor deixa-o entrar."),
    # -- locked ---------------------------------------------------------------------------------
    "This device is locked": ("Cet appareil est bloqué", "Este aparelho está bloqueado"),
    "Too many wrong PINs were typed. Only a supervisor's recovery opens the device now: the supervisor "
    "brings the municipality's recovery key file and its passphrase. Nothing recorded on this device "
    "is lost.": (
        "Trop de codes PIN erronés ont été tapés. Seule la récupération par un superviseur ouvre "
        "l'appareil désormais : le superviseur apporte le fichier de la clé de récupération de la "
        "commune et sa phrase secrète. Rien de ce qui est enregistré sur cet appareil n'est perdu.",
        "Foram escritos demasiados PIN errados. Agora só a recuperação por um supervisor abre o "
        "aparelho: o supervisor traz o ficheiro da chave de recuperação do município e a sua frase "
        "secreta. Nada do que está registado neste aparelho se perdeu."),
    "LockedView|Recovery": ("Récupération", "Recuperação"),
    # -- recovery -------------------------------------------------------------------------------
    "RecoveryView|Recovery": ("Récupération", "Recuperação"),
    "A supervisor opens the device with the municipality's recovery key file and its passphrase.": (
        "Un superviseur ouvre l'appareil avec le fichier de la clé de récupération de la commune et sa "
        "phrase secrète.",
        "Um supervisor abre o aparelho com o ficheiro da chave de recuperação do município e a sua "
        "frase secreta."),
    "Recovery key file": ("Fichier de la clé de récupération", "Ficheiro da chave de recuperação"),
    "Choose the file…": ("Choisir le fichier…", "Escolher o ficheiro…"),
    "Passphrase": ("Phrase secrète", "Frase secreta"),
    "Open the device": ("Ouvrir l'appareil", "Abrir o aparelho"),
    "The municipality's recovery key file": ("Le fichier de la clé de récupération de la commune",
                                             "O ficheiro da chave de recuperação do município"),
    "Recovery keys (*.pem *.key)": ("Clés de récupération (*.pem *.key)", "Chaves de recuperação (*.pem *.key)"),
    "All files (*)": ("Tous les fichiers (*)", "Todos os ficheiros (*)"),
    "Choose the recovery key file first.": ("Choisissez d'abord le fichier de la clé de récupération.",
                                            "Escolha primeiro o ficheiro da chave de recuperação."),
    "Type the recovery key's passphrase.": ("Tapez la phrase secrète de la clé de récupération.",
                                            "Escreva a frase secreta da chave de recuperação."),
    "This recovery key file or its passphrase is not the right one. Check the file the municipality gave "
    "and type the passphrase again.": (
        "Ce fichier de clé de récupération ou sa phrase secrète n'est pas le bon. Vérifiez le fichier "
        "remis par la commune et tapez de nouveau la phrase secrète.",
        "Este ficheiro de chave de recuperação ou a sua frase secreta não é o certo. Verifique o "
        "ficheiro entregue pelo município e escreva de novo a frase secreta."),
    "The file could not be read: %1": ("Le fichier n'a pas pu être lu : %1", "Não foi possível ler o ficheiro: %1"),
    "The device is open and no longer locked. Now choose who uses it, and their new PIN.": (
        "L'appareil est ouvert et n'est plus bloqué. Choisissez maintenant qui l'utilise, et son "
        "nouveau code PIN.",
        "O aparelho está aberto e já não está bloqueado. Escolha agora quem o usa, e o seu novo PIN."),
    "Choose a new PIN": ("Choisir un nouveau code PIN", "Escolher um novo PIN"),
    "Tap the agent's name, then type their new PIN twice.": (
        "Touchez le nom de l'agent, puis tapez deux fois son nouveau code PIN.",
        "Toque no nome do agente e escreva duas vezes o seu novo PIN."),
    "Save the PIN and open": ("Enregistrer le code PIN et ouvrir", "Guardar o PIN e abrir"),
    "Type the new PIN.": ("Tapez le nouveau code PIN.", "Escreva o novo PIN."),
    "New PIN": ("Nouveau code PIN", "Novo PIN"),
    "New PIN again": ("Confirmez le nouveau code PIN", "Confirme o novo PIN"),
    "The two PINs are not the same. Type the new PIN again.": (
        "Les deux codes PIN ne sont pas les mêmes. Tapez de nouveau le nouveau code PIN.",
        "Os dois PIN não são iguais. Escreva de novo o novo PIN."),
    # -- the login: locking -----------------------------------------------------------------------
    # Not the word of the lockout (bloqué / bloqueado): this lock any agent undoes with their PIN.
    "LoginView|Lock": ("Verrouiller", "Trancar"),
    "Lock the device: its PIN is asked again to open it": (
        "Verrouiller l'appareil : le code PIN sera redemandé pour l'ouvrir",
        "Trancar o aparelho: o PIN volta a ser pedido para o abrir"),
    # -- Settings: Change my PIN ------------------------------------------------------------------
    "Change my PIN": ("Changer mon code PIN", "Mudar o meu PIN"),
    "Current PIN": ("Code PIN actuel", "PIN atual"),
    "Type your current PIN and the new one.": ("Tapez votre code PIN actuel et le nouveau.",
                                               "Escreva o seu PIN atual e o novo."),
    "The new PIN is the same as the current one.": ("Le nouveau code PIN est le même que l'actuel.",
                                                    "O novo PIN é igual ao atual."),
    "Changing the PIN": ("Changement du code PIN", "A mudar o PIN"),
    "PIN changed. From now on, type the new PIN to open this device.": (
        "Code PIN changé. Désormais, tapez le nouveau code PIN pour ouvrir cet appareil.",
        "PIN mudado. A partir de agora, escreva o novo PIN para abrir este aparelho."),
    "Your current PIN is not this one. Tries left before the device locks: %1.": (
        "Votre code PIN actuel n'est pas celui-ci. Essais restants avant le blocage de l'appareil : %1.",
        "O seu PIN atual não é este. Tentativas restantes antes do bloqueio do aparelho: %1."),
}
