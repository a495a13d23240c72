"""French and Portuguese for the app's English source strings: what `update.py` fills into the
.ts files when lupdate finds a new or changed string. Translators may then refine the .ts files
in Qt Linguist; a finished translation there is never overwritten from here.

Keys are the English source text, or "Context|source" where one English word needs different
translations in different places."""
from __future__ import annotations

FR_PT: dict[str, tuple[str, str]] = {
    # -- general ------------------------------------------------------------------------------
    "Something went wrong: %1. Nothing you typed was lost; try again.": (
        "Un problème est survenu : %1. Rien de ce que vous avez saisi n'est perdu ; réessayez.",
        "Ocorreu um problema: %1. Nada do que escreveu se perdeu; tente de novo."),
    "Quittance — %1": ("Quittance — %1", "Quittance — %1"),
    "DEMO": ("DÉMO", "DEMO"),
    "%1: %2": ("%1 : %2", "%1: %2"),
    "± %1 m": ("± %1 m", "± %1 m"),
    "accuracy unknown": ("précision inconnue", "precisão desconhecida"),
    "never": ("jamais", "nunca"),
    "Back": ("Retour", "Voltar"),
    "← Back": ("← Retour", "← Voltar"),
    "Cancel": ("Annuler", "Cancelar"),
    "Continue": ("Continuer", "Continuar"),
    "Save": ("Enregistrer", "Guardar"),
    "Edit": ("Modifier", "Editar"),
    "Remove": ("Retirer", "Remover"),
    "Stop": ("Arrêter", "Parar"),
    "Type": ("Type", "Tipo"),
    "Person": ("Personne", "Pessoa"),
    "Business": ("Entreprise", "Empresa"),
    "Business name": ("Raison sociale", "Nome comercial"),
    "ID number": ("N° d'identification", "N.º de identificação"),
    "Phone": ("Téléphone", "Telefone"),
    "Zone": ("Zone", "Zona"),
    "Address": ("Adresse", "Morada"),
    "Status": ("Statut", "Estado"),
    "Identity": ("Identité", "Identificação"),
    "Location": ("Localisation", "Localização"),
    "Position": ("Position", "Posição"),
    "Taxable objects": ("Objets imposables", "Objetos tributáveis"),
    "Search": ("Rechercher", "Pesquisar"),
    "Home": ("Accueil", "Início"),
    "Settings": ("Paramètres", "Definições"),
    "Synchronise": ("Synchroniser", "Sincronizar"),
    "Synchronisation": ("Synchronisation", "Sincronização"),
    "Cash session": ("Session de caisse", "Sessão de caixa"),
    "Open a session": ("Ouvrir une session", "Abrir uma sessão"),
    "New taxpayer": ("Nouveau contribuable", "Novo contribuinte"),
    "Log out": ("Déconnexion", "Sair"),
    "Tax": ("Taxe", "Imposto"),
    "Period": ("Période", "Período"),
    "Method": ("Mode", "Modo"),
    "Method: %1": ("Mode : %1", "Modo: %1"),
    "Receipt": ("Reçu", "Recibo"),
    "arrears": ("arriéré", "em atraso"),
    "Capture position": ("Capturer la position", "Captar a posição"),
    # -- labels of stored codes ------------------------------------------------------------------
    "Cash": ("Espèces", "Numerário"),
    "Mobile money": ("Mobile money", "Dinheiro móvel"),
    "Other": ("Autre", "Outro"),
    "Property (land, building)": ("Propriété (terrain, bâtiment)", "Propriedade (terreno, edifício)"),
    "Business premises": ("Local commercial", "Estabelecimento comercial"),
    "Market stall": ("Étal de marché", "Banca de mercado"),
    "Vehicle": ("Véhicule", "Veículo"),
    "Billboard": ("Panneau publicitaire", "Painel publicitário"),
    "Device GPS": ("GPS de l'appareil", "GPS do aparelho"),
    "External GNSS receiver": ("Récepteur GNSS externe", "Recetor GNSS externo"),
    "Entered by hand": ("Saisie manuelle", "Introduzida à mão"),
    "from the receiver's error estimate (GST)": ("d'après l'erreur estimée par le récepteur (GST)",
                                                 "segundo o erro estimado pelo recetor (GST)"),
    "estimated from HDOP": ("estimée d'après le HDOP", "estimada a partir do HDOP"),
    "reported by the system": ("indiquée par le système", "indicada pelo sistema"),
    "annual": ("annuelle", "anual"),
    "monthly": ("mensuelle", "mensal"),
    "daily": ("journalière", "diária"),
    "one-off": ("ponctuelle", "pontual"),
    "YYYY, e.g. 2026": ("AAAA, par ex. 2026", "AAAA, p. ex. 2026"),
    "YYYY-MM, e.g. 2026-03": ("AAAA-MM, par ex. 2026-03", "AAAA-MM, p. ex. 2026-03"),
    "YYYY-MM-DD": ("AAAA-MM-JJ", "AAAA-MM-DD"),
    "a short code, e.g. 2026": ("un code court, par ex. 2026", "um código curto, p. ex. 2026"),
    # -- login --------------------------------------------------------------------------------
    "Tap your name first.": ("Touchez d'abord votre nom.", "Toque primeiro no seu nome."),
    "Type your PIN.": ("Tapez votre code PIN.", "Escreva o seu PIN."),
    "Checking the PIN": ("Vérification du code", "A verificar o PIN"),
    "Wrong PIN. Tries left before a 5-minute lock: %1.": (
        "Code PIN erroné. Essais restants avant un blocage de 5 minutes : %1.",
        "PIN errado. Tentativas restantes antes de um bloqueio de 5 minutos: %1."),
    "You can try your PIN again.": ("Vous pouvez de nouveau saisir votre code.", "Pode voltar a tentar o seu PIN."),
    "Too many wrong PINs: login is locked until %1 (%2 min %3 s left). Ask your supervisor if you forgot your PIN.": (
        "Trop de codes erronés : la connexion est bloquée jusqu'à %1 (encore %2 min %3 s). "
        "Demandez à votre superviseur si vous avez oublié votre code.",
        "Demasiados PIN errados: o acesso está bloqueado até às %1 (faltam %2 min %3 s). "
        "Fale com o seu supervisor se esqueceu o PIN."),
    "Quittance — municipal revenue collection": ("Quittance — collecte des recettes municipales",
                                                 "Quittance — cobrança das receitas municipais"),
    "Who are you?": ("Qui êtes-vous ?", "Quem é você?"),
    "Your PIN": ("Votre code PIN", "O seu PIN"),
    "PIN": ("Code PIN", "PIN"),
    "Log in (Enter)": ("Se connecter (Entrée)", "Entrar (Enter)"),
    "Demo mode — PINs: %1": ("Mode démo — codes : %1", "Modo de demonstração — PIN: %1"),
    # -- home -----------------------------------------------------------------------------------
    "HomeView|Open": ("Ouverte", "Aberta"),
    "HomeView|Closed": ("Fermée", "Fechada"),
    "Since %1": ("Depuis le %1", "Desde %1"),
    "See or close the session": ("Voir ou fermer la session", "Ver ou fechar a sessão"),
    "Open a session before taking payments.": ("Ouvrez une session avant d'encaisser.",
                                               "Abra uma sessão antes de cobrar."),
    "Receipts issued today: %1": ("Reçus émis aujourd'hui : %1", "Recibos emitidos hoje: %1"),
    "Events waiting to be sent. Last sync: %1": ("Événements en attente d'envoi. Dernière synchronisation : %1",
                                                 "Eventos à espera de envio. Última sincronização: %1"),
    "Hello, %1": ("Bonjour, %1", "Olá, %1"),
    "Search: name, phone, ID, receipt no. or reference": (
        "Rechercher : nom, téléphone, identifiant, n° de reçu ou référence",
        "Pesquisar: nome, telefone, identificação, n.º de recibo ou referência"),
    "Collected today": ("Encaissé aujourd'hui", "Cobrado hoje"),
    "See synchronisation": ("Voir la synchronisation", "Ver a sincronização"),
    "Census": ("Recensement", "Recenseamento"),
    "Register a new taxpayer": ("Recenser un nouveau contribuable", "Registar um novo contribuinte"),
    # -- search ---------------------------------------------------------------------------------
    "(deactivated)": ("(désactivé)", "(desativado)"),
    "Type a name, a phone number, an ID, a receipt number or a reference.": (
        "Tapez un nom, un numéro de téléphone, un identifiant, un numéro de reçu ou une référence.",
        "Escreva um nome, um telefone, uma identificação, um número de recibo ou uma referência."),
    "No taxpayer found for “%1”.": ("Aucun contribuable trouvé pour « %1 ».",
                                    "Nenhum contribuinte encontrado para «%1»."),
    "Results for “%1”: %2": ("Résultats pour « %1 » : %2", "Resultados para «%1»: %2"),
    "First %2 results for “%1”: type more to narrow down.": (
        "Les %2 premiers résultats pour « %1 » : tapez la suite pour affiner.",
        "Os primeiros %2 resultados para «%1»: escreva mais para afinar."),
    "Name, phone, ID, receipt no. or reference": ("Nom, téléphone, identifiant, n° de reçu ou référence",
                                                  "Nome, telefone, identificação, n.º de recibo ou referência"),
    "Taxpayers found": ("Contribuables trouvés", "Contribuintes encontrados"),
    # -- card -----------------------------------------------------------------------------------
    "Opening the taxpayer card": ("Ouverture de la fiche", "A abrir a ficha"),
    "Deactivated": ("Désactivé", "Desativado"),
    "Source: %1": ("Source : %1", "Fonte: %1"),
    "Fix time: %1": ("Heure du relevé : %1", "Hora da posição: %1"),
    "No position recorded. Edit the card to capture one.": (
        "Aucune position enregistrée. Modifiez la fiche pour en capturer une.",
        "Nenhuma posição registada. Edite a ficha para captar uma."),
    "No taxable object recorded.": ("Aucun objet imposable enregistré.", "Nenhum objeto tributável registado."),
    "Total due: %1": ("Reste à payer : %1", "Total em dívida: %1"),
    "duplicate of receipt %1": ("duplicata du reçu %1", "segunda via do recibo %1"),
    "Receipt %1 is voided.": ("Le reçu %1 est annulé.", "O recibo %1 está anulado."),
    "Voiding the receipt": ("Annulation du reçu", "A anular o recibo"),
    "Edit the card": ("Modifier la fiche", "Editar a ficha"),
    "Take a payment": ("Encaisser", "Cobrar"),
    "No cash session is open: open one to take payments.": (
        "Aucune session de caisse ouverte : ouvrez-en une pour encaisser.",
        "Nenhuma sessão de caixa aberta: abra uma para cobrar."),
    # A taxpayer that left this device's zones (desktop/views/withdrawn_notice.py)
    "Zone %1 is no longer assigned to this device's agents.": (
        "La zone %1 n'est plus attribuée aux agents de cet appareil.",
        "A zona %1 já não está atribuída aos agentes deste aparelho."),
    "This taxpayer was moved to another zone, %1, which this device does not serve.": (
        "Ce contribuable a été transféré dans une autre zone, %1, que cet appareil ne dessert pas.",
        "Este contribuinte foi transferido para outra zona, %1, que este aparelho não serve."),
    "This taxpayer was moved to another zone, which this device does not serve.": (
        "Ce contribuable a été transféré dans une autre zone, que cet appareil ne dessert pas.",
        "Este contribuinte foi transferido para outra zona, que este aparelho não serve."),
    "Its receipts stay here and can be reprinted or voided; no new payment or change can be recorded.": (
        "Ses reçus restent ici et peuvent être réimprimés ou annulés ; aucun nouveau paiement ni aucune "
        "modification ne peut être enregistré.",
        "Os seus recibos ficam aqui e podem ser reimpressos ou anulados; nenhum novo pagamento nem alteração "
        "pode ser registado."),
    "Balances": ("Soldes", "Saldos"),
    "Payments": ("Paiements", "Pagamentos"),
    "No payment yet.": ("Aucun paiement pour l'instant.", "Ainda nenhum pagamento."),
    "Reprint (duplicate)": ("Réimprimer (duplicata)", "Reimprimir (2.ª via)"),
    "Reprint the selected receipt": ("Réimprimer le reçu choisi", "Reimprimir o recibo escolhido"),
    # Not "Annuler" alone, which means "cancel" on every other button.
    "Void receipt…": ("Annuler le reçu…", "Anular recibo…"),
    "Void the selected receipt": ("Annuler le reçu choisi", "Anular o recibo escolhido"),
    "Assessed": ("Dû", "Lançado"),
    "Paid": ("Payé", "Pago"),
    "Due": ("Reste", "Em dívida"),
    "Date": ("Date", "Data"),
    "Amount": ("Montant", "Montante"),
    "VOIDED: %1": ("ANNULÉ : %1", "ANULADO: %1"),
    "Valid": ("Valide", "Válido"),
    # -- void dialog ------------------------------------------------------------------------------
    "Void receipt %1": ("Annuler le reçu %1", "Anular o recibo %1"),
    "The receipt %1 for %2 will be marked as voided. Its number stays used and the void is recorded with your name. Why is it voided?": (
        "Le reçu %1 de %2 sera marqué comme annulé. Son numéro reste utilisé et l'annulation est enregistrée "
        "à votre nom. Pourquoi l'annulez-vous ?",
        "O recibo %1 de %2 ficará marcado como anulado. O número continua usado e a anulação fica registada "
        "em seu nome. Porque o anula?"),
    "Void the receipt": ("Annuler le reçu", "Anular o recibo"),
    "Keep the receipt": ("Garder le reçu", "Manter o recibo"),
    "Reason, e.g. wrong taxpayer, wrong amount": ("Motif, par ex. mauvais contribuable, mauvais montant",
                                                  "Motivo, p. ex. contribuinte errado, montante errado"),
    "Write the reason for the void.": ("Écrivez le motif de l'annulation.", "Escreva o motivo da anulação."),
    # -- payment --------------------------------------------------------------------------------
    "Payment — %1": ("Paiement — %1", "Pagamento — %1"),
    "Another tax or period (advance)…": ("Autre taxe ou période (avance)…", "Outro imposto ou período (adiantamento)…"),
    "Balance due on this line: %1. A smaller amount is a partial payment.": (
        "Reste à payer sur cette ligne : %1. Un montant inférieur est un paiement partiel.",
        "Em dívida nesta linha: %1. Um montante menor é um pagamento parcial."),
    "Nothing is owed here yet: tick “advance” if the taxpayer pays ahead.": (
        "Rien n'est encore dû ici : cochez « avance » si le contribuable paie d'avance.",
        "Ainda nada é devido aqui: marque «adiantamento» se o contribuinte paga antecipadamente."),
    "From: %1": ("De : %1", "De: %1"),
    "For: %1": ("Pour : %1", "Para: %1"),
    "Confirm the payment": ("Confirmer le paiement", "Confirmar o pagamento"),
    "Confirm and record": ("Confirmer et enregistrer", "Confirmar e registar"),
    "Recording the payment": ("Enregistrement du paiement", "A registar o pagamento"),
    "What is paid": ("Ce qui est payé", "O que se paga"),
    "Amount (%1)": ("Montant (%1)", "Montante (%1)"),
    "Transaction ref.": ("Réf. transaction", "Ref. da transação"),
    "Reference of the mobile money transfer": ("Référence du transfert mobile money",
                                               "Referência da transferência de dinheiro móvel"),
    "Advance: the taxpayer pays ahead": ("Avance : le contribuable paie d'avance",
                                         "Adiantamento: o contribuinte paga antecipadamente"),
    # -- receipt panel ----------------------------------------------------------------------------
    "Preparing the receipt preview": ("Préparation de l'aperçu du reçu", "A preparar a pré-visualização do recibo"),
    "receipt %1": ("le reçu %1", "o recibo %1"),
    "No preview: %1": ("Pas d'aperçu : %1", "Sem pré-visualização: %1"),
    "Payment recorded. Receipt N° %1.": ("Paiement enregistré. Reçu N° %1.", "Pagamento registado. Recibo N.º %1."),
    "Taxpayer: %1": ("Contribuable : %1", "Contribuinte: %1"),
    "Tax: %1": ("Taxe : %1", "Imposto: %1"),
    "Amount: %1": ("Montant : %1", "Montante: %1"),
    "Balance left on this line: %1": ("Reste à payer sur cette ligne : %1", "Fica em dívida nesta linha: %1"),
    "Still owed on other taxes and periods: %1": ("Autres sommes dues (autres taxes et périodes) : %1",
                                                  "Ainda em dívida noutros impostos e períodos: %1"),
    "New search": ("Nouvelle recherche", "Nova pesquisa"),
    "Back to the taxpayer": ("Retour au contribuable", "Voltar ao contribuinte"),
    # -- print status ---------------------------------------------------------------------------
    "Printing %1…": ("Impression en cours : %1…", "A imprimir %1…"),
    "Printing": ("Impression", "Impressão"),
    "Printed: %1.": ("Imprimé : %1.", "Impresso: %1."),
    "Printer: %1.": ("Imprimante : %1.", "Impressora: %1."),
    "Not printed: %1. %2": ("Non imprimé : %1. %2", "Não impresso: %1. %2"),
    "Nothing is lost: the payment is recorded, and the receipt can be printed again from the taxpayer's history.": (
        "Rien n'est perdu : le paiement est enregistré et le reçu peut être réimprimé depuis l'historique du "
        "contribuable.",
        "Nada se perdeu: o pagamento está registado e o recibo pode ser reimpresso a partir do histórico do "
        "contribuinte."),
    "The session is closed and its report is kept: print it again with Retry.": (
        "La session est fermée et son rapport est conservé : relancez l'impression.",
        "A sessão está fechada e o relatório fica guardado: imprima-o com «Tentar imprimir de novo»."),
    "Retry printing": ("Relancer l'impression", "Tentar imprimir de novo"),
    "Print another copy": ("Imprimer un autre exemplaire", "Imprimir outro exemplar"),
    # -- position -------------------------------------------------------------------------------
    "This device has no position service. Choose an external receiver in Settings, or enter the coordinates by hand.": (
        "Cet appareil n'a pas de service de localisation. Choisissez un récepteur externe dans les Paramètres, "
        "ou saisissez les coordonnées à la main.",
        "Este aparelho não tem serviço de localização. Escolha um recetor externo nas Definições, "
        "ou introduza as coordenadas à mão."),
    "Cannot read the NMEA log file: %1": ("Impossible de lire le journal NMEA : %1",
                                          "Não é possível ler o registo NMEA: %1"),
    "The app is not allowed to use the position. Allow it in the system settings.": (
        "L'application n'a pas le droit d'utiliser la position. Autorisez-la dans les réglages du système.",
        "A aplicação não tem permissão para usar a posição. Autorize-a nas definições do sistema."),
    "The position service was switched off.": ("Le service de localisation a été coupé.",
                                               "O serviço de localização foi desligado."),
    "No position yet: go outside, away from walls, and try again.": (
        "Pas encore de position : sortez, loin des murs, et réessayez.",
        "Ainda sem posição: vá para o exterior, longe de paredes, e tente de novo."),
    "Cannot read the GNSS receiver (%1). Check that it is on and paired, and the port in Settings.": (
        "Impossible de lire le récepteur GNSS (%1). Vérifiez qu'il est allumé et appairé, et le port dans les "
        "Paramètres.",
        "Não é possível ler o recetor GNSS (%1). Verifique se está ligado e emparelhado, e a porta nas Definições."),
    "The NMEA log has ended. Accept the last fix or enter the coordinates by hand.": (
        "Le journal NMEA est terminé. Acceptez la dernière position ou saisissez les coordonnées à la main.",
        "O registo NMEA terminou. Aceite a última posição ou introduza as coordenadas à mão."),
    "Capture again": ("Capturer à nouveau", "Captar de novo"),
    "Accept %1": ("Accepter %1", "Aceitar %1"),
    "Accept without known accuracy": ("Accepter sans précision connue", "Aceitar sem precisão conhecida"),
    "Keep this position although it is less accurate than required": (
        "Garder cette position bien qu'elle soit moins précise que demandé",
        "Manter esta posição embora seja menos precisa do que o exigido"),
    "Waiting for accuracy of %1 m or better…": ("En attente d'une précision de %1 m ou mieux…",
                                                "À espera de uma precisão de %1 m ou melhor…"),
    "Searching for satellites… Stay outside, away from walls.": (
        "Recherche des satellites… Restez dehors, loin des murs.",
        "À procura de satélites… Fique no exterior, longe de paredes."),
    "Recorded: %1, %2 (%3) — %4, %5": ("Enregistrée : %1, %2 (%3) — %4, %5", "Registada: %1, %2 (%3) — %4, %5"),
    "No position recorded yet.": ("Aucune position enregistrée pour l'instant.", "Ainda nenhuma posição registada."),
    "Enter by hand": ("Saisir à la main", "Introduzir à mão"),
    "Latitude": ("Latitude", "Latitude"),
    "Longitude": ("Longitude", "Longitude"),
    "Use these coordinates": ("Utiliser ces coordonnées", "Usar estas coordenadas"),
    # -- taxable objects --------------------------------------------------------------------------
    "Already recorded: %1": ("Déjà enregistrés : %1", "Já registados: %1"),
    "Reference, e.g. plot or stall no.": ("Référence, par ex. n° de parcelle ou d'étal",
                                          "Referência, p. ex. n.º da parcela ou da banca"),
    "Description (optional)": ("Description (facultatif)", "Descrição (opcional)"),
    "Remove this object": ("Retirer cet objet", "Remover este objeto"),
    "Reference": ("Référence", "Referência"),
    "Description": ("Description", "Descrição"),
    "Surface": ("Surface", "Área"),
    "Surface?": ("Surface ?", "Área?"),
    "+ Add a taxable object": ("+ Ajouter un objet imposable", "+ Acrescentar um objeto tributável"),
    # -- taxpayer form ----------------------------------------------------------------------------
    "— no zone —": ("— aucune zone —", "— nenhuma zona —"),
    "A similar taxpayer already exists (same phone, or a similar name nearby). Check it is not the same person before saving:": (
        "Un contribuable semblable existe déjà (même téléphone, ou nom proche tout près). Vérifiez que ce "
        "n'est pas la même personne avant d'enregistrer :",
        "Já existe um contribuinte semelhante (mesmo telefone, ou nome parecido perto daqui). Verifique que "
        "não é a mesma pessoa antes de guardar:"),
    "Give each taxable object a reference.": ("Donnez une référence à chaque objet imposable.",
                                              "Dê uma referência a cada objeto tributável."),
    "Similar taxpayer": ("Contribuable semblable", "Contribuinte semelhante"),
    "It is someone else: save": ("C'est quelqu'un d'autre : enregistrer", "É outra pessoa: guardar"),
    "Go back and check": ("Revenir vérifier", "Voltar e verificar"),
    "Saving the taxpayer": ("Enregistrement du contribuable", "A guardar o contribuinte"),
    "Edit: %1": ("Modifier : %1", "Editar: %1"),
    "Name *": ("Nom *", "Nome *"),
    "Surname and first names": ("Nom et prénoms", "Apelido e nomes próprios"),
    "e.g. +243 81 234 5678": ("par ex. +243 81 234 5678", "p. ex. +243 81 234 5678"),
    "Street, landmark": ("Rue, point de repère", "Rua, ponto de referência"),
    "National ID or tax number": ("Carte d'identité ou n° fiscal", "Bilhete de identidade ou NIF"),
    "Clear the form": ("Vider le formulaire", "Limpar o formulário"),
    "ClearButton|Clear": ("Effacer", "Limpar"),
    "Stepper|Less": ("Moins", "Menos"),
    "Stepper|More": ("Plus", "Mais"),
    # -- cash session ---------------------------------------------------------------------------
    "Opening the session": ("Ouverture de la session", "A abrir a sessão"),
    "Session opened. You can take payments.": ("Session ouverte. Vous pouvez encaisser.",
                                               "Sessão aberta. Já pode cobrar."),
    "Close the cash session": ("Fermer la session de caisse", "Fechar a sessão de caixa"),
    "After closing, no payment can be taken until a new session is opened. The Z-report will be shown and printed. Close now?": (
        "Après la fermeture, aucun paiement n'est possible avant l'ouverture d'une nouvelle session. "
        "Le rapport Z sera affiché et imprimé. Fermer maintenant ?",
        "Depois de fechar, não é possível cobrar até abrir uma nova sessão. O relatório Z será mostrado "
        "e impresso. Fechar agora?"),
    "Close the session": ("Fermer la session", "Fechar a sessão"),
    "Keep it open": ("La garder ouverte", "Mantê-la aberta"),
    "Closing the session": ("Fermeture de la session", "A fechar a sessão"),
    "Session closed. Hand in the cash with the Z-report.": ("Session fermée. Remettez l'argent avec le rapport Z.",
                                                            "Sessão fechada. Entregue o dinheiro com o relatório Z."),
    "the Z-report": ("le rapport Z", "o relatório Z"),
    "Session open since %1": ("Session ouverte depuis le %1", "Sessão aberta desde %1"),
    "No session open: payments are blocked until you open one.": (
        "Aucune session ouverte : les paiements sont bloqués jusqu'à l'ouverture d'une session.",
        "Nenhuma sessão aberta: os pagamentos ficam bloqueados até abrir uma."),
    "Opening float: the cash in the till now (%1). Leave empty if none.": (
        "Fonds de caisse : l'argent présent dans la caisse maintenant (%1). Laissez vide s'il n'y en a pas.",
        "Fundo de caixa: o dinheiro que está agora na caixa (%1). Deixe vazio se não houver."),
    "Open the session": ("Ouvrir la session", "Abrir a sessão"),
    "Close the session…": ("Fermer la session…", "Fechar a sessão…"),
    "Z-report of the session just closed": ("Rapport Z de la session qui vient d'être fermée",
                                            "Relatório Z da sessão acabada de fechar"),
    # -- Z-report -------------------------------------------------------------------------------
    "Agent": ("Agent", "Agente"),
    "Device": ("Appareil", "Aparelho"),
    "Opened": ("Ouverte le", "Aberta em"),
    "ZReport|Closed": ("Fermée le", "Fechada em"),
    "Receipts": ("Reçus", "Recibos"),
    "By tax": ("Par taxe", "Por imposto"),
    "By method": ("Par mode de paiement", "Por modo de pagamento"),
    "No payment": ("Aucun paiement", "Nenhum pagamento"),
    "Voided receipts": ("Reçus annulés", "Recibos anulados"),
    "Totals": ("Totaux", "Totais"),
    "Total collected": ("Total encaissé", "Total cobrado"),
    "Opening float": ("Fonds de caisse", "Fundo de caixa"),
    "Cash expected in the till": ("Espèces attendues en caisse", "Numerário esperado na caixa"),
    # -- screens (issue 9): Z-report tally and chain head, session return, home, registration -----
    "Issued": ("Émis", "Emitidos"),
    "ZReport|Voided": ("Annulés", "Anulados"),
    "Net (valid receipts)": ("Net (reçus valides)", "Líquido (recibos válidos)"),
    "Ledger signed up to event %1": ("Registre signé jusqu'à l'événement %1", "Registo assinado até ao evento %1"),
    "See the Z-report of the session just closed": ("Voir le rapport Z de la session qui vient d'être fermée",
                                                    "Ver o relatório Z da sessão acabada de fechar"),
    "Open a new session": ("Ouvrir une nouvelle session", "Abrir uma nova sessão"),
    "Voided: %1 — net: %2": ("Annulés : %1 — net : %2", "Anulados: %1 — líquido: %2"),
    "Taxpayer registered: %1": ("Contribuable enregistré : %1", "Contribuinte registado: %1"),
    "ID number: %1": ("N° d'identification : %1", "N.º de identificação: %1"),
    "Reference: %1": ("Référence : %1", "Referência: %1"),
    "No ID number or object reference was given.": ("Aucun n° d'identification ni référence d'objet n'a été saisi.",
                                                     "Não foi indicado n.º de identificação nem referência de objeto."),
    "Register another": ("Enregistrer un autre", "Registar outro"),
    "OK": ("OK", "OK"),
    # GPS status in plain words (grades documented in desktop/gnss/quality.py and the README)
    "GnssQuality|Good": ("Bonne", "Boa"),
    "GnssQuality|Fair": ("Moyenne", "Razoável"),
    "GnssQuality|Poor": ("Faible", "Fraca"),
    "GnssQuality|No fix": ("Pas de position", "Sem posição"),
    "Accuracy unknown": ("Précision inconnue", "Precisão desconhecida"),
    "GnssQuality|%1 — %2": ("%1 — %2", "%1 — %2"),
    "GnssQuality|GPS": ("GPS", "GPS"),
    "differential GPS": ("GPS différentiel", "GPS diferencial"),
    "PPS": ("PPS", "PPS"),
    "RTK fixed": ("RTK fixe", "RTK fixo"),
    "RTK float": ("RTK flottant", "RTK flutuante"),
    "not reported": ("non indiqué", "não indicado"),
    "GnssDetails|unknown": ("inconnue", "desconhecida"),
    "Accuracy: %1, %2": ("Précision : %1, %2", "Precisão: %1, %2"),
    "HDOP: %1": ("HDOP : %1", "HDOP: %1"),
    "Satellites in use: %1": ("Satellites utilisés : %1", "Satélites em uso: %1"),
    "Fix type: %1": ("Type de position : %1", "Tipo de posição: %1"),
    "Age of the fix: %1 s": ("Âge de la position : %1 s", "Idade da posição: %1 s"),
    "Coordinates: %1, %2": ("Coordonnées : %1, %2", "Coordenadas: %1, %2"),
    "Details": ("Détails", "Detalhes"),
    "Hide details": ("Masquer les détails", "Ocultar detalhes"),
    # -- sync -----------------------------------------------------------------------------------
    "Last sync: %1": ("Dernière synchronisation : %1", "Última sincronização: %1"),
    "Server: %1": ("Serveur : %1", "Servidor: %1"),
    "Server: not set (Settings)": ("Serveur : non renseigné (Paramètres)", "Servidor: não definido (Definições)"),
    "Events waiting to be sent": ("Événements en attente d'envoi", "Eventos à espera de envio"),
    "Sending to the server is not available in this version yet: it arrives with the synchronisation update. Nothing is lost meanwhile: every payment, void and registration is kept on this device, signed and chained, and will be sent in order.": (
        "L'envoi au serveur n'est pas encore disponible dans cette version : il arrive avec la mise à jour de "
        "synchronisation. Rien n'est perdu d'ici là : chaque paiement, annulation et recensement est conservé "
        "sur cet appareil, signé et chaîné, et sera envoyé dans l'ordre.",
        "O envio para o servidor ainda não está disponível nesta versão: chega com a atualização de "
        "sincronização. Entretanto nada se perde: cada pagamento, anulação e registo fica guardado neste "
        "aparelho, assinado e encadeado, e será enviado por ordem."),
    "Synchronise now (not available yet)": ("Synchroniser maintenant (pas encore disponible)",
                                            "Sincronizar agora (ainda não disponível)"),
    "Server address…": ("Adresse du serveur…", "Endereço do servidor…"),
    # -- settings -------------------------------------------------------------------------------
    "Choose an NMEA log": ("Choisir un journal NMEA", "Escolher um registo NMEA"),
    "NMEA logs (*.nmea *.txt *.log);;All files (*)": ("Journaux NMEA (*.nmea *.txt *.log);;Tous les fichiers (*)",
                                                      "Registos NMEA (*.nmea *.txt *.log);;Todos os ficheiros (*)"),
    "Saving the settings": ("Enregistrement des paramètres", "A guardar as definições"),
    "Settings saved.": ("Paramètres enregistrés.", "Definições guardadas."),
    "the test page": ("la page de test", "a página de teste"),
    "Language": ("Langue", "Idioma"),
    "Receipt printer": ("Imprimante à reçus", "Impressora de recibos"),
    "Profile": ("Profil", "Perfil"),
    "bt://AA:BB:CC:DD:EE:FF for Bluetooth, serial:///dev/rfcomm0 or serial://COM5, tcp://192.168.1.50:9100, "
    "or file:///path for a file. A USB printer: serial:///dev/ttyUSB0, serial://COM3 or file:///dev/usb/lp0.": (
        "bt://AA:BB:CC:DD:EE:FF pour le Bluetooth, serial:///dev/rfcomm0 ou serial://COM5, "
        "tcp://192.168.1.50:9100, ou file:///chemin pour un fichier. Une imprimante USB : "
        "serial:///dev/ttyUSB0, serial://COM3 ou file:///dev/usb/lp0.",
        "bt://AA:BB:CC:DD:EE:FF para Bluetooth, serial:///dev/rfcomm0 ou serial://COM5, "
        "tcp://192.168.1.50:9100, ou file:///caminho para um ficheiro. Uma impressora USB: "
        "serial:///dev/ttyUSB0, serial://COM3 ou file:///dev/usb/lp0."),
    "Print a test page": ("Imprimer une page de test", "Imprimir uma página de teste"),
    "Position (GPS)": ("Position (GPS)", "Posição (GPS)"),
    "System position service": ("Service de localisation du système", "Serviço de localização do sistema"),
    "External receiver (serial or Bluetooth port)": ("Récepteur externe (port série ou Bluetooth)",
                                                     "Recetor externo (porta série ou Bluetooth)"),
    "NMEA log file (replay)": ("Journal NMEA (relecture)", "Registo NMEA (reprodução)"),
    "Source": ("Source", "Fonte"),
    "Port and speed": ("Port et vitesse", "Porta e velocidade"),
    "Log file": ("Fichier journal", "Ficheiro de registo"),
    "Range error (UERE)": ("Erreur de distance (UERE)", "Erro de distância (UERE)"),
    "Accuracy needed": ("Précision exigée", "Precisão exigida"),
    "Browse…": ("Parcourir…", "Procurar…"),
    "e.g. /dev/rfcomm0 or COM5": ("par ex. /dev/rfcomm0 ou COM5", "p. ex. /dev/rfcomm0 ou COM5"),
    "Capture waits until the accuracy is this good or better, unless you accept a worse fix. Without a GST error estimate from the receiver, accuracy is 2 × HDOP × the range error.": (
        "La capture attend une précision au moins aussi bonne, sauf si vous acceptez une position moins "
        "précise. Sans estimation d'erreur GST du récepteur, la précision vaut 2 × HDOP × l'erreur de distance.",
        "A captação espera até a precisão ser esta ou melhor, a não ser que aceite uma posição pior. Sem "
        "estimativa de erro GST do recetor, a precisão é 2 × HDOP × o erro de distância."),
    "Synchronisation server": ("Serveur de synchronisation", "Servidor de sincronização"),
    "Save the settings": ("Enregistrer les paramètres", "Guardar as definições"),
    # -- keyboard shortcuts ---------------------------------------------------------------------
    "Keyboard shortcuts": ("Raccourcis clavier", "Atalhos de teclado"),
    "Keyboard shortcuts (F1)": ("Raccourcis clavier (F1)", "Atalhos de teclado (F1)"),
    "Close": ("Fermer", "Fechar"),
    "Receipts waiting for a printer (print queue)": (
        "Reçus en attente d'une imprimante (file d'impression)",
        "Recibos à espera de uma impressora (fila de impressão)"),
    "Home, Search, New taxpayer, Cash session, Synchronise, Settings": (
        "Accueil, Rechercher, Nouveau contribuable, Session de caisse, Synchroniser, Paramètres",
        "Início, Pesquisar, Novo contribuinte, Sessão de caixa, Sincronizar, Definições"),
    "Search: go to the results / open the taxpayer": ("Recherche : aller aux résultats / ouvrir le contribuable",
                                                      "Pesquisa: ir para os resultados / abrir o contribuinte"),
    "Taxpayer card: take a payment": ("Fiche : encaisser", "Ficha: cobrar"),
    "Taxpayer card: edit": ("Fiche : modifier", "Ficha: editar"),
    "Taxpayer card: reprint the selected receipt (duplicate)": ("Fiche : réimprimer le reçu choisi (duplicata)",
                                                               "Ficha: reimprimir o recibo escolhido (2.ª via)"),
    "Taxpayer card: void the selected receipt": ("Fiche : annuler le reçu choisi", "Ficha: anular o recibo escolhido"),
    "Payment: continue to the confirmation": ("Paiement : passer à la confirmation",
                                              "Pagamento: avançar para a confirmação"),
    "Retry a failed print": ("Relancer une impression échouée", "Repetir uma impressão falhada"),
    "Save (taxpayer, settings)": ("Enregistrer (contribuable, paramètres)", "Guardar (contribuinte, definições)"),
    "Registration: capture the position": ("Recensement : capturer la position", "Registo: captar a posição"),
    "Cash session: open": ("Session de caisse : ouvrir", "Sessão de caixa: abrir"),
    "Cash session: close": ("Session de caisse : fermer", "Sessão de caixa: fechar"),
    "Settings: print a test page": ("Paramètres : imprimer une page de test", "Definições: imprimir uma página de teste"),
    "Back / cancel": ("Retour / annuler", "Voltar / cancelar"),
    "This list": ("Cette liste", "Esta lista"),
    # -- rail -----------------------------------------------------------------------------------
    "New\ntaxpayer": ("Nouveau\ncontribuable", "Novo\ncontribuinte"),
    "Cash\nsession": ("Session\nde caisse", "Sessão\nde caixa"),
    # -- inputs: device clock more than a day ahead -----------------------------------------------
    "Check the date and time": ("Vérifiez la date et l'heure", "Verifique a data e a hora"),
    "The date and time are right": ("La date et l'heure sont justes", "A data e a hora estão certas"),
    # -- inputs: GNSS accuracy the receiver does not give -----------------------------------------
    "not reported by the receiver": ("non indiquée par le récepteur", "não indicada pelo recetor"),
    # -- storage faults (durability) -------------------------------------------------------------
    "Storage problem: payments are stopped until it is fixed": (
        "Problème de stockage : les paiements sont arrêtés jusqu'à ce qu'il soit réglé",
        "Problema de armazenamento: os pagamentos estão parados até ser resolvido"),
    "Check again": ("Vérifier à nouveau", "Verificar de novo"),
    "Checking the storage": ("Vérification du stockage", "A verificar o armazenamento"),
    # -- print queue (receipts recorded while no printer answered) ------------------------------
    "The payment is recorded; the receipt prints by itself as soon as a printer answers.": (
        "Le paiement est enregistré ; le reçu s'imprimera tout seul dès qu'une imprimante répondra.",
        "O pagamento está registado; o recibo será impresso sozinho assim que uma impressora responder."),
    "Write on the citizen's stub:": ("À écrire sur le talon du contribuable :", "Escreva no talão do contribuinte:"),
    "Receipt N°": ("Reçu N°", "Recibo N.º"),
    "Verification code": ("Code de vérification", "Código de verificação"),
    "To print: %1": ("À imprimer : %1", "A imprimir: %1"),
    "Receipts waiting for a printer": ("Reçus en attente d'une imprimante", "Recibos à espera de uma impressora"),
    "Receipts to print": ("Reçus à imprimer", "Recibos a imprimir"),
    "Payments recorded while no printer answered. Each citizen has a stub with the receipt number and its "
    "verification code. The receipts print by themselves, oldest first, as soon as a printer answers.": (
        "Paiements enregistrés quand aucune imprimante ne répondait. Chaque contribuable a un talon avec le "
        "numéro du reçu et son code de vérification. Les reçus s'impriment tout seuls, du plus ancien au plus "
        "récent, dès qu'une imprimante répond.",
        "Pagamentos registados quando nenhuma impressora respondia. Cada contribuinte tem um talão com o número "
        "do recibo e o seu código de verificação. Os recibos imprimem-se sozinhos, do mais antigo ao mais "
        "recente, assim que uma impressora responder."),
    "Print all": ("Tout imprimer", "Imprimir tudo"),
    "Print": ("Imprimer", "Imprimir"),
    "Printer settings": ("Réglages de l'imprimante", "Definições da impressora"),
    "…and %1 more.": ("…et %1 de plus.", "…e mais %1."),
    "Every receipt is printed.": ("Tous les reçus sont imprimés.", "Todos os recibos estão impressos."),
    "Printing… Receipts still to print: %1.": ("Impression… Reçus encore à imprimer : %1.",
                                                "A imprimir… Recibos ainda por imprimir: %1."),
    "%1 Receipts waiting: %2. Next try by itself in %3 s.": (
        "%1 Reçus en attente : %2. Prochain essai automatique dans %3 s.",
        "%1 Recibos em espera: %2. Próxima tentativa automática dentro de %3 s."),
    "Receipts still to print: %1.": ("Reçus encore à imprimer : %1.", "Recibos ainda por imprimir: %1."),
    "Receipts not printed yet": ("Reçus pas encore imprimés", "Recibos ainda não impressos"),
    # -- no French in English or Portuguese (issue 9) --------------------------------------------
    "https://revenue.city.example": ("https://recettes.mairie.example", "https://receitas.municipio.example"),
}

