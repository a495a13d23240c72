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
            <source>No taxable object recorded.</source>
            <translation>Nenhum objeto tributável registado.</translation>
        </message>
        <message>
            <source>Total due: %1</source>
            <translation>Total em dívida: %1</translation>
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
        <name>ClearButton</name>
        <message>
            <source>Clear</source>
            <translation>Limpar</translation>
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
            <source>Browse…</source>
            <translation>Procurar…</translation>
        </message>
        <message>
            <source>e.g. /dev/rfcomm0 or COM5</source>
            <translation>p. ex. /dev/rfcomm0 ou COM5</translation>
        </message>
        <message>
            <source>Capture waits until the accuracy is this good or better, unless you accept a worse fix. Without a GST error estimate from the receiver, accuracy is 2 × HDOP × the range error.</source>
            <translation>A captação espera até a precisão ser esta ou melhor, a não ser que aceite uma posição pior. Sem estimativa de erro GST do recetor, a precisão é 2 × HDOP × o erro de distância.</translation>
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
            <source>Log out</source>
            <translation>Sair</translation>
        </message>
        <message>
            <source>What you typed on %1 has not been sent and will be lost. Log out anyway?</source>
            <translation>O que escreveu em %1 não foi enviado e perder-se-á. Sair mesmo assim?</translation>
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
