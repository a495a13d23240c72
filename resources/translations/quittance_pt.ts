<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT">
    <context>
        <name>AppContext</name>
        <message>
            <source>Something went wrong: %1. Nothing you typed was lost; try again.</source>
            <translation>Ocorreu um problema: %1. Nada do que escreveu se perdeu; tente de novo.</translation>
        </message>
        <message>
            <source>Check the date and time</source>
            <translation>Verifique a data e a hora</translation>
        </message>
        <message>
            <source>The date and time are right</source>
            <translation>A data e a hora estão certas</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Voltar</translation>
        </message>
        <message>
            <source>Checking the storage</source>
            <translation>A verificar o armazenamento</translation>
        </message>
    </context>
    <context>
        <name>BackupOffer</name>
        <message>
            <source>Back up to %1 (%2 GB free)</source>
            <translation>Copiar para %1 (%2 GB livres)</translation>
        </message>
        <message>
            <source>Backing up to %1</source>
            <translation>A copiar para %1</translation>
        </message>
        <message>
            <source>Backup written and verified: %1. You can remove the memory stick.</source>
            <translation>Cópia de segurança escrita e verificada: %1. Pode retirar a pen USB.</translation>
        </message>
        <message>
            <source>Backup written and verified: %1, up to receipt %2. You can remove the memory stick.</source>
            <translation>Cópia de segurança escrita e verificada: %1, até ao recibo %2. Pode retirar a pen USB.</translation>
        </message>
        <message>
            <source>Back up this device</source>
            <translation>Fazer cópia de segurança deste dispositivo</translation>
        </message>
        <message>
            <source>The session is closed. Keep a copy of this device's records on a memory stick: if the tablet is lost or broken, the copy brings them back. It is encrypted like the device and checked before it is kept.</source>
            <translation>A sessão está fechada. Guarde uma cópia dos registos deste dispositivo numa pen USB: se o tablet se perder ou avariar, a cópia trá-los de volta. É cifrada como o dispositivo e verificada antes de ser guardada.</translation>
        </message>
        <message>
            <source>No memory stick found. Plug one in: it appears here.</source>
            <translation>Nenhuma pen USB encontrada. Ligue uma: ela aparece aqui.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fechar</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Agora não</translation>
        </message>
    </context>
    <context>
        <name>BalancesModel</name>
        <message>
            <source>Tax</source>
            <translation>Imposto</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Período</translation>
        </message>
        <message>
            <source>Assessed</source>
            <translation>Lançado</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Pago</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Em dívida</translation>
        </message>
        <message>
            <source>arrears</source>
            <translation>em atraso</translation>
        </message>
    </context>
    <context>
        <name>CameraDialog</name>
        <message>
            <source>Take a photo</source>
            <translation>Tirar uma fotografia</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Take</source>
            <translation>Tirar</translation>
        </message>
    </context>
    <context>
        <name>CardView</name>
        <message>
            <source>Opening the taxpayer card</source>
            <translation>A abrir a ficha</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Business name</source>
            <translation>Nome comercial</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>N.º de identificação</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefone</translation>
        </message>
        <message>
            <source>Zone</source>
            <translation>Zona</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Morada</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Deactivated</source>
            <translation>Desativado</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>± %1 m</source>
            <translation>± %1 m</translation>
        </message>
        <message>
            <source>accuracy unknown</source>
            <translation>precisão desconhecida</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>Fonte: %1</translation>
        </message>
        <message>
            <source>Fix time: %1</source>
            <translation>Hora da posição: %1</translation>
        </message>
        <message>
            <source>No position recorded. Edit the card to capture one.</source>
            <translation>Nenhuma posição registada. Edite a ficha para captar uma.</translation>
        </message>
        <message>
            <source>outline %1 m²</source>
            <translation>contorno %1 m²</translation>
        </message>
        <message>
            <source>No taxable object recorded.</source>
            <translation>Nenhum objeto tributável registado.</translation>
        </message>
        <message>
            <source>Total due: %1</source>
            <translation>Total em dívida: %1</translation>
        </message>
        <message>
            <source>Outline of %1</source>
            <translation>Contorno de %1</translation>
        </message>
        <message>
            <source>duplicate of receipt %1</source>
            <translation>segunda via do recibo %1</translation>
        </message>
        <message>
            <source>Receipt %1 is voided.</source>
            <translation>O recibo %1 está anulado.</translation>
        </message>
        <message>
            <source>Voiding the receipt</source>
            <translation>A anular o recibo</translation>
        </message>
        <message>
            <source>← Back</source>
            <translation>← Voltar</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Voltar</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Editar</translation>
        </message>
        <message>
            <source>Census form</source>
            <translation>Formulário de recenseamento</translation>
        </message>
        <message>
            <source>Edit the card</source>
            <translation>Editar a ficha</translation>
        </message>
        <message>
            <source>Take a payment</source>
            <translation>Cobrar</translation>
        </message>
        <message>
            <source>No cash session is open: open one to take payments.</source>
            <translation>Nenhuma sessão de caixa aberta: abra uma para cobrar.</translation>
        </message>
        <message>
            <source>Open a session</source>
            <translation>Abrir uma sessão</translation>
        </message>
        <message>
            <source>Identity</source>
            <translation>Identificação</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Localização</translation>
        </message>
        <message>
            <source>Balances</source>
            <translation>Saldos</translation>
        </message>
        <message>
            <source>Taxable objects</source>
            <translation>Objetos tributáveis</translation>
        </message>
        <message>
            <source>Payments</source>
            <translation>Pagamentos</translation>
        </message>
        <message>
            <source>No payment yet.</source>
            <translation>Ainda nenhum pagamento.</translation>
        </message>
        <message>
            <source>Reprint (duplicate)</source>
            <translation>Reimprimir (2.ª via)</translation>
        </message>
        <message>
            <source>Reprint the selected receipt</source>
            <translation>Reimprimir o recibo escolhido</translation>
        </message>
        <message>
            <source>Void receipt…</source>
            <translation>Anular recibo…</translation>
        </message>
        <message>
            <source>Void the selected receipt</source>
            <translation>Anular o recibo escolhido</translation>
        </message>
    </context>
    <context>
        <name>CensusView</name>
        <message>
            <source>Version %1 · questions: %2</source>
            <translation>Versão %1 · perguntas: %2</translation>
        </message>
        <message>
            <source>New submission</source>
            <translation>Novo preenchimento</translation>
        </message>
        <message>
            <source>Started %1 · saved %2</source>
            <translation>Iniciado em %1 · guardado em %2</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Retomar</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Descartar</translation>
        </message>
        <message>
            <source>Opening the form</source>
            <translation>A abrir o formulário</translation>
        </message>
        <message>
            <source>Choose the form: the submission will be linked to this taxpayer.</source>
            <translation>Escolha o formulário: o preenchimento ficará ligado a este contribuinte.</translation>
        </message>
        <message>
            <source>Discard this draft?</source>
            <translation>Descartar este rascunho?</translation>
        </message>
        <message>
            <source>The answers given to “%1” since %2 will be lost.</source>
            <translation>As respostas dadas a «%1» desde %2 serão perdidas.</translation>
        </message>
        <message>
            <source>Discard the draft</source>
            <translation>Descartar o rascunho</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Mantê-lo</translation>
        </message>
        <message>
            <source>Submission recorded. It is sent with the next synchronisation.</source>
            <translation>Preenchimento registado. Será enviado na próxima sincronização.</translation>
        </message>
        <message>
            <source>Census</source>
            <translation>Recenseamento</translation>
        </message>
        <message>
            <source>Forms on this device</source>
            <translation>Formulários neste aparelho</translation>
        </message>
        <message>
            <source>No form on this device yet. Forms arrive with the synchronisation, or are imported with “quittance form import”.</source>
            <translation>Ainda não há formulários neste aparelho. Os formulários chegam com a sincronização, ou são importados com «quittance form import».</translation>
        </message>
        <message>
            <source>Drafts in progress</source>
            <translation>Rascunhos em curso</translation>
        </message>
        <message>
            <source>No draft in progress.</source>
            <translation>Nenhum rascunho em curso.</translation>
        </message>
    </context>
    <context>
        <name>ChangePinCard</name>
        <message>
            <source>Type your current PIN and the new one.</source>
            <translation>Escreva o seu PIN atual e o novo.</translation>
        </message>
        <message>
            <source>The two PINs are not the same. Type the new PIN again.</source>
            <translation>Os dois PIN não são iguais. Escreva de novo o novo PIN.</translation>
        </message>
        <message>
            <source>The new PIN is the same as the current one.</source>
            <translation>O novo PIN é igual ao atual.</translation>
        </message>
        <message>
            <source>Changing the PIN</source>
            <translation>A mudar o PIN</translation>
        </message>
        <message>
            <source>PIN changed. From now on, type the new PIN to open this device.</source>
            <translation>PIN mudado. A partir de agora, escreva o novo PIN para abrir este aparelho.</translation>
        </message>
        <message>
            <source>Your current PIN is not this one. Tries left before the device locks: %1.</source>
            <translation>O seu PIN atual não é este. Tentativas restantes antes do bloqueio do aparelho: %1.</translation>
        </message>
        <message>
            <source>Change my PIN</source>
            <translation>Mudar o meu PIN</translation>
        </message>
        <message>
            <source>Current PIN</source>
            <translation>PIN atual</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>Novo PIN</translation>
        </message>
        <message>
            <source>New PIN again</source>
            <translation>Confirme o novo PIN</translation>
        </message>
    </context>
    <context>
        <name>ClearButton</name>
        <message>
            <source>Clear</source>
            <translation>Limpar</translation>
        </message>
    </context>
    <context>
        <name>ClosingsNotice</name>
        <message>
            <source>The closings are kept on the device: print them again at any time.</source>
            <translation>Os encerramentos ficam guardados no aparelho: imprima-os de novo quando quiser.</translation>
        </message>
        <message>
            <source>the closings</source>
            <translation>os encerramentos</translation>
        </message>
        <message>
            <source>month %1</source>
            <translation>mês %1</translation>
        </message>
        <message>
            <source>year %1</source>
            <translation>ano %1</translation>
        </message>
        <message>
            <source>Closed for good when this session opened: %1. A correction is now a void in the current period.</source>
            <translation>Encerrados definitivamente na abertura desta sessão: %1. Uma correção é agora uma anulação no período em curso.</translation>
        </message>
        <message>
            <source>Print the closings</source>
            <translation>Imprimir os encerramentos</translation>
        </message>
    </context>
    <context>
        <name>CountPanel</name>
        <message>
            <source>note</source>
            <translation>nota</translation>
        </message>
        <message>
            <source>coin</source>
            <translation>moeda</translation>
        </message>
    </context>
    <context>
        <name>DateInput</name>
        <message>
            <source>Today</source>
            <translation>Hoje</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Limpar</translation>
        </message>
    </context>
    <context>
        <name>EnrollPage</name>
        <message>
            <source>This device is enrolled: device %1 of %2, on %3. Agents: %4.</source>
            <translation>Este dispositivo está inscrito: dispositivo %1 de %2, em %3. Agentes: %4.</translation>
        </message>
        <message>
            <source>Type the server's address as your supervisor gave it, starting with https:// (for example https://revenue.city.example).</source>
            <translation>Escreva o endereço do servidor tal como o seu supervisor o deu, começando por https:// (por exemplo https://receitas.municipio.example).</translation>
        </message>
        <message>
            <source>An enrollment code has only letters and digits.</source>
            <translation>Um código de inscrição tem apenas letras e algarismos.</translation>
        </message>
        <message>
            <source>This is longer than an enrollment code: check what was pasted.</source>
            <translation>Isto é mais longo do que um código de inscrição: verifique o que foi colado.</translation>
        </message>
        <message>
            <source>Type the whole code your supervisor gave you.</source>
            <translation>Escreva o código completo que o seu supervisor lhe deu.</translation>
        </message>
        <message>
            <source>Choose the picture of the enrollment QR code</source>
            <translation>Escolher a imagem do código QR de inscrição</translation>
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;All files (*)</source>
            <translation>Imagens (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;Todos os ficheiros (*)</translation>
        </message>
        <message>
            <source>This file is not a picture that can be read. Choose the PNG or the photo of the enrollment QR code.</source>
            <translation>Este ficheiro não é uma imagem legível. Escolha o PNG ou a fotografia do código QR de inscrição.</translation>
        </message>
        <message>
            <source>No QR code was found in this picture. Choose a sharper picture, or type the address and the code.</source>
            <translation>Não foi encontrado nenhum código QR nesta imagem. Escolha uma imagem mais nítida, ou escreva o endereço e o código.</translation>
        </message>
        <message>
            <source>This QR code is not an enrollment code (a receipt's QR code, for example). Choose the one your supervisor gave you.</source>
            <translation>Este código QR não é um código de inscrição (o de um recibo, por exemplo). Escolha o que o seu supervisor lhe deu.</translation>
        </message>
        <message>
            <source>Enroll this device</source>
            <translation>Inscrever este dispositivo</translation>
        </message>
        <message>
            <source>Your supervisor gives you the server's address and a one-time code, or a QR code that holds both. Type them, or read the QR code from a picture or with the camera.</source>
            <translation>O seu supervisor dá-lhe o endereço do servidor e um código de uso único, ou um código QR que contém os dois. Escreva-os, ou leia o código QR de uma imagem ou com a câmara.</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>Endereço do servidor</translation>
        </message>
        <message>
            <source>https://revenue.city.example</source>
            <translation>https://receitas.municipio.example</translation>
        </message>
        <message>
            <source>Enrollment code</source>
            <translation>Código de inscrição</translation>
        </message>
        <message>
            <source>e.g. K7Q2M9XD</source>
            <translation>ex. K7Q2M9XD</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>Colar</translation>
        </message>
        <message>
            <source>Read the QR code from a picture</source>
            <translation>Ler o código QR de uma imagem</translation>
        </message>
        <message>
            <source>Scan with the camera</source>
            <translation>Ler com a câmara</translation>
        </message>
        <message>
            <source>Enroll</source>
            <translation>Inscrever</translation>
        </message>
    </context>
    <context>
        <name>EnrollView</name>
        <message>
            <source>Type the server's address as your supervisor gave it, starting with https:// (for example https://revenue.city.example).</source>
            <translation>Escreva o endereço do servidor tal como o seu supervisor o deu, começando por https:// (por exemplo https://receitas.municipio.example).</translation>
        </message>
        <message>
            <source>An enrollment code has only letters and digits.</source>
            <translation>Um código de inscrição tem apenas letras e algarismos.</translation>
        </message>
        <message>
            <source>This is longer than an enrollment code: check what was pasted.</source>
            <translation>Isto é mais longo do que um código de inscrição: verifique o que foi colado.</translation>
        </message>
        <message>
            <source>Type the whole code your supervisor gave you.</source>
            <translation>Escreva o código completo que o seu supervisor lhe deu.</translation>
        </message>
        <message>
            <source>Enroll this device</source>
            <translation>Inscrever este dispositivo</translation>
        </message>
        <message>
            <source>Enrolling links this device to the municipality's server, so that what you record reaches it. Your supervisor gives you the server's address and a one-time code (valid for 24 hours). Nothing recorded on this device is lost: it is all sent after enrollment.</source>
            <translation>A inscrição liga este dispositivo ao servidor do município, para que o que regista lhe chegue. O seu supervisor dá-lhe o endereço do servidor e um código de uso único (válido 24 horas). Nada do que está registado neste dispositivo se perde: tudo é enviado depois da inscrição.</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>Endereço do servidor</translation>
        </message>
        <message>
            <source>https://revenue.city.example</source>
            <translation>https://receitas.municipio.example</translation>
        </message>
        <message>
            <source>Enrollment code</source>
            <translation>Código de inscrição</translation>
        </message>
        <message>
            <source>e.g. K7Q2M9XD</source>
            <translation>ex. K7Q2M9XD</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>Colar</translation>
        </message>
        <message>
            <source>Scan the QR code</source>
            <translation>Ler o código QR</translation>
        </message>
        <message>
            <source>This device has no camera to read the QR code: type the address and the code, or paste the enrollment link.</source>
            <translation>Este dispositivo não tem câmara para ler o código QR: escreva o endereço e o código, ou cole a ligação de inscrição.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Enroll</source>
            <translation>Inscrever</translation>
        </message>
    </context>
    <context>
        <name>FirstStartWizard</name>
        <message>
            <source>Finish</source>
            <translation>Terminar</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Seguinte</translation>
        </message>
        <message>
            <source>Step %1 of %2</source>
            <translation>Passo %1 de %2</translation>
        </message>
        <message>
            <source>Quittance: first start</source>
            <translation>Quittance: primeiro arranque</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Voltar</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Saltar</translation>
        </message>
    </context>
    <context>
        <name>FormEntryView</name>
        <message>
            <source>Answers to give or correct before submitting: %1.</source>
            <translation>Respostas a dar ou a corrigir antes de submeter: %1.</translation>
        </message>
        <message>
            <source>Remove %1?</source>
            <translation>Remover %1?</translation>
        </message>
        <message>
            <source>The answers of %1 will be removed from this form.</source>
            <translation>As respostas de %1 serão removidas deste formulário.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remover</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Manter</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Página %1 de %2</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Resumo</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Perguntas</translation>
        </message>
        <message>
            <source>Save and close</source>
            <translation>Guardar e fechar</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Voltar</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Seguinte</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>Terminar</translation>
        </message>
    </context>
    <context>
        <name>GnssDetails</name>
        <message>
            <source>not reported</source>
            <translation>não indicado</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>desconhecida</translation>
        </message>
        <message>
            <source>Accuracy: %1, %2</source>
            <translation>Precisão: %1, %2</translation>
        </message>
        <message>
            <source>HDOP: %1</source>
            <translation>HDOP: %1</translation>
        </message>
        <message>
            <source>Satellites in use: %1</source>
            <translation>Satélites em uso: %1</translation>
        </message>
        <message>
            <source>Fix type: %1</source>
            <translation>Tipo de posição: %1</translation>
        </message>
        <message>
            <source>Age of the fix: %1 s</source>
            <translation>Idade da posição: %1 s</translation>
        </message>
        <message>
            <source>Coordinates: %1, %2</source>
            <translation>Coordenadas: %1, %2</translation>
        </message>
    </context>
    <context>
        <name>GnssPage</name>
        <message>
            <source>Choose an NMEA log</source>
            <translation>Escolher um registo NMEA</translation>
        </message>
        <message>
            <source>NMEA logs (*.nmea *.txt *.log);;All files (*)</source>
            <translation>Registos NMEA (*.nmea *.txt *.log);;Todos os ficheiros (*)</translation>
        </message>
        <message>
            <source>This file cannot be read. Check the path, or choose another log.</source>
            <translation>Este ficheiro não pode ser lido. Verifique o caminho, ou escolha outro registo.</translation>
        </message>
        <message>
            <source>This file holds no NMEA sentence (lines such as $GPGGA,…). Choose the log the receiver recorded.</source>
            <translation>Este ficheiro não contém nenhuma frase NMEA (linhas como $GPGGA,…). Escolha o registo gravado pelo recetor.</translation>
        </message>
        <message>
            <source>Position (GPS)</source>
            <translation>Posição (GPS)</translation>
        </message>
        <message>
            <source>Where this device takes its position from when you locate a taxpayer. You can skip this and change it later in Settings.</source>
            <translation>De onde este dispositivo obtém a posição quando localiza um contribuinte. Pode saltar este passo e mudá-la mais tarde nas Definições.</translation>
        </message>
        <message>
            <source>The device's own position service</source>
            <translation>O serviço de posição do dispositivo</translation>
        </message>
        <message>
            <source>External receiver (serial or Bluetooth port)</source>
            <translation>Recetor externo (porta série ou Bluetooth)</translation>
        </message>
        <message>
            <source>NMEA log file (replay)</source>
            <translation>Registo NMEA (reprodução)</translation>
        </message>
        <message>
            <source>e.g. /dev/rfcomm0 or COM5</source>
            <translation>p. ex. /dev/rfcomm0 ou COM5</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Procurar…</translation>
        </message>
    </context>
    <context>
        <name>GnssQuality</name>
        <message>
            <source>Good</source>
            <translation>Boa</translation>
        </message>
        <message>
            <source>Fair</source>
            <translation>Razoável</translation>
        </message>
        <message>
            <source>Poor</source>
            <translation>Fraca</translation>
        </message>
        <message>
            <source>Accuracy unknown</source>
            <translation>Precisão desconhecida</translation>
        </message>
        <message>
            <source>No fix</source>
            <translation>Sem posição</translation>
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
            <translation>GPS diferencial</translation>
        </message>
        <message>
            <source>PPS</source>
            <translation>PPS</translation>
        </message>
        <message>
            <source>RTK fixed</source>
            <translation>RTK fixo</translation>
        </message>
        <message>
            <source>RTK float</source>
            <translation>RTK flutuante</translation>
        </message>
        <message>
            <source>no fix</source>
            <translation>sem posição</translation>
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
            <translation>satélites %1 em uso / %2 visíveis</translation>
        </message>
        <message>
            <source>satellites %1 in use</source>
            <translation>satélites %1 em uso</translation>
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
            <translation>Aberta</translation>
        </message>
        <message>
            <source>Since %1</source>
            <translation>Desde %1</translation>
        </message>
        <message>
            <source>See or close the session</source>
            <translation>Ver ou fechar a sessão</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Fechada</translation>
        </message>
        <message>
            <source>Open a session before taking payments.</source>
            <translation>Abra uma sessão antes de cobrar.</translation>
        </message>
        <message>
            <source>Open a session</source>
            <translation>Abrir uma sessão</translation>
        </message>
        <message>
            <source>Receipts issued today: %1</source>
            <translation>Recibos emitidos hoje: %1</translation>
        </message>
        <message>
            <source>Voided: %1 — net: %2</source>
            <translation>Anulados: %1 — líquido: %2</translation>
        </message>
        <message>
            <source>records waiting to sync</source>
            <translation>registos à espera de sincronização</translation>
        </message>
        <message>
            <source>Last sync: %1</source>
            <translation>Última sincronização: %1</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nunca</translation>
        </message>
        <message>
            <source>Hello, %1</source>
            <translation>Olá, %1</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Início</translation>
        </message>
        <message>
            <source>Search: name, phone, ID, receipt no. or reference</source>
            <translation>Pesquisar: nome, telefone, identificação, n.º de recibo ou referência</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Pesquisar</translation>
        </message>
        <message>
            <source>Cash session</source>
            <translation>Sessão de caixa</translation>
        </message>
        <message>
            <source>Collected today</source>
            <translation>Cobrado hoje</translation>
        </message>
        <message>
            <source>Synchronisation</source>
            <translation>Sincronização</translation>
        </message>
        <message>
            <source>See synchronisation</source>
            <translation>Ver a sincronização</translation>
        </message>
        <message>
            <source>Census</source>
            <translation>Recenseamento</translation>
        </message>
        <message>
            <source>Register a new taxpayer</source>
            <translation>Registar um novo contribuinte</translation>
        </message>
    </context>
    <context>
        <name>ImageInput</name>
        <message>
            <source>Choose a picture</source>
            <translation>Escolher uma fotografia</translation>
        </message>
        <message>
            <source>Pictures (*.jpg *.jpeg *.png)</source>
            <translation>Fotografias (*.jpg *.jpeg *.png)</translation>
        </message>
        <message>
            <source>No picture yet.</source>
            <translation>Ainda sem fotografia.</translation>
        </message>
        <message>
            <source>Choose a picture…</source>
            <translation>Escolher uma fotografia…</translation>
        </message>
        <message>
            <source>Take a photo</source>
            <translation>Tirar uma fotografia</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remover</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Cash</source>
            <translation>Numerário</translation>
        </message>
        <message>
            <source>Mobile money</source>
            <translation>Dinheiro móvel</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Outro</translation>
        </message>
        <message>
            <source>Property (land, building)</source>
            <translation>Propriedade (terreno, edifício)</translation>
        </message>
        <message>
            <source>Business premises</source>
            <translation>Estabelecimento comercial</translation>
        </message>
        <message>
            <source>Market stall</source>
            <translation>Banca de mercado</translation>
        </message>
        <message>
            <source>Vehicle</source>
            <translation>Veículo</translation>
        </message>
        <message>
            <source>Billboard</source>
            <translation>Painel publicitário</translation>
        </message>
        <message>
            <source>Device GPS</source>
            <translation>GPS do aparelho</translation>
        </message>
        <message>
            <source>External GNSS receiver</source>
            <translation>Recetor GNSS externo</translation>
        </message>
        <message>
            <source>Entered by hand</source>
            <translation>Introduzida à mão</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Pessoa</translation>
        </message>
        <message>
            <source>Business</source>
            <translation>Empresa</translation>
        </message>
        <message>
            <source>from the receiver's error estimate (GST)</source>
            <translation>segundo o erro estimado pelo recetor (GST)</translation>
        </message>
        <message>
            <source>estimated from HDOP</source>
            <translation>estimada a partir do HDOP</translation>
        </message>
        <message>
            <source>reported by the system</source>
            <translation>indicada pelo sistema</translation>
        </message>
        <message>
            <source>not reported by the receiver</source>
            <translation>não indicada pelo recetor</translation>
        </message>
        <message>
            <source>annual</source>
            <translation>anual</translation>
        </message>
        <message>
            <source>monthly</source>
            <translation>mensal</translation>
        </message>
        <message>
            <source>daily</source>
            <translation>diária</translation>
        </message>
        <message>
            <source>one-off</source>
            <translation>pontual</translation>
        </message>
        <message>
            <source>YYYY, e.g. 2026</source>
            <translation>AAAA, p. ex. 2026</translation>
        </message>
        <message>
            <source>YYYY-MM, e.g. 2026-03</source>
            <translation>AAAA-MM, p. ex. 2026-03</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>AAAA-MM-DD</translation>
        </message>
        <message>
            <source>a short code, e.g. 2026</source>
            <translation>um código curto, p. ex. 2026</translation>
        </message>
    </context>
    <context>
        <name>LanguagePage</name>
        <message>
            <source>Welcome to Quittance</source>
            <translation>Bem-vindo ao Quittance</translation>
        </message>
        <message>
            <source>Choose your language. You can change it later on the login screen and in Settings.</source>
            <translation>Escolha o seu idioma. Pode mudá-lo mais tarde no ecrã de entrada e nas Definições.</translation>
        </message>
    </context>
    <context>
        <name>LocationPanel</name>
        <message>
            <source>The NMEA log has ended. Accept the last fix or enter the coordinates by hand.</source>
            <translation>O registo NMEA terminou. Aceite a última posição ou introduza as coordenadas à mão.</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Parar</translation>
        </message>
        <message>
            <source>Capture again</source>
            <translation>Captar de novo</translation>
        </message>
        <message>
            <source>Capture position</source>
            <translation>Captar a posição</translation>
        </message>
        <message>
            <source>accuracy unknown</source>
            <translation>precisão desconhecida</translation>
        </message>
        <message>
            <source>Accept %1</source>
            <translation>Aceitar %1</translation>
        </message>
        <message>
            <source>Accept without known accuracy</source>
            <translation>Aceitar sem precisão conhecida</translation>
        </message>
        <message>
            <source>Keep this position although it is less accurate than required</source>
            <translation>Manter esta posição embora seja menos precisa do que o exigido</translation>
        </message>
        <message>
            <source>Averaging the position: %1 of %2 fixes… Keep the receiver still.</source>
            <translation>A calcular a média da posição: %1 de %2 posições… Mantenha o recetor imóvel.</translation>
        </message>
        <message>
            <source>Waiting for accuracy of %1 m or better…</source>
            <translation>À espera de uma precisão de %1 m ou melhor…</translation>
        </message>
        <message>
            <source>Searching for satellites… Stay outside, away from walls.</source>
            <translation>À procura de satélites… Fique no exterior, longe de paredes.</translation>
        </message>
        <message>
            <source>Recorded: %1, %2 (%3) — %4, %5</source>
            <translation>Registada: %1, %2 (%3) — %4, %5</translation>
        </message>
        <message>
            <source>Mean of %1 fixes; %2 set aside as too far from the others.</source>
            <translation>Média de %1 posições; %2 posta(s) de parte, demasiado longe das outras.</translation>
        </message>
        <message>
            <source>No position recorded yet.</source>
            <translation>Ainda nenhuma posição registada.</translation>
        </message>
        <message>
            <source>Hide details</source>
            <translation>Ocultar detalhes</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Detalhes</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Posição</translation>
        </message>
        <message>
            <source>Enter by hand</source>
            <translation>Introduzir à mão</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remover</translation>
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
            <translation>Usar estas coordenadas</translation>
        </message>
    </context>
    <context>
        <name>LockedView</name>
        <message>
            <source>This device is locked</source>
            <translation>Este aparelho está bloqueado</translation>
        </message>
        <message>
            <source>Too many wrong PINs were typed. Only a supervisor's recovery opens the device now: the supervisor brings the municipality's recovery key file and its passphrase. Nothing recorded on this device is lost.</source>
            <translation>Foram escritos demasiados PIN errados. Agora só a recuperação por um supervisor abre o aparelho: o supervisor traz o ficheiro da chave de recuperação do município e a sua frase secreta. Nada do que está registado neste aparelho se perdeu.</translation>
        </message>
        <message>
            <source>Recovery</source>
            <translation>Recuperação</translation>
        </message>
    </context>
    <context>
        <name>LoginView</name>
        <message>
            <source>Tap your name first.</source>
            <translation>Toque primeiro no seu nome.</translation>
        </message>
        <message>
            <source>Type your PIN.</source>
            <translation>Escreva o seu PIN.</translation>
        </message>
        <message>
            <source>Checking the PIN</source>
            <translation>A verificar o PIN</translation>
        </message>
        <message>
            <source>Wrong PIN. Tries left before a 5-minute lock: %1.</source>
            <translation>PIN errado. Tentativas restantes antes de um bloqueio de 5 minutos: %1.</translation>
        </message>
        <message>
            <source>You can try your PIN again.</source>
            <translation>Pode voltar a tentar o seu PIN.</translation>
        </message>
        <message>
            <source>Too many wrong PINs: login is locked until %1 (%2 min %3 s left). Ask your supervisor if you forgot your PIN.</source>
            <translation>Demasiados PIN errados: o acesso está bloqueado até às %1 (faltam %2 min %3 s). Fale com o seu supervisor se esqueceu o PIN.</translation>
        </message>
        <message>
            <source>Quittance — municipal revenue collection</source>
            <translation>Quittance — cobrança das receitas municipais</translation>
        </message>
        <message>
            <source>Who are you?</source>
            <translation>Quem é você?</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Supervisor</translation>
        </message>
        <message>
            <source>Log in as a supervisor, on the municipality's server</source>
            <translation>Entrar como supervisor, no servidor do município</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Trancar</translation>
        </message>
        <message>
            <source>Lock the device: its PIN is asked again to open it</source>
            <translation>Trancar o aparelho: o PIN volta a ser pedido para o abrir</translation>
        </message>
        <message>
            <source>Your PIN</source>
            <translation>O seu PIN</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Log in (Enter)</source>
            <translation>Entrar (Enter)</translation>
        </message>
        <message>
            <source>Demo mode — PINs: %1</source>
            <translation>Modo de demonstração — PIN: %1</translation>
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
            <translation>DEMO</translation>
        </message>
        <message>
            <source>Keyboard shortcuts (F1)</source>
            <translation>Atalhos de teclado (F1)</translation>
        </message>
    </context>
    <context>
        <name>MapScreen</name>
        <message>
            <source>Install a basemap</source>
            <translation>Instalar um mapa de fundo</translation>
        </message>
        <message>
            <source>MBTiles basemaps (*.mbtiles);;All files (*)</source>
            <translation>Mapas de fundo MBTiles (*.mbtiles);;Todos os ficheiros (*)</translation>
        </message>
        <message>
            <source>Loading the map</source>
            <translation>A carregar o mapa</translation>
        </message>
        <message>
            <source>All zones</source>
            <translation>Todas as zonas</translation>
        </message>
        <message>
            <source>All taxes</source>
            <translation>Todos os impostos</translation>
        </message>
        <message>
            <source>Status in %1:</source>
            <translation>Situação em %1:</translation>
        </message>
        <message>
            <source>%1 taxpayer(s) on the map</source>
            <translation>%1 contribuinte(s) no mapa</translation>
        </message>
        <message>
            <source>No basemap on this device: install one from a file, or get them from the server.</source>
            <translation>Nenhum mapa de fundo neste dispositivo: instale um a partir de um ficheiro, ou obtenha os do servidor.</translation>
        </message>
        <message>
            <source>Basemap installed: %1</source>
            <translation>Mapa de fundo instalado: %1</translation>
        </message>
        <message>
            <source>Installing the basemap</source>
            <translation>A instalar o mapa de fundo</translation>
        </message>
        <message>
            <source>This device is not enrolled: enrol it on the Synchronise screen to get the server's basemaps.</source>
            <translation>Este dispositivo não está inscrito: inscreva-o no ecrã Sincronizar para obter os mapas de fundo do servidor.</translation>
        </message>
        <message>
            <source>%1 basemap(s) from the server</source>
            <translation>%1 mapa(s) de fundo do servidor</translation>
        </message>
        <message>
            <source>Getting basemaps from the server</source>
            <translation>A obter os mapas de fundo do servidor</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Pago</translation>
        </message>
        <message>
            <source>Partly paid</source>
            <translation>Pago em parte</translation>
        </message>
        <message>
            <source>In arrears</source>
            <translation>Em atraso</translation>
        </message>
        <message>
            <source>Never assessed</source>
            <translation>Nunca tributado</translation>
        </message>
        <message>
            <source>My position</source>
            <translation>A minha posição</translation>
        </message>
        <message>
            <source>Basemaps…</source>
            <translation>Mapas de fundo…</translation>
        </message>
        <message>
            <source>Install from a file…</source>
            <translation>Instalar a partir de um ficheiro…</translation>
        </message>
        <message>
            <source>Get from the server</source>
            <translation>Obter do servidor</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Aproximar</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Afastar</translation>
        </message>
    </context>
    <context>
        <name>ObjectRow</name>
        <message>
            <source>Reference, e.g. plot or stall no.</source>
            <translation>Referência, p. ex. n.º da parcela ou da banca</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Referência</translation>
        </message>
        <message>
            <source>Description (optional)</source>
            <translation>Descrição (opcional)</translation>
        </message>
        <message>
            <source>Surface?</source>
            <translation>Área?</translation>
        </message>
        <message>
            <source>Surface</source>
            <translation>Área</translation>
        </message>
        <message>
            <source>Remove this object</source>
            <translation>Remover este objeto</translation>
        </message>
    </context>
    <context>
        <name>ObjectsEditor</name>
        <message>
            <source>Already recorded: %1</source>
            <translation>Já registados: %1</translation>
        </message>
        <message>
            <source>Taxable objects</source>
            <translation>Objetos tributáveis</translation>
        </message>
        <message>
            <source>+ Add a taxable object</source>
            <translation>+ Acrescentar um objeto tributável</translation>
        </message>
    </context>
    <context>
        <name>PaymentView</name>
        <message>
            <source>Payment — %1</source>
            <translation>Pagamento — %1</translation>
        </message>
        <message>
            <source>arrears</source>
            <translation>em atraso</translation>
        </message>
        <message>
            <source>Another tax or period (advance)…</source>
            <translation>Outro imposto ou período (adiantamento)…</translation>
        </message>
        <message>
            <source>Balance due on this line: %1. A smaller amount is a partial payment.</source>
            <translation>Em dívida nesta linha: %1. Um montante menor é um pagamento parcial.</translation>
        </message>
        <message>
            <source>Nothing is owed here yet: tick “advance” if the taxpayer pays ahead.</source>
            <translation>Ainda nada é devido aqui: marque «adiantamento» se o contribuinte paga antecipadamente.</translation>
        </message>
        <message>
            <source>From: %1</source>
            <translation>De: %1</translation>
        </message>
        <message>
            <source>For: %1</source>
            <translation>Para: %1</translation>
        </message>
        <message>
            <source>Method: %1</source>
            <translation>Modo: %1</translation>
        </message>
        <message>
            <source>Confirm the payment</source>
            <translation>Confirmar o pagamento</translation>
        </message>
        <message>
            <source>Confirm and record</source>
            <translation>Confirmar e registar</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Voltar</translation>
        </message>
        <message>
            <source>Recording the payment</source>
            <translation>A registar o pagamento</translation>
        </message>
        <message>
            <source>What is paid</source>
            <translation>O que se paga</translation>
        </message>
        <message>
            <source>Tax</source>
            <translation>Imposto</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Período</translation>
        </message>
        <message>
            <source>Amount (%1)</source>
            <translation>Montante (%1)</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Modo</translation>
        </message>
        <message>
            <source>Transaction ref.</source>
            <translation>Ref. da transação</translation>
        </message>
        <message>
            <source>Reference of the mobile money transfer</source>
            <translation>Referência da transferência de dinheiro móvel</translation>
        </message>
        <message>
            <source>Advance: the taxpayer pays ahead</source>
            <translation>Adiantamento: o contribuinte paga antecipadamente</translation>
        </message>
        <message>
            <source>Open a session</source>
            <translation>Abrir uma sessão</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continuar</translation>
        </message>
    </context>
    <context>
        <name>PaymentsModel</name>
        <message>
            <source>Receipt</source>
            <translation>Recibo</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Tax</source>
            <translation>Imposto</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Montante</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Modo</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>VOIDED: %1</source>
            <translation>ANULADO: %1</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>Válido</translation>
        </message>
    </context>
    <context>
        <name>PointsInput</name>
        <message>
            <source>Points: %1</source>
            <translation>Pontos: %1</translation>
        </message>
        <message>
            <source>Next point</source>
            <translation>Ponto seguinte</translation>
        </message>
        <message>
            <source>Add this point</source>
            <translation>Adicionar este ponto</translation>
        </message>
        <message>
            <source>Remove the selected point</source>
            <translation>Remover o ponto escolhido</translation>
        </message>
        <message>
            <source>Draw on the map</source>
            <translation>Desenhar no mapa</translation>
        </message>
    </context>
    <context>
        <name>PolygonPanel</name>
        <message>
            <source>Saving the outline</source>
            <translation>A guardar o contorno</translation>
        </message>
        <message>
            <source>Area: %1 m²</source>
            <translation>Área: %1 m²</translation>
        </message>
        <message>
            <source>Area: —</source>
            <translation>Área: —</translation>
        </message>
        <message>
            <source>Capturing this corner: %1 of %2 fixes… Stand still on it.</source>
            <translation>A registar este canto: %1 de %2 posições… Fique parado sobre ele.</translation>
        </message>
        <message>
            <source>Vertices: %1. Tap each corner, or stand on it and capture it. Drag a vertex to move it.</source>
            <translation>Vértices: %1. Toque em cada canto, ou fique sobre ele e registe-o. Arraste um vértice para o mover.</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Parar</translation>
        </message>
        <message>
            <source>Corner here</source>
            <translation>Canto aqui</translation>
        </message>
        <message>
            <source>Capture the corner you stand on with the receiver</source>
            <translation>Registar com o recetor o canto onde está</translation>
        </message>
        <message>
            <source>Outline of %1</source>
            <translation>Contorno de %1</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Desfazer</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
    </context>
    <context>
        <name>PositionCapture</name>
        <message>
            <source>This device has no position service. Choose an external receiver in Settings, or enter the coordinates by hand.</source>
            <translation>Este aparelho não tem serviço de localização. Escolha um recetor externo nas Definições, ou introduza as coordenadas à mão.</translation>
        </message>
        <message>
            <source>Cannot read the NMEA log file: %1</source>
            <translation>Não é possível ler o registo NMEA: %1</translation>
        </message>
        <message>
            <source>The app is not allowed to use the position. Allow it in the system settings.</source>
            <translation>A aplicação não tem permissão para usar a posição. Autorize-a nas definições do sistema.</translation>
        </message>
        <message>
            <source>The position service was switched off.</source>
            <translation>O serviço de localização foi desligado.</translation>
        </message>
        <message>
            <source>No position yet: go outside, away from walls, and try again.</source>
            <translation>Ainda sem posição: vá para o exterior, longe de paredes, e tente de novo.</translation>
        </message>
        <message>
            <source>Cannot read the GNSS receiver (%1). Check that it is on and paired, and the port in Settings.</source>
            <translation>Não é possível ler o recetor GNSS (%1). Verifique se está ligado e emparelhado, e a porta nas Definições.</translation>
        </message>
    </context>
    <context>
        <name>PrintQueueView</name>
        <message>
            <source>…and %1 more.</source>
            <translation>…e mais %1.</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Imprimir</translation>
        </message>
        <message>
            <source>Every receipt is printed.</source>
            <translation>Todos os recibos estão impressos.</translation>
        </message>
        <message>
            <source>Printing… Receipts still to print: %1.</source>
            <translation>A imprimir… Recibos ainda por imprimir: %1.</translation>
        </message>
        <message>
            <source>%1 Receipts waiting: %2. Next try by itself in %3 s.</source>
            <translation>%1 Recibos em espera: %2. Próxima tentativa automática dentro de %3 s.</translation>
        </message>
        <message>
            <source>Receipts still to print: %1.</source>
            <translation>Recibos ainda por imprimir: %1.</translation>
        </message>
        <message>
            <source>Receipts to print</source>
            <translation>Recibos a imprimir</translation>
        </message>
        <message>
            <source>Payments recorded while no printer answered. Each citizen has a stub with the receipt number and its verification code. The receipts print by themselves, oldest first, as soon as a printer answers.</source>
            <translation>Pagamentos registados quando nenhuma impressora respondia. Cada contribuinte tem um talão com o número do recibo e o seu código de verificação. Os recibos imprimem-se sozinhos, do mais antigo ao mais recente, assim que uma impressora responder.</translation>
        </message>
        <message>
            <source>Print all</source>
            <translation>Imprimir tudo</translation>
        </message>
        <message>
            <source>Printer settings</source>
            <translation>Definições da impressora</translation>
        </message>
    </context>
    <context>
        <name>PrintStatus</name>
        <message>
            <source>Nothing is lost: the payment is recorded, and the receipt can be printed again from the taxpayer's history.</source>
            <translation>Nada se perdeu: o pagamento está registado e o recibo pode ser reimpresso a partir do histórico do contribuinte.</translation>
        </message>
        <message>
            <source>Printing %1…</source>
            <translation>A imprimir %1…</translation>
        </message>
        <message>
            <source>Printing</source>
            <translation>Impressão</translation>
        </message>
        <message>
            <source>Printed: %1.</source>
            <translation>Impresso: %1.</translation>
        </message>
        <message>
            <source>Printer: %1.</source>
            <translation>Impressora: %1.</translation>
        </message>
        <message>
            <source>Print another copy</source>
            <translation>Imprimir outro exemplar</translation>
        </message>
        <message>
            <source>Not printed: %1. %2</source>
            <translation>Não impresso: %1. %2</translation>
        </message>
        <message>
            <source>Retry printing</source>
            <translation>Tentar imprimir de novo</translation>
        </message>
    </context>
    <context>
        <name>PrinterPage</name>
        <message>
            <source>The test page was sent to the printer. Check that the accents and the QR code came out well.</source>
            <translation>A página de teste foi enviada para a impressora. Verifique se os acentos e o código QR saíram bem.</translation>
        </message>
        <message>
            <source>The test page did not print: %1</source>
            <translation>A página de teste não foi impressa: %1</translation>
        </message>
        <message>
            <source>Receipt printer</source>
            <translation>Impressora de recibos</translation>
        </message>
        <message>
            <source>Choose the printer paired with this device, or type its address, then print a test page. You can also skip this step.</source>
            <translation>Escolha a impressora emparelhada com este dispositivo, ou escreva o endereço dela, e depois imprima uma página de teste. Também pode saltar este passo.</translation>
        </message>
        <message>
            <source>Paired printers</source>
            <translation>Impressoras emparelhadas</translation>
        </message>
        <message>
            <source>Look again</source>
            <translation>Procurar de novo</translation>
        </message>
        <message>
            <source>No paired printer was found. Pair the printer in the system's Bluetooth settings, then tap Look again, or type its address below.</source>
            <translation>Não foi encontrada nenhuma impressora emparelhada. Emparelhe a impressora nas definições Bluetooth do sistema, depois toque em Procurar de novo, ou escreva o endereço abaixo.</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Morada</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Papel</translation>
        </message>
        <message>
            <source>Print a test page</source>
            <translation>Imprimir uma página de teste</translation>
        </message>
    </context>
    <context>
        <name>QrScanPanel</name>
        <message>
            <source>Hold the enrollment QR code your supervisor gave you in front of the camera, flat and whole in the picture.</source>
            <translation>Mostre à câmara o código QR de inscrição que o seu supervisor lhe deu, bem plano e inteiro na imagem.</translation>
        </message>
        <message>
            <source>This QR code is not an enrollment code (a receipt's QR code, for example). Show the one your supervisor gave you.</source>
            <translation>Este código QR não é um código de inscrição (o de um recibo, por exemplo). Mostre o que o seu supervisor lhe deu.</translation>
        </message>
        <message>
            <source>The camera could not be started. Close the apps that may be using it and try again, or type the address and the code.</source>
            <translation>Não foi possível ligar a câmara. Feche as aplicações que a possam estar a usar e tente de novo, ou escreva o endereço e o código.</translation>
        </message>
        <message>
            <source>Stop the camera</source>
            <translation>Desligar a câmara</translation>
        </message>
    </context>
    <context>
        <name>QueueBadge</name>
        <message>
            <source>To print: %1</source>
            <translation>A imprimir: %1</translation>
        </message>
        <message>
            <source>Receipts waiting for a printer</source>
            <translation>Recibos à espera de uma impressora</translation>
        </message>
    </context>
    <context>
        <name>Rail</name>
        <message>
            <source>Home</source>
            <translation>Início</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Pesquisar</translation>
        </message>
        <message>
            <source>New
taxpayer</source>
            <translation>Novo
contribuinte</translation>
        </message>
        <message>
            <source>Cash
session</source>
            <translation>Sessão
de caixa</translation>
        </message>
        <message>
            <source>Synchronise</source>
            <translation>Sincronizar</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Definições</translation>
        </message>
        <message>
            <source>Census</source>
            <translation>Recensea-
mento</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>Mapa</translation>
        </message>
        <message>
            <source>Log out</source>
            <translation>Sair</translation>
        </message>
    </context>
    <context>
        <name>ReceiptPanel</name>
        <message>
            <source>Preparing the receipt preview</source>
            <translation>A preparar a pré-visualização do recibo</translation>
        </message>
        <message>
            <source>receipt %1</source>
            <translation>o recibo %1</translation>
        </message>
        <message>
            <source>The payment is recorded; the receipt prints by itself as soon as a printer answers.</source>
            <translation>O pagamento está registado; o recibo será impresso sozinho assim que uma impressora responder.</translation>
        </message>
        <message>
            <source>No preview: %1</source>
            <translation>Sem pré-visualização: %1</translation>
        </message>
        <message>
            <source>Payment recorded. Receipt N° %1.</source>
            <translation>Pagamento registado. Recibo N.º %1.</translation>
        </message>
        <message>
            <source>Taxpayer: %1</source>
            <translation>Contribuinte: %1</translation>
        </message>
        <message>
            <source>Tax: %1</source>
            <translation>Imposto: %1</translation>
        </message>
        <message>
            <source>Amount: %1</source>
            <translation>Montante: %1</translation>
        </message>
        <message>
            <source>Method: %1</source>
            <translation>Modo: %1</translation>
        </message>
        <message>
            <source>Balance left on this line: %1</source>
            <translation>Fica em dívida nesta linha: %1</translation>
        </message>
        <message>
            <source>Still owed on other taxes and periods: %1</source>
            <translation>Ainda em dívida noutros impostos e períodos: %1</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>Recibo</translation>
        </message>
        <message>
            <source>New search</source>
            <translation>Nova pesquisa</translation>
        </message>
        <message>
            <source>Back to the taxpayer</source>
            <translation>Voltar ao contribuinte</translation>
        </message>
    </context>
    <context>
        <name>ReconciliationScreen</name>
        <message>
            <source>No connection: these figures were fetched at %1 and are not live.</source>
            <translation>Sem ligação: estes números foram obtidos às %1 e não estão atualizados.</translation>
        </message>
        <message>
            <source>Figures of the server, fetched at %1.</source>
            <translation>Números do servidor, obtidos às %1.</translation>
        </message>
        <message>
            <source>Yes (%1)</source>
            <translation>Sim (%1)</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Não</translation>
        </message>
        <message>
            <source>No agent had a cash session that day.</source>
            <translation>Nenhum agente teve sessão de caixa nesse dia.</translation>
        </message>
        <message>
            <source>Select an agent to count their cash.</source>
            <translation>Escolha um agente para contar o seu numerário.</translation>
        </message>
        <message>
            <source>Reading the agent's day…</source>
            <translation>A ler o dia do agente…</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>Z-report: %1</source>
            <translation>Relatório Z: %1</translation>
        </message>
        <message>
            <source>not closed, or its Z-report not synced yet</source>
            <translation>não fechada, ou o seu relatório Z ainda não sincronizado</translation>
        </message>
        <message>
            <source>Session %1, opened at %2: float %3 + cash %4 (cash receipts: %5) = %6; %7</source>
            <translation>Sessão %1, aberta às %2: fundo de caixa %3 + numerário %4 (recibos em numerário: %5) = %6; %7</translation>
        </message>
        <message>
            <source>No cash session of this agent that day has been synced.</source>
            <translation>Nenhuma sessão de caixa deste agente nesse dia foi sincronizada.</translation>
        </message>
        <message>
            <source>Expected cash: %1</source>
            <translation>Numerário esperado: %1</translation>
        </message>
        <message>
            <source>Handed in at earlier sign-offs: %1</source>
            <translation>Já entregue em validações anteriores: %1</translation>
        </message>
        <message>
            <source>Still open from earlier days: %1</source>
            <translation>Ainda em aberto de dias anteriores: %1</translation>
        </message>
        <message>
            <source>Sign-off %1 by %2 at %3: handed in %4, variance %5%6</source>
            <translation>Validação %1 por %2 em %3: entregue %4, diferença %5%6</translation>
        </message>
        <message>
            <source>SIGNATURE FAILS: not counted</source>
            <translation>ASSINATURA INVÁLIDA: não contada</translation>
        </message>
        <message>
            <source>Not signed off yet.</source>
            <translation>Ainda não validado.</translation>
        </message>
        <message>
            <source>Counted now: %1</source>
            <translation>Contado agora: %1</translation>
        </message>
        <message>
            <source>balanced</source>
            <translation>equilibrado</translation>
        </message>
        <message>
            <source>shortfall</source>
            <translation>em falta</translation>
        </message>
        <message>
            <source>surplus</source>
            <translation>excedente</translation>
        </message>
        <message>
            <source>Variance: %1 (%2)</source>
            <translation>Diferença: %1 (%2)</translation>
        </message>
        <message>
            <source>Sign off %1's cash for %2?

Counted now: %3
Variance: %4

The sign-off is signed and cannot be changed; a variance is settled only by a further sign-off.</source>
            <translation>Validar o caixa de %1 para %2?

Contado agora: %3
Diferença: %4

A validação é assinada e não pode ser alterada; uma diferença só se resolve com uma validação seguinte.</translation>
        </message>
        <message>
            <source>Signed off: record %1, variance %2. Save the handover receipt for the agent.</source>
            <translation>Validado: registo %1, diferença %2. Guarde o recibo de entrega para o agente.</translation>
        </message>
        <message>
            <source>Handover receipt saved: %1</source>
            <translation>Recibo de entrega guardado: %1</translation>
        </message>
        <message>
            <source>The server refused: %1</source>
            <translation>O servidor recusou: %1</translation>
        </message>
        <message>
            <source>The server cannot be reached. Nothing was recorded; try again when the network is back.</source>
            <translation>O servidor não está acessível. Nada foi registado; tente de novo quando a rede voltar.</translation>
        </message>
        <message>
            <source>The file could not be written: %1</source>
            <translation>Não foi possível escrever o ficheiro: %1</translation>
        </message>
        <message>
            <source>Something went wrong: %1</source>
            <translation>Algo correu mal: %1</translation>
        </message>
        <message>
            <source>Sign off</source>
            <translation>Validar</translation>
        </message>
        <message>
            <source>Save the handover receipt</source>
            <translation>Guardar o recibo de entrega</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Ficheiros PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Reconciliation</source>
            <translation>Reconciliação de caixa</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Dia</translation>
        </message>
        <message>
            <source>← All agents</source>
            <translation>← Todos os agentes</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Atualizar</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>Agente</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Esperado</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>Contado</translation>
        </message>
        <message>
            <source>Variance</source>
            <translation>Diferença</translation>
        </message>
        <message>
            <source>Signed off</source>
            <translation>Validado</translation>
        </message>
        <message>
            <source>Cash counted now, by note and coin</source>
            <translation>Numerário contado agora, por nota e moeda</translation>
        </message>
        <message>
            <source>Note for the record (optional)</source>
            <translation>Nota para o registo (opcional)</translation>
        </message>
    </context>
    <context>
        <name>RecoveryView</name>
        <message>
            <source>This recovery key file or its passphrase is not the right one. Check the file the municipality gave and type the passphrase again.</source>
            <translation>Este ficheiro de chave de recuperação ou a sua frase secreta não é o certo. Verifique o ficheiro entregue pelo município e escreva de novo a frase secreta.</translation>
        </message>
        <message>
            <source>The file could not be read: %1</source>
            <translation>Não foi possível ler o ficheiro: %1</translation>
        </message>
        <message>
            <source>Something went wrong: %1. Nothing recorded on this device was lost; try again.</source>
            <translation>Ocorreu um problema: %1. Nada do que está registado neste aparelho se perdeu; tente de novo.</translation>
        </message>
        <message>
            <source>The municipality's recovery key file</source>
            <translation>O ficheiro da chave de recuperação do município</translation>
        </message>
        <message>
            <source>Recovery keys (*.pem *.key)</source>
            <translation>Chaves de recuperação (*.pem *.key)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Todos os ficheiros (*)</translation>
        </message>
        <message>
            <source>Choose the recovery key file first.</source>
            <translation>Escolha primeiro o ficheiro da chave de recuperação.</translation>
        </message>
        <message>
            <source>Type the recovery key's passphrase.</source>
            <translation>Escreva a frase secreta da chave de recuperação.</translation>
        </message>
        <message>
            <source>The device is open and no longer locked. Now choose who uses it, and their new PIN.</source>
            <translation>O aparelho está aberto e já não está bloqueado. Escolha agora quem o usa, e o seu novo PIN.</translation>
        </message>
        <message>
            <source>Type the new PIN.</source>
            <translation>Escreva o novo PIN.</translation>
        </message>
        <message>
            <source>The two PINs are not the same. Type the new PIN again.</source>
            <translation>Os dois PIN não são iguais. Escreva de novo o novo PIN.</translation>
        </message>
        <message>
            <source>Recovery</source>
            <translation>Recuperação</translation>
        </message>
        <message>
            <source>Choose a new PIN</source>
            <translation>Escolher um novo PIN</translation>
        </message>
        <message>
            <source>A supervisor opens the device with the municipality's recovery key file and its passphrase.</source>
            <translation>Um supervisor abre o aparelho com o ficheiro da chave de recuperação do município e a sua frase secreta.</translation>
        </message>
        <message>
            <source>Open the device</source>
            <translation>Abrir o aparelho</translation>
        </message>
        <message>
            <source>Tap the agent's name, then type their new PIN twice.</source>
            <translation>Toque no nome do agente e escreva duas vezes o seu novo PIN.</translation>
        </message>
        <message>
            <source>Save the PIN and open</source>
            <translation>Guardar o PIN e abrir</translation>
        </message>
        <message>
            <source>Recovery key file</source>
            <translation>Ficheiro da chave de recuperação</translation>
        </message>
        <message>
            <source>Choose the file…</source>
            <translation>Escolher o ficheiro…</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Frase secreta</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>Novo PIN</translation>
        </message>
        <message>
            <source>New PIN again</source>
            <translation>Confirme o novo PIN</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Voltar</translation>
        </message>
    </context>
    <context>
        <name>RegisteredBox</name>
        <message>
            <source>Taxpayer registered: %1</source>
            <translation>Contribuinte registado: %1</translation>
        </message>
        <message>
            <source>ID number: %1</source>
            <translation>N.º de identificação: %1</translation>
        </message>
        <message>
            <source>Reference: %1</source>
            <translation>Referência: %1</translation>
        </message>
        <message>
            <source>No ID number or object reference was given.</source>
            <translation>Não foi indicado n.º de identificação nem referência de objeto.</translation>
        </message>
        <message>
            <source>Take a payment</source>
            <translation>Cobrar</translation>
        </message>
        <message>
            <source>Register another</source>
            <translation>Registar outro</translation>
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
            <translation>Registados: %1</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remover</translation>
        </message>
        <message>
            <source>Add another: %1</source>
            <translation>Adicionar outro: %1</translation>
        </message>
        <message>
            <source>Add: %1</source>
            <translation>Adicionar: %1</translation>
        </message>
        <message>
            <source>Tap Next when there are no more.</source>
            <translation>Toque em Seguinte quando não houver mais.</translation>
        </message>
    </context>
    <context>
        <name>SearchResultDelegate</name>
        <message>
            <source>(deactivated)</source>
            <translation>(desativado)</translation>
        </message>
    </context>
    <context>
        <name>SearchView</name>
        <message>
            <source>Type a name, a phone number, an ID, a receipt number or a reference.</source>
            <translation>Escreva um nome, um telefone, uma identificação, um número de recibo ou uma referência.</translation>
        </message>
        <message>
            <source>No taxpayer found for “%1”.</source>
            <translation>Nenhum contribuinte encontrado para «%1».</translation>
        </message>
        <message>
            <source>First %2 results for “%1”: type more to narrow down.</source>
            <translation>Os primeiros %2 resultados para «%1»: escreva mais para afinar.</translation>
        </message>
        <message>
            <source>Results for “%1”: %2</source>
            <translation>Resultados para «%1»: %2</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Pesquisar</translation>
        </message>
        <message>
            <source>Name, phone, ID, receipt no. or reference</source>
            <translation>Nome, telefone, identificação, n.º de recibo ou referência</translation>
        </message>
        <message>
            <source>Taxpayers found</source>
            <translation>Contribuintes encontrados</translation>
        </message>
        <message>
            <source>New taxpayer</source>
            <translation>Novo contribuinte</translation>
        </message>
    </context>
    <context>
        <name>SessionView</name>
        <message>
            <source>Opening the session</source>
            <translation>A abrir a sessão</translation>
        </message>
        <message>
            <source>Session opened. You can take payments.</source>
            <translation>Sessão aberta. Já pode cobrar.</translation>
        </message>
        <message>
            <source>Close the cash session</source>
            <translation>Fechar a sessão de caixa</translation>
        </message>
        <message>
            <source>After closing, no payment can be taken until a new session is opened. The Z-report will be shown and printed. Close now?</source>
            <translation>Depois de fechar, não é possível cobrar até abrir uma nova sessão. O relatório Z será mostrado e impresso. Fechar agora?</translation>
        </message>
        <message>
            <source>Close the session</source>
            <translation>Fechar a sessão</translation>
        </message>
        <message>
            <source>Keep it open</source>
            <translation>Mantê-la aberta</translation>
        </message>
        <message>
            <source>Closing the session</source>
            <translation>A fechar a sessão</translation>
        </message>
        <message>
            <source>Session closed. Hand in the cash with the Z-report.</source>
            <translation>Sessão fechada. Entregue o dinheiro com o relatório Z.</translation>
        </message>
        <message>
            <source>the Z-report</source>
            <translation>o relatório Z</translation>
        </message>
        <message>
            <source>The session is closed and its report is kept: print it again with Retry.</source>
            <translation>A sessão está fechada e o relatório fica guardado: imprima-o com «Tentar imprimir de novo».</translation>
        </message>
        <message>
            <source>Session open since %1</source>
            <translation>Sessão aberta desde %1</translation>
        </message>
        <message>
            <source>No session open: payments are blocked until you open one.</source>
            <translation>Nenhuma sessão aberta: os pagamentos ficam bloqueados até abrir uma.</translation>
        </message>
        <message>
            <source>See the Z-report of the session just closed</source>
            <translation>Ver o relatório Z da sessão acabada de fechar</translation>
        </message>
        <message>
            <source>Open a new session</source>
            <translation>Abrir uma nova sessão</translation>
        </message>
        <message>
            <source>Cash session</source>
            <translation>Sessão de caixa</translation>
        </message>
        <message>
            <source>Opening float: the cash in the till now (%1). Leave empty if none.</source>
            <translation>Fundo de caixa: o dinheiro que está agora na caixa (%1). Deixe vazio se não houver.</translation>
        </message>
        <message>
            <source>Open the session</source>
            <translation>Abrir a sessão</translation>
        </message>
        <message>
            <source>Close the session…</source>
            <translation>Fechar a sessão…</translation>
        </message>
        <message>
            <source>Z-report of the session just closed</source>
            <translation>Relatório Z da sessão acabada de fechar</translation>
        </message>
    </context>
    <context>
        <name>SettingsView</name>
        <message>
            <source>Choose an NMEA log</source>
            <translation>Escolher um registo NMEA</translation>
        </message>
        <message>
            <source>NMEA logs (*.nmea *.txt *.log);;All files (*)</source>
            <translation>Registos NMEA (*.nmea *.txt *.log);;Todos os ficheiros (*)</translation>
        </message>
        <message>
            <source>Saving the settings</source>
            <translation>A guardar as definições</translation>
        </message>
        <message>
            <source>Settings saved.</source>
            <translation>Definições guardadas.</translation>
        </message>
        <message>
            <source>the test page</source>
            <translation>a página de teste</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Definições</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Receipt printer</source>
            <translation>Impressora de recibos</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Morada</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Perfil</translation>
        </message>
        <message>
            <source>bt://AA:BB:CC:DD:EE:FF for Bluetooth, serial:///dev/rfcomm0 or serial://COM5, tcp://192.168.1.50:9100, or file:///path for a file. A USB printer: serial:///dev/ttyUSB0, serial://COM3 or file:///dev/usb/lp0.</source>
            <translation>bt://AA:BB:CC:DD:EE:FF para Bluetooth, serial:///dev/rfcomm0 ou serial://COM5, tcp://192.168.1.50:9100, ou file:///caminho para um ficheiro. Uma impressora USB: serial:///dev/ttyUSB0, serial://COM3 ou file:///dev/usb/lp0.</translation>
        </message>
        <message>
            <source>Print a test page</source>
            <translation>Imprimir uma página de teste</translation>
        </message>
        <message>
            <source>Position (GPS)</source>
            <translation>Posição (GPS)</translation>
        </message>
        <message>
            <source>System position service</source>
            <translation>Serviço de localização do sistema</translation>
        </message>
        <message>
            <source>External receiver (serial or Bluetooth port)</source>
            <translation>Recetor externo (porta série ou Bluetooth)</translation>
        </message>
        <message>
            <source>NMEA log file (replay)</source>
            <translation>Registo NMEA (reprodução)</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Fonte</translation>
        </message>
        <message>
            <source>Port and speed</source>
            <translation>Porta e velocidade</translation>
        </message>
        <message>
            <source>Log file</source>
            <translation>Ficheiro de registo</translation>
        </message>
        <message>
            <source>Range error (UERE)</source>
            <translation>Erro de distância (UERE)</translation>
        </message>
        <message>
            <source>Accuracy needed</source>
            <translation>Precisão exigida</translation>
        </message>
        <message>
            <source>Fixes averaged</source>
            <translation>Posições em média</translation>
        </message>
        <message>
            <source>Good up to</source>
            <translation>Precisão boa até</translation>
        </message>
        <message>
            <source>Fair up to</source>
            <translation>Precisão razoável até</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Procurar…</translation>
        </message>
        <message>
            <source>e.g. /dev/rfcomm0 or COM5</source>
            <translation>p. ex. /dev/rfcomm0 ou COM5</translation>
        </message>
        <message>
            <source>Capture waits until the accuracy is this good or better, unless you accept a worse fix. Without a GST error estimate from the receiver, accuracy is 2 × HDOP × the range error. Once it is, that many fixes are averaged into the position kept (1: no averaging).</source>
            <translation>A captação espera até a precisão ser esta ou melhor, a não ser que aceite uma posição pior. Sem estimativa de erro GST do recetor, a precisão é 2 × HDOP × o erro de distância. Depois, esse número de posições é usado na média da posição guardada (1: sem média).</translation>
        </message>
        <message>
            <source>Synchronisation server</source>
            <translation>Servidor de sincronização</translation>
        </message>
        <message>
            <source>https://revenue.city.example</source>
            <translation>https://receitas.municipio.example</translation>
        </message>
        <message>
            <source>Save the settings</source>
            <translation>Guardar as definições</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>Home, Search, New taxpayer, Cash session, Synchronise, Settings</source>
            <translation>Início, Pesquisar, Novo contribuinte, Sessão de caixa, Sincronizar, Definições</translation>
        </message>
        <message>
            <source>Receipts waiting for a printer (print queue)</source>
            <translation>Recibos à espera de uma impressora (fila de impressão)</translation>
        </message>
        <message>
            <source>Census</source>
            <translation>Recenseamento</translation>
        </message>
        <message>
            <source>Census form: next / previous page</source>
            <translation>Formulário de recenseamento: página seguinte / anterior</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>Mapa</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Pesquisar</translation>
        </message>
        <message>
            <source>New taxpayer</source>
            <translation>Novo contribuinte</translation>
        </message>
        <message>
            <source>Log out</source>
            <translation>Sair</translation>
        </message>
        <message>
            <source>Search: go to the results / open the taxpayer</source>
            <translation>Pesquisa: ir para os resultados / abrir o contribuinte</translation>
        </message>
        <message>
            <source>Taxpayer card: take a payment</source>
            <translation>Ficha: cobrar</translation>
        </message>
        <message>
            <source>Taxpayer card: edit</source>
            <translation>Ficha: editar</translation>
        </message>
        <message>
            <source>Taxpayer card: reprint the selected receipt (duplicate)</source>
            <translation>Ficha: reimprimir o recibo escolhido (2.ª via)</translation>
        </message>
        <message>
            <source>Taxpayer card: void the selected receipt</source>
            <translation>Ficha: anular o recibo escolhido</translation>
        </message>
        <message>
            <source>Payment: continue to the confirmation</source>
            <translation>Pagamento: avançar para a confirmação</translation>
        </message>
        <message>
            <source>Retry a failed print</source>
            <translation>Repetir uma impressão falhada</translation>
        </message>
        <message>
            <source>Save (taxpayer, settings)</source>
            <translation>Guardar (contribuinte, definições)</translation>
        </message>
        <message>
            <source>Registration: capture the position</source>
            <translation>Registo: captar a posição</translation>
        </message>
        <message>
            <source>Cash session: open</source>
            <translation>Sessão de caixa: abrir</translation>
        </message>
        <message>
            <source>Cash session: close</source>
            <translation>Sessão de caixa: fechar</translation>
        </message>
        <message>
            <source>Settings: print a test page</source>
            <translation>Definições: imprimir uma página de teste</translation>
        </message>
        <message>
            <source>Back / cancel</source>
            <translation>Voltar / cancelar</translation>
        </message>
        <message>
            <source>This list</source>
            <translation>Esta lista</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atalhos de teclado</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fechar</translation>
        </message>
    </context>
    <context>
        <name>Statements</name>
        <message>
            <source>Operator's statement</source>
            <translation>Extrato do operador</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>Ficheiros CSV (*.csv *.txt);;Todos os ficheiros (*)</translation>
        </message>
        <message>
            <source>Mobile-money statements</source>
            <translation>Extratos de dinheiro móvel</translation>
        </message>
        <message>
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <source>to</source>
            <translation>a</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Mostrar</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Operador</translation>
        </message>
        <message>
            <source>e.g. Orange Money</source>
            <translation>ex. M-Pesa</translation>
        </message>
        <message>
            <source>Choose a file…</source>
            <translation>Escolher um ficheiro…</translation>
        </message>
        <message>
            <source>No file chosen</source>
            <translation>Nenhum ficheiro escolhido</translation>
        </message>
        <message>
            <source>Reference column</source>
            <translation>Coluna da referência</translation>
        </message>
        <message>
            <source>Amount column</source>
            <translation>Coluna do montante</translation>
        </message>
        <message>
            <source>Date and time column</source>
            <translation>Coluna da data e hora</translation>
        </message>
        <message>
            <source>In/out column</source>
            <translation>Coluna entrada/saída</translation>
        </message>
        <message>
            <source>Status column</source>
            <translation>Coluna do estado</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(nenhuma)</translation>
        </message>
        <message>
            <source>Date format</source>
            <translation>Formato da data</translation>
        </message>
        <message>
            <source>e.g. %d/%m/%Y %H:%M (empty: 2026-11-24 15:30)</source>
            <translation>ex. %d/%m/%Y %H:%M (vazio: 2026-11-24 15:30)</translation>
        </message>
        <message>
            <source>Decimal separator</source>
            <translation>Separador decimal</translation>
        </message>
        <message>
            <source>comma (1 500,00)</source>
            <translation>vírgula (1 500,00)</translation>
        </message>
        <message>
            <source>point (1,500.00)</source>
            <translation>ponto (1,500.00)</translation>
        </message>
        <message>
            <source>Import and match</source>
            <translation>Importar e conciliar</translation>
        </message>
        <message>
            <source>Why this flag is cleared (required)</source>
            <translation>Porque este alerta é encerrado (obrigatório)</translation>
        </message>
        <message>
            <source>Clear the flag</source>
            <translation>Encerrar o alerta</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <source>Flags (%1 open)</source>
            <translation>Alertas (%1 em aberto)</translation>
        </message>
        <message>
            <source>Matched (%1)</source>
            <translation>Conciliados (%1)</translation>
        </message>
        <message>
            <source>The server cannot be reached. Nothing was changed; try again when the network is back.</source>
            <translation>O servidor não está acessível. Nada foi alterado; tente de novo quando a rede voltar.</translation>
        </message>
        <message>
            <source>This file is larger than 3 MB: ask the operator for one statement per week or day.</source>
            <translation>Este ficheiro tem mais de 3 MB: peça ao operador um extrato por semana ou por dia.</translation>
        </message>
        <message>
            <source>The file cannot be read: %1</source>
            <translation>O ficheiro não pode ser lido: %1</translation>
        </message>
        <message>
            <source>%1: %2 line(s), header on line %3</source>
            <translation>%1: %2 linha(s), cabeçalho na linha %3</translation>
        </message>
        <message>
            <source>Type the operator's name first.</source>
            <translation>Escreva primeiro o nome do operador.</translation>
        </message>
        <message>
            <source>%1 line(s) read: %2 new, %3 already imported, %4 unreadable, %5 skipped.</source>
            <translation>%1 linha(s) lida(s): %2 nova(s), %3 já importada(s), %4 ilegível(eis), %5 ignorada(s).</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation>Linha %1: %2</translation>
        </message>
        <message>
            <source>… and %1 more.</source>
            <translation>… e mais %1.</translation>
        </message>
        <message>
            <source>The server cannot be reached: shown as it was at %1.</source>
            <translation>O servidor não está acessível: mostrado como estava às %1.</translation>
        </message>
        <message>
            <source>Flag %1 cleared.</source>
            <translation>Alerta %1 encerrado.</translation>
        </message>
        <message>
            <source>Different amount</source>
            <translation>Montante diferente</translation>
        </message>
        <message>
            <source>Outside the time window</source>
            <translation>Fora da janela de tempo</translation>
        </message>
        <message>
            <source>No receipt</source>
            <translation>Sem recibo</translation>
        </message>
        <message>
            <source>Not on the statement</source>
            <translation>Não está no extrato</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Referência</translation>
        </message>
        <message>
            <source>Statement</source>
            <translation>Extrato</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>Recibo</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Montante</translation>
        </message>
        <message>
            <source>Statement time</source>
            <translation>Hora no extrato</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>Agente</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Em aberto</translation>
        </message>
        <message>
            <source>Cleared by %1 (%2): %3</source>
            <translation>Encerrado por %1 (%2): %3</translation>
        </message>
        <message>
            <source>%1, line %2</source>
            <translation>%1, linha %2</translation>
        </message>
    </context>
    <context>
        <name>Stepper</name>
        <message>
            <source>Less</source>
            <translation>Menos</translation>
        </message>
        <message>
            <source>More</source>
            <translation>Mais</translation>
        </message>
    </context>
    <context>
        <name>StorageBanner</name>
        <message>
            <source>Storage problem: payments are stopped until it is fixed</source>
            <translation>Problema de armazenamento: os pagamentos estão parados até ser resolvido</translation>
        </message>
        <message>
            <source>Check again</source>
            <translation>Verificar de novo</translation>
        </message>
    </context>
    <context>
        <name>StubCard</name>
        <message>
            <source>Write on the citizen's stub:</source>
            <translation>Escreva no talão do contribuinte:</translation>
        </message>
        <message>
            <source>Receipt N°</source>
            <translation>Recibo N.º</translation>
        </message>
        <message>
            <source>Verification code</source>
            <translation>Código de verificação</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>%1 (paper: %2)</source>
            <translation>%1 (papel: %2)</translation>
        </message>
        <message>
            <source>None yet: choose it later in Settings</source>
            <translation>Nenhuma por agora: escolha-a mais tarde nas Definições</translation>
        </message>
        <message>
            <source>External receiver on %1</source>
            <translation>Recetor externo em %1</translation>
        </message>
        <message>
            <source>NMEA log %1</source>
            <translation>Registo NMEA %1</translation>
        </message>
        <message>
            <source>The device's own position service</source>
            <translation>O serviço de posição do dispositivo</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Pronto</translation>
        </message>
        <message>
            <source>This is how the device is set up. Finish, then log in with your name and PIN. Everything here can be changed later in Settings.</source>
            <translation>É assim que o dispositivo está configurado. Termine e depois entre com o seu nome e PIN. Tudo isto pode ser mudado mais tarde nas Definições.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Município</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>Aparelho</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>Servidor</translation>
        </message>
        <message>
            <source>Agents</source>
            <translation>Agentes</translation>
        </message>
        <message>
            <source>Printer</source>
            <translation>Impressora</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Posição</translation>
        </message>
    </context>
    <context>
        <name>SummarySheet</name>
        <message>
            <source>Summary</source>
            <translation>Resumo</translation>
        </message>
        <message>
            <source>%1 of %2 questions answered.</source>
            <translation>%1 de %2 perguntas respondidas.</translation>
        </message>
        <message>
            <source>No answer is missing or wrong. Submitting records the form on this device; it is sent with the next synchronisation.</source>
            <translation>Nenhuma resposta falta nem está errada. Submeter regista o formulário neste aparelho; segue com a próxima sincronização.</translation>
        </message>
        <message>
            <source>Correct these answers before submitting.</source>
            <translation>Corrija estas respostas antes de submeter.</translation>
        </message>
        <message>
            <source>Submit</source>
            <translation>Submeter</translation>
        </message>
    </context>
    <context>
        <name>SupervisorAdmin</name>
        <message>
            <source>Agents</source>
            <translation>Agentes</translation>
        </message>
        <message>
            <source>Zones</source>
            <translation>Zonas</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>Dispositivos</translation>
        </message>
        <message>
            <source>Tax schedule</source>
            <translation>Tabela de taxas</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Definições</translation>
        </message>
        <message>
            <source>Administration</source>
            <translation>Administração</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>Leitura</translation>
        </message>
        <message>
            <source>Server unreachable: shown as read at %1.</source>
            <translation>Servidor inacessível: mostrado tal como lido em %1.</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>Envio</translation>
        </message>
        <message>
            <source>The server refused: %1</source>
            <translation>O servidor recusou: %1</translation>
        </message>
        <message>
            <source>The server cannot be reached. Nothing was changed; try again when the network is back.</source>
            <translation>O servidor está inacessível. Nada foi alterado; tente de novo quando a rede voltar.</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nunca</translation>
        </message>
        <message>
            <source>Device code, e.g. T09</source>
            <translation>Código do dispositivo, ex. T09</translation>
        </message>
        <message>
            <source>Its agents, comma-separated</source>
            <translation>Os seus agentes, separados por vírgulas</translation>
        </message>
        <message>
            <source>Make enrollment code</source>
            <translation>Criar código de inscrição</translation>
        </message>
        <message>
            <source>Revoke</source>
            <translation>Revogar</translation>
        </message>
        <message>
            <source>Scan on the device</source>
            <translation>Ler no dispositivo</translation>
        </message>
        <message>
            <source>Valid once, until %1.</source>
            <translation>Válido uma vez, até %1.</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>Dispositivo</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Last sync</source>
            <translation>Última sincronização</translation>
        </message>
        <message>
            <source>App</source>
            <translation>App</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Ativo</translation>
        </message>
        <message>
            <source>Revoked</source>
            <translation>Revogado</translation>
        </message>
        <message>
            <source>Stopped (alert)</source>
            <translation>Parado (alerta)</translation>
        </message>
        <message>
            <source>Waiting to enroll</source>
            <translation>À espera de inscrição</translation>
        </message>
        <message>
            <source>Type the device's code and the name of at least one of its agents.</source>
            <translation>Escreva o código do dispositivo e o nome de pelo menos um dos seus agentes.</translation>
        </message>
        <message>
            <source>Enrollment code for %1: %2</source>
            <translation>Código de inscrição para %1: %2</translation>
        </message>
        <message>
            <source>Press again to revoke %1</source>
            <translation>Prima de novo para revogar %1</translation>
        </message>
        <message>
            <source>Device %1 revoked: its token is refused from now on.</source>
            <translation>Dispositivo %1 revogado: o seu token é recusado a partir de agora.</translation>
        </message>
        <message>
            <source>The enrollment code of %1 no longer works.</source>
            <translation>O código de inscrição de %1 já não funciona.</translation>
        </message>
        <message>
            <source>Agent's name</source>
            <translation>Nome do agente</translation>
        </message>
        <message>
            <source>PIN (4 to 12 digits)</source>
            <translation>PIN (4 a 12 algarismos)</translation>
        </message>
        <message>
            <source>Zones, e.g. KAT, NDE</source>
            <translation>Zonas, ex. KAT, NDE</translation>
        </message>
        <message>
            <source>Add agent</source>
            <translation>Adicionar agente</translation>
        </message>
        <message>
            <source>Give these zones</source>
            <translation>Atribuir estas zonas</translation>
        </message>
        <message>
            <source>Set this PIN</source>
            <translation>Definir este PIN</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Função</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Supervisor</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>Agente</translation>
        </message>
        <message>
            <source>Deactivated</source>
            <translation>Desativado</translation>
        </message>
        <message>
            <source>Reactivate</source>
            <translation>Reativar</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>Desativar</translation>
        </message>
        <message>
            <source>Type the agent's name and a PIN of 4 to 12 digits.</source>
            <translation>Escreva o nome do agente e um PIN de 4 a 12 algarismos.</translation>
        </message>
        <message>
            <source>Agent %1 added.</source>
            <translation>Agente %1 adicionado.</translation>
        </message>
        <message>
            <source>Zones of %1: %2.</source>
            <translation>Zonas de %1: %2.</translation>
        </message>
        <message>
            <source>Type the new PIN (4 to 12 digits) in the PIN field.</source>
            <translation>Escreva o novo PIN (4 a 12 algarismos) no campo PIN.</translation>
        </message>
        <message>
            <source>New PIN for %1; their devices take it at their next sync.</source>
            <translation>Novo PIN para %1; os seus dispositivos recebem-no na próxima sincronização.</translation>
        </message>
        <message>
            <source>%1 is active again.</source>
            <translation>%1 está ativo de novo.</translation>
        </message>
        <message>
            <source>%1 is deactivated; what they recorded stays as it is.</source>
            <translation>%1 está desativado; o que registou fica como está.</translation>
        </message>
        <message>
            <source>Code, e.g. KAT</source>
            <translation>Código, ex. KAT</translation>
        </message>
        <message>
            <source>Zone's name</source>
            <translation>Nome da zona</translation>
        </message>
        <message>
            <source>Add zone</source>
            <translation>Adicionar zona</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Mudar o nome</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Taxpayers</source>
            <translation>Contribuintes</translation>
        </message>
        <message>
            <source>Type the new zone's code and name.</source>
            <translation>Escreva o código e o nome da nova zona.</translation>
        </message>
        <message>
            <source>Zone %1 added.</source>
            <translation>Zona %1 adicionada.</translation>
        </message>
        <message>
            <source>Zone %1 is now called %2.</source>
            <translation>A zona %1 chama-se agora %2.</translation>
        </message>
        <message>
            <source>New amount (or rate)</source>
            <translation>Novo montante (ou taxa)</translation>
        </message>
        <message>
            <source>Why (e.g. budget voted on 12 December)</source>
            <translation>Porquê (ex. orçamento votado a 12 de dezembro)</translation>
        </message>
        <message>
            <source>Apply from this date</source>
            <translation>Aplicar a partir desta data</translation>
        </message>
        <message>
            <source>Tax</source>
            <translation>Taxa</translation>
        </message>
        <message>
            <source>From</source>
            <translation>A partir de</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Montante</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoje</translation>
        </message>
        <message>
            <source>per unit</source>
            <translation>por unidade</translation>
        </message>
        <message>
            <source>from the start</source>
            <translation>desde o início</translation>
        </message>
        <message>
            <source>in force</source>
            <translation>em vigor</translation>
        </message>
        <message>
            <source>%1: %2 from %3. What was assessed before keeps its amount.</source>
            <translation>%1: %2 a partir de %3. O que foi liquidado antes mantém o seu montante.</translation>
        </message>
        <message>
            <source>New value of the chosen setting</source>
            <translation>Novo valor da definição escolhida</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>What is past its retention period?</source>
            <translation>O que ultrapassou o prazo de conservação?</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Definição</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Default</source>
            <translation>Predefinição</translation>
        </message>
        <message>
            <source>Changed by</source>
            <translation>Alterado por</translation>
        </message>
        <message>
            <source>Years fiscal records (events, receipts, sign-offs) are kept. They are never deleted early.</source>
            <translation>Anos de conservação dos registos fiscais (eventos, recibos, validações). Nunca são apagados antes.</translation>
        </message>
        <message>
            <source>Years a closed taxpayer's personal data is kept after they are closed.</source>
            <translation>Anos de conservação dos dados pessoais de um contribuinte depois de encerrado.</translation>
        </message>
        <message>
            <source>Days ended supervisor sessions and rate-limit counters are kept.</source>
            <translation>Dias de conservação das sessões de supervisor terminadas e dos contadores de tentativas.</translation>
        </message>
        <message>
            <source>Choose a setting in the list to change it.</source>
            <translation>Escolha uma definição na lista para a alterar.</translation>
        </message>
        <message>
            <source>%1 is now %2.</source>
            <translation>%1 passa a ser %2.</translation>
        </message>
        <message>
            <source>Fiscal records older than %1 years: %2 events, %3 receipts (kept, never deleted). Taxpayers closed more than %4 years ago: %5 (a supervisor decides). Sessions older than %6 days: %7 (deleted by the server's retention purge).</source>
            <translation>Registos fiscais com mais de %1 anos: %2 eventos, %3 recibos (conservados, nunca apagados). Contribuintes encerrados há mais de %4 anos: %5 (um supervisor decide). Sessões com mais de %6 dias: %7 (apagadas pela purga de conservação do servidor).</translation>
        </message>
    </context>
    <context>
        <name>SupervisorAlerts</name>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Why: what you checked or found</source>
            <translation>Porquê: o que verificou ou constatou</translation>
        </message>
        <message>
            <source>Write the reason for your decision.</source>
            <translation>Escreva o motivo da sua decisão.</translation>
        </message>
        <message>
            <source>Reading the queue from the server…</source>
            <translation>A ler a fila no servidor…</translation>
        </message>
        <message>
            <source>No open alert.</source>
            <translation>Nenhum alerta em aberto.</translation>
        </message>
        <message>
            <source>No void waits for approval.</source>
            <translation>Nenhuma anulação aguarda aprovação.</translation>
        </message>
        <message>
            <source>Recorded: %1, by %2.</source>
            <translation>Registado: %1, por %2.</translation>
        </message>
        <message>
            <source>The server cannot be reached: nothing was decided. Try again when the network is back.</source>
            <translation>Não é possível contactar o servidor: nada foi decidido. Tente de novo quando a rede voltar.</translation>
        </message>
        <message>
            <source>Someone else decided this a moment ago: the list is read again.</source>
            <translation>Outra pessoa acabou de decidir: a lista é lida de novo.</translation>
        </message>
        <message>
            <source>This is no longer open (its cause ended, or it was decided): the list is read again.</source>
            <translation>Isto já não está em aberto (a causa terminou, ou foi decidido): a lista é lida de novo.</translation>
        </message>
        <message>
            <source>The server refused: %1</source>
            <translation>O servidor recusou: %1</translation>
        </message>
        <message>
            <source>Something went wrong: %1</source>
            <translation>Algo correu mal: %1</translation>
        </message>
        <message>
            <source>Alerts and voids</source>
            <translation>Alertas e anulações</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Atualizar</translation>
        </message>
        <message>
            <source>Alerts (%1)</source>
            <translation>Alertas (%1)</translation>
        </message>
        <message>
            <source>Voids to approve (%1)</source>
            <translation>Anulações a aprovar (%1)</translation>
        </message>
        <message>
            <source>Technical journal</source>
            <translation>Diário técnico</translation>
        </message>
        <message>
            <source>Not live: the server cannot be reached. As it was at %1; decisions wait for the network.</source>
            <translation>Não está atualizado: o servidor não responde. Estado em %1; as decisões esperam pela rede.</translation>
        </message>
        <message>
            <source>As the server gave it at %1.</source>
            <translation>Tal como o servidor o deu em %1.</translation>
        </message>
        <message>
            <source>Broken chain: an event was changed or removed</source>
            <translation>Cadeia quebrada: um evento foi alterado ou removido</translation>
        </message>
        <message>
            <source>Fork: another event under a number already received</source>
            <translation>Bifurcação: outro evento com um número já recebido</translation>
        </message>
        <message>
            <source>Bad signature: not signed with this device's key</source>
            <translation>Assinatura inválida: não assinado com a chave deste dispositivo</translation>
        </message>
        <message>
            <source>Events missing from what the device sent</source>
            <translation>Faltam eventos no que o dispositivo enviou</translation>
        </message>
        <message>
            <source>An event the server cannot read</source>
            <translation>Um evento que o servidor não consegue ler</translation>
        </message>
        <message>
            <source>Events of another device sent with this one's token</source>
            <translation>Eventos de outro dispositivo enviados com o token deste</translation>
        </message>
        <message>
            <source>No sync for %1 days</source>
            <translation>Sem sincronização há %1 dias</translation>
        </message>
        <message>
            <source>Clock ahead by at least %1 min</source>
            <translation>Relógio adiantado pelo menos %1 min</translation>
        </message>
        <message>
            <source>Clock possibly behind by up to %1 min</source>
            <translation>Relógio possivelmente atrasado, até %1 min</translation>
        </message>
        <message>
            <source>Last sync: %1.</source>
            <translation>Última sincronização: %1.</translation>
        </message>
        <message>
            <source>Never synced since its enrollment (%1).</source>
            <translation>Nunca sincronizado desde a inscrição (%1).</translation>
        </message>
        <message>
            <source>Its events are dated after they reached the server. Since %1.</source>
            <translation>Os seus eventos têm data posterior à chegada ao servidor. Desde %1.</translation>
        </message>
        <message>
            <source>No event reached the server sooner after it was recorded; or the device syncs long after recording. Since %1.</source>
            <translation>Nenhum evento chegou ao servidor mais cedo depois de registado; ou o dispositivo sincroniza muito depois. Desde %1.</translation>
        </message>
        <message>
            <source>Refused at event %1, %2.</source>
            <translation>Recusado no evento %1, %2.</translation>
        </message>
        <message>
            <source>Its syncs are stopped until you decide.</source>
            <translation>As suas sincronizações estão paradas até decidir.</translation>
        </message>
        <message>
            <source>Device %1 · %2</source>
            <translation>Dispositivo %1 · %2</translation>
        </message>
        <message>
            <source>Device %1</source>
            <translation>Dispositivo %1</translation>
        </message>
        <message>
            <source>Acknowledge</source>
            <translation>Tomar conhecimento</translation>
        </message>
        <message>
            <source>Revoke the device</source>
            <translation>Revogar o dispositivo</translation>
        </message>
        <message>
            <source>Let it sync again</source>
            <translation>Deixar sincronizar</translation>
        </message>
        <message>
            <source>Approve the void</source>
            <translation>Aprovar a anulação</translation>
        </message>
        <message>
            <source>Reject the void</source>
            <translation>Recusar a anulação</translation>
        </message>
        <message>
            <source>The alert leaves the queue; nothing else changes.</source>
            <translation>O alerta sai da fila; nada mais muda.</translation>
        </message>
        <message>
            <source>The device's token is refused from now on: it can no longer sync. What it holds stays on it.</source>
            <translation>O token do dispositivo passa a ser recusado: deixa de poder sincronizar. O que contém fica nele.</translation>
        </message>
        <message>
            <source>The device may send again. If the fault is still there, it is refused and raises a new alert.</source>
            <translation>O dispositivo pode voltar a enviar. Se a falha persistir, o envio é recusado e surge um novo alerta.</translation>
        </message>
        <message>
            <source>The receipt counts as voided from now on: it is no longer proof of payment and its cash is no longer expected.</source>
            <translation>O recibo passa a contar como anulado: deixa de provar o pagamento e o seu dinheiro deixa de ser esperado.</translation>
        </message>
        <message>
            <source>The receipt stands: it still proves the payment and its cash is expected from the agent.</source>
            <translation>O recibo mantém-se: continua a provar o pagamento e o seu dinheiro é esperado do agente.</translation>
        </message>
        <message>
            <source>Receipt %1 · %2</source>
            <translation>Recibo %1 · %2</translation>
        </message>
        <message>
            <source>its cash session was closed before the void</source>
            <translation>a sessão de caixa estava fechada antes da anulação</translation>
        </message>
        <message>
            <source>voided more than a day after the payment</source>
            <translation>anulado mais de um dia depois do pagamento</translation>
        </message>
        <message>
            <source>Reason given: %1</source>
            <translation>Motivo indicado: %1</translation>
        </message>
        <message>
            <source>Voided %1; waits because %2.</source>
            <translation>Anulado em %1; aguarda porque %2.</translation>
        </message>
    </context>
    <context>
        <name>SupervisorDashboard</name>
        <message>
            <source>The first day is after the last one.</source>
            <translation>O primeiro dia é depois do último.</translation>
        </message>
        <message>
            <source>Reading the dashboard</source>
            <translation>A ler o painel</translation>
        </message>
        <message>
            <source>The server cannot be reached, and no figures for these days are kept on this device.</source>
            <translation>Não é possível contactar o servidor, e não há números destes dias guardados neste dispositivo.</translation>
        </message>
        <message>
            <source>Log in again to read the figures.</source>
            <translation>Entre de novo para ler os números.</translation>
        </message>
        <message>
            <source>The server refused: %1</source>
            <translation>O servidor recusou: %1</translation>
        </message>
        <message>
            <source>The figures could not be read: %1</source>
            <translation>Não foi possível ler os números: %1</translation>
        </message>
        <message>
            <source>%1 to %2: %3 collected against %4 assessed (%5); %6 of it in these days.</source>
            <translation>De %1 a %2: %3 cobrados sobre %4 lançados (%5); dos quais %6 nestes dias.</translation>
        </message>
        <message>
            <source>Export as CSV</source>
            <translation>Exportar em CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Ficheiros CSV (*.csv)</translation>
        </message>
        <message>
            <source>%1 rows saved in %2.</source>
            <translation>%1 linhas guardadas em %2.</translation>
        </message>
        <message>
            <source>The file could not be written: %1</source>
            <translation>Não foi possível escrever o ficheiro: %1</translation>
        </message>
        <message>
            <source>Writing the CSV</source>
            <translation>A escrever o CSV</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Painel</translation>
        </message>
        <message>
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <source>to</source>
            <translation>a</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Atualizar</translation>
        </message>
        <message>
            <source>Collection rate</source>
            <translation>Taxa de cobrança</translation>
        </message>
        <message>
            <source>Receipts and voids</source>
            <translation>Recibos e anulações</translation>
        </message>
        <message>
            <source>Last sync of devices</source>
            <translation>Última sincronização dos aparelhos</translation>
        </message>
        <message>
            <source>By zone</source>
            <translation>Por zona</translation>
        </message>
        <message>
            <source>By agent</source>
            <translation>Por agente</translation>
        </message>
        <message>
            <source>By tax</source>
            <translation>Por imposto</translation>
        </message>
        <message>
            <source>By day</source>
            <translation>Por dia</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Tabela</translation>
        </message>
        <message>
            <source>Show the figures as a table, or as a chart</source>
            <translation>Ver os números em tabela, ou em gráfico</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Exportar CSV…</translation>
        </message>
        <message>
            <source>Collected against assessed</source>
            <translation>Cobrado sobre lançado</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Taxa</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nunca</translation>
        </message>
        <message>
            <source>%1 min ago</source>
            <translation>há %1 min</translation>
        </message>
        <message>
            <source>%1 h ago</source>
            <translation>há %1 h</translation>
        </message>
        <message>
            <source>%1 days ago</source>
            <translation>há %1 dias</translation>
        </message>
        <message>
            <source>Assessed</source>
            <translation>Lançado</translation>
        </message>
        <message>
            <source>Collected</source>
            <translation>Cobrado</translation>
        </message>
        <message>
            <source>Of which in these days</source>
            <translation>Dos quais nestes dias</translation>
        </message>
        <message>
            <source>(not known to the server)</source>
            <translation>(desconhecido do servidor)</translation>
        </message>
        <message>
            <source>Zone</source>
            <translation>Zona</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>Agente</translation>
        </message>
        <message>
            <source>Tax</source>
            <translation>Imposto</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Dia</translation>
        </message>
        <message>
            <source>Collected that day</source>
            <translation>Cobrado nesse dia</translation>
        </message>
        <message>
            <source>Collected to date</source>
            <translation>Cobrado até essa data</translation>
        </message>
        <message>
            <source>Rate, %1</source>
            <translation>Taxa, %1</translation>
        </message>
        <message>
            <source>All zones</source>
            <translation>Todas as zonas</translation>
        </message>
        <message>
            <source>Receipts</source>
            <translation>Recibos</translation>
        </message>
        <message>
            <source>Voids</source>
            <translation>Anulações</translation>
        </message>
        <message>
            <source>Amount not voided</source>
            <translation>Montante não anulado</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>Aparelho</translation>
        </message>
        <message>
            <source>Agents</source>
            <translation>Agentes</translation>
        </message>
        <message>
            <source>Last sync</source>
            <translation>Última sincronização</translation>
        </message>
        <message>
            <source>How long ago</source>
            <translation>Há quanto tempo</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>revoked</source>
            <translation>revogado</translation>
        </message>
        <message>
            <source>active</source>
            <translation>ativo</translation>
        </message>
    </context>
    <context>
        <name>SupervisorJournal</name>
        <message>
            <source>Login</source>
            <translation>Início de sessão</translation>
        </message>
        <message>
            <source>Logout</source>
            <translation>Fim de sessão</translation>
        </message>
        <message>
            <source>Wrong PIN</source>
            <translation>PIN errado</translation>
        </message>
        <message>
            <source>Lockout</source>
            <translation>Bloqueio</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Desbloqueio</translation>
        </message>
        <message>
            <source>Setting changed</source>
            <translation>Definição alterada</translation>
        </message>
        <message>
            <source>Clock changed</source>
            <translation>Relógio alterado</translation>
        </message>
        <message>
            <source>Clock jump</source>
            <translation>Salto do relógio</translation>
        </message>
        <message>
            <source>Printer failure</source>
            <translation>Falha da impressora</translation>
        </message>
        <message>
            <source>Reprint</source>
            <translation>Reimpressão</translation>
        </message>
        <message>
            <source>App started</source>
            <translation>Aplicação iniciada</translation>
        </message>
        <message>
            <source>App stopped</source>
            <translation>Aplicação encerrada</translation>
        </message>
        <message>
            <source>Database migration</source>
            <translation>Migração da base de dados</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportação</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>Cópia de segurança</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restauro</translation>
        </message>
        <message>
            <source>Reading the journals from the server…</source>
            <translation>A ler os diários no servidor…</translation>
        </message>
        <message>
            <source>The server cannot be reached and no journal was read before. Try again when the network is back.</source>
            <translation>O servidor está inacessível e nenhum diário foi lido antes. Tente de novo quando a rede voltar.</translation>
        </message>
        <message>
            <source>Something went wrong: %1</source>
            <translation>Ocorreu um problema: %1</translation>
        </message>
        <message>
            <source>Device %1</source>
            <translation>Aparelho %1</translation>
        </message>
        <message>
            <source>waited for the unlock</source>
            <translation>esperou pelo desbloqueio</translation>
        </message>
        <message>
            <source>Technical journal</source>
            <translation>Diário técnico</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>O que aconteceu</translation>
        </message>
        <message>
            <source>%1 entries, newest first.</source>
            <translation>%1 entradas, as mais recentes primeiro.</translation>
        </message>
        <message>
            <source>No entry for this choice.</source>
            <translation>Nenhuma entrada para esta escolha.</translation>
        </message>
        <message>
            <source>Not live: the server cannot be reached. As it was at %1.</source>
            <translation>Não está em direto: o servidor está inacessível. Tal como estava às %1.</translation>
        </message>
        <message>
            <source>As the server gave it at %1.</source>
            <translation>Tal como o servidor o deu às %1.</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Atualizar</translation>
        </message>
        <message>
            <source>Older</source>
            <translation>Mais antigos</translation>
        </message>
        <message>
            <source>All devices</source>
            <translation>Todos os aparelhos</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Todos os tipos</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quando</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>Aparelho</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>Agente</translation>
        </message>
    </context>
    <context>
        <name>SupervisorLogin</name>
        <message>
            <source>The server refused this name and password (or this code). Check them and try again.</source>
            <translation>O servidor recusou este nome e esta palavra-passe (ou este código). Verifique-os e tente de novo.</translation>
        </message>
        <message>
            <source>This account asks for the 6-digit code of its authenticator app.</source>
            <translation>Esta conta pede o código de 6 algarismos da sua aplicação de autenticação.</translation>
        </message>
        <message>
            <source>Too many tries from this device: wait a few minutes, then try again.</source>
            <translation>Demasiadas tentativas a partir deste dispositivo: aguarde alguns minutos e tente de novo.</translation>
        </message>
        <message>
            <source>The server refused the login: %1</source>
            <translation>O servidor recusou a entrada: %1</translation>
        </message>
        <message>
            <source>The server cannot be reached. Check its address and the network, then try again.</source>
            <translation>Não é possível contactar o servidor. Verifique o endereço e a rede e tente de novo.</translation>
        </message>
        <message>
            <source>The login failed: %1</source>
            <translation>A entrada falhou: %1</translation>
        </message>
        <message>
            <source>Type the server's address, starting with https:// (or http://).</source>
            <translation>Escreva o endereço do servidor, começando por https:// (ou http://).</translation>
        </message>
        <message>
            <source>Type your name as your account has it on the server.</source>
            <translation>Escreva o seu nome tal como consta da sua conta no servidor.</translation>
        </message>
        <message>
            <source>Type your password.</source>
            <translation>Escreva a sua palavra-passe.</translation>
        </message>
        <message>
            <source>Type the 6-digit code your authenticator app shows now.</source>
            <translation>Escreva o código de 6 algarismos que a sua aplicação de autenticação mostra agora.</translation>
        </message>
        <message>
            <source>Logging in</source>
            <translation>A entrar</translation>
        </message>
        <message>
            <source>This account is not a supervisor's.</source>
            <translation>Esta conta não é de um supervisor.</translation>
        </message>
        <message>
            <source>Opening the last figures</source>
            <translation>A abrir os últimos números</translation>
        </message>
        <message>
            <source>No figures are kept on this device for this name and password: they are kept once you have logged in with the server reachable.</source>
            <translation>Não há números guardados neste dispositivo para este nome e palavra-passe: ficam guardados depois de entrar com o servidor acessível.</translation>
        </message>
        <message>
            <source>← Agents' login</source>
            <translation>← Entrada dos agentes</translation>
        </message>
        <message>
            <source>Supervisor login</source>
            <translation>Entrada do supervisor</translation>
        </message>
        <message>
            <source>Supervisors work against the municipality's server with their own account.</source>
            <translation>Os supervisores trabalham no servidor do município, com a sua própria conta.</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>Servidor</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Palavra-passe</translation>
        </message>
        <message>
            <source>6-digit code</source>
            <translation>Código de 6 algarismos</translation>
        </message>
        <message>
            <source>Log in</source>
            <translation>Entrar</translation>
        </message>
        <message>
            <source>View the last figures offline</source>
            <translation>Ver os últimos números sem rede</translation>
        </message>
    </context>
    <context>
        <name>SupervisorRegistry</name>
        <message>
            <source>Why this choice (kept with the decision)</source>
            <translation>Porquê esta escolha (guardado com a decisão)</translation>
        </message>
        <message>
            <source>For example: phoned the taxpayer</source>
            <translation>Por exemplo: telefonei ao contribuinte</translation>
        </message>
        <message>
            <source>Resolve with these values</source>
            <translation>Resolver com estes valores</translation>
        </message>
        <message>
            <source>No conflict to resolve: devices agree on every taxpayer.</source>
            <translation>Nenhum conflito a resolver: os dispositivos estão de acordo sobre cada contribuinte.</translation>
        </message>
        <message>
            <source>%1 (zone %2): choose the value of each field</source>
            <translation>%1 (zona %2): escolha o valor de cada campo</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Antes</translation>
        </message>
        <message>
            <source>Values sent by the devices</source>
            <translation>Valores enviados pelos dispositivos</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>desconhecido</translation>
        </message>
        <message>
            <source>server</source>
            <translation>servidor</translation>
        </message>
        <message>
            <source>Choose a value for: %1</source>
            <translation>Escolha um valor para: %1</translation>
        </message>
        <message>
            <source>Say why: a decision needs a reason.</source>
            <translation>Diga porquê: uma decisão precisa de um motivo.</translation>
        </message>
        <message>
            <source>Resolved: devices receive the chosen values at their next sync.</source>
            <translation>Resolvido: os dispositivos recebem os valores escolhidos na próxima sincronização.</translation>
        </message>
        <message>
            <source>Why (kept with the decision)</source>
            <translation>Porquê (guardado com a decisão)</translation>
        </message>
        <message>
            <source>For example: same shop, registered twice</source>
            <translation>Por exemplo: mesma loja, registada duas vezes</translation>
        </message>
        <message>
            <source>Merge into the one kept</source>
            <translation>Fundir no que é mantido</translation>
        </message>
        <message>
            <source>Not a duplicate</source>
            <translation>Não é duplicado</translation>
        </message>
        <message>
            <source>No probable duplicate.</source>
            <translation>Nenhum duplicado provável.</translation>
        </message>
        <message>
            <source>Probable duplicate: %1</source>
            <translation>Duplicado provável: %1</translation>
        </message>
        <message>
            <source>Keep this one</source>
            <translation>Manter este</translation>
        </message>
        <message>
            <source>Merged: the payments of both are listed under the one kept.</source>
            <translation>Fundido: os pagamentos de ambos são listados sob o que foi mantido.</translation>
        </message>
        <message>
            <source>Noted: this pair is no longer proposed.</source>
            <translation>Registado: este par deixa de ser proposto.</translation>
        </message>
        <message>
            <source>Registry: conflicts and duplicates</source>
            <translation>Registo: conflitos e duplicados</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Atualizar</translation>
        </message>
        <message>
            <source>Conflicts (%1)</source>
            <translation>Conflitos (%1)</translation>
        </message>
        <message>
            <source>Duplicates (%1)</source>
            <translation>Duplicados (%1)</translation>
        </message>
        <message>
            <source>Offline: as fetched at %1</source>
            <translation>Sem ligação: estado de %1</translation>
        </message>
        <message>
            <source>Registry</source>
            <translation>Registo</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Business name</source>
            <translation>Nome comercial</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefone</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>N.º de identificação</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Morada</translation>
        </message>
        <message>
            <source>Zone</source>
            <translation>Zona</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
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
            <translation>Precisão (m)</translation>
        </message>
        <message>
            <source>Position source</source>
            <translation>Origem da posição</translation>
        </message>
        <message>
            <source>Fix time</source>
            <translation>Hora da leitura</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(vazio)</translation>
        </message>
        <message>
            <source>same phone</source>
            <translation>mesmo telefone</translation>
        </message>
        <message>
            <source>same ID number</source>
            <translation>mesmo n.º de identificação</translation>
        </message>
        <message>
            <source>similar name nearby</source>
            <translation>nome parecido, muito perto</translation>
        </message>
        <message>
            <source>Someone decided this meanwhile. The lists were read again: look before deciding.</source>
            <translation>Alguém decidiu entretanto. As listas foram lidas de novo: veja antes de decidir.</translation>
        </message>
        <message>
            <source>The server refused: %1</source>
            <translation>O servidor recusou: %1</translation>
        </message>
        <message>
            <source>The server cannot be reached: nothing was decided. Try again when the network is back.</source>
            <translation>O servidor não está acessível: nada foi decidido. Tente de novo quando a rede voltar.</translation>
        </message>
        <message>
            <source>Receipts</source>
            <translation>Recibos</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Registado em</translation>
        </message>
    </context>
    <context>
        <name>SupervisorReports</name>
        <message>
            <source>Reports</source>
            <translation>Relatórios</translation>
        </message>
        <message>
            <source>Reconciliation report</source>
            <translation>Relatório de conciliação</translation>
        </message>
        <message>
            <source>One day</source>
            <translation>Um dia</translation>
        </message>
        <message>
            <source>One month</source>
            <translation>Um mês</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Período</translation>
        </message>
        <message>
            <source>Save the report as PDF…</source>
            <translation>Guardar o relatório em PDF…</translation>
        </message>
        <message>
            <source>Payment attestation</source>
            <translation>Declaração de pagamento</translation>
        </message>
        <message>
            <source>Taxpayer's name</source>
            <translation>Nome do contribuinte</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Pesquisar</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Ano</translation>
        </message>
        <message>
            <source>Save the attestation as PDF…</source>
            <translation>Guardar a declaração em PDF…</translation>
        </message>
        <message>
            <source>Type part of the taxpayer's name first.</source>
            <translation>Escreva primeiro parte do nome do contribuinte.</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>A pesquisar…</translation>
        </message>
        <message>
            <source>No taxpayer has this name.</source>
            <translation>Nenhum contribuinte tem este nome.</translation>
        </message>
        <message>
            <source>%1 taxpayer(s) found; pick one and the year.</source>
            <translation>%1 contribuinte(s) encontrado(s); escolha um e o ano.</translation>
        </message>
        <message>
            <source>Asking the server for the PDF…</source>
            <translation>A pedir o PDF ao servidor…</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Guardado: %1</translation>
        </message>
        <message>
            <source>The server cannot be reached; nothing was saved. Try again when the network is back.</source>
            <translation>O servidor não está acessível; nada foi guardado. Tente de novo quando a rede voltar.</translation>
        </message>
        <message>
            <source>The server refused: %1</source>
            <translation>O servidor recusou: %1</translation>
        </message>
        <message>
            <source>The file could not be written: %1</source>
            <translation>Não foi possível escrever o ficheiro: %1</translation>
        </message>
        <message>
            <source>Something went wrong: %1</source>
            <translation>Algo correu mal: %1</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>Guardar como</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Ficheiros PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>SupervisorScreens</name>
        <message>
            <source>Reconciliation</source>
            <translation>Caixa</translation>
        </message>
        <message>
            <source>Alerts</source>
            <translation>Alertas</translation>
        </message>
        <message>
            <source>Mobile money</source>
            <translation>Dinheiro móvel</translation>
        </message>
    </context>
    <context>
        <name>SupervisorShell</name>
        <message>
            <source>Your session on the server has ended. What you typed on %1 has not been sent: it is kept as you left it, and comes back when you log in again as %2.</source>
            <translation>A sua sessão no servidor terminou. O que escreveu em %1 não foi enviado: fica guardado tal como o deixou e volta quando entrar de novo como %2.</translation>
        </message>
        <message>
            <source>Your session on the server has ended. Log in again as %1 to go on; the screens stay as you left them.</source>
            <translation>A sua sessão no servidor terminou. Entre de novo como %1 para continuar; os ecrãs ficam tal como os deixou.</translation>
        </message>
        <message>
            <source>Your session has ended: log in again.</source>
            <translation>A sua sessão terminou: entre de novo.</translation>
        </message>
        <message>
            <source>Session ended</source>
            <translation>Sessão terminada</translation>
        </message>
        <message>
            <source>What you typed on %1 has not been sent and will be lost. Log out anyway?</source>
            <translation>O que escreveu em %1 não foi enviado e perder-se-á. Sair mesmo assim?</translation>
        </message>
        <message>
            <source>Log out</source>
            <translation>Sair</translation>
        </message>
    </context>
    <context>
        <name>SupervisorWindow</name>
        <message>
            <source>Offline — figures from %1</source>
            <translation>Sem rede — números de %1</translation>
        </message>
        <message>
            <source>Offline — showing the last figures kept on this device</source>
            <translation>Sem rede — últimos números guardados neste dispositivo</translation>
        </message>
        <message>
            <source>Log out</source>
            <translation>Sair</translation>
        </message>
        <message>
            <source>No supervisor screen is installed.</source>
            <translation>Nenhum ecrã de supervisão está instalado.</translation>
        </message>
    </context>
    <context>
        <name>SyncRecordsModel</name>
        <message>
            <source>No.</source>
            <translation>N.º</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Registo</translation>
        </message>
        <message>
            <source>Recorded</source>
            <translation>Registado em</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Refused: %1</source>
            <translation>Recusado: %1</translation>
        </message>
    </context>
    <context>
        <name>SyncRunner</name>
        <message>
            <source>Synchronising</source>
            <translation>A sincronizar</translation>
        </message>
        <message>
            <source>Enrolling the device</source>
            <translation>A inscrever o dispositivo</translation>
        </message>
    </context>
    <context>
        <name>SyncView</name>
        <message>
            <source>(only %1 listed)</source>
            <translation>(apenas %1 listados)</translation>
        </message>
        <message>
            <source>Connecting to the server</source>
            <translation>A ligar ao servidor</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>Envio</translation>
        </message>
        <message>
            <source>Receiving</source>
            <translation>Receção</translation>
        </message>
        <message>
            <source>Downloading the update</source>
            <translation>A descarregar a atualização</translation>
        </message>
        <message>
            <source>%1: %2 of %3</source>
            <translation>%1: %2 de %3</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Synchronising…</source>
            <translation>A sincronizar…</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Sincronizar agora</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nunca</translation>
        </message>
        <message>
            <source>Last sync: %1</source>
            <translation>Última sincronização: %1</translation>
        </message>
        <message>
            <source>Sent: %1 — refused by the server: %2</source>
            <translation>Enviados: %1 — recusados pelo servidor: %2</translation>
        </message>
        <message>
            <source>Server: %1</source>
            <translation>Servidor: %1</translation>
        </message>
        <message>
            <source>Server: not set</source>
            <translation>Servidor: não definido</translation>
        </message>
        <message>
            <source>Enroll again…</source>
            <translation>Inscrever de novo…</translation>
        </message>
        <message>
            <source>This device is not enrolled with the municipality's server yet. Everything you record stays safe on this device, signed and chained, and will be sent in order once it is enrolled. Enroll it with the code your supervisor gives you.</source>
            <translation>Este dispositivo ainda não está inscrito no servidor do município. Tudo o que regista fica seguro neste dispositivo, assinado e encadeado, e será enviado por ordem depois da inscrição. Inscreva-o com o código que o seu supervisor lhe der.</translation>
        </message>
        <message>
            <source>Enroll this device…</source>
            <translation>Inscrever este dispositivo…</translation>
        </message>
        <message>
            <source>records waiting to be sent</source>
            <translation>registos à espera de envio</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Registos</translation>
        </message>
        <message>
            <source>All records</source>
            <translation>Todos os registos</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Em espera</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Enviados</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Recusados</translation>
        </message>
        <message>
            <source>Synchronise</source>
            <translation>Sincronizar</translation>
        </message>
    </context>
    <context>
        <name>SyncWords</name>
        <message>
            <source>Payment</source>
            <translation>Pagamento</translation>
        </message>
        <message>
            <source>Void</source>
            <translation>Anulação</translation>
        </message>
        <message>
            <source>Receipt printed</source>
            <translation>Recibo impresso</translation>
        </message>
        <message>
            <source>New taxpayer</source>
            <translation>Novo contribuinte</translation>
        </message>
        <message>
            <source>Taxpayer edited</source>
            <translation>Contribuinte alterado</translation>
        </message>
        <message>
            <source>Taxable object</source>
            <translation>Objeto tributável</translation>
        </message>
        <message>
            <source>Object outline</source>
            <translation>Contorno de um bem</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Liquidação</translation>
        </message>
        <message>
            <source>Session opened</source>
            <translation>Sessão aberta</translation>
        </message>
        <message>
            <source>Session closed</source>
            <translation>Sessão fechada</translation>
        </message>
        <message>
            <source>Device set up</source>
            <translation>Dispositivo configurado</translation>
        </message>
        <message>
            <source>Device enrolled</source>
            <translation>Dispositivo inscrito</translation>
        </message>
        <message>
            <source>Clock confirmed</source>
            <translation>Relógio confirmado</translation>
        </message>
        <message>
            <source>Server key changed</source>
            <translation>Chave do servidor mudada</translation>
        </message>
        <message>
            <source>Census form</source>
            <translation>Formulário de recenseamento</translation>
        </message>
        <message>
            <source>Form imported</source>
            <translation>Formulário importado</translation>
        </message>
        <message>
            <source>Receipt series registered</source>
            <translation>Série de recibos registada</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Em espera</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Enviado</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Recusado</translation>
        </message>
        <message>
            <source>the agent is not assigned to this zone</source>
            <translation>o agente não está afetado a esta zona</translation>
        </message>
        <message>
            <source>the agent was deactivated</source>
            <translation>o agente foi desativado</translation>
        </message>
        <message>
            <source>the server does not know this agent</source>
            <translation>o servidor não conhece este agente</translation>
        </message>
        <message>
            <source>the server does not hold the object whose outline was drawn</source>
            <translation>o servidor não tem o bem cujo contorno foi desenhado</translation>
        </message>
        <message>
            <source>Sent: %1 records. Received: %2.</source>
            <translation>Enviados: %1 registos. Recebidos: %2.</translation>
        </message>
        <message>
            <source>%1 were already on the server (sent again after a lost answer).</source>
            <translation>%1 já estavam no servidor (reenviados após uma resposta perdida).</translation>
        </message>
        <message>
            <source>Still to send: %1.</source>
            <translation>Ainda por enviar: %1.</translation>
        </message>
        <message>
            <source>Refused by the server and kept aside for a supervisor: %1 (see the list below).</source>
            <translation>Recusados pelo servidor e postos de lado para um supervisor: %1 (ver a lista abaixo).</translation>
        </message>
        <message>
            <source>The server %1 cannot be reached. Nothing is lost: the app tries again by itself, and you can keep working.</source>
            <translation>O servidor %1 não está acessível. Nada se perde: a aplicação tenta de novo sozinha, e pode continuar a trabalhar.</translation>
        </message>
    </context>
    <context>
        <name>TaxpayerForm</name>
        <message>
            <source>— no zone —</source>
            <translation>— nenhuma zona —</translation>
        </message>
        <message>
            <source>A similar taxpayer already exists (same phone, or a similar name nearby). Check it is not the same person before saving:</source>
            <translation>Já existe um contribuinte semelhante (mesmo telefone, ou nome parecido perto daqui). Verifique que não é a mesma pessoa antes de guardar:</translation>
        </message>
        <message>
            <source>Give each taxable object a reference.</source>
            <translation>Dê uma referência a cada objeto tributável.</translation>
        </message>
        <message>
            <source>Similar taxpayer</source>
            <translation>Contribuinte semelhante</translation>
        </message>
        <message>
            <source>It is someone else: save</source>
            <translation>É outra pessoa: guardar</translation>
        </message>
        <message>
            <source>Go back and check</source>
            <translation>Voltar e verificar</translation>
        </message>
        <message>
            <source>Saving the taxpayer</source>
            <translation>A guardar o contribuinte</translation>
        </message>
        <message>
            <source>Edit: %1</source>
            <translation>Editar: %1</translation>
        </message>
        <message>
            <source>New taxpayer</source>
            <translation>Novo contribuinte</translation>
        </message>
        <message>
            <source>Identity</source>
            <translation>Identificação</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Pessoa</translation>
        </message>
        <message>
            <source>Business</source>
            <translation>Empresa</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>Nome *</translation>
        </message>
        <message>
            <source>Business name</source>
            <translation>Nome comercial</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>N.º de identificação</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefone</translation>
        </message>
        <message>
            <source>Zone</source>
            <translation>Zona</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Morada</translation>
        </message>
        <message>
            <source>Surname and first names</source>
            <translation>Apelido e nomes próprios</translation>
        </message>
        <message>
            <source>e.g. +243 81 234 5678</source>
            <translation>p. ex. +243 81 234 5678</translation>
        </message>
        <message>
            <source>Street, landmark</source>
            <translation>Rua, ponto de referência</translation>
        </message>
        <message>
            <source>National ID or tax number</source>
            <translation>Bilhete de identidade ou NIF</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Clear the form</source>
            <translation>Limpar o formulário</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Capture position</source>
            <translation>Captar a posição</translation>
        </message>
    </context>
    <context>
        <name>TextInput</name>
        <message>
            <source>Type the code written under the bars</source>
            <translation>Escreva o código escrito por baixo das barras</translation>
        </message>
        <message>
            <source>A whole number</source>
            <translation>Um número inteiro</translation>
        </message>
        <message>
            <source>A number</source>
            <translation>Um número</translation>
        </message>
    </context>
    <context>
        <name>TimeInput</name>
        <message>
            <source>Now</source>
            <translation>Agora</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Limpar</translation>
        </message>
    </context>
    <context>
        <name>UnlockView</name>
        <message>
            <source>Something went wrong: %1. Nothing recorded on this device was lost; try again.</source>
            <translation>Ocorreu um problema: %1. Nada do que está registado neste aparelho se perdeu; tente de novo.</translation>
        </message>
        <message>
            <source>You have no key to this device yet. A colleague who works on it opens it and taps “Log out”, then you log in with your PIN, once. Or a supervisor's recovery lets you in.</source>
            <translation>Ainda não tem chave para este aparelho. Um colega que trabalha nele abre-o e toca em «Sair», e depois entra com o seu PIN, uma vez. Ou a recuperação por um supervisor deixa-o entrar.</translation>
        </message>
        <message>
            <source>Tap your name first.</source>
            <translation>Toque primeiro no seu nome.</translation>
        </message>
        <message>
            <source>Type your PIN.</source>
            <translation>Escreva o seu PIN.</translation>
        </message>
        <message>
            <source>Opening the device…</source>
            <translation>A abrir o aparelho…</translation>
        </message>
        <message>
            <source>Wrong PIN. Tries left before the device locks: %1.</source>
            <translation>PIN errado. Tentativas restantes antes do bloqueio do aparelho: %1.</translation>
        </message>
        <message>
            <source>Open this device</source>
            <translation>Abrir este aparelho</translation>
        </message>
        <message>
            <source>Who are you?</source>
            <translation>Quem é você?</translation>
        </message>
        <message>
            <source>Your PIN</source>
            <translation>O seu PIN</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Not in the list?</source>
            <translation>Não está na lista?</translation>
        </message>
        <message>
            <source>Recovery</source>
            <translation>Recuperação</translation>
        </message>
        <message>
            <source>A supervisor opens the device with the municipality's recovery key</source>
            <translation>Um supervisor abre o aparelho com a chave de recuperação do município</translation>
        </message>
        <message>
            <source>Open (Enter)</source>
            <translation>Abrir (Enter)</translation>
        </message>
    </context>
    <context>
        <name>UnlockWindow</name>
        <message>
            <source>Quittance — municipal revenue collection</source>
            <translation>Quittance — cobrança das receitas municipais</translation>
        </message>
    </context>
    <context>
        <name>UpdateBanner</name>
        <message>
            <source>Installing the update</source>
            <translation>A instalar a atualização</translation>
        </message>
        <message>
            <source>An update is waiting (version %1)</source>
            <translation>Uma atualização está à espera (versão %1)</translation>
        </message>
        <message>
            <source>Update postponed</source>
            <translation>Atualização adiada</translation>
        </message>
        <message>
            <source>Update refused</source>
            <translation>Atualização recusada</translation>
        </message>
        <message>
            <source>Copying your data, then installing…</source>
            <translation>A copiar os seus dados e depois a instalar…</translation>
        </message>
        <message>
            <source>Your data is copied first; then the app closes and starts again in the new version.</source>
            <translation>Os seus dados são copiados primeiro; depois a aplicação fecha e volta a abrir na nova versão.</translation>
        </message>
        <message>
            <source>Install</source>
            <translation>Instalar</translation>
        </message>
    </context>
    <context>
        <name>VoidDialog</name>
        <message>
            <source>Void receipt %1</source>
            <translation>Anular o recibo %1</translation>
        </message>
        <message>
            <source>The receipt %1 for %2 will be marked as voided. Its number stays used and the void is recorded with your name. Why is it voided?</source>
            <translation>O recibo %1 de %2 ficará marcado como anulado. O número continua usado e a anulação fica registada em seu nome. Porque o anula?</translation>
        </message>
        <message>
            <source>Void the receipt</source>
            <translation>Anular o recibo</translation>
        </message>
        <message>
            <source>Keep the receipt</source>
            <translation>Manter o recibo</translation>
        </message>
        <message>
            <source>Reason, e.g. wrong taxpayer, wrong amount</source>
            <translation>Motivo, p. ex. contribuinte errado, montante errado</translation>
        </message>
        <message>
            <source>Write the reason for the void.</source>
            <translation>Escreva o motivo da anulação.</translation>
        </message>
    </context>
    <context>
        <name>WithdrawnNotice</name>
        <message>
            <source>Zone %1 is no longer assigned to this device's agents.</source>
            <translation>A zona %1 já não está atribuída aos agentes deste aparelho.</translation>
        </message>
        <message>
            <source>This taxpayer was moved to another zone, %1, which this device does not serve.</source>
            <translation>Este contribuinte foi transferido para outra zona, %1, que este aparelho não serve.</translation>
        </message>
        <message>
            <source>This taxpayer was moved to another zone, which this device does not serve.</source>
            <translation>Este contribuinte foi transferido para outra zona, que este aparelho não serve.</translation>
        </message>
        <message>
            <source>Its receipts stay here and can be reprinted or voided; no new payment or change can be recorded.</source>
            <translation>Os seus recibos ficam aqui e podem ser reimpressos ou anulados; nenhum novo pagamento nem alteração pode ser registado.</translation>
        </message>
    </context>
    <context>
        <name>ZReport</name>
        <message>
            <source>Agent</source>
            <translation>Agente</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>Aparelho</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Aberta em</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Fechada em</translation>
        </message>
        <message>
            <source>Receipts</source>
            <translation>Recibos</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Emitidos</translation>
        </message>
        <message>
            <source>Voided</source>
            <translation>Anulados</translation>
        </message>
        <message>
            <source>Net (valid receipts)</source>
            <translation>Líquido (recibos válidos)</translation>
        </message>
        <message>
            <source>Receipts not printed yet</source>
            <translation>Recibos ainda não impressos</translation>
        </message>
        <message>
            <source>Ledger signed up to event %1</source>
            <translation>Registo assinado até ao evento %1</translation>
        </message>
        <message>
            <source>Perpetual totals (since the first day)</source>
            <translation>Totais perpétuos (desde o primeiro dia)</translation>
        </message>
        <message>
            <source>Receipts (%1)</source>
            <translation>Recibos (%1)</translation>
        </message>
        <message>
            <source>Voids (%1)</source>
            <translation>Anulações (%1)</translation>
        </message>
        <message>
            <source>Net</source>
            <translation>Líquido</translation>
        </message>
        <message>
            <source>Previous closing</source>
            <translation>Encerramento anterior</translation>
        </message>
        <message>
            <source>By tax</source>
            <translation>Por imposto</translation>
        </message>
        <message>
            <source>No payment</source>
            <translation>Nenhum pagamento</translation>
        </message>
        <message>
            <source>By method</source>
            <translation>Por modo de pagamento</translation>
        </message>
        <message>
            <source>Voided receipts</source>
            <translation>Recibos anulados</translation>
        </message>
        <message>
            <source>Totals</source>
            <translation>Totais</translation>
        </message>
        <message>
            <source>Total collected</source>
            <translation>Total cobrado</translation>
        </message>
        <message>
            <source>Opening float</source>
            <translation>Fundo de caixa</translation>
        </message>
        <message>
            <source>Cash expected in the till</source>
            <translation>Numerário esperado na caixa</translation>
        </message>
    </context>
</TS>