from resources.translations.catalogue_sync import SYNC_FR_PT  # noqa: E402 - the Sync screens' own list

FR_PT.update(SYNC_FR_PT)

from resources.translations.catalogue_reports import REPORTS_FR_PT  # noqa: E402 - the Reports screen's own list

FR_PT.update(REPORTS_FR_PT)
from resources.translations.catalogue_statements import STATEMENTS_FR_PT  # noqa: E402 - the statements screen's
FR_PT.update(STATEMENTS_FR_PT)
from resources.translations.catalogue_reconciliation import RECONCILIATION_FR_PT  # noqa: E402

FR_PT.update(RECONCILIATION_FR_PT)
from resources.translations.catalogue_registry import REGISTRY_FR_PT  # noqa: E402 - the registry screen's list

FR_PT.update(REGISTRY_FR_PT)
from resources.translations.catalogue_admin import ADMIN_FR_PT  # noqa: E402 - the administration screen's own list

FR_PT.update(ADMIN_FR_PT)
from resources.translations.catalogue_alerts import ALERTS_FR_PT  # noqa: E402 - the alert queue's own list

FR_PT.update(ALERTS_FR_PT)
from resources.translations.catalogue_shell import SHELL_FR_PT  # noqa: E402 - the supervisor's shell and dashboard
FR_PT.update(SHELL_FR_PT)
from resources.translations.catalogue_census import CENSUS_FR_PT  # noqa: E402 - the census screens' own list
FR_PT.update(CENSUS_FR_PT)
from resources.translations.catalogue_map import MAP_FR_PT  # noqa: E402 - the Map screen's own list
FR_PT.update(MAP_FR_PT)
from resources.translations.catalogue_positions import POSITIONS_FR_PT  # noqa: E402 - positions and outlines
FR_PT.update(POSITIONS_FR_PT)
from resources.translations.catalogue_media import MEDIA_FR_PT  # noqa: E402 - census photos in the Sync screens
FR_PT.update(MEDIA_FR_PT)
from resources.translations.catalogue_wizard import WIZARD_FR_PT  # noqa: E402 - the first-start wizard's own list
FR_PT.update(WIZARD_FR_PT)
from resources.translations.catalogue_updates import UPDATES_FR_PT  # noqa: E402 - app updates: banner, download
FR_PT.update(UPDATES_FR_PT)
from resources.translations.catalogue_backup import BACKUP_FR_PT  # noqa: E402 - the backup offered at a close
FR_PT.update(BACKUP_FR_PT)
from resources.translations.catalogue_unlock import UNLOCK_FR_PT  # noqa: E402 - unlock, lockout, recovery, PIN change
FR_PT.update(UNLOCK_FR_PT)

from resources.translations.catalogue_series import SERIES_FR_PT  # noqa: E402 - receipt series (issue 14)
FR_PT.update(SERIES_FR_PT)
from resources.translations.catalogue_closings import CLOSINGS_FR_PT  # noqa: E402 - month and year closings notice
FR_PT.update(CLOSINGS_FR_PT)
from resources.translations.catalogue_journal import JOURNAL_FR_PT  # noqa: E402 - the supervisor's technical journal
FR_PT.update(JOURNAL_FR_PT)
