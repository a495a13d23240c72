<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>AppContext</name>
        <message>
            <source>Something went wrong: %1. Nothing you typed was lost; try again.</source>
            <translation>Un problème est survenu : %1. Rien de ce que vous avez saisi n'est perdu ; réessayez.</translation>
        </message>
        <message>
            <source>Check the date and time</source>
            <translation>Vérifiez la date et l'heure</translation>
        </message>
        <message>
            <source>The date and time are right</source>
            <translation>La date et l'heure sont justes</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Retour</translation>
        </message>
        <message>
            <source>Checking the storage</source>
            <translation>Vérification du stockage</translation>
        </message>
    </context>
    <context>
        <name>BackupOffer</name>
        <message>
            <source>Back up to %1 (%2 GB free)</source>
            <translation>Sauvegarder sur %1 (%2 Go libres)</translation>
        </message>
        <message>
            <source>Backing up to %1</source>
            <translation>Sauvegarde sur %1</translation>
        </message>
        <message>
            <source>Backup written and verified: %1. You can remove the memory stick.</source>
            <translation>Sauvegarde écrite et vérifiée : %1. Vous pouvez retirer la clé USB.</translation>
        </message>
        <message>
            <source>Backup written and verified: %1, up to receipt %2. You can remove the memory stick.</source>
            <translation>Sauvegarde écrite et vérifiée : %1, jusqu'au reçu %2. Vous pouvez retirer la clé USB.</translation>
        </message>
        <message>
            <source>Back up this device</source>
            <translation>Sauvegarder cet appareil</translation>
        </message>
        <message>
            <source>The session is closed. Keep a copy of this device's records on a memory stick: if the tablet is lost or broken, the copy brings them back. It is encrypted like the device and checked before it is kept.</source>
            <translation>La session est fermée. Gardez une copie des enregistrements de cet appareil sur une clé USB : si la tablette est perdue ou cassée, la copie les ramène. Elle est chiffrée comme l'appareil et vérifiée avant d'être gardée.</translation>
        </message>
        <message>
            <source>No memory stick found. Plug one in: it appears here.</source>
            <translation>Aucune clé USB trouvée. Branchez-en une : elle apparaît ici.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Pas maintenant</translation>
        </message>
    </context>
    <context>
        <name>BalancesModel</name>
        <message>
            <source>Tax</source>
            <translation>Taxe</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Période</translation>
        </message>
        <message>
            <source>Assessed</source>
            <translation>Dû</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Payé</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Reste</translation>
        </message>
        <message>
            <source>arrears</source>
            <translation>arriéré</translation>
        </message>
    </context>
    <context>
        <name>CameraDialog</name>
        <message>
            <source>Take a photo</source>
            <translation>Prendre une photo</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Take</source>
            <translation>Prendre</translation>
        </message>
    </context>
    <context>
        <name>CardView</name>
        <message>
            <source>Opening the taxpayer card</source>
            <translation>Ouverture de la fiche</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Business name</source>
            <translation>Raison sociale</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>N° d'identification</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Zone</source>
            <translation>Zone</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Deactivated</source>
            <translation>Désactivé</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>± %1 m</source>
            <translation>± %1 m</translation>
        </message>
        <message>
            <source>accuracy unknown</source>
            <translation>précision inconnue</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>Source : %1</translation>
        </message>
        <message>
            <source>Fix time: %1</source>
            <translation>Heure du relevé : %1</translation>
        </message>
        <message>
            <source>No position recorded. Edit the card to capture one.</source>
            <translation>Aucune position enregistrée. Modifiez la fiche pour en capturer une.</translation>
        </message>
        <message>
            <source>outline %1 m²</source>
            <translation>contour %1 m²</translation>
        </message>
        <message>
            <source>No taxable object recorded.</source>
            <translation>Aucun objet imposable enregistré.</translation>
        </message>
        <message>
            <source>Total due: %1</source>
            <translation>Reste à payer : %1</translation>
        </message>
        <message>
            <source>Outline of %1</source>
            <translation>Contour de %1</translation>
        </message>
        <message>
            <source>duplicate of receipt %1</source>
            <translation>duplicata du reçu %1</translation>
        </message>
        <message>
            <source>Receipt %1 is voided.</source>
            <translation>Le reçu %1 est annulé.</translation>
        </message>
        <message>
            <source>Voiding the receipt</source>
            <translation>Annulation du reçu</translation>
        </message>
        <message>
            <source>← Back</source>
            <translation>← Retour</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Retour</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Modifier</translation>
        </message>
        <message>
            <source>Census form</source>
            <translation>Formulaire de recensement</translation>
        </message>
        <message>
            <source>Edit the card</source>
            <translation>Modifier la fiche</translation>
        </message>
        <message>
            <source>Take a payment</source>
            <translation>Encaisser</translation>
        </message>
        <message>
            <source>No cash session is open: open one to take payments.</source>
            <translation>Aucune session de caisse ouverte : ouvrez-en une pour encaisser.</translation>
        </message>
        <message>
            <source>Open a session</source>
            <translation>Ouvrir une session</translation>
        </message>
        <message>
            <source>Identity</source>
            <translation>Identité</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Localisation</translation>
        </message>
        <message>
            <source>Balances</source>
            <translation>Soldes</translation>
        </message>
        <message>
            <source>Taxable objects</source>
            <translation>Objets imposables</translation>
        </message>
        <message>
            <source>Payments</source>
            <translation>Paiements</translation>
        </message>
        <message>
            <source>No payment yet.</source>
            <translation>Aucun paiement pour l'instant.</translation>
        </message>
        <message>
            <source>Reprint (duplicate)</source>
            <translation>Réimprimer (duplicata)</translation>
        </message>
        <message>
            <source>Reprint the selected receipt</source>
            <translation>Réimprimer le reçu choisi</translation>
        </message>
        <message>
            <source>Void receipt…</source>
            <translation>Annuler le reçu…</translation>
        </message>
        <message>
            <source>Void the selected receipt</source>
            <translation>Annuler le reçu choisi</translation>
        </message>
    </context>
    <context>
        <name>CensusView</name>
        <message>
            <source>Version %1 · questions: %2</source>
            <translation>Version %1 · questions : %2</translation>
        </message>
        <message>
            <source>New submission</source>
            <translation>Nouvelle saisie</translation>
        </message>
        <message>
            <source>Started %1 · saved %2</source>
            <translation>Commencé le %1 · enregistré le %2</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Reprendre</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Abandonner</translation>
        </message>
        <message>
            <source>Opening the form</source>
            <translation>Ouverture du formulaire</translation>
        </message>
        <message>
            <source>Choose the form: the submission will be linked to this taxpayer.</source>
            <translation>Choisissez le formulaire : la saisie sera liée à ce contribuable.</translation>
        </message>
        <message>
            <source>Discard this draft?</source>
            <translation>Abandonner ce brouillon ?</translation>
        </message>
        <message>
            <source>The answers given to “%1” since %2 will be lost.</source>
            <translation>Les réponses données à « %1 » depuis le %2 seront perdues.</translation>
        </message>
        <message>
            <source>Discard the draft</source>
            <translation>Abandonner le brouillon</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Le garder</translation>
        </message>
        <message>
            <source>Submission recorded. It is sent with the next synchronisation.</source>
            <translation>Saisie enregistrée. Elle sera envoyée à la prochaine synchronisation.</translation>
        </message>
        <message>
            <source>Census</source>
            <translation>Recensement</translation>
        </message>
        <message>
            <source>Forms on this device</source>
            <translation>Formulaires sur cet appareil</translation>
        </message>
        <message>
            <source>No form on this device yet. Forms arrive with the synchronisation, or are imported with “quittance form import”.</source>
            <translation>Aucun formulaire sur cet appareil. Les formulaires arrivent avec la synchronisation, ou sont importés avec « quittance form import ».</translation>
        </message>
        <message>
            <source>Drafts in progress</source>
            <translation>Brouillons en cours</translation>
        </message>
        <message>
            <source>No draft in progress.</source>
            <translation>Aucun brouillon en cours.</translation>
        </message>
    </context>
    <context>
        <name>ChangePinCard</name>
        <message>
            <source>Type your current PIN and the new one.</source>
            <translation>Tapez votre code PIN actuel et le nouveau.</translation>
        </message>
        <message>
            <source>The two PINs are not the same. Type the new PIN again.</source>
            <translation>Les deux codes PIN ne sont pas les mêmes. Tapez de nouveau le nouveau code PIN.</translation>
        </message>
        <message>
            <source>The new PIN is the same as the current one.</source>
            <translation>Le nouveau code PIN est le même que l'actuel.</translation>
        </message>
        <message>
            <source>Changing the PIN</source>
            <translation>Changement du code PIN</translation>
        </message>
        <message>
            <source>PIN changed. From now on, type the new PIN to open this device.</source>
            <translation>Code PIN changé. Désormais, tapez le nouveau code PIN pour ouvrir cet appareil.</translation>
        </message>
        <message>
            <source>Your current PIN is not this one. Tries left before the device locks: %1.</source>
            <translation>Votre code PIN actuel n'est pas celui-ci. Essais restants avant le blocage de l'appareil : %1.</translation>
        </message>
        <message>
            <source>Change my PIN</source>
            <translation>Changer mon code PIN</translation>
        </message>
        <message>
            <source>Current PIN</source>
            <translation>Code PIN actuel</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>Nouveau code PIN</translation>
        </message>
        <message>
            <source>New PIN again</source>
            <translation>Confirmez le nouveau code PIN</translation>
        </message>
    </context>
    <context>
        <name>ClearButton</name>
        <message>
            <source>Clear</source>
            <translation>Effacer</translation>
        </message>
    </context>
    <context>
        <name>ClosingsNotice</name>
        <message>
            <source>The closings are kept on the device: print them again at any time.</source>
            <translation>Les clôtures sont conservées sur l'appareil : imprimez-les de nouveau quand vous voulez.</translation>
        </message>
        <message>
            <source>the closings</source>
            <translation>les clôtures</translation>
        </message>
        <message>
            <source>month %1</source>
            <translation>mois %1</translation>
        </message>
        <message>
            <source>year %1</source>
            <translation>année %1</translation>
        </message>
        <message>
            <source>Closed for good when this session opened: %1. A correction is now a void in the current period.</source>
            <translation>Clôturés définitivement à l'ouverture de cette session : %1. Une correction est désormais une annulation dans la période en cours.</translation>
        </message>
        <message>
            <source>Print the closings</source>
            <translation>Imprimer les clôtures</translation>
        </message>
    </context>
    <context>
        <name>CountPanel</name>
        <message>
            <source>note</source>
            <translation>billet</translation>
        </message>
        <message>
            <source>coin</source>
            <translation>pièce</translation>
        </message>
    </context>
    <context>
        <name>DateInput</name>
        <message>
            <source>Today</source>
            <translation>Aujourd'hui</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Effacer</translation>
        </message>
    </context>
    <context>
        <name>EnrollPage</name>
        <message>
            <source>This device is enrolled: device %1 of %2, on %3. Agents: %4.</source>
            <translation>Cet appareil est inscrit : appareil %1 de %2, sur %3. Agents : %4.</translation>
        </message>
        <message>
            <source>Type the server's address as your supervisor gave it, starting with https:// (for example https://revenue.city.example).</source>
            <translation>Saisissez l'adresse du serveur telle que votre superviseur l'a donnée, en commençant par https:// (par exemple https://recettes.mairie.example).</translation>
        </message>
        <message>
            <source>An enrollment code has only letters and digits.</source>
            <translation>Un code d'inscription ne contient que des lettres et des chiffres.</translation>
        </message>
        <message>
            <source>This is longer than an enrollment code: check what was pasted.</source>
            <translation>C'est plus long qu'un code d'inscription : vérifiez ce qui a été collé.</translation>
        </message>
        <message>
            <source>Type the whole code your supervisor gave you.</source>
            <translation>Saisissez le code entier que votre superviseur vous a donné.</translation>
        </message>
        <message>
            <source>Choose the picture of the enrollment QR code</source>
            <translation>Choisir l'image du code QR d'inscription</translation>
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;All files (*)</source>
            <translation>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>This file is not a picture that can be read. Choose the PNG or the photo of the enrollment QR code.</source>
            <translation>Ce fichier n'est pas une image lisible. Choisissez le PNG ou la photo du code QR d'inscription.</translation>
        </message>
        <message>
            <source>No QR code was found in this picture. Choose a sharper picture, or type the address and the code.</source>
            <translation>Aucun code QR n'a été trouvé dans cette image. Choisissez une image plus nette, ou saisissez l'adresse et le code.</translation>
        </message>
        <message>
            <source>This QR code is not an enrollment code (a receipt's QR code, for example). Choose the one your supervisor gave you.</source>
            <translation>Ce code QR n'est pas un code d'inscription (celui d'un reçu, par exemple). Choisissez celui que votre superviseur vous a donné.</translation>
        </message>
        <message>
            <source>Enroll this device</source>
            <translation>Inscrire cet appareil</translation>
        </message>
        <message>
            <source>Your supervisor gives you the server's address and a one-time code, or a QR code that holds both. Type them, or read the QR code from a picture or with the camera.</source>
            <translation>Votre superviseur vous donne l'adresse du serveur et un code à usage unique, ou un code QR qui contient les deux. Saisissez-les, ou lisez le code QR depuis une image ou avec la caméra.</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>Adresse du serveur</translation>
        </message>
        <message>
            <source>https://revenue.city.example</source>
            <translation>https://recettes.mairie.example</translation>
        </message>
        <message>
            <source>Enrollment code</source>
            <translation>Code d'inscription</translation>
        </message>
        <message>
            <source>e.g. K7Q2M9XD</source>
            <translation>ex. K7Q2M9XD</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>Coller</translation>
        </message>
        <message>
            <source>Read the QR code from a picture</source>
            <translation>Lire le code QR d'une image</translation>
        </message>
        <message>
            <source>Scan with the camera</source>
            <translation>Lire avec la caméra</translation>
        </message>
        <message>
            <source>Enroll</source>
            <translation>Inscrire</translation>
        </message>
    </context>
    <context>
        <name>EnrollView</name>
        <message>
            <source>Type the server's address as your supervisor gave it, starting with https:// (for example https://revenue.city.example).</source>
            <translation>Saisissez l'adresse du serveur telle que votre superviseur l'a donnée, en commençant par https:// (par exemple https://recettes.mairie.example).</translation>
        </message>
        <message>
            <source>An enrollment code has only letters and digits.</source>
            <translation>Un code d'inscription ne contient que des lettres et des chiffres.</translation>
        </message>
        <message>
            <source>This is longer than an enrollment code: check what was pasted.</source>
            <translation>C'est plus long qu'un code d'inscription : vérifiez ce qui a été collé.</translation>
        </message>
        <message>
            <source>Type the whole code your supervisor gave you.</source>
            <translation>Saisissez le code entier que votre superviseur vous a donné.</translation>
        </message>
        <message>
            <source>Enroll this device</source>
            <translation>Inscrire cet appareil</translation>
        </message>
        <message>
            <source>Enrolling links this device to the municipality's server, so that what you record reaches it. Your supervisor gives you the server's address and a one-time code (valid for 24 hours). Nothing recorded on this device is lost: it is all sent after enrollment.</source>
            <translation>L'inscription relie cet appareil au serveur de la mairie, pour que ce que vous enregistrez lui parvienne. Votre superviseur vous donne l'adresse du serveur et un code à usage unique (valable 24 heures). Rien de ce qui est enregistré sur cet appareil n'est perdu : tout est envoyé après l'inscription.</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>Adresse du serveur</translation>
        </message>
        <message>
            <source>https://revenue.city.example</source>
            <translation>https://recettes.mairie.example</translation>
        </message>
        <message>
            <source>Enrollment code</source>
            <translation>Code d'inscription</translation>
        </message>
        <message>
            <source>e.g. K7Q2M9XD</source>
            <translation>ex. K7Q2M9XD</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>Coller</translation>
        </message>
        <message>
            <source>Scan the QR code</source>
            <translation>Scanner le code QR</translation>
        </message>
        <message>
            <source>This device has no camera to read the QR code: type the address and the code, or paste the enrollment link.</source>
            <translation>Cet appareil n'a aucune caméra pour lire le code QR : tapez l'adresse et le code, ou collez le lien d'inscription.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Enroll</source>
            <translation>Inscrire</translation>
        </message>
    </context>
    <context>
        <name>FirstStartWizard</name>
        <message>
            <source>Finish</source>
            <translation>Terminer</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Suivant</translation>
        </message>
        <message>
            <source>Step %1 of %2</source>
            <translation>Étape %1 sur %2</translation>
        </message>
        <message>
            <source>Quittance: first start</source>
            <translation>Quittance : premier démarrage</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Retour</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Passer</translation>
        </message>
    </context>
    <context>
        <name>FormEntryView</name>
        <message>
            <source>Answers to give or correct before submitting: %1.</source>
            <translation>Réponses à donner ou à corriger avant d'envoyer : %1.</translation>
        </message>
        <message>
            <source>Remove %1?</source>
            <translation>Retirer %1 ?</translation>
        </message>
        <message>
            <source>The answers of %1 will be removed from this form.</source>
            <translation>Les réponses de %1 seront retirées de ce formulaire.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Garder</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Page %1 sur %2</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Récapitulatif</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Questions</translation>
        </message>
        <message>
            <source>Save and close</source>
            <translation>Enregistrer et fermer</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Retour</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Suivant</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>Terminer</translation>
        </message>
    </context>
    <context>
        <name>GnssDetails</name>
        <message>
            <source>not reported</source>
            <translation>non indiqué</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>inconnue</translation>
        </message>
        <message>
            <source>Accuracy: %1, %2</source>
            <translation>Précision : %1, %2</translation>
        </message>
        <message>
            <source>HDOP: %1</source>
            <translation>HDOP : %1</translation>
        </message>
        <message>
            <source>Satellites in use: %1</source>
            <translation>Satellites utilisés : %1</translation>
        </message>
        <message>
            <source>Fix type: %1</source>
            <translation>Type de position : %1</translation>
        </message>
        <message>
            <source>Age of the fix: %1 s</source>
            <translation>Âge de la position : %1 s</translation>
        </message>
        <message>
            <source>Coordinates: %1, %2</source>
            <translation>Coordonnées : %1, %2</translation>
        </message>
    </context>
    <context>
        <name>GnssPage</name>
        <message>
            <source>Choose an NMEA log</source>
            <translation>Choisir un journal NMEA</translation>
        </message>
        <message>
            <source>NMEA logs (*.nmea *.txt *.log);;All files (*)</source>
            <translation>Journaux NMEA (*.nmea *.txt *.log);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>This file cannot be read. Check the path, or choose another log.</source>
            <translation>Ce fichier ne peut pas être lu. Vérifiez le chemin, ou choisissez un autre journal.</translation>
        </message>
        <message>
            <source>This file holds no NMEA sentence (lines such as $GPGGA,…). Choose the log the receiver recorded.</source>
            <translation>Ce fichier ne contient aucune phrase NMEA (des lignes comme $GPGGA,…). Choisissez le journal enregistré par le récepteur.</translation>
        </message>
        <message>
            <source>Position (GPS)</source>
            <translation>Position (GPS)</translation>
        </message>
        <message>
            <source>Where this device takes its position from when you locate a taxpayer. You can skip this and change it later in Settings.</source>
            <translation>D'où cet appareil tire sa position quand vous localisez un contribuable. Vous pouvez passer cette étape et la changer plus tard dans les Paramètres.</translation>
        </message>
        <message>
            <source>The device's own position service</source>
            <translation>Le service de position de l'appareil</translation>
        </message>
        <message>
            <source>External receiver (serial or Bluetooth port)</source>
            <translation>Récepteur externe (port série ou Bluetooth)</translation>
        </message>
        <message>
            <source>NMEA log file (replay)</source>
            <translation>Journal NMEA (relecture)</translation>
        </message>
        <message>
            <source>e.g. /dev/rfcomm0 or COM5</source>
            <translation>par ex. /dev/rfcomm0 ou COM5</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Parcourir…</translation>
        </message>
    </context>
    <context>
        <name>GnssQuality</name>
        <message>
            <source>Good</source>
            <translation>Bonne</translation>
        </message>
        <message>
            <source>Fair</source>
            <translation>Moyenne</translation>
        </message>
        <message>
            <source>Poor</source>
            <translation>Faible</translation>
        </message>
        <message>
            <source>Accuracy unknown</source>
            <translation>Précision inconnue</translation>
        </message>
        <message>
            <source>No fix</source>
            <translation>Pas de position</translation>
        </message>
        <message>
            <source>± %1 m</source>
            <translation>± %1 m</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>GPS</source>
            <translation>GPS</translation>
        </message>
        <message>
            <source>differential GPS</source>
            <translation>GPS différentiel</translation>
        </message>
        <message>
            <source>PPS</source>
            <translation>PPS</translation>
        </message>
        <message>
            <source>RTK fixed</source>
            <translation>RTK fixe</translation>
        </message>
        <message>
            <source>RTK float</source>
            <translation>RTK flottant</translation>
        </message>
        <message>
            <source>no fix</source>
            <translation>pas de position</translation>
        </message>
        <message>
            <source>2D</source>
            <translation>2D</translation>
        </message>
        <message>
            <source>3D</source>
            <translation>3D</translation>
        </message>
        <message>
            <source>DGPS</source>
            <translation>DGPS</translation>
        </message>
        <message>
            <source>satellites %1 in use / %2 in view</source>
            <translation>satellites %1 utilisés / %2 visibles</translation>
        </message>
        <message>
            <source>satellites %1 in use</source>
            <translation>satellites %1 utilisés</translation>
        </message>
        <message>
            <source>HDOP %1</source>
            <translation>HDOP %1</translation>
        </message>
    </context>
    <context>
        <name>HomeView</name>
        <message>
            <source>Open</source>
            <translation>Ouverte</translation>
        </message>
        <message>
            <source>Since %1</source>
            <translation>Depuis le %1</translation>
        </message>
        <message>
            <source>See or close the session</source>
            <translation>Voir ou fermer la session</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Fermée</translation>
        </message>
        <message>
            <source>Open a session before taking payments.</source>
            <translation>Ouvrez une session avant d'encaisser.</translation>
        </message>
        <message>
            <source>Open a session</source>
            <translation>Ouvrir une session</translation>
        </message>
        <message>
            <source>Receipts issued today: %1</source>
            <translation>Reçus émis aujourd'hui : %1</translation>
        </message>
        <message>
            <source>Voided: %1 — net: %2</source>
            <translation>Annulés : %1 — net : %2</translation>
        </message>
        <message>
            <source>records waiting to sync</source>
            <translation>enregistrements en attente de synchronisation</translation>
        </message>
        <message>
            <source>Last sync: %1</source>
            <translation>Dernière synchronisation : %1</translation>
        </message>
        <message>
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message>
            <source>Hello, %1</source>
            <translation>Bonjour, %1</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Accueil</translation>
        </message>
        <message>
            <source>Search: name, phone, ID, receipt no. or reference</source>
            <translation>Rechercher : nom, téléphone, identifiant, n° de reçu ou référence</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Rechercher</translation>
        </message>
        <message>
            <source>Cash session</source>
            <translation>Session de caisse</translation>
        </message>
        <message>
            <source>Collected today</source>
            <translation>Encaissé aujourd'hui</translation>
        </message>
        <message>
            <source>Synchronisation</source>
            <translation>Synchronisation</translation>
        </message>
        <message>
            <source>See synchronisation</source>
            <translation>Voir la synchronisation</translation>
        </message>
        <message>
            <source>Census</source>
            <translation>Recensement</translation>
        </message>
        <message>
            <source>Register a new taxpayer</source>
            <translation>Recenser un nouveau contribuable</translation>
        </message>
    </context>
    <context>
        <name>ImageInput</name>
        <message>
            <source>Choose a picture</source>
            <translation>Choisir une photo</translation>
        </message>
        <message>
            <source>Pictures (*.jpg *.jpeg *.png)</source>
            <translation>Photos (*.jpg *.jpeg *.png)</translation>
        </message>
        <message>
            <source>No picture yet.</source>
            <translation>Pas encore de photo.</translation>
        </message>
        <message>
            <source>Choose a picture…</source>
            <translation>Choisir une photo…</translation>
        </message>
        <message>
            <source>Take a photo</source>
            <translation>Prendre une photo</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Cash</source>
            <translation>Espèces</translation>
        </message>
        <message>
            <source>Mobile money</source>
            <translation>Mobile money</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <source>Property (land, building)</source>
            <translation>Propriété (terrain, bâtiment)</translation>
        </message>
        <message>
            <source>Business premises</source>
            <translation>Local commercial</translation>
        </message>
        <message>
            <source>Market stall</source>
            <translation>Étal de marché</translation>
        </message>
        <message>
            <source>Vehicle</source>
            <translation>Véhicule</translation>
        </message>
        <message>
            <source>Billboard</source>
            <translation>Panneau publicitaire</translation>
        </message>
        <message>
            <source>Device GPS</source>
            <translation>GPS de l'appareil</translation>
        </message>
        <message>
            <source>External GNSS receiver</source>
            <translation>Récepteur GNSS externe</translation>
        </message>
        <message>
            <source>Entered by hand</source>
            <translation>Saisie manuelle</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>Business</source>
            <translation>Entreprise</translation>
        </message>
        <message>
            <source>from the receiver's error estimate (GST)</source>
            <translation>d'après l'erreur estimée par le récepteur (GST)</translation>
        </message>
        <message>
            <source>estimated from HDOP</source>
            <translation>estimée d'après le HDOP</translation>
        </message>
        <message>
            <source>reported by the system</source>
            <translation>indiquée par le système</translation>
        </message>
        <message>
            <source>not reported by the receiver</source>
            <translation>non indiquée par le récepteur</translation>
        </message>
        <message>
            <source>annual</source>
            <translation>annuelle</translation>
        </message>
        <message>
            <source>monthly</source>
            <translation>mensuelle</translation>
        </message>
        <message>
            <source>daily</source>
            <translation>journalière</translation>
        </message>
        <message>
            <source>one-off</source>
            <translation>ponctuelle</translation>
        </message>
        <message>
            <source>YYYY, e.g. 2026</source>
            <translation>AAAA, par ex. 2026</translation>
        </message>
        <message>
            <source>YYYY-MM, e.g. 2026-03</source>
            <translation>AAAA-MM, par ex. 2026-03</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>AAAA-MM-JJ</translation>
        </message>
        <message>
            <source>a short code, e.g. 2026</source>
            <translation>un code court, par ex. 2026</translation>
        </message>
    </context>
    <context>
        <name>LanguagePage</name>
        <message>
            <source>Welcome to Quittance</source>
            <translation>Bienvenue dans Quittance</translation>
        </message>
        <message>
            <source>Choose your language. You can change it later on the login screen and in Settings.</source>
            <translation>Choisissez votre langue. Vous pourrez la changer plus tard sur l'écran de connexion et dans les Paramètres.</translation>
        </message>
    </context>
    <context>
        <name>LocationPanel</name>
        <message>
            <source>The NMEA log has ended. Accept the last fix or enter the coordinates by hand.</source>
            <translation>Le journal NMEA est terminé. Acceptez la dernière position ou saisissez les coordonnées à la main.</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Arrêter</translation>
        </message>
        <message>
            <source>Capture again</source>
            <translation>Capturer à nouveau</translation>
        </message>
        <message>
            <source>Capture position</source>
            <translation>Capturer la position</translation>
        </message>
        <message>
            <source>accuracy unknown</source>
            <translation>précision inconnue</translation>
        </message>
        <message>
            <source>Accept %1</source>
            <translation>Accepter %1</translation>
        </message>
        <message>
            <source>Accept without known accuracy</source>
            <translation>Accepter sans précision connue</translation>
        </message>
        <message>
            <source>Keep this position although it is less accurate than required</source>
            <translation>Garder cette position bien qu'elle soit moins précise que demandé</translation>
        </message>
        <message>
            <source>Averaging the position: %1 of %2 fixes… Keep the receiver still.</source>
            <translation>Moyenne de la position : %1 positions sur %2… Gardez le récepteur immobile.</translation>
        </message>
        <message>
            <source>Waiting for accuracy of %1 m or better…</source>
            <translation>En attente d'une précision de %1 m ou mieux…</translation>
        </message>
        <message>
            <source>Searching for satellites… Stay outside, away from walls.</source>
            <translation>Recherche des satellites… Restez dehors, loin des murs.</translation>
        </message>
        <message>
            <source>Recorded: %1, %2 (%3) — %4, %5</source>
            <translation>Enregistrée : %1, %2 (%3) — %4, %5</translation>
        </message>
        <message>
            <source>Mean of %1 fixes; %2 set aside as too far from the others.</source>
            <translation>Moyenne de %1 positions ; %2 écartée(s), trop loin des autres.</translation>
        </message>
        <message>
            <source>No position recorded yet.</source>
            <translation>Aucune position enregistrée pour l'instant.</translation>
        </message>
        <message>
            <source>Hide details</source>
            <translation>Masquer les détails</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Enter by hand</source>
            <translation>Saisir à la main</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Latitude</source>
            <translation>Latitude</translation>
        </message>
        <message>
            <source>Longitude</source>
            <translation>Longitude</translation>
        </message>
        <message>
            <source>Use these coordinates</source>
            <translation>Utiliser ces coordonnées</translation>
        </message>
    </context>
    <context>
        <name>LockedView</name>
        <message>
            <source>This device is locked</source>
            <translation>Cet appareil est bloqué</translation>
        </message>
        <message>
            <source>Too many wrong PINs were typed. Only a supervisor's recovery opens the device now: the supervisor brings the municipality's recovery key file and its passphrase. Nothing recorded on this device is lost.</source>
            <translation>Trop de codes PIN erronés ont été tapés. Seule la récupération par un superviseur ouvre l'appareil désormais : le superviseur apporte le fichier de la clé de récupération de la commune et sa phrase secrète. Rien de ce qui est enregistré sur cet appareil n'est perdu.</translation>
        </message>
        <message>
            <source>Recovery</source>
            <translation>Récupération</translation>
        </message>
    </context>
    <context>
        <name>LoginView</name>
        <message>
            <source>Tap your name first.</source>
            <translation>Touchez d'abord votre nom.</translation>
        </message>
        <message>
            <source>Type your PIN.</source>
            <translation>Tapez votre code PIN.</translation>
        </message>
        <message>
            <source>Checking the PIN</source>
            <translation>Vérification du code</translation>
        </message>
        <message>
            <source>Wrong PIN. Tries left before a 5-minute lock: %1.</source>
            <translation>Code PIN erroné. Essais restants avant un blocage de 5 minutes : %1.</translation>
        </message>
        <message>
            <source>You can try your PIN again.</source>
            <translation>Vous pouvez de nouveau saisir votre code.</translation>
        </message>
        <message>
            <source>Too many wrong PINs: login is locked until %1 (%2 min %3 s left). Ask your supervisor if you forgot your PIN.</source>
            <translation>Trop de codes erronés : la connexion est bloquée jusqu'à %1 (encore %2 min %3 s). Demandez à votre superviseur si vous avez oublié votre code.</translation>
        </message>
        <message>
            <source>Quittance — municipal revenue collection</source>
            <translation>Quittance — collecte des recettes municipales</translation>
        </message>
        <message>
            <source>Who are you?</source>
            <translation>Qui êtes-vous ?</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Superviseur</translation>
        </message>
        <message>
            <source>Log in as a supervisor, on the municipality's server</source>
            <translation>Se connecter comme superviseur, sur le serveur de la mairie</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Verrouiller</translation>
        </message>
        <message>
            <source>Lock the device: its PIN is asked again to open it</source>
            <translation>Verrouiller l'appareil : le code PIN sera redemandé pour l'ouvrir</translation>
        </message>
        <message>
            <source>Your PIN</source>
            <translation>Votre code PIN</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>Code PIN</translation>
        </message>
        <message>
            <source>Log in (Enter)</source>
            <translation>Se connecter (Entrée)</translation>
        </message>
        <message>
            <source>Demo mode — PINs: %1</source>
            <translation>Mode démo — codes : %1</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Quittance — %1</source>
            <translation>Quittance — %1</translation>
        </message>
        <message>
            <source>DEMO</source>
            <translation>DÉMO</translation>
        </message>
        <message>
            <source>Keyboard shortcuts (F1)</source>
            <translation>Raccourcis clavier (F1)</translation>
        </message>
    </context>
    <context>
        <name>MapScreen</name>
        <message>
            <source>Install a basemap</source>
            <translation>Installer un fond de carte</translation>
        </message>
        <message>
            <source>MBTiles basemaps (*.mbtiles);;All files (*)</source>
            <translation>Fonds de carte MBTiles (*.mbtiles);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Loading the map</source>
            <translation>Chargement de la carte</translation>
        </message>
        <message>
            <source>All zones</source>
            <translation>Toutes les zones</translation>
        </message>
        <message>
            <source>All taxes</source>
            <translation>Toutes les taxes</translation>
        </message>
        <message>
            <source>Status in %1:</source>
            <translation>Situation en %1 :</translation>
        </message>
        <message>
            <source>%1 taxpayer(s) on the map</source>
            <translation>%1 contribuable(s) sur la carte</translation>
        </message>
        <message>
            <source>No basemap on this device: install one from a file, or get them from the server.</source>
            <translation>Aucun fond de carte sur cet appareil : installez-en un depuis un fichier, ou récupérez ceux du serveur.</translation>
        </message>
        <message>
            <source>Basemap installed: %1</source>
            <translation>Fond de carte installé : %1</translation>
        </message>
        <message>
            <source>Installing the basemap</source>
            <translation>Installation du fond de carte</translation>
        </message>
        <message>
            <source>This device is not enrolled: enrol it on the Synchronise screen to get the server's basemaps.</source>
            <translation>Cet appareil n'est pas inscrit : inscrivez-le depuis l'écran Synchroniser pour récupérer les fonds de carte du serveur.</translation>
        </message>
        <message>
            <source>%1 basemap(s) from the server</source>
            <translation>%1 fond(s) de carte reçu(s) du serveur</translation>
        </message>
        <message>
            <source>Getting basemaps from the server</source>
            <translation>Récupération des fonds de carte du serveur</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Payé</translation>
        </message>
        <message>
            <source>Partly paid</source>
            <translation>Payé en partie</translation>
        </message>
        <message>
            <source>In arrears</source>
            <translation>En retard</translation>
        </message>
        <message>
            <source>Never assessed</source>
            <translation>Jamais imposé</translation>
        </message>
        <message>
            <source>My position</source>
            <translation>Ma position</translation>
        </message>
        <message>
            <source>Basemaps…</source>
            <translation>Fonds de carte…</translation>
        </message>
        <message>
            <source>Install from a file…</source>
            <translation>Installer depuis un fichier…</translation>
        </message>
        <message>
            <source>Get from the server</source>
            <translation>Récupérer du serveur</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Zoomer</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Dézoomer</translation>
        </message>
    </context>
    <context>
        <name>ObjectRow</name>
        <message>
            <source>Reference, e.g. plot or stall no.</source>
            <translation>Référence, par ex. n° de parcelle ou d'étal</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Référence</translation>
        </message>
        <message>
            <source>Description (optional)</source>
            <translation>Description (facultatif)</translation>
        </message>
        <message>
            <source>Surface?</source>
            <translation>Surface ?</translation>
        </message>
        <message>
            <source>Surface</source>
            <translation>Surface</translation>
        </message>
        <message>
            <source>Remove this object</source>
            <translation>Retirer cet objet</translation>
        </message>
    </context>
    <context>
        <name>ObjectsEditor</name>
        <message>
            <source>Already recorded: %1</source>
            <translation>Déjà enregistrés : %1</translation>
        </message>
        <message>
            <source>Taxable objects</source>
            <translation>Objets imposables</translation>
        </message>
        <message>
            <source>+ Add a taxable object</source>
            <translation>+ Ajouter un objet imposable</translation>
        </message>
    </context>
    <context>
        <name>PaymentView</name>
        <message>
            <source>Payment — %1</source>
            <translation>Paiement — %1</translation>
        </message>
        <message>
            <source>arrears</source>
            <translation>arriéré</translation>
        </message>
        <message>
            <source>Another tax or period (advance)…</source>
            <translation>Autre taxe ou période (avance)…</translation>
        </message>
        <message>
            <source>Balance due on this line: %1. A smaller amount is a partial payment.</source>
            <translation>Reste à payer sur cette ligne : %1. Un montant inférieur est un paiement partiel.</translation>
        </message>
        <message>
            <source>Nothing is owed here yet: tick “advance” if the taxpayer pays ahead.</source>
            <translation>Rien n'est encore dû ici : cochez « avance » si le contribuable paie d'avance.</translation>
        </message>
        <message>
            <source>From: %1</source>
            <translation>De : %1</translation>
        </message>
        <message>
            <source>For: %1</source>
            <translation>Pour : %1</translation>
        </message>
        <message>
            <source>Method: %1</source>
            <translation>Mode : %1</translation>
        </message>
        <message>
            <source>Confirm the payment</source>
            <translation>Confirmer le paiement</translation>
        </message>
        <message>
            <source>Confirm and record</source>
            <translation>Confirmer et enregistrer</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Retour</translation>
        </message>
        <message>
            <source>Recording the payment</source>
            <translation>Enregistrement du paiement</translation>
        </message>
        <message>
            <source>What is paid</source>
            <translation>Ce qui est payé</translation>
        </message>
        <message>
            <source>Tax</source>
            <translation>Taxe</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Période</translation>
        </message>
        <message>
            <source>Amount (%1)</source>
            <translation>Montant (%1)</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Mode</translation>
        </message>
        <message>
            <source>Transaction ref.</source>
            <translation>Réf. transaction</translation>
        </message>
        <message>
            <source>Reference of the mobile money transfer</source>
            <translation>Référence du transfert mobile money</translation>
        </message>
        <message>
            <source>Advance: the taxpayer pays ahead</source>
            <translation>Avance : le contribuable paie d'avance</translation>
        </message>
        <message>
            <source>Open a session</source>
            <translation>Ouvrir une session</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continuer</translation>
        </message>
    </context>
    <context>
        <name>PaymentsModel</name>
        <message>
            <source>Receipt</source>
            <translation>Reçu</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Tax</source>
            <translation>Taxe</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Mode</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>VOIDED: %1</source>
            <translation>ANNULÉ : %1</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>Valide</translation>
        </message>
    </context>
    <context>
        <name>PointsInput</name>
        <message>
            <source>Points: %1</source>
            <translation>Points : %1</translation>
        </message>
        <message>
            <source>Next point</source>
            <translation>Point suivant</translation>
        </message>
        <message>
            <source>Add this point</source>
            <translation>Ajouter ce point</translation>
        </message>
        <message>
            <source>Remove the selected point</source>
            <translation>Retirer le point choisi</translation>
        </message>
        <message>
            <source>Draw on the map</source>
            <translation>Dessiner sur la carte</translation>
        </message>
    </context>
    <context>
        <name>PolygonPanel</name>
        <message>
            <source>Saving the outline</source>
            <translation>Enregistrement du contour</translation>
        </message>
        <message>
            <source>Area: %1 m²</source>
            <translation>Surface : %1 m²</translation>
        </message>
        <message>
            <source>Area: —</source>
            <translation>Surface : —</translation>
        </message>
        <message>
            <source>Capturing this corner: %1 of %2 fixes… Stand still on it.</source>
            <translation>Relevé de ce coin : %1 positions sur %2… Restez immobile dessus.</translation>
        </message>
        <message>
            <source>Vertices: %1. Tap each corner, or stand on it and capture it. Drag a vertex to move it.</source>
            <translation>Sommets : %1. Touchez chaque coin, ou placez-vous dessus et relevez-le. Faites glisser un sommet pour le déplacer.</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Arrêter</translation>
        </message>
        <message>
            <source>Corner here</source>
            <translation>Coin ici</translation>
        </message>
        <message>
            <source>Capture the corner you stand on with the receiver</source>
            <translation>Relever avec le récepteur le coin où vous êtes</translation>
        </message>
        <message>
            <source>Outline of %1</source>
            <translation>Contour de %1</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Quitter</translation>
        </message>
    </context>
    <context>
        <name>PositionCapture</name>
        <message>
            <source>This device has no position service. Choose an external receiver in Settings, or enter the coordinates by hand.</source>
            <translation>Cet appareil n'a pas de service de localisation. Choisissez un récepteur externe dans les Paramètres, ou saisissez les coordonnées à la main.</translation>
        </message>
        <message>
            <source>Cannot read the NMEA log file: %1</source>
            <translation>Impossible de lire le journal NMEA : %1</translation>
        </message>
        <message>
            <source>The app is not allowed to use the position. Allow it in the system settings.</source>
            <translation>L'application n'a pas le droit d'utiliser la position. Autorisez-la dans les réglages du système.</translation>
        </message>
        <message>
            <source>The position service was switched off.</source>
            <translation>Le service de localisation a été coupé.</translation>
        </message>
        <message>
            <source>No position yet: go outside, away from walls, and try again.</source>
            <translation>Pas encore de position : sortez, loin des murs, et réessayez.</translation>
        </message>
        <message>
            <source>Cannot read the GNSS receiver (%1). Check that it is on and paired, and the port in Settings.</source>
            <translation>Impossible de lire le récepteur GNSS (%1). Vérifiez qu'il est allumé et appairé, et le port dans les Paramètres.</translation>
        </message>
    </context>
    <context>
        <name>PrintQueueView</name>
        <message>
            <source>…and %1 more.</source>
            <translation>…et %1 de plus.</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Imprimer</translation>
        </message>
        <message>
            <source>Every receipt is printed.</source>
            <translation>Tous les reçus sont imprimés.</translation>
        </message>
        <message>
            <source>Printing… Receipts still to print: %1.</source>
            <translation>Impression… Reçus encore à imprimer : %1.</translation>
        </message>
        <message>
            <source>%1 Receipts waiting: %2. Next try by itself in %3 s.</source>
            <translation>%1 Reçus en attente : %2. Prochain essai automatique dans %3 s.</translation>
        </message>
        <message>
            <source>Receipts still to print: %1.</source>
            <translation>Reçus encore à imprimer : %1.</translation>
        </message>
        <message>
            <source>Receipts to print</source>
            <translation>Reçus à imprimer</translation>
        </message>
        <message>
            <source>Payments recorded while no printer answered. Each citizen has a stub with the receipt number and its verification code. The receipts print by themselves, oldest first, as soon as a printer answers.</source>
            <translation>Paiements enregistrés quand aucune imprimante ne répondait. Chaque contribuable a un talon avec le numéro du reçu et son code de vérification. Les reçus s'impriment tout seuls, du plus ancien au plus récent, dès qu'une imprimante répond.</translation>
        </message>
        <message>
            <source>Print all</source>
            <translation>Tout imprimer</translation>
        </message>
        <message>
            <source>Printer settings</source>
            <translation>Réglages de l'imprimante</translation>
        </message>
    </context>
    <context>
        <name>PrintStatus</name>
        <message>
            <source>Nothing is lost: the payment is recorded, and the receipt can be printed again from the taxpayer's history.</source>
            <translation>Rien n'est perdu : le paiement est enregistré et le reçu peut être réimprimé depuis l'historique du contribuable.</translation>
        </message>
        <message>
            <source>Printing %1…</source>
            <translation>Impression en cours : %1…</translation>
        </message>
        <message>
            <source>Printing</source>
            <translation>Impression</translation>
        </message>
        <message>
            <source>Printed: %1.</source>
            <translation>Imprimé : %1.</translation>
        </message>
        <message>
            <source>Printer: %1.</source>
            <translation>Imprimante : %1.</translation>
        </message>
        <message>
            <source>Print another copy</source>
            <translation>Imprimer un autre exemplaire</translation>
        </message>
        <message>
            <source>Not printed: %1. %2</source>
            <translation>Non imprimé : %1. %2</translation>
        </message>
        <message>
            <source>Retry printing</source>
            <translation>Relancer l'impression</translation>
        </message>
    </context>
    <context>
        <name>PrinterPage</name>
        <message>
            <source>The test page was sent to the printer. Check that the accents and the QR code came out well.</source>
            <translation>La page de test a été envoyée à l'imprimante. Vérifiez que les accents et le code QR sont bien imprimés.</translation>
        </message>
        <message>
            <source>The test page did not print: %1</source>
            <translation>La page de test ne s'est pas imprimée : %1</translation>
        </message>
        <message>
            <source>Receipt printer</source>
            <translation>Imprimante à reçus</translation>
        </message>
        <message>
            <source>Choose the printer paired with this device, or type its address, then print a test page. You can also skip this step.</source>
            <translation>Choisissez l'imprimante appairée à cet appareil, ou saisissez son adresse, puis imprimez une page de test. Vous pouvez aussi passer cette étape.</translation>
        </message>
        <message>
            <source>Paired printers</source>
            <translation>Imprimantes appairées</translation>
        </message>
        <message>
            <source>Look again</source>
            <translation>Chercher à nouveau</translation>
        </message>
        <message>
            <source>No paired printer was found. Pair the printer in the system's Bluetooth settings, then tap Look again, or type its address below.</source>
            <translation>Aucune imprimante appairée n'a été trouvée. Appairez l'imprimante dans les réglages Bluetooth du système, puis touchez Chercher à nouveau, ou saisissez son adresse ci-dessous.</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Papier</translation>
        </message>
        <message>
            <source>Print a test page</source>
            <translation>Imprimer une page de test</translation>
        </message>
    </context>
    <context>
        <name>QrScanPanel</name>
        <message>
            <source>Hold the enrollment QR code your supervisor gave you in front of the camera, flat and whole in the picture.</source>
            <translation>Présentez à la caméra le code QR d'inscription que votre superviseur vous a donné, bien à plat et en entier dans l'image.</translation>
        </message>
        <message>
            <source>This QR code is not an enrollment code (a receipt's QR code, for example). Show the one your supervisor gave you.</source>
            <translation>Ce code QR n'est pas un code d'inscription (celui d'un reçu, par exemple). Montrez celui que votre superviseur vous a donné.</translation>
        </message>
        <message>
            <source>The camera could not be started. Close the apps that may be using it and try again, or type the address and the code.</source>
            <translation>La caméra n'a pas pu démarrer. Fermez les applications qui l'utilisent peut-être et réessayez, ou tapez l'adresse et le code.</translation>
        </message>
        <message>
            <source>Stop the camera</source>
            <translation>Arrêter la caméra</translation>
        </message>
    </context>
    <context>
        <name>QueueBadge</name>
        <message>
            <source>To print: %1</source>
            <translation>À imprimer : %1</translation>
        </message>
        <message>
            <source>Receipts waiting for a printer</source>
            <translation>Reçus en attente d'une imprimante</translation>
        </message>
    </context>
    <context>
        <name>Rail</name>
        <message>
            <source>Home</source>
            <translation>Accueil</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Rechercher</translation>
        </message>
        <message>
            <source>New
taxpayer</source>
            <translation>Nouveau
contribuable</translation>
        </message>
        <message>
            <source>Cash
session</source>
            <translation>Session
de caisse</translation>
        </message>
        <message>
            <source>Synchronise</source>
            <translation>Synchroniser</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>Census</source>
            <translation>Recensement</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>Carte</translation>
        </message>
        <message>
            <source>Log out</source>
            <translation>Déconnexion</translation>
        </message>
    </context>
    <context>
        <name>ReceiptPanel</name>
        <message>
            <source>Preparing the receipt preview</source>
            <translation>Préparation de l'aperçu du reçu</translation>
        </message>
        <message>
            <source>receipt %1</source>
            <translation>le reçu %1</translation>
        </message>
        <message>
            <source>The payment is recorded; the receipt prints by itself as soon as a printer answers.</source>
            <translation>Le paiement est enregistré ; le reçu s'imprimera tout seul dès qu'une imprimante répondra.</translation>
        </message>
        <message>
            <source>No preview: %1</source>
            <translation>Pas d'aperçu : %1</translation>
        </message>
        <message>
            <source>Payment recorded. Receipt N° %1.</source>
            <translation>Paiement enregistré. Reçu N° %1.</translation>
        </message>
        <message>
            <source>Taxpayer: %1</source>
            <translation>Contribuable : %1</translation>
        </message>
        <message>
            <source>Tax: %1</source>
            <translation>Taxe : %1</translation>
        </message>
        <message>
            <source>Amount: %1</source>
            <translation>Montant : %1</translation>
        </message>
        <message>
            <source>Method: %1</source>
            <translation>Mode : %1</translation>
        </message>
        <message>
            <source>Balance left on this line: %1</source>
            <translation>Reste à payer sur cette ligne : %1</translation>
        </message>
        <message>
            <source>Still owed on other taxes and periods: %1</source>
            <translation>Autres sommes dues (autres taxes et périodes) : %1</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>Reçu</translation>
        </message>
        <message>
            <source>New search</source>
            <translation>Nouvelle recherche</translation>
        </message>
        <message>
            <source>Back to the taxpayer</source>
            <translation>Retour au contribuable</translation>
        </message>
    </context>
    <context>
        <name>ReconciliationScreen</name>
        <message>
            <source>No connection: these figures were fetched at %1 and are not live.</source>
            <translation>Pas de connexion : ces chiffres ont été reçus à %1 et ne sont pas à jour.</translation>
        </message>
        <message>
            <source>Figures of the server, fetched at %1.</source>
            <translation>Chiffres du serveur, reçus à %1.</translation>
        </message>
        <message>
            <source>Yes (%1)</source>
            <translation>Oui (%1)</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <source>No agent had a cash session that day.</source>
            <translation>Aucun agent n'a eu de session de caisse ce jour-là.</translation>
        </message>
        <message>
            <source>Select an agent to count their cash.</source>
            <translation>Choisissez un agent pour compter ses espèces.</translation>
        </message>
        <message>
            <source>Reading the agent's day…</source>
            <translation>Lecture de la journée de l'agent…</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>Z-report: %1</source>
            <translation>Rapport Z : %1</translation>
        </message>
        <message>
            <source>not closed, or its Z-report not synced yet</source>
            <translation>pas clôturée, ou son rapport Z pas encore synchronisé</translation>
        </message>
        <message>
            <source>Session %1, opened at %2: float %3 + cash %4 (cash receipts: %5) = %6; %7</source>
            <translation>Session %1, ouverte à %2 : fonds de caisse %3 + espèces %4 (reçus en espèces : %5) = %6 ; %7</translation>
        </message>
        <message>
            <source>No cash session of this agent that day has been synced.</source>
            <translation>Aucune session de caisse de cet agent ce jour-là n'a été synchronisée.</translation>
        </message>
        <message>
            <source>Expected cash: %1</source>
            <translation>Espèces attendues : %1</translation>
        </message>
        <message>
            <source>Handed in at earlier sign-offs: %1</source>
            <translation>Déjà remis lors de validations précédentes : %1</translation>
        </message>
        <message>
            <source>Still open from earlier days: %1</source>
            <translation>Encore ouvert des jours précédents : %1</translation>
        </message>
        <message>
            <source>Sign-off %1 by %2 at %3: handed in %4, variance %5%6</source>
            <translation>Validation %1 par %2 le %3 : remis %4, écart %5%6</translation>
        </message>
        <message>
            <source>SIGNATURE FAILS: not counted</source>
            <translation>SIGNATURE INVALIDE : non comptée</translation>
        </message>
        <message>
            <source>Not signed off yet.</source>
            <translation>Pas encore validé.</translation>
        </message>
        <message>
            <source>Counted now: %1</source>
            <translation>Compté maintenant : %1</translation>
        </message>
        <message>
            <source>balanced</source>
            <translation>équilibré</translation>
        </message>
        <message>
            <source>shortfall</source>
            <translation>manquant</translation>
        </message>
        <message>
            <source>surplus</source>
            <translation>excédent</translation>
        </message>
        <message>
            <source>Variance: %1 (%2)</source>
            <translation>Écart : %1 (%2)</translation>
        </message>
        <message>
            <source>Sign off %1's cash for %2?

Counted now: %3
Variance: %4

The sign-off is signed and cannot be changed; a variance is settled only by a further sign-off.</source>
            <translation>Valider la caisse de %1 pour le %2 ?

Compté maintenant : %3
Écart : %4

La validation est signée et ne peut pas être modifiée ; un écart ne se règle que par une validation suivante.</translation>
        </message>
        <message>
            <source>Signed off: record %1, variance %2. Save the handover receipt for the agent.</source>
            <translation>Validé : enregistrement %1, écart %2. Enregistrez le reçu de remise pour l'agent.</translation>
        </message>
        <message>
            <source>Handover receipt saved: %1</source>
            <translation>Reçu de remise enregistré : %1</translation>
        </message>
        <message>
            <source>The server refused: %1</source>
            <translation>Le serveur a refusé : %1</translation>
        </message>
        <message>
            <source>The server cannot be reached. Nothing was recorded; try again when the network is back.</source>
            <translation>Le serveur est injoignable. Rien n'a été enregistré ; réessayez quand le réseau sera revenu.</translation>
        </message>
        <message>
            <source>The file could not be written: %1</source>
            <translation>Le fichier n'a pas pu être écrit : %1</translation>
        </message>
        <message>
            <source>Something went wrong: %1</source>
            <translation>Un problème est survenu : %1</translation>
        </message>
        <message>
            <source>Sign off</source>
            <translation>Valider</translation>
        </message>
        <message>
            <source>Save the handover receipt</source>
            <translation>Enregistrer le reçu de remise</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Reconciliation</source>
            <translation>Rapprochement de caisse</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Journée</translation>
        </message>
        <message>
            <source>← All agents</source>
            <translation>← Tous les agents</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualiser</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>Agent</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Attendu</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>Compté</translation>
        </message>
        <message>
            <source>Variance</source>
            <translation>Écart</translation>
        </message>
        <message>
            <source>Signed off</source>
            <translation>Validé</translation>
        </message>
        <message>
            <source>Cash counted now, by note and coin</source>
            <translation>Espèces comptées maintenant, par billet et pièce</translation>
        </message>
        <message>
            <source>Note for the record (optional)</source>
            <translation>Note pour l'enregistrement (facultative)</translation>
        </message>
    </context>
    <context>
        <name>RecoveryView</name>
        <message>
            <source>This recovery key file or its passphrase is not the right one. Check the file the municipality gave and type the passphrase again.</source>
            <translation>Ce fichier de clé de récupération ou sa phrase secrète n'est pas le bon. Vérifiez le fichier remis par la commune et tapez de nouveau la phrase secrète.</translation>
        </message>
        <message>
            <source>The file could not be read: %1</source>
            <translation>Le fichier n'a pas pu être lu : %1</translation>
        </message>
        <message>
            <source>Something went wrong: %1. Nothing recorded on this device was lost; try again.</source>
            <translation>Un problème est survenu : %1. Rien de ce qui est enregistré sur cet appareil n'est perdu ; réessayez.</translation>
        </message>
        <message>
            <source>The municipality's recovery key file</source>
            <translation>Le fichier de la clé de récupération de la commune</translation>
        </message>
        <message>
            <source>Recovery keys (*.pem *.key)</source>
            <translation>Clés de récupération (*.pem *.key)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Choose the recovery key file first.</source>
            <translation>Choisissez d'abord le fichier de la clé de récupération.</translation>
        </message>
        <message>
            <source>Type the recovery key's passphrase.</source>
            <translation>Tapez la phrase secrète de la clé de récupération.</translation>
        </message>
        <message>
            <source>The device is open and no longer locked. Now choose who uses it, and their new PIN.</source>
            <translation>L'appareil est ouvert et n'est plus bloqué. Choisissez maintenant qui l'utilise, et son nouveau code PIN.</translation>
        </message>
        <message>
            <source>Type the new PIN.</source>
            <translation>Tapez le nouveau code PIN.</translation>
        </message>
        <message>
            <source>The two PINs are not the same. Type the new PIN again.</source>
            <translation>Les deux codes PIN ne sont pas les mêmes. Tapez de nouveau le nouveau code PIN.</translation>
        </message>
        <message>
            <source>Recovery</source>
            <translation>Récupération</translation>
        </message>
        <message>
            <source>Choose a new PIN</source>
            <translation>Choisir un nouveau code PIN</translation>
        </message>
        <message>
            <source>A supervisor opens the device with the municipality's recovery key file and its passphrase.</source>
            <translation>Un superviseur ouvre l'appareil avec le fichier de la clé de récupération de la commune et sa phrase secrète.</translation>
        </message>
        <message>
            <source>Open the device</source>
            <translation>Ouvrir l'appareil</translation>
        </message>
        <message>
            <source>Tap the agent's name, then type their new PIN twice.</source>
            <translation>Touchez le nom de l'agent, puis tapez deux fois son nouveau code PIN.</translation>
        </message>
        <message>
            <source>Save the PIN and open</source>
            <translation>Enregistrer le code PIN et ouvrir</translation>
        </message>
        <message>
            <source>Recovery key file</source>
            <translation>Fichier de la clé de récupération</translation>
        </message>
        <message>
            <source>Choose the file…</source>
            <translation>Choisir le fichier…</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Phrase secrète</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>Nouveau code PIN</translation>
        </message>
        <message>
            <source>New PIN again</source>
            <translation>Confirmez le nouveau code PIN</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Retour</translation>
        </message>
    </context>
    <context>
        <name>RegisteredBox</name>
        <message>
            <source>Taxpayer registered: %1</source>
            <translation>Contribuable enregistré : %1</translation>
        </message>
        <message>
            <source>ID number: %1</source>
            <translation>N° d'identification : %1</translation>
        </message>
        <message>
            <source>Reference: %1</source>
            <translation>Référence : %1</translation>
        </message>
        <message>
            <source>No ID number or object reference was given.</source>
            <translation>Aucun n° d'identification ni référence d'objet n'a été saisi.</translation>
        </message>
        <message>
            <source>Take a payment</source>
            <translation>Encaisser</translation>
        </message>
        <message>
            <source>Register another</source>
            <translation>Enregistrer un autre</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
    </context>
    <context>
        <name>RepeatSheet</name>
        <message>
            <source>Recorded: %1</source>
            <translation>Enregistrés : %1</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Add another: %1</source>
            <translation>En ajouter un autre : %1</translation>
        </message>
        <message>
            <source>Add: %1</source>
            <translation>Ajouter : %1</translation>
        </message>
        <message>
            <source>Tap Next when there are no more.</source>
            <translation>Touchez Suivant quand il n'y en a plus.</translation>
        </message>
    </context>
    <context>
        <name>SearchResultDelegate</name>
        <message>
            <source>(deactivated)</source>
            <translation>(désactivé)</translation>
        </message>
    </context>
    <context>
        <name>SearchView</name>
        <message>
            <source>Type a name, a phone number, an ID, a receipt number or a reference.</source>
            <translation>Tapez un nom, un numéro de téléphone, un identifiant, un numéro de reçu ou une référence.</translation>
        </message>
        <message>
            <source>No taxpayer found for “%1”.</source>
            <translation>Aucun contribuable trouvé pour « %1 ».</translation>
        </message>
        <message>
            <source>First %2 results for “%1”: type more to narrow down.</source>
            <translation>Les %2 premiers résultats pour « %1 » : tapez la suite pour affiner.</translation>
        </message>
        <message>
            <source>Results for “%1”: %2</source>
            <translation>Résultats pour « %1 » : %2</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Rechercher</translation>
        </message>
        <message>
            <source>Name, phone, ID, receipt no. or reference</source>
            <translation>Nom, téléphone, identifiant, n° de reçu ou référence</translation>
        </message>
        <message>
            <source>Taxpayers found</source>
            <translation>Contribuables trouvés</translation>
        </message>
        <message>
            <source>New taxpayer</source>
            <translation>Nouveau contribuable</translation>
        </message>
    </context>
    <context>
        <name>SessionView</name>
        <message>
            <source>Opening the session</source>
            <translation>Ouverture de la session</translation>
        </message>
        <message>
            <source>Session opened. You can take payments.</source>
            <translation>Session ouverte. Vous pouvez encaisser.</translation>
        </message>
        <message>
            <source>Close the cash session</source>
            <translation>Fermer la session de caisse</translation>
        </message>
        <message>
            <source>After closing, no payment can be taken until a new session is opened. The Z-report will be shown and printed. Close now?</source>
            <translation>Après la fermeture, aucun paiement n'est possible avant l'ouverture d'une nouvelle session. Le rapport Z sera affiché et imprimé. Fermer maintenant ?</translation>
        </message>
        <message>
            <source>Close the session</source>
            <translation>Fermer la session</translation>
        </message>
        <message>
            <source>Keep it open</source>
            <translation>La garder ouverte</translation>
        </message>
        <message>
            <source>Closing the session</source>
            <translation>Fermeture de la session</translation>
        </message>
        <message>
            <source>Session closed. Hand in the cash with the Z-report.</source>
            <translation>Session fermée. Remettez l'argent avec le rapport Z.</translation>
        </message>
        <message>
            <source>the Z-report</source>
            <translation>le rapport Z</translation>
        </message>
        <message>
            <source>The session is closed and its report is kept: print it again with Retry.</source>
            <translation>La session est fermée et son rapport est conservé : relancez l'impression.</translation>
        </message>
        <message>
            <source>Session open since %1</source>
            <translation>Session ouverte depuis le %1</translation>
        </message>
        <message>
            <source>No session open: payments are blocked until you open one.</source>
            <translation>Aucune session ouverte : les paiements sont bloqués jusqu'à l'ouverture d'une session.</translation>
        </message>
        <message>
            <source>See the Z-report of the session just closed</source>
            <translation>Voir le rapport Z de la session qui vient d'être fermée</translation>
        </message>
        <message>
            <source>Open a new session</source>
            <translation>Ouvrir une nouvelle session</translation>
        </message>
        <message>
            <source>Cash session</source>
            <translation>Session de caisse</translation>
        </message>
        <message>
            <source>Opening float: the cash in the till now (%1). Leave empty if none.</source>
            <translation>Fonds de caisse : l'argent présent dans la caisse maintenant (%1). Laissez vide s'il n'y en a pas.</translation>
        </message>
        <message>
            <source>Open the session</source>
            <translation>Ouvrir la session</translation>
        </message>
        <message>
            <source>Close the session…</source>
            <translation>Fermer la session…</translation>
        </message>
        <message>
            <source>Z-report of the session just closed</source>
            <translation>Rapport Z de la session qui vient d'être fermée</translation>
        </message>
    </context>
    <context>
        <name>SettingsView</name>
        <message>
            <source>Choose an NMEA log</source>
            <translation>Choisir un journal NMEA</translation>
        </message>
        <message>
            <source>NMEA logs (*.nmea *.txt *.log);;All files (*)</source>
            <translation>Journaux NMEA (*.nmea *.txt *.log);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Saving the settings</source>
            <translation>Enregistrement des paramètres</translation>
        </message>
        <message>
            <source>Settings saved.</source>
            <translation>Paramètres enregistrés.</translation>
        </message>
        <message>
            <source>the test page</source>
            <translation>la page de test</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Receipt printer</source>
            <translation>Imprimante à reçus</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <source>bt://AA:BB:CC:DD:EE:FF for Bluetooth, serial:///dev/rfcomm0 or serial://COM5, tcp://192.168.1.50:9100, or file:///path for a file. A USB printer: serial:///dev/ttyUSB0, serial://COM3 or file:///dev/usb/lp0.</source>
            <translation>bt://AA:BB:CC:DD:EE:FF pour le Bluetooth, serial:///dev/rfcomm0 ou serial://COM5, tcp://192.168.1.50:9100, ou file:///chemin pour un fichier. Une imprimante USB : serial:///dev/ttyUSB0, serial://COM3 ou file:///dev/usb/lp0.</translation>
        </message>
        <message>
            <source>Print a test page</source>
            <translation>Imprimer une page de test</translation>
        </message>
        <message>
            <source>Position (GPS)</source>
            <translation>Position (GPS)</translation>
        </message>
        <message>
            <source>System position service</source>
            <translation>Service de localisation du système</translation>
        </message>
        <message>
            <source>External receiver (serial or Bluetooth port)</source>
            <translation>Récepteur externe (port série ou Bluetooth)</translation>
        </message>
        <message>
            <source>NMEA log file (replay)</source>
            <translation>Journal NMEA (relecture)</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Port and speed</source>
            <translation>Port et vitesse</translation>
        </message>
        <message>
            <source>Log file</source>
            <translation>Fichier journal</translation>
        </message>
        <message>
            <source>Range error (UERE)</source>
            <translation>Erreur de distance (UERE)</translation>
        </message>
        <message>
            <source>Accuracy needed</source>
            <translation>Précision exigée</translation>
        </message>
        <message>
            <source>Fixes averaged</source>
            <translation>Positions moyennées</translation>
        </message>
        <message>
            <source>Good up to</source>
            <translation>Précision bonne jusqu'à</translation>
        </message>
        <message>
            <source>Fair up to</source>
            <translation>Précision moyenne jusqu'à</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Parcourir…</translation>
        </message>
        <message>
            <source>e.g. /dev/rfcomm0 or COM5</source>
            <translation>par ex. /dev/rfcomm0 ou COM5</translation>
        </message>
        <message>
            <source>Capture waits until the accuracy is this good or better, unless you accept a worse fix. Without a GST error estimate from the receiver, accuracy is 2 × HDOP × the range error. Once it is, that many fixes are averaged into the position kept (1: no averaging).</source>
            <translation>La capture attend une précision au moins aussi bonne, sauf si vous acceptez une position moins précise. Sans estimation d'erreur GST du récepteur, la précision vaut 2 × HDOP × l'erreur de distance. Ensuite, ce nombre de positions est moyenné pour la position gardée (1 : pas de moyenne).</translation>
        </message>
        <message>
            <source>Synchronisation server</source>
            <translation>Serveur de synchronisation</translation>
        </message>
        <message>
            <source>https://revenue.city.example</source>
            <translation>https://recettes.mairie.example</translation>
        </message>
        <message>
            <source>Save the settings</source>
            <translation>Enregistrer les paramètres</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>Home, Search, New taxpayer, Cash session, Synchronise, Settings</source>
            <translation>Accueil, Rechercher, Nouveau contribuable, Session de caisse, Synchroniser, Paramètres</translation>
        </message>
        <message>
            <source>Receipts waiting for a printer (print queue)</source>
            <translation>Reçus en attente d'une imprimante (file d'impression)</translation>
        </message>
        <message>
            <source>Census</source>
            <translation>Recensement</translation>
        </message>
        <message>
            <source>Census form: next / previous page</source>
            <translation>Formulaire de recensement : page suivante / précédente</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>Carte</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Rechercher</translation>
        </message>
        <message>
            <source>New taxpayer</source>
            <translation>Nouveau contribuable</translation>
        </message>
        <message>
            <source>Log out</source>
            <translation>Déconnexion</translation>
        </message>
        <message>
            <source>Search: go to the results / open the taxpayer</source>
            <translation>Recherche : aller aux résultats / ouvrir le contribuable</translation>
        </message>
        <message>
            <source>Taxpayer card: take a payment</source>
            <translation>Fiche : encaisser</translation>
        </message>
        <message>
            <source>Taxpayer card: edit</source>
            <translation>Fiche : modifier</translation>
        </message>
        <message>
            <source>Taxpayer card: reprint the selected receipt (duplicate)</source>
            <translation>Fiche : réimprimer le reçu choisi (duplicata)</translation>
        </message>
        <message>
            <source>Taxpayer card: void the selected receipt</source>
            <translation>Fiche : annuler le reçu choisi</translation>
        </message>
        <message>
            <source>Payment: continue to the confirmation</source>
            <translation>Paiement : passer à la confirmation</translation>
        </message>
        <message>
            <source>Retry a failed print</source>
            <translation>Relancer une impression échouée</translation>
        </message>
        <message>
            <source>Save (taxpayer, settings)</source>
            <translation>Enregistrer (contribuable, paramètres)</translation>
        </message>
        <message>
            <source>Registration: capture the position</source>
            <translation>Recensement : capturer la position</translation>
        </message>
        <message>
            <source>Cash session: open</source>
            <translation>Session de caisse : ouvrir</translation>
        </message>
        <message>
            <source>Cash session: close</source>
            <translation>Session de caisse : fermer</translation>
        </message>
        <message>
            <source>Settings: print a test page</source>
            <translation>Paramètres : imprimer une page de test</translation>
        </message>
        <message>
            <source>Back / cancel</source>
            <translation>Retour / annuler</translation>
        </message>
        <message>
            <source>This list</source>
            <translation>Cette liste</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
    </context>
    <context>
        <name>Statements</name>
        <message>
            <source>Operator's statement</source>
            <translation>Relevé de l'opérateur</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Mobile-money statements</source>
            <translation>Relevés de mobile money</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Du</translation>
        </message>
        <message>
            <source>to</source>
            <translation>au</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Afficher</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Opérateur</translation>
        </message>
        <message>
            <source>e.g. Orange Money</source>
            <translation>ex. Orange Money</translation>
        </message>
        <message>
            <source>Choose a file…</source>
            <translation>Choisir un fichier…</translation>
        </message>
        <message>
            <source>No file chosen</source>
            <translation>Aucun fichier choisi</translation>
        </message>
        <message>
            <source>Reference column</source>
            <translation>Colonne de la référence</translation>
        </message>
        <message>
            <source>Amount column</source>
            <translation>Colonne du montant</translation>
        </message>
        <message>
            <source>Date and time column</source>
            <translation>Colonne de la date et l'heure</translation>
        </message>
        <message>
            <source>In/out column</source>
            <translation>Colonne entrée/sortie</translation>
        </message>
        <message>
            <source>Status column</source>
            <translation>Colonne du statut</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(aucune)</translation>
        </message>
        <message>
            <source>Date format</source>
            <translation>Format de date</translation>
        </message>
        <message>
            <source>e.g. %d/%m/%Y %H:%M (empty: 2026-11-24 15:30)</source>
            <translation>ex. %d/%m/%Y %H:%M (vide : 2026-11-24 15:30)</translation>
        </message>
        <message>
            <source>Decimal separator</source>
            <translation>Séparateur décimal</translation>
        </message>
        <message>
            <source>comma (1 500,00)</source>
            <translation>virgule (1 500,00)</translation>
        </message>
        <message>
            <source>point (1,500.00)</source>
            <translation>point (1,500.00)</translation>
        </message>
        <message>
            <source>Import and match</source>
            <translation>Importer et rapprocher</translation>
        </message>
        <message>
            <source>Why this flag is cleared (required)</source>
            <translation>Pourquoi cette alerte est levée (obligatoire)</translation>
        </message>
        <message>
            <source>Clear the flag</source>
            <translation>Lever l'alerte</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <source>Flags (%1 open)</source>
            <translation>Alertes (%1 ouvertes)</translation>
        </message>
        <message>
            <source>Matched (%1)</source>
            <translation>Rapprochés (%1)</translation>
        </message>
        <message>
            <source>The server cannot be reached. Nothing was changed; try again when the network is back.</source>
            <translation>Le serveur est injoignable. Rien n'a été modifié ; réessayez quand le réseau sera revenu.</translation>
        </message>
        <message>
            <source>This file is larger than 3 MB: ask the operator for one statement per week or day.</source>
            <translation>Ce fichier dépasse 3 Mo : demandez à l'opérateur un relevé par semaine ou par jour.</translation>
        </message>
        <message>
            <source>The file cannot be read: %1</source>
            <translation>Le fichier ne peut pas être lu : %1</translation>
        </message>
        <message>
            <source>%1: %2 line(s), header on line %3</source>
            <translation>%1 : %2 ligne(s), en-tête à la ligne %3</translation>
        </message>
        <message>
            <source>Type the operator's name first.</source>
            <translation>Saisissez d'abord le nom de l'opérateur.</translation>
        </message>
        <message>
            <source>%1 line(s) read: %2 new, %3 already imported, %4 unreadable, %5 skipped.</source>
            <translation>%1 ligne(s) lue(s) : %2 nouvelle(s), %3 déjà importée(s), %4 illisible(s), %5 écartée(s).</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation>Ligne %1 : %2</translation>
        </message>
        <message>
            <source>… and %1 more.</source>
            <translation>… et %1 de plus.</translation>
        </message>
        <message>
            <source>The server cannot be reached: shown as it was at %1.</source>
            <translation>Le serveur est injoignable : affiché tel qu'il était à %1.</translation>
        </message>
        <message>
            <source>Flag %1 cleared.</source>
            <translation>Alerte %1 levée.</translation>
        </message>
        <message>
            <source>Different amount</source>
            <translation>Montant différent</translation>
        </message>
        <message>
            <source>Outside the time window</source>
            <translation>Hors de la fenêtre de temps</translation>
        </message>
        <message>
            <source>No receipt</source>
            <translation>Aucun reçu</translation>
        </message>
        <message>
            <source>Not on the statement</source>
            <translation>Absent du relevé</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problème</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Référence</translation>
        </message>
        <message>
            <source>Statement</source>
            <translation>Relevé</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>Reçu</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <source>Statement time</source>
            <translation>Heure au relevé</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>Agent</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouverte</translation>
        </message>
        <message>
            <source>Cleared by %1 (%2): %3</source>
            <translation>Levée par %1 (%2) : %3</translation>
        </message>
        <message>
            <source>%1, line %2</source>
            <translation>%1, ligne %2</translation>
        </message>
    </context>
    <context>
        <name>Stepper</name>
        <message>
            <source>Less</source>
            <translation>Moins</translation>
        </message>
        <message>
            <source>More</source>
            <translation>Plus</translation>
        </message>
    </context>
    <context>
        <name>StorageBanner</name>
        <message>
            <source>Storage problem: payments are stopped until it is fixed</source>
            <translation>Problème de stockage : les paiements sont arrêtés jusqu'à ce qu'il soit réglé</translation>
        </message>
        <message>
            <source>Check again</source>
            <translation>Vérifier à nouveau</translation>
        </message>
    </context>
    <context>
        <name>StubCard</name>
        <message>
            <source>Write on the citizen's stub:</source>
            <translation>À écrire sur le talon du contribuable :</translation>
        </message>
        <message>
            <source>Receipt N°</source>
            <translation>Reçu N°</translation>
        </message>
        <message>
            <source>Verification code</source>
            <translation>Code de vérification</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>%1 (paper: %2)</source>
            <translation>%1 (papier : %2)</translation>
        </message>
        <message>
            <source>None yet: choose it later in Settings</source>
            <translation>Aucune pour l'instant : à choisir plus tard dans les Paramètres</translation>
        </message>
        <message>
            <source>External receiver on %1</source>
            <translation>Récepteur externe sur %1</translation>
        </message>
        <message>
            <source>NMEA log %1</source>
            <translation>Journal NMEA %1</translation>
        </message>
        <message>
            <source>The device's own position service</source>
            <translation>Le service de position de l'appareil</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Prêt</translation>
        </message>
        <message>
            <source>This is how the device is set up. Finish, then log in with your name and PIN. Everything here can be changed later in Settings.</source>
            <translation>Voici comment l'appareil est configuré. Terminez, puis connectez-vous avec votre nom et votre code PIN. Tout ceci peut être changé plus tard dans les Paramètres.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Commune</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>Appareil</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>Serveur</translation>
        </message>
        <message>
            <source>Agents</source>
            <translation>Agents</translation>
        </message>
        <message>
            <source>Printer</source>
            <translation>Imprimante</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
    </context>
    <context>
        <name>SummarySheet</name>
        <message>
            <source>Summary</source>
            <translation>Récapitulatif</translation>
        </message>
        <message>
            <source>%1 of %2 questions answered.</source>
            <translation>%1 questions répondues sur %2.</translation>
        </message>
        <message>
            <source>No answer is missing or wrong. Submitting records the form on this device; it is sent with the next synchronisation.</source>
            <translation>Aucune réponse ne manque ni n'est fausse. L'envoi enregistre le formulaire sur cet appareil ; il part avec la prochaine synchronisation.</translation>
        </message>
        <message>
            <source>Correct these answers before submitting.</source>
            <translation>Corrigez ces réponses avant d'envoyer.</translation>
        </message>
        <message>
            <source>Submit</source>
            <translation>Envoyer</translation>
        </message>
    </context>
    <context>
        <name>SupervisorAdmin</name>
        <message>
            <source>Agents</source>
            <translation>Agents</translation>
        </message>
        <message>
            <source>Zones</source>
            <translation>Zones</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>Appareils</translation>
        </message>
        <message>
            <source>Tax schedule</source>
            <translation>Barème des taxes</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Réglages</translation>
        </message>
        <message>
            <source>Administration</source>
            <translation>Administration</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>Lecture</translation>
        </message>
        <message>
            <source>Server unreachable: shown as read at %1.</source>
            <translation>Serveur injoignable : affiché tel que lu le %1.</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>Envoi</translation>
        </message>
        <message>
            <source>The server refused: %1</source>
            <translation>Le serveur a refusé : %1</translation>
        </message>
        <message>
            <source>The server cannot be reached. Nothing was changed; try again when the network is back.</source>
            <translation>Le serveur est injoignable. Rien n'a été modifié ; réessayez quand le réseau sera revenu.</translation>
        </message>
        <message>
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message>
            <source>Device code, e.g. T09</source>
            <translation>Code de l'appareil, ex. T09</translation>
        </message>
        <message>
            <source>Its agents, comma-separated</source>
            <translation>Ses agents, séparés par des virgules</translation>
        </message>
        <message>
            <source>Make enrollment code</source>
            <translation>Créer un code d'inscription</translation>
        </message>
        <message>
            <source>Revoke</source>
            <translation>Révoquer</translation>
        </message>
        <message>
            <source>Scan on the device</source>
            <translation>À scanner sur l'appareil</translation>
        </message>
        <message>
            <source>Valid once, until %1.</source>
            <translation>Valable une fois, jusqu'au %1.</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>Appareil</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Last sync</source>
            <translation>Dernière synchro</translation>
        </message>
        <message>
            <source>App</source>
            <translation>Appli</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <source>Revoked</source>
            <translation>Révoqué</translation>
        </message>
        <message>
            <source>Stopped (alert)</source>
            <translation>Arrêté (alerte)</translation>
        </message>
        <message>
            <source>Waiting to enroll</source>
            <translation>En attente d'inscription</translation>
        </message>
        <message>
            <source>Type the device's code and the name of at least one of its agents.</source>
            <translation>Saisissez le code de l'appareil et le nom d'au moins un de ses agents.</translation>
        </message>
        <message>
            <source>Enrollment code for %1: %2</source>
            <translation>Code d'inscription pour %1 : %2</translation>
        </message>
        <message>
            <source>Press again to revoke %1</source>
            <translation>Appuyez encore pour révoquer %1</translation>
        </message>
        <message>
            <source>Device %1 revoked: its token is refused from now on.</source>
            <translation>Appareil %1 révoqué : son jeton est refusé désormais.</translation>
        </message>
        <message>
            <source>The enrollment code of %1 no longer works.</source>
            <translation>Le code d'inscription de %1 ne fonctionne plus.</translation>
        </message>
        <message>
            <source>Agent's name</source>
            <translation>Nom de l'agent</translation>
        </message>
        <message>
            <source>PIN (4 to 12 digits)</source>
            <translation>PIN (4 à 12 chiffres)</translation>
        </message>
        <message>
            <source>Zones, e.g. KAT, NDE</source>
            <translation>Zones, ex. KAT, NDE</translation>
        </message>
        <message>
            <source>Add agent</source>
            <translation>Ajouter l'agent</translation>
        </message>
        <message>
            <source>Give these zones</source>
            <translation>Donner ces zones</translation>
        </message>
        <message>
            <source>Set this PIN</source>
            <translation>Définir ce PIN</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Superviseur</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>Agent</translation>
        </message>
        <message>
            <source>Deactivated</source>
            <translation>Désactivé</translation>
        </message>
        <message>
            <source>Reactivate</source>
            <translation>Réactiver</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>Désactiver</translation>
        </message>
        <message>
            <source>Type the agent's name and a PIN of 4 to 12 digits.</source>
            <translation>Saisissez le nom de l'agent et un PIN de 4 à 12 chiffres.</translation>
        </message>
        <message>
            <source>Agent %1 added.</source>
            <translation>Agent %1 ajouté.</translation>
        </message>
        <message>
            <source>Zones of %1: %2.</source>
            <translation>Zones de %1 : %2.</translation>
        </message>
        <message>
            <source>Type the new PIN (4 to 12 digits) in the PIN field.</source>
            <translation>Saisissez le nouveau PIN (4 à 12 chiffres) dans le champ PIN.</translation>
        </message>
        <message>
            <source>New PIN for %1; their devices take it at their next sync.</source>
            <translation>Nouveau PIN pour %1 ; ses appareils le reçoivent à leur prochaine synchro.</translation>
        </message>
        <message>
            <source>%1 is active again.</source>
            <translation>%1 est de nouveau actif.</translation>
        </message>
        <message>
            <source>%1 is deactivated; what they recorded stays as it is.</source>
            <translation>%1 est désactivé ; ce qu'il a enregistré reste tel quel.</translation>
        </message>
        <message>
            <source>Code, e.g. KAT</source>
            <translation>Code, ex. KAT</translation>
        </message>
        <message>
            <source>Zone's name</source>
            <translation>Nom de la zone</translation>
        </message>
        <message>
            <source>Add zone</source>
            <translation>Ajouter la zone</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Renommer</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Taxpayers</source>
            <translation>Contribuables</translation>
        </message>
        <message>
            <source>Type the new zone's code and name.</source>
            <translation>Saisissez le code et le nom de la nouvelle zone.</translation>
        </message>
        <message>
            <source>Zone %1 added.</source>
            <translation>Zone %1 ajoutée.</translation>
        </message>
        <message>
            <source>Zone %1 is now called %2.</source>
            <translation>La zone %1 s'appelle désormais %2.</translation>
        </message>
        <message>
            <source>New amount (or rate)</source>
            <translation>Nouveau montant (ou taux)</translation>
        </message>
        <message>
            <source>Why (e.g. budget voted on 12 December)</source>
            <translation>Pourquoi (ex. budget voté le 12 décembre)</translation>
        </message>
        <message>
            <source>Apply from this date</source>
            <translation>Appliquer à partir de cette date</translation>
        </message>
        <message>
            <source>Tax</source>
            <translation>Taxe</translation>
        </message>
        <message>
            <source>From</source>
            <translation>À partir du</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Aujourd'hui</translation>
        </message>
        <message>
            <source>per unit</source>
            <translation>par unité</translation>
        </message>
        <message>
            <source>from the start</source>
            <translation>depuis le début</translation>
        </message>
        <message>
            <source>in force</source>
            <translation>en vigueur</translation>
        </message>
        <message>
            <source>%1: %2 from %3. What was assessed before keeps its amount.</source>
            <translation>%1 : %2 à partir du %3. Ce qui a été établi avant garde son montant.</translation>
        </message>
        <message>
            <source>New value of the chosen setting</source>
            <translation>Nouvelle valeur du réglage choisi</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>What is past its retention period?</source>
            <translation>Qu'est-ce qui a dépassé sa durée de conservation ?</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Réglage</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <source>Default</source>
            <translation>Par défaut</translation>
        </message>
        <message>
            <source>Changed by</source>
            <translation>Modifié par</translation>
        </message>
        <message>
            <source>Years fiscal records (events, receipts, sign-offs) are kept. They are never deleted early.</source>
            <translation>Années de conservation des pièces fiscales (événements, reçus, validations). Elles ne sont jamais supprimées avant.</translation>
        </message>
        <message>
            <source>Years a closed taxpayer's personal data is kept after they are closed.</source>
            <translation>Années de conservation des données personnelles d'un contribuable après sa fermeture.</translation>
        </message>
        <message>
            <source>Days ended supervisor sessions and rate-limit counters are kept.</source>
            <translation>Jours de conservation des sessions de superviseur terminées et des compteurs de tentatives.</translation>
        </message>
        <message>
            <source>Choose a setting in the list to change it.</source>
            <translation>Choisissez un réglage dans la liste pour le modifier.</translation>
        </message>
        <message>
            <source>%1 is now %2.</source>
            <translation>%1 vaut désormais %2.</translation>
        </message>
        <message>
            <source>Fiscal records older than %1 years: %2 events, %3 receipts (kept, never deleted). Taxpayers closed more than %4 years ago: %5 (a supervisor decides). Sessions older than %6 days: %7 (deleted by the server's retention purge).</source>
            <translation>Pièces fiscales de plus de %1 ans : %2 événements, %3 reçus (conservés, jamais supprimés). Contribuables fermés depuis plus de %4 ans : %5 (un superviseur décide). Sessions de plus de %6 jours : %7 (supprimées par la purge de conservation du serveur).</translation>
        </message>
    </context>
    <context>
        <name>SupervisorAlerts</name>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Why: what you checked or found</source>
            <translation>Pourquoi : ce que vous avez vérifié ou constaté</translation>
        </message>
        <message>
            <source>Write the reason for your decision.</source>
            <translation>Écrivez la raison de votre décision.</translation>
        </message>
        <message>
            <source>Reading the queue from the server…</source>
            <translation>Lecture de la file sur le serveur…</translation>
        </message>
        <message>
            <source>No open alert.</source>
            <translation>Aucune alerte ouverte.</translation>
        </message>
        <message>
            <source>No void waits for approval.</source>
            <translation>Aucune annulation n'attend d'approbation.</translation>
        </message>
        <message>
            <source>Recorded: %1, by %2.</source>
            <translation>Enregistré : %1, par %2.</translation>
        </message>
        <message>
            <source>The server cannot be reached: nothing was decided. Try again when the network is back.</source>
            <translation>Le serveur est injoignable : rien n'a été décidé. Réessayez quand le réseau sera revenu.</translation>
        </message>
        <message>
            <source>Someone else decided this a moment ago: the list is read again.</source>
            <translation>Quelqu'un d'autre vient de le décider : la liste est relue.</translation>
        </message>
        <message>
            <source>This is no longer open (its cause ended, or it was decided): the list is read again.</source>
            <translation>Ce n'est plus ouvert (sa cause a cessé, ou c'est décidé) : la liste est relue.</translation>
        </message>
        <message>
            <source>The server refused: %1</source>
            <translation>Le serveur a refusé : %1</translation>
        </message>
        <message>
            <source>Something went wrong: %1</source>
            <translation>Un problème est survenu : %1</translation>
        </message>
        <message>
            <source>Alerts and voids</source>
            <translation>Alertes et annulations</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualiser</translation>
        </message>
        <message>
            <source>Alerts (%1)</source>
            <translation>Alertes (%1)</translation>
        </message>
        <message>
            <source>Voids to approve (%1)</source>
            <translation>Annulations à approuver (%1)</translation>
        </message>
        <message>
            <source>Technical journal</source>
            <translation>Journal technique</translation>
        </message>
        <message>
            <source>Not live: the server cannot be reached. As it was at %1; decisions wait for the network.</source>
            <translation>Pas en direct : le serveur est injoignable. État au %1 ; les décisions attendent le réseau.</translation>
        </message>
        <message>
            <source>As the server gave it at %1.</source>
            <translation>Tel que le serveur l'a donné le %1.</translation>
        </message>
        <message>
            <source>Broken chain: an event was changed or removed</source>
            <translation>Chaîne rompue : un événement a été modifié ou supprimé</translation>
        </message>
        <message>
            <source>Fork: another event under a number already received</source>
            <translation>Fourche : un autre événement sous un numéro déjà reçu</translation>
        </message>
        <message>
            <source>Bad signature: not signed with this device's key</source>
            <translation>Signature invalide : pas signé avec la clé de cet appareil</translation>
        </message>
        <message>
            <source>Events missing from what the device sent</source>
            <translation>Des événements manquent dans l'envoi de l'appareil</translation>
        </message>
        <message>
            <source>An event the server cannot read</source>
            <translation>Un événement que le serveur ne peut pas lire</translation>
        </message>
        <message>
            <source>Events of another device sent with this one's token</source>
            <translation>Des événements d'un autre appareil envoyés avec le jeton de celui-ci</translation>
        </message>
        <message>
            <source>No sync for %1 days</source>
            <translation>Aucune synchronisation depuis %1 jours</translation>
        </message>
        <message>
            <source>Clock ahead by at least %1 min</source>
            <translation>Horloge en avance d'au moins %1 min</translation>
        </message>
        <message>
            <source>Clock possibly behind by up to %1 min</source>
            <translation>Horloge peut-être en retard, jusqu'à %1 min</translation>
        </message>
        <message>
            <source>Last sync: %1.</source>
            <translation>Dernière synchronisation : %1.</translation>
        </message>
        <message>
            <source>Never synced since its enrollment (%1).</source>
            <translation>Jamais synchronisé depuis son inscription (%1).</translation>
        </message>
        <message>
            <source>Its events are dated after they reached the server. Since %1.</source>
            <translation>Ses événements sont datés après leur arrivée au serveur. Depuis le %1.</translation>
        </message>
        <message>
            <source>No event reached the server sooner after it was recorded; or the device syncs long after recording. Since %1.</source>
            <translation>Aucun événement n'est arrivé au serveur plus tôt après son enregistrement ; ou l'appareil se synchronise longtemps après. Depuis le %1.</translation>
        </message>
        <message>
            <source>Refused at event %1, %2.</source>
            <translation>Refusé à l'événement %1, %2.</translation>
        </message>
        <message>
            <source>Its syncs are stopped until you decide.</source>
            <translation>Ses synchronisations sont arrêtées jusqu'à votre décision.</translation>
        </message>
        <message>
            <source>Device %1 · %2</source>
            <translation>Appareil %1 · %2</translation>
        </message>
        <message>
            <source>Device %1</source>
            <translation>Appareil %1</translation>
        </message>
        <message>
            <source>Acknowledge</source>
            <translation>Pris en compte</translation>
        </message>
        <message>
            <source>Revoke the device</source>
            <translation>Révoquer l'appareil</translation>
        </message>
        <message>
            <source>Let it sync again</source>
            <translation>Autoriser à nouveau</translation>
        </message>
        <message>
            <source>Approve the void</source>
            <translation>Approuver l'annulation</translation>
        </message>
        <message>
            <source>Reject the void</source>
            <translation>Refuser l'annulation</translation>
        </message>
        <message>
            <source>The alert leaves the queue; nothing else changes.</source>
            <translation>L'alerte quitte la file ; rien d'autre ne change.</translation>
        </message>
        <message>
            <source>The device's token is refused from now on: it can no longer sync. What it holds stays on it.</source>
            <translation>Le jeton de l'appareil est refusé désormais : il ne peut plus se synchroniser. Ce qu'il contient y reste.</translation>
        </message>
        <message>
            <source>The device may send again. If the fault is still there, it is refused and raises a new alert.</source>
            <translation>L'appareil peut envoyer à nouveau. Si le défaut persiste, l'envoi est refusé et une nouvelle alerte est levée.</translation>
        </message>
        <message>
            <source>The receipt counts as voided from now on: it is no longer proof of payment and its cash is no longer expected.</source>
            <translation>Le reçu compte désormais comme annulé : il ne prouve plus le paiement et son espèce n'est plus attendue.</translation>
        </message>
        <message>
            <source>The receipt stands: it still proves the payment and its cash is expected from the agent.</source>
            <translation>Le reçu est maintenu : il prouve toujours le paiement et son espèce est attendue de l'agent.</translation>
        </message>
        <message>
            <source>Receipt %1 · %2</source>
            <translation>Reçu %1 · %2</translation>
        </message>
        <message>
            <source>its cash session was closed before the void</source>
            <translation>sa session de caisse était close avant l'annulation</translation>
        </message>
        <message>
            <source>voided more than a day after the payment</source>
            <translation>annulé plus d'un jour après le paiement</translation>
        </message>
        <message>
            <source>Reason given: %1</source>
            <translation>Raison donnée : %1</translation>
        </message>
        <message>
            <source>Voided %1; waits because %2.</source>
            <translation>Annulé le %1 ; en attente car %2.</translation>
        </message>
    </context>
    <context>
        <name>SupervisorDashboard</name>
        <message>
            <source>The first day is after the last one.</source>
            <translation>Le premier jour est après le dernier.</translation>
        </message>
        <message>
            <source>Reading the dashboard</source>
            <translation>Lecture du tableau de bord</translation>
        </message>
        <message>
            <source>The server cannot be reached, and no figures for these days are kept on this device.</source>
            <translation>Impossible de joindre le serveur, et aucun chiffre pour ces jours n'est gardé sur cet appareil.</translation>
        </message>
        <message>
            <source>Log in again to read the figures.</source>
            <translation>Reconnectez-vous pour lire les chiffres.</translation>
        </message>
        <message>
            <source>The server refused: %1</source>
            <translation>Le serveur a refusé : %1</translation>
        </message>
        <message>
            <source>The figures could not be read: %1</source>
            <translation>Les chiffres n'ont pas pu être lus : %1</translation>
        </message>
        <message>
            <source>%1 to %2: %3 collected against %4 assessed (%5); %6 of it in these days.</source>
            <translation>Du %1 au %2 : %3 encaissés sur %4 émis (%5) ; dont %6 ces jours-ci.</translation>
        </message>
        <message>
            <source>Export as CSV</source>
            <translation>Exporter en CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <source>%1 rows saved in %2.</source>
            <translation>%1 lignes enregistrées dans %2.</translation>
        </message>
        <message>
            <source>The file could not be written: %1</source>
            <translation>Le fichier n'a pas pu être écrit : %1</translation>
        </message>
        <message>
            <source>Writing the CSV</source>
            <translation>Écriture du CSV</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Tableau de bord</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Du</translation>
        </message>
        <message>
            <source>to</source>
            <translation>au</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualiser</translation>
        </message>
        <message>
            <source>Collection rate</source>
            <translation>Taux de recouvrement</translation>
        </message>
        <message>
            <source>Receipts and voids</source>
            <translation>Reçus et annulations</translation>
        </message>
        <message>
            <source>Last sync of devices</source>
            <translation>Dernière synchro des appareils</translation>
        </message>
        <message>
            <source>By zone</source>
            <translation>Par zone</translation>
        </message>
        <message>
            <source>By agent</source>
            <translation>Par agent</translation>
        </message>
        <message>
            <source>By tax</source>
            <translation>Par taxe</translation>
        </message>
        <message>
            <source>By day</source>
            <translation>Par jour</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Tableau</translation>
        </message>
        <message>
            <source>Show the figures as a table, or as a chart</source>
            <translation>Voir les chiffres en tableau, ou en graphique</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Exporter en CSV…</translation>
        </message>
        <message>
            <source>Collected against assessed</source>
            <translation>Encaissé sur émis</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Taux</translation>
        </message>
        <message>
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message>
            <source>%1 min ago</source>
            <translation>il y a %1 min</translation>
        </message>
        <message>
            <source>%1 h ago</source>
            <translation>il y a %1 h</translation>
        </message>
        <message>
            <source>%1 days ago</source>
            <translation>il y a %1 jours</translation>
        </message>
        <message>
            <source>Assessed</source>
            <translation>Émis</translation>
        </message>
        <message>
            <source>Collected</source>
            <translation>Encaissé</translation>
        </message>
        <message>
            <source>Of which in these days</source>
            <translation>Dont ces jours-ci</translation>
        </message>
        <message>
            <source>(not known to the server)</source>
            <translation>(inconnu du serveur)</translation>
        </message>
        <message>
            <source>Zone</source>
            <translation>Zone</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>Agent</translation>
        </message>
        <message>
            <source>Tax</source>
            <translation>Taxe</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Jour</translation>
        </message>
        <message>
            <source>Collected that day</source>
            <translation>Encaissé ce jour</translation>
        </message>
        <message>
            <source>Collected to date</source>
            <translation>Encaissé à cette date</translation>
        </message>
        <message>
            <source>Rate, %1</source>
            <translation>Taux, %1</translation>
        </message>
        <message>
            <source>All zones</source>
            <translation>Toutes les zones</translation>
        </message>
        <message>
            <source>Receipts</source>
            <translation>Reçus</translation>
        </message>
        <message>
            <source>Voids</source>
            <translation>Annulations</translation>
        </message>
        <message>
            <source>Amount not voided</source>
            <translation>Montant non annulé</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>Appareil</translation>
        </message>
        <message>
            <source>Agents</source>
            <translation>Agents</translation>
        </message>
        <message>
            <source>Last sync</source>
            <translation>Dernière synchronisation</translation>
        </message>
        <message>
            <source>How long ago</source>
            <translation>Il y a</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>revoked</source>
            <translation>révoqué</translation>
        </message>
        <message>
            <source>active</source>
            <translation>actif</translation>
        </message>
    </context>
    <context>
        <name>SupervisorJournal</name>
        <message>
            <source>Login</source>
            <translation>Connexion</translation>
        </message>
        <message>
            <source>Logout</source>
            <translation>Déconnexion</translation>
        </message>
        <message>
            <source>Wrong PIN</source>
            <translation>Code PIN erroné</translation>
        </message>
        <message>
            <source>Lockout</source>
            <translation>Blocage</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Déverrouillage</translation>
        </message>
        <message>
            <source>Setting changed</source>
            <translation>Réglage modifié</translation>
        </message>
        <message>
            <source>Clock changed</source>
            <translation>Horloge modifiée</translation>
        </message>
        <message>
            <source>Clock jump</source>
            <translation>Saut d'horloge</translation>
        </message>
        <message>
            <source>Printer failure</source>
            <translation>Panne d'imprimante</translation>
        </message>
        <message>
            <source>Reprint</source>
            <translation>Réimpression</translation>
        </message>
        <message>
            <source>App started</source>
            <translation>Démarrage de l'application</translation>
        </message>
        <message>
            <source>App stopped</source>
            <translation>Arrêt de l'application</translation>
        </message>
        <message>
            <source>Database migration</source>
            <translation>Migration de la base</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportation</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>Sauvegarde</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restauration</translation>
        </message>
        <message>
            <source>Reading the journals from the server…</source>
            <translation>Lecture des journaux sur le serveur…</translation>
        </message>
        <message>
            <source>The server cannot be reached and no journal was read before. Try again when the network is back.</source>
            <translation>Le serveur est injoignable et aucun journal n'a été lu auparavant. Réessayez quand le réseau revient.</translation>
        </message>
        <message>
            <source>Something went wrong: %1</source>
            <translation>Un problème est survenu : %1</translation>
        </message>
        <message>
            <source>Device %1</source>
            <translation>Appareil %1</translation>
        </message>
        <message>
            <source>waited for the unlock</source>
            <translation>attendait le déverrouillage</translation>
        </message>
        <message>
            <source>Technical journal</source>
            <translation>Journal technique</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Ce qui s'est passé</translation>
        </message>
        <message>
            <source>%1 entries, newest first.</source>
            <translation>%1 entrées, les plus récentes d'abord.</translation>
        </message>
        <message>
            <source>No entry for this choice.</source>
            <translation>Aucune entrée pour ce choix.</translation>
        </message>
        <message>
            <source>Not live: the server cannot be reached. As it was at %1.</source>
            <translation>Pas en direct : le serveur est injoignable. Tel qu'il était à %1.</translation>
        </message>
        <message>
            <source>As the server gave it at %1.</source>
            <translation>Tel que le serveur l'a donné à %1.</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualiser</translation>
        </message>
        <message>
            <source>Older</source>
            <translation>Plus anciens</translation>
        </message>
        <message>
            <source>All devices</source>
            <translation>Tous les appareils</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Tous les types</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>Appareil</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>Agent</translation>
        </message>
    </context>
    <context>
        <name>SupervisorLogin</name>
        <message>
            <source>The server refused this name and password (or this code). Check them and try again.</source>
            <translation>Le serveur a refusé ce nom et ce mot de passe (ou ce code). Vérifiez-les et réessayez.</translation>
        </message>
        <message>
            <source>This account asks for the 6-digit code of its authenticator app.</source>
            <translation>Ce compte demande le code à 6 chiffres de son application d'authentification.</translation>
        </message>
        <message>
            <source>Too many tries from this device: wait a few minutes, then try again.</source>
            <translation>Trop d'essais depuis cet appareil : attendez quelques minutes, puis réessayez.</translation>
        </message>
        <message>
            <source>The server refused the login: %1</source>
            <translation>Le serveur a refusé la connexion : %1</translation>
        </message>
        <message>
            <source>The server cannot be reached. Check its address and the network, then try again.</source>
            <translation>Impossible de joindre le serveur. Vérifiez son adresse et le réseau, puis réessayez.</translation>
        </message>
        <message>
            <source>The login failed: %1</source>
            <translation>La connexion a échoué : %1</translation>
        </message>
        <message>
            <source>Type the server's address, starting with https:// (or http://).</source>
            <translation>Saisissez l'adresse du serveur, en commençant par https:// (ou http://).</translation>
        </message>
        <message>
            <source>Type your name as your account has it on the server.</source>
            <translation>Saisissez votre nom tel que votre compte le porte sur le serveur.</translation>
        </message>
        <message>
            <source>Type your password.</source>
            <translation>Saisissez votre mot de passe.</translation>
        </message>
        <message>
            <source>Type the 6-digit code your authenticator app shows now.</source>
            <translation>Saisissez le code à 6 chiffres que votre application d'authentification affiche maintenant.</translation>
        </message>
        <message>
            <source>Logging in</source>
            <translation>Connexion</translation>
        </message>
        <message>
            <source>This account is not a supervisor's.</source>
            <translation>Ce compte n'est pas celui d'un superviseur.</translation>
        </message>
        <message>
            <source>Opening the last figures</source>
            <translation>Ouverture des derniers chiffres</translation>
        </message>
        <message>
            <source>No figures are kept on this device for this name and password: they are kept once you have logged in with the server reachable.</source>
            <translation>Aucun chiffre n'est gardé sur cet appareil pour ce nom et ce mot de passe : ils le sont une fois que vous vous êtes connecté avec le serveur joignable.</translation>
        </message>
        <message>
            <source>← Agents' login</source>
            <translation>← Connexion des agents</translation>
        </message>
        <message>
            <source>Supervisor login</source>
            <translation>Connexion superviseur</translation>
        </message>
        <message>
            <source>Supervisors work against the municipality's server with their own account.</source>
            <translation>Les superviseurs travaillent sur le serveur de la mairie, avec leur propre compte.</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>Serveur</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <source>6-digit code</source>
            <translation>Code à 6 chiffres</translation>
        </message>
        <message>
            <source>Log in</source>
            <translation>Se connecter</translation>
        </message>
        <message>
            <source>View the last figures offline</source>
            <translation>Voir les derniers chiffres hors ligne</translation>
        </message>
    </context>
    <context>
        <name>SupervisorRegistry</name>
        <message>
            <source>Why this choice (kept with the decision)</source>
            <translation>Pourquoi ce choix (conservé avec la décision)</translation>
        </message>
        <message>
            <source>For example: phoned the taxpayer</source>
            <translation>Par exemple : appelé le contribuable</translation>
        </message>
        <message>
            <source>Resolve with these values</source>
            <translation>Résoudre avec ces valeurs</translation>
        </message>
        <message>
            <source>No conflict to resolve: devices agree on every taxpayer.</source>
            <translation>Aucun conflit à résoudre : les appareils sont d'accord sur chaque contribuable.</translation>
        </message>
        <message>
            <source>%1 (zone %2): choose the value of each field</source>
            <translation>%1 (zone %2) : choisissez la valeur de chaque champ</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Avant</translation>
        </message>
        <message>
            <source>Values sent by the devices</source>
            <translation>Valeurs envoyées par les appareils</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>inconnue</translation>
        </message>
        <message>
            <source>server</source>
            <translation>serveur</translation>
        </message>
        <message>
            <source>Choose a value for: %1</source>
            <translation>Choisissez une valeur pour : %1</translation>
        </message>
        <message>
            <source>Say why: a decision needs a reason.</source>
            <translation>Dites pourquoi : une décision demande un motif.</translation>
        </message>
        <message>
            <source>Resolved: devices receive the chosen values at their next sync.</source>
            <translation>Résolu : les appareils reçoivent les valeurs choisies à leur prochaine synchronisation.</translation>
        </message>
        <message>
            <source>Why (kept with the decision)</source>
            <translation>Pourquoi (conservé avec la décision)</translation>
        </message>
        <message>
            <source>For example: same shop, registered twice</source>
            <translation>Par exemple : même boutique, enregistrée deux fois</translation>
        </message>
        <message>
            <source>Merge into the one kept</source>
            <translation>Fusionner dans celui gardé</translation>
        </message>
        <message>
            <source>Not a duplicate</source>
            <translation>Pas un doublon</translation>
        </message>
        <message>
            <source>No probable duplicate.</source>
            <translation>Aucun doublon probable.</translation>
        </message>
        <message>
            <source>Probable duplicate: %1</source>
            <translation>Doublon probable : %1</translation>
        </message>
        <message>
            <source>Keep this one</source>
            <translation>Garder celui-ci</translation>
        </message>
        <message>
            <source>Merged: the payments of both are listed under the one kept.</source>
            <translation>Fusionné : les paiements des deux sont listés sous celui gardé.</translation>
        </message>
        <message>
            <source>Noted: this pair is no longer proposed.</source>
            <translation>Noté : cette paire n'est plus proposée.</translation>
        </message>
        <message>
            <source>Registry: conflicts and duplicates</source>
            <translation>Registre : conflits et doublons</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualiser</translation>
        </message>
        <message>
            <source>Conflicts (%1)</source>
            <translation>Conflits (%1)</translation>
        </message>
        <message>
            <source>Duplicates (%1)</source>
            <translation>Doublons (%1)</translation>
        </message>
        <message>
            <source>Offline: as fetched at %1</source>
            <translation>Hors ligne : état du %1</translation>
        </message>
        <message>
            <source>Registry</source>
            <translation>Registre</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Business name</source>
            <translation>Raison sociale</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>N° d'identité</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Zone</source>
            <translation>Zone</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Latitude</source>
            <translation>Latitude</translation>
        </message>
        <message>
            <source>Longitude</source>
            <translation>Longitude</translation>
        </message>
        <message>
            <source>Accuracy (m)</source>
            <translation>Précision (m)</translation>
        </message>
        <message>
            <source>Position source</source>
            <translation>Source de la position</translation>
        </message>
        <message>
            <source>Fix time</source>
            <translation>Heure du relevé</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(vide)</translation>
        </message>
        <message>
            <source>same phone</source>
            <translation>même téléphone</translation>
        </message>
        <message>
            <source>same ID number</source>
            <translation>même n° d'identité</translation>
        </message>
        <message>
            <source>similar name nearby</source>
            <translation>nom proche, tout près</translation>
        </message>
        <message>
            <source>Someone decided this meanwhile. The lists were read again: look before deciding.</source>
            <translation>Quelqu'un a décidé entre-temps. Les listes ont été relues : regardez avant de décider.</translation>
        </message>
        <message>
            <source>The server refused: %1</source>
            <translation>Le serveur a refusé : %1</translation>
        </message>
        <message>
            <source>The server cannot be reached: nothing was decided. Try again when the network is back.</source>
            <translation>Le serveur est injoignable : rien n'a été décidé. Réessayez quand le réseau revient.</translation>
        </message>
        <message>
            <source>Receipts</source>
            <translation>Reçus</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Enregistré le</translation>
        </message>
    </context>
    <context>
        <name>SupervisorReports</name>
        <message>
            <source>Reports</source>
            <translation>Rapports</translation>
        </message>
        <message>
            <source>Reconciliation report</source>
            <translation>Rapport de rapprochement</translation>
        </message>
        <message>
            <source>One day</source>
            <translation>Un jour</translation>
        </message>
        <message>
            <source>One month</source>
            <translation>Un mois</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Période</translation>
        </message>
        <message>
            <source>Save the report as PDF…</source>
            <translation>Enregistrer le rapport en PDF…</translation>
        </message>
        <message>
            <source>Payment attestation</source>
            <translation>Attestation de paiement</translation>
        </message>
        <message>
            <source>Taxpayer's name</source>
            <translation>Nom du contribuable</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Rechercher</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Année</translation>
        </message>
        <message>
            <source>Save the attestation as PDF…</source>
            <translation>Enregistrer l'attestation en PDF…</translation>
        </message>
        <message>
            <source>Type part of the taxpayer's name first.</source>
            <translation>Saisissez d'abord une partie du nom du contribuable.</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Recherche…</translation>
        </message>
        <message>
            <source>No taxpayer has this name.</source>
            <translation>Aucun contribuable ne porte ce nom.</translation>
        </message>
        <message>
            <source>%1 taxpayer(s) found; pick one and the year.</source>
            <translation>%1 contribuable(s) trouvé(s) ; choisissez-en un et l'année.</translation>
        </message>
        <message>
            <source>Asking the server for the PDF…</source>
            <translation>Demande du PDF au serveur…</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Enregistré : %1</translation>
        </message>
        <message>
            <source>The server cannot be reached; nothing was saved. Try again when the network is back.</source>
            <translation>Le serveur est injoignable ; rien n'a été enregistré. Réessayez quand le réseau sera revenu.</translation>
        </message>
        <message>
            <source>The server refused: %1</source>
            <translation>Le serveur a refusé : %1</translation>
        </message>
        <message>
            <source>The file could not be written: %1</source>
            <translation>Le fichier n'a pas pu être écrit : %1</translation>
        </message>
        <message>
            <source>Something went wrong: %1</source>
            <translation>Un problème est survenu : %1</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>Enregistrer sous</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>SupervisorScreens</name>
        <message>
            <source>Reconciliation</source>
            <translation>Caisse</translation>
        </message>
        <message>
            <source>Alerts</source>
            <translation>Alertes</translation>
        </message>
        <message>
            <source>Mobile money</source>
            <translation>Mobile money</translation>
        </message>
    </context>
    <context>
        <name>SupervisorShell</name>
        <message>
            <source>Your session on the server has ended. What you typed on %1 has not been sent: it is kept as you left it, and comes back when you log in again as %2.</source>
            <translation>Votre session sur le serveur a pris fin. Ce que vous avez saisi sur %1 n'a pas été envoyé : c'est gardé tel quel, et vous le retrouvez en vous reconnectant comme %2.</translation>
        </message>
        <message>
            <source>Your session on the server has ended. Log in again as %1 to go on; the screens stay as you left them.</source>
            <translation>Votre session sur le serveur a pris fin. Reconnectez-vous comme %1 pour continuer ; les écrans restent tels que vous les avez laissés.</translation>
        </message>
        <message>
            <source>Your session has ended: log in again.</source>
            <translation>Votre session a pris fin : reconnectez-vous.</translation>
        </message>
        <message>
            <source>Session ended</source>
            <translation>Session terminée</translation>
        </message>
        <message>
            <source>What you typed on %1 has not been sent and will be lost. Log out anyway?</source>
            <translation>Ce que vous avez saisi sur %1 n'a pas été envoyé et sera perdu. Vous déconnecter quand même ?</translation>
        </message>
        <message>
            <source>Log out</source>
            <translation>Déconnexion</translation>
        </message>
    </context>
    <context>
        <name>SupervisorWindow</name>
        <message>
            <source>Offline — figures from %1</source>
            <translation>Hors ligne — chiffres du %1</translation>
        </message>
        <message>
            <source>Offline — showing the last figures kept on this device</source>
            <translation>Hors ligne — derniers chiffres gardés sur cet appareil</translation>
        </message>
        <message>
            <source>Log out</source>
            <translation>Déconnexion</translation>
        </message>
        <message>
            <source>No supervisor screen is installed.</source>
            <translation>Aucun écran de supervision n'est installé.</translation>
        </message>
    </context>
    <context>
        <name>SyncRecordsModel</name>
        <message>
            <source>No.</source>
            <translation>N°</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Enregistrement</translation>
        </message>
        <message>
            <source>Recorded</source>
            <translation>Enregistré le</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Refused: %1</source>
            <translation>Refusé : %1</translation>
        </message>
    </context>
    <context>
        <name>SyncRunner</name>
        <message>
            <source>Synchronising</source>
            <translation>Synchronisation</translation>
        </message>
        <message>
            <source>Enrolling the device</source>
            <translation>Inscription de l'appareil</translation>
        </message>
    </context>
    <context>
        <name>SyncView</name>
        <message>
            <source>(only %1 listed)</source>
            <translation>(seuls %1 listés)</translation>
        </message>
        <message>
            <source>Connecting to the server</source>
            <translation>Connexion au serveur</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>Envoi</translation>
        </message>
        <message>
            <source>Receiving</source>
            <translation>Réception</translation>
        </message>
        <message>
            <source>Downloading the update</source>
            <translation>Téléchargement de la mise à jour</translation>
        </message>
        <message>
            <source>%1: %2 of %3</source>
            <translation>%1 : %2 sur %3</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>Synchronising…</source>
            <translation>Synchronisation…</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Synchroniser maintenant</translation>
        </message>
        <message>
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message>
            <source>Last sync: %1</source>
            <translation>Dernière synchronisation : %1</translation>
        </message>
        <message>
            <source>Sent: %1 — refused by the server: %2</source>
            <translation>Envoyés : %1 — refusés par le serveur : %2</translation>
        </message>
        <message>
            <source>Server: %1</source>
            <translation>Serveur : %1</translation>
        </message>
        <message>
            <source>Server: not set</source>
            <translation>Serveur : non défini</translation>
        </message>
        <message>
            <source>Enroll again…</source>
            <translation>Inscrire à nouveau…</translation>
        </message>
        <message>
            <source>This device is not enrolled with the municipality's server yet. Everything you record stays safe on this device, signed and chained, and will be sent in order once it is enrolled. Enroll it with the code your supervisor gives you.</source>
            <translation>Cet appareil n'est pas encore inscrit auprès du serveur de la mairie. Tout ce que vous enregistrez reste en sûreté sur cet appareil, signé et chaîné, et sera envoyé dans l'ordre une fois inscrit. Inscrivez-le avec le code que votre superviseur vous donne.</translation>
        </message>
        <message>
            <source>Enroll this device…</source>
            <translation>Inscrire cet appareil…</translation>
        </message>
        <message>
            <source>records waiting to be sent</source>
            <translation>enregistrements en attente d'envoi</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Enregistrements</translation>
        </message>
        <message>
            <source>All records</source>
            <translation>Tous les enregistrements</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>En attente</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Envoyés</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Refusés</translation>
        </message>
        <message>
            <source>Synchronise</source>
            <translation>Synchroniser</translation>
        </message>
    </context>
    <context>
        <name>SyncWords</name>
        <message>
            <source>Payment</source>
            <translation>Paiement</translation>
        </message>
        <message>
            <source>Void</source>
            <translation>Annulation</translation>
        </message>
        <message>
            <source>Receipt printed</source>
            <translation>Reçu imprimé</translation>
        </message>
        <message>
            <source>New taxpayer</source>
            <translation>Nouveau contribuable</translation>
        </message>
        <message>
            <source>Taxpayer edited</source>
            <translation>Contribuable modifié</translation>
        </message>
        <message>
            <source>Taxable object</source>
            <translation>Objet imposable</translation>
        </message>
        <message>
            <source>Object outline</source>
            <translation>Contour d'un bien</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Imposition</translation>
        </message>
        <message>
            <source>Session opened</source>
            <translation>Session ouverte</translation>
        </message>
        <message>
            <source>Session closed</source>
            <translation>Session clôturée</translation>
        </message>
        <message>
            <source>Device set up</source>
            <translation>Appareil initialisé</translation>
        </message>
        <message>
            <source>Device enrolled</source>
            <translation>Appareil inscrit</translation>
        </message>
        <message>
            <source>Clock confirmed</source>
            <translation>Horloge confirmée</translation>
        </message>
        <message>
            <source>Server key changed</source>
            <translation>Clé du serveur changée</translation>
        </message>
        <message>
            <source>Census form</source>
            <translation>Formulaire de recensement</translation>
        </message>
        <message>
            <source>Form imported</source>
            <translation>Formulaire importé</translation>
        </message>
        <message>
            <source>Receipt series registered</source>
            <translation>Série de reçus enregistrée</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>En attente</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Envoyé</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Refusé</translation>
        </message>
        <message>
            <source>the agent is not assigned to this zone</source>
            <translation>l'agent n'est pas affecté à cette zone</translation>
        </message>
        <message>
            <source>the agent was deactivated</source>
            <translation>l'agent a été désactivé</translation>
        </message>
        <message>
            <source>the server does not know this agent</source>
            <translation>le serveur ne connaît pas cet agent</translation>
        </message>
        <message>
            <source>the server does not hold the object whose outline was drawn</source>
            <translation>le serveur n'a pas le bien dont le contour a été tracé</translation>
        </message>
        <message>
            <source>Sent: %1 records. Received: %2.</source>
            <translation>Envoyés : %1 enregistrements. Reçus : %2.</translation>
        </message>
        <message>
            <source>%1 were already on the server (sent again after a lost answer).</source>
            <translation>%1 étaient déjà sur le serveur (renvoyés après une réponse perdue).</translation>
        </message>
        <message>
            <source>Still to send: %1.</source>
            <translation>Encore à envoyer : %1.</translation>
        </message>
        <message>
            <source>Refused by the server and kept aside for a supervisor: %1 (see the list below).</source>
            <translation>Refusés par le serveur et mis de côté pour un superviseur : %1 (voir la liste ci-dessous).</translation>
        </message>
        <message>
            <source>The server %1 cannot be reached. Nothing is lost: the app tries again by itself, and you can keep working.</source>
            <translation>Le serveur %1 est injoignable. Rien n'est perdu : l'application réessaie toute seule, et vous pouvez continuer à travailler.</translation>
        </message>
    </context>
    <context>
        <name>TaxpayerForm</name>
        <message>
            <source>— no zone —</source>
            <translation>— aucune zone —</translation>
        </message>
        <message>
            <source>A similar taxpayer already exists (same phone, or a similar name nearby). Check it is not the same person before saving:</source>
            <translation>Un contribuable semblable existe déjà (même téléphone, ou nom proche tout près). Vérifiez que ce n'est pas la même personne avant d'enregistrer :</translation>
        </message>
        <message>
            <source>Give each taxable object a reference.</source>
            <translation>Donnez une référence à chaque objet imposable.</translation>
        </message>
        <message>
            <source>Similar taxpayer</source>
            <translation>Contribuable semblable</translation>
        </message>
        <message>
            <source>It is someone else: save</source>
            <translation>C'est quelqu'un d'autre : enregistrer</translation>
        </message>
        <message>
            <source>Go back and check</source>
            <translation>Revenir vérifier</translation>
        </message>
        <message>
            <source>Saving the taxpayer</source>
            <translation>Enregistrement du contribuable</translation>
        </message>
        <message>
            <source>Edit: %1</source>
            <translation>Modifier : %1</translation>
        </message>
        <message>
            <source>New taxpayer</source>
            <translation>Nouveau contribuable</translation>
        </message>
        <message>
            <source>Identity</source>
            <translation>Identité</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>Business</source>
            <translation>Entreprise</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>Nom *</translation>
        </message>
        <message>
            <source>Business name</source>
            <translation>Raison sociale</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>N° d'identification</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Zone</source>
            <translation>Zone</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Surname and first names</source>
            <translation>Nom et prénoms</translation>
        </message>
        <message>
            <source>e.g. +243 81 234 5678</source>
            <translation>par ex. +243 81 234 5678</translation>
        </message>
        <message>
            <source>Street, landmark</source>
            <translation>Rue, point de repère</translation>
        </message>
        <message>
            <source>National ID or tax number</source>
            <translation>Carte d'identité ou n° fiscal</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Clear the form</source>
            <translation>Vider le formulaire</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Capture position</source>
            <translation>Capturer la position</translation>
        </message>
    </context>
    <context>
        <name>TextInput</name>
        <message>
            <source>Type the code written under the bars</source>
            <translation>Saisissez le code écrit sous les barres</translation>
        </message>
        <message>
            <source>A whole number</source>
            <translation>Un nombre entier</translation>
        </message>
        <message>
            <source>A number</source>
            <translation>Un nombre</translation>
        </message>
    </context>
    <context>
        <name>TimeInput</name>
        <message>
            <source>Now</source>
            <translation>Maintenant</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Effacer</translation>
        </message>
    </context>
    <context>
        <name>UnlockView</name>
        <message>
            <source>Something went wrong: %1. Nothing recorded on this device was lost; try again.</source>
            <translation>Un problème est survenu : %1. Rien de ce qui est enregistré sur cet appareil n'est perdu ; réessayez.</translation>
        </message>
        <message>
            <source>You have no key to this device yet. A colleague who works on it opens it and taps “Log out”, then you log in with your PIN, once. Or a supervisor's recovery lets you in.</source>
            <translation>Vous n'avez pas encore de clé pour cet appareil. Un collègue qui y travaille l'ouvre et touche « Déconnexion », puis vous vous connectez avec votre code PIN, une fois. Ou bien la récupération par un superviseur vous fait entrer.</translation>
        </message>
        <message>
            <source>Tap your name first.</source>
            <translation>Touchez d'abord votre nom.</translation>
        </message>
        <message>
            <source>Type your PIN.</source>
            <translation>Tapez votre code PIN.</translation>
        </message>
        <message>
            <source>Opening the device…</source>
            <translation>Ouverture de l'appareil…</translation>
        </message>
        <message>
            <source>Wrong PIN. Tries left before the device locks: %1.</source>
            <translation>PIN erroné. Essais restants avant le blocage de l'appareil : %1.</translation>
        </message>
        <message>
            <source>Open this device</source>
            <translation>Ouvrir cet appareil</translation>
        </message>
        <message>
            <source>Who are you?</source>
            <translation>Qui êtes-vous ?</translation>
        </message>
        <message>
            <source>Your PIN</source>
            <translation>Votre code PIN</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>Code PIN</translation>
        </message>
        <message>
            <source>Not in the list?</source>
            <translation>Pas dans la liste ?</translation>
        </message>
        <message>
            <source>Recovery</source>
            <translation>Récupération</translation>
        </message>
        <message>
            <source>A supervisor opens the device with the municipality's recovery key</source>
            <translation>Un superviseur ouvre l'appareil avec la clé de récupération de la commune</translation>
        </message>
        <message>
            <source>Open (Enter)</source>
            <translation>Ouvrir (Entrée)</translation>
        </message>
    </context>
    <context>
        <name>UnlockWindow</name>
        <message>
            <source>Quittance — municipal revenue collection</source>
            <translation>Quittance — collecte des recettes municipales</translation>
        </message>
    </context>
    <context>
        <name>UpdateBanner</name>
        <message>
            <source>Installing the update</source>
            <translation>Installation de la mise à jour</translation>
        </message>
        <message>
            <source>An update is waiting (version %1)</source>
            <translation>Une mise à jour attend (version %1)</translation>
        </message>
        <message>
            <source>Update postponed</source>
            <translation>Mise à jour reportée</translation>
        </message>
        <message>
            <source>Update refused</source>
            <translation>Mise à jour refusée</translation>
        </message>
        <message>
            <source>Copying your data, then installing…</source>
            <translation>Copie de vos données, puis installation…</translation>
        </message>
        <message>
            <source>Your data is copied first; then the app closes and starts again in the new version.</source>
            <translation>Vos données sont d'abord copiées ; puis l'application se ferme et redémarre dans la nouvelle version.</translation>
        </message>
        <message>
            <source>Install</source>
            <translation>Installer</translation>
        </message>
    </context>
    <context>
        <name>VoidDialog</name>
        <message>
            <source>Void receipt %1</source>
            <translation>Annuler le reçu %1</translation>
        </message>
        <message>
            <source>The receipt %1 for %2 will be marked as voided. Its number stays used and the void is recorded with your name. Why is it voided?</source>
            <translation>Le reçu %1 de %2 sera marqué comme annulé. Son numéro reste utilisé et l'annulation est enregistrée à votre nom. Pourquoi l'annulez-vous ?</translation>
        </message>
        <message>
            <source>Void the receipt</source>
            <translation>Annuler le reçu</translation>
        </message>
        <message>
            <source>Keep the receipt</source>
            <translation>Garder le reçu</translation>
        </message>
        <message>
            <source>Reason, e.g. wrong taxpayer, wrong amount</source>
            <translation>Motif, par ex. mauvais contribuable, mauvais montant</translation>
        </message>
        <message>
            <source>Write the reason for the void.</source>
            <translation>Écrivez le motif de l'annulation.</translation>
        </message>
    </context>
    <context>
        <name>WithdrawnNotice</name>
        <message>
            <source>Zone %1 is no longer assigned to this device's agents.</source>
            <translation>La zone %1 n'est plus attribuée aux agents de cet appareil.</translation>
        </message>
        <message>
            <source>This taxpayer was moved to another zone, %1, which this device does not serve.</source>
            <translation>Ce contribuable a été transféré dans une autre zone, %1, que cet appareil ne dessert pas.</translation>
        </message>
        <message>
            <source>This taxpayer was moved to another zone, which this device does not serve.</source>
            <translation>Ce contribuable a été transféré dans une autre zone, que cet appareil ne dessert pas.</translation>
        </message>
        <message>
            <source>Its receipts stay here and can be reprinted or voided; no new payment or change can be recorded.</source>
            <translation>Ses reçus restent ici et peuvent être réimprimés ou annulés ; aucun nouveau paiement ni aucune modification ne peut être enregistré.</translation>
        </message>
    </context>
    <context>
        <name>ZReport</name>
        <message>
            <source>Agent</source>
            <translation>Agent</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>Appareil</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Ouverte le</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Fermée le</translation>
        </message>
        <message>
            <source>Receipts</source>
            <translation>Reçus</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Émis</translation>
        </message>
        <message>
            <source>Voided</source>
            <translation>Annulés</translation>
        </message>
        <message>
            <source>Net (valid receipts)</source>
            <translation>Net (reçus valides)</translation>
        </message>
        <message>
            <source>Receipts not printed yet</source>
            <translation>Reçus pas encore imprimés</translation>
        </message>
        <message>
            <source>Ledger signed up to event %1</source>
            <translation>Registre signé jusqu'à l'événement %1</translation>
        </message>
        <message>
            <source>Perpetual totals (since the first day)</source>
            <translation>Totaux perpétuels (depuis le premier jour)</translation>
        </message>
        <message>
            <source>Receipts (%1)</source>
            <translation>Reçus (%1)</translation>
        </message>
        <message>
            <source>Voids (%1)</source>
            <translation>Annulations (%1)</translation>
        </message>
        <message>
            <source>Net</source>
            <translation>Net</translation>
        </message>
        <message>
            <source>Previous closing</source>
            <translation>Clôture précédente</translation>
        </message>
        <message>
            <source>By tax</source>
            <translation>Par taxe</translation>
        </message>
        <message>
            <source>No payment</source>
            <translation>Aucun paiement</translation>
        </message>
        <message>
            <source>By method</source>
            <translation>Par mode de paiement</translation>
        </message>
        <message>
            <source>Voided receipts</source>
            <translation>Reçus annulés</translation>
        </message>
        <message>
            <source>Totals</source>
            <translation>Totaux</translation>
        </message>
        <message>
            <source>Total collected</source>
            <translation>Total encaissé</translation>
        </message>
        <message>
            <source>Opening float</source>
            <translation>Fonds de caisse</translation>
        </message>
        <message>
            <source>Cash expected in the till</source>
            <translation>Espèces attendues en caisse</translation>
        </message>
    </context>
</TS>
