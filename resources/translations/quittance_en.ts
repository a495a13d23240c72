<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
    <context>
        <name>AppContext</name>
        <message>
            <source>Something went wrong: %1. Nothing you typed was lost; try again.</source>
            <translation>Something went wrong: %1. Nothing you typed was lost; try again.</translation>
        </message>
        <message>
            <source>Check the date and time</source>
            <translation>Check the date and time</translation>
        </message>
        <message>
            <source>The date and time are right</source>
            <translation>The date and time are right</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Checking the storage</source>
            <translation>Checking the storage</translation>
        </message>
    </context>
    <context>
        <name>BackupOffer</name>
        <message>
            <source>Back up to %1 (%2 GB free)</source>
            <translation>Back up to %1 (%2 GB free)</translation>
        </message>
        <message>
            <source>Backing up to %1</source>
            <translation>Backing up to %1</translation>
        </message>
        <message>
            <source>Backup written and verified: %1. You can remove the memory stick.</source>
            <translation>Backup written and verified: %1. You can remove the memory stick.</translation>
        </message>
        <message>
            <source>Backup written and verified: %1, up to receipt %2. You can remove the memory stick.</source>
            <translation>Backup written and verified: %1, up to receipt %2. You can remove the memory stick.</translation>
        </message>
        <message>
            <source>Back up this device</source>
            <translation>Back up this device</translation>
        </message>
        <message>
            <source>The session is closed. Keep a copy of this device's records on a memory stick: if the tablet is lost or broken, the copy brings them back. It is encrypted like the device and checked before it is kept.</source>
            <translation>The session is closed. Keep a copy of this device's records on a memory stick: if the tablet is lost or broken, the copy brings them back. It is encrypted like the device and checked before it is kept.</translation>
        </message>
        <message>
            <source>No memory stick found. Plug one in: it appears here.</source>
            <translation>No memory stick found. Plug one in: it appears here.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Not now</translation>
        </message>
    </context>
    <context>
        <name>BalancesModel</name>
        <message>
            <source>Tax</source>
            <translation>Tax</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Assessed</source>
            <translation>Assessed</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Paid</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>arrears</source>
            <translation>arrears</translation>
        </message>
    </context>
    <context>
        <name>CameraDialog</name>
        <message>
            <source>Take a photo</source>
            <translation>Take a photo</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Take</source>
            <translation>Take</translation>
        </message>
    </context>
    <context>
        <name>CardView</name>
        <message>
            <source>Opening the taxpayer card</source>
            <translation>Opening the taxpayer card</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Business name</source>
            <translation>Business name</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>ID number</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Zone</source>
            <translation>Zone</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Deactivated</source>
            <translation>Deactivated</translation>
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
            <translation>accuracy unknown</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>Source: %1</translation>
        </message>
        <message>
            <source>Fix time: %1</source>
            <translation>Fix time: %1</translation>
        </message>
        <message>
            <source>No position recorded. Edit the card to capture one.</source>
            <translation>No position recorded. Edit the card to capture one.</translation>
        </message>
        <message>
            <source>outline %1 m²</source>
            <translation>outline %1 m²</translation>
        </message>
        <message>
            <source>No taxable object recorded.</source>
            <translation>No taxable object recorded.</translation>
        </message>
        <message>
            <source>Total due: %1</source>
            <translation>Total due: %1</translation>
        </message>
        <message>
            <source>Outline of %1</source>
            <translation>Outline of %1</translation>
        </message>
        <message>
            <source>duplicate of receipt %1</source>
            <translation>duplicate of receipt %1</translation>
        </message>
        <message>
            <source>Receipt %1 is voided.</source>
            <translation>Receipt %1 is voided.</translation>
        </message>
        <message>
            <source>Voiding the receipt</source>
            <translation>Voiding the receipt</translation>
        </message>
        <message>
            <source>← Back</source>
            <translation>← Back</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Edit</translation>
        </message>
        <message>
            <source>Census form</source>
            <translation>Census form</translation>
        </message>
        <message>
            <source>Edit the card</source>
            <translation>Edit the card</translation>
        </message>
        <message>
            <source>Take a payment</source>
            <translation>Take a payment</translation>
        </message>
        <message>
            <source>No cash session is open: open one to take payments.</source>
            <translation>No cash session is open: open one to take payments.</translation>
        </message>
        <message>
            <source>Open a session</source>
            <translation>Open a session</translation>
        </message>
        <message>
            <source>Identity</source>
            <translation>Identity</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>Balances</source>
            <translation>Balances</translation>
        </message>
        <message>
            <source>Taxable objects</source>
            <translation>Taxable objects</translation>
        </message>
        <message>
            <source>Payments</source>
            <translation>Payments</translation>
        </message>
        <message>
            <source>No payment yet.</source>
            <translation>No payment yet.</translation>
        </message>
        <message>
            <source>Reprint (duplicate)</source>
            <translation>Reprint (duplicate)</translation>
        </message>
        <message>
            <source>Reprint the selected receipt</source>
            <translation>Reprint the selected receipt</translation>
        </message>
        <message>
            <source>Void receipt…</source>
            <translation>Void receipt…</translation>
        </message>
        <message>
            <source>Void the selected receipt</source>
            <translation>Void the selected receipt</translation>
        </message>
    </context>
    <context>
        <name>CensusView</name>
        <message>
            <source>Version %1 · questions: %2</source>
            <translation>Version %1 · questions: %2</translation>
        </message>
        <message>
            <source>New submission</source>
            <translation>New submission</translation>
        </message>
        <message>
            <source>Started %1 · saved %2</source>
            <translation>Started %1 · saved %2</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Resume</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Discard</translation>
        </message>
        <message>
            <source>Opening the form</source>
            <translation>Opening the form</translation>
        </message>
        <message>
            <source>Choose the form: the submission will be linked to this taxpayer.</source>
            <translation>Choose the form: the submission will be linked to this taxpayer.</translation>
        </message>
        <message>
            <source>Discard this draft?</source>
            <translation>Discard this draft?</translation>
        </message>
        <message>
            <source>The answers given to “%1” since %2 will be lost.</source>
            <translation>The answers given to “%1” since %2 will be lost.</translation>
        </message>
        <message>
            <source>Discard the draft</source>
            <translation>Discard the draft</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Keep it</translation>
        </message>
        <message>
            <source>Submission recorded. It is sent with the next synchronisation.</source>
            <translation>Submission recorded. It is sent with the next synchronisation.</translation>
        </message>
        <message>
            <source>Census</source>
            <translation>Census</translation>
        </message>
        <message>
            <source>Forms on this device</source>
            <translation>Forms on this device</translation>
        </message>
        <message>
            <source>No form on this device yet. Forms arrive with the synchronisation, or are imported with “quittance form import”.</source>
            <translation>No form on this device yet. Forms arrive with the synchronisation, or are imported with “quittance form import”.</translation>
        </message>
        <message>
            <source>Drafts in progress</source>
            <translation>Drafts in progress</translation>
        </message>
        <message>
            <source>No draft in progress.</source>
            <translation>No draft in progress.</translation>
        </message>
    </context>
    <context>
        <name>ChangePinCard</name>
        <message>
            <source>Type your current PIN and the new one.</source>
            <translation>Type your current PIN and the new one.</translation>
        </message>
        <message>
            <source>The two PINs are not the same. Type the new PIN again.</source>
            <translation>The two PINs are not the same. Type the new PIN again.</translation>
        </message>
        <message>
            <source>The new PIN is the same as the current one.</source>
            <translation>The new PIN is the same as the current one.</translation>
        </message>
        <message>
            <source>Changing the PIN</source>
            <translation>Changing the PIN</translation>
        </message>
        <message>
            <source>PIN changed. From now on, type the new PIN to open this device.</source>
            <translation>PIN changed. From now on, type the new PIN to open this device.</translation>
        </message>
        <message>
            <source>Your current PIN is not this one. Tries left before the device locks: %1.</source>
            <translation>Your current PIN is not this one. Tries left before the device locks: %1.</translation>
        </message>
        <message>
            <source>Change my PIN</source>
            <translation>Change my PIN</translation>
        </message>
        <message>
            <source>Current PIN</source>
            <translation>Current PIN</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>New PIN</translation>
        </message>
        <message>
            <source>New PIN again</source>
            <translation>New PIN again</translation>
        </message>
    </context>
    <context>
        <name>ClearButton</name>
        <message>
            <source>Clear</source>
            <translation>Clear</translation>
        </message>
    </context>
    <context>
        <name>ClosingsNotice</name>
        <message>
            <source>The closings are kept on the device: print them again at any time.</source>
            <translation>The closings are kept on the device: print them again at any time.</translation>
        </message>
        <message>
            <source>the closings</source>
            <translation>the closings</translation>
        </message>
        <message>
            <source>month %1</source>
            <translation>month %1</translation>
        </message>
        <message>
            <source>year %1</source>
            <translation>year %1</translation>
        </message>
        <message>
            <source>Closed for good when this session opened: %1. A correction is now a void in the current period.</source>
            <translation>Closed for good when this session opened: %1. A correction is now a void in the current period.</translation>
        </message>
        <message>
            <source>Print the closings</source>
            <translation>Print the closings</translation>
        </message>
    </context>
    <context>
        <name>CountPanel</name>
        <message>
            <source>note</source>
            <translation>note</translation>
        </message>
        <message>
            <source>coin</source>
            <translation>coin</translation>
        </message>
    </context>
    <context>
        <name>DateInput</name>
        <message>
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Clear</translation>
        </message>
    </context>
    <context>
        <name>EnrollPage</name>
        <message>
            <source>This device is enrolled: device %1 of %2, on %3. Agents: %4.</source>
            <translation>This device is enrolled: device %1 of %2, on %3. Agents: %4.</translation>
        </message>
        <message>
            <source>Type the server's address as your supervisor gave it, starting with https:// (for example https://revenue.city.example).</source>
            <translation>Type the server's address as your supervisor gave it, starting with https:// (for example https://revenue.city.example).</translation>
        </message>
        <message>
            <source>An enrollment code has only letters and digits.</source>
            <translation>An enrollment code has only letters and digits.</translation>
        </message>
        <message>
            <source>This is longer than an enrollment code: check what was pasted.</source>
            <translation>This is longer than an enrollment code: check what was pasted.</translation>
        </message>
        <message>
            <source>Type the whole code your supervisor gave you.</source>
            <translation>Type the whole code your supervisor gave you.</translation>
        </message>
        <message>
            <source>Choose the picture of the enrollment QR code</source>
            <translation>Choose the picture of the enrollment QR code</translation>
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;All files (*)</source>
            <translation>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;All files (*)</translation>
        </message>
        <message>
            <source>This file is not a picture that can be read. Choose the PNG or the photo of the enrollment QR code.</source>
            <translation>This file is not a picture that can be read. Choose the PNG or the photo of the enrollment QR code.</translation>
        </message>
        <message>
            <source>No QR code was found in this picture. Choose a sharper picture, or type the address and the code.</source>
            <translation>No QR code was found in this picture. Choose a sharper picture, or type the address and the code.</translation>
        </message>
        <message>
            <source>This QR code is not an enrollment code (a receipt's QR code, for example). Choose the one your supervisor gave you.</source>
            <translation>This QR code is not an enrollment code (a receipt's QR code, for example). Choose the one your supervisor gave you.</translation>
        </message>
        <message>
            <source>Enroll this device</source>
            <translation>Enroll this device</translation>
        </message>
        <message>
            <source>Your supervisor gives you the server's address and a one-time code, or a QR code that holds both. Type them, or read the QR code from a picture or with the camera.</source>
            <translation>Your supervisor gives you the server's address and a one-time code, or a QR code that holds both. Type them, or read the QR code from a picture or with the camera.</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>Server address</translation>
        </message>
        <message>
            <source>https://revenue.city.example</source>
            <translation>https://revenue.city.example</translation>
        </message>
        <message>
            <source>Enrollment code</source>
            <translation>Enrollment code</translation>
        </message>
        <message>
            <source>e.g. K7Q2M9XD</source>
            <translation>e.g. K7Q2M9XD</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>Paste</translation>
        </message>
        <message>
            <source>Read the QR code from a picture</source>
            <translation>Read the QR code from a picture</translation>
        </message>
        <message>
            <source>Scan with the camera</source>
            <translation>Scan with the camera</translation>
        </message>
        <message>
            <source>Enroll</source>
            <translation>Enroll</translation>
        </message>
    </context>
    <context>
        <name>EnrollView</name>
        <message>
            <source>Type the server's address as your supervisor gave it, starting with https:// (for example https://revenue.city.example).</source>
            <translation>Type the server's address as your supervisor gave it, starting with https:// (for example https://revenue.city.example).</translation>
        </message>
        <message>
            <source>An enrollment code has only letters and digits.</source>
            <translation>An enrollment code has only letters and digits.</translation>
        </message>
        <message>
            <source>This is longer than an enrollment code: check what was pasted.</source>
            <translation>This is longer than an enrollment code: check what was pasted.</translation>
        </message>
        <message>
            <source>Type the whole code your supervisor gave you.</source>
            <translation>Type the whole code your supervisor gave you.</translation>
        </message>
        <message>
            <source>Enroll this device</source>
            <translation>Enroll this device</translation>
        </message>
        <message>
            <source>Enrolling links this device to the municipality's server, so that what you record reaches it. Your supervisor gives you the server's address and a one-time code (valid for 24 hours). Nothing recorded on this device is lost: it is all sent after enrollment.</source>
            <translation>Enrolling links this device to the municipality's server, so that what you record reaches it. Your supervisor gives you the server's address and a one-time code (valid for 24 hours). Nothing recorded on this device is lost: it is all sent after enrollment.</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>Server address</translation>
        </message>
        <message>
            <source>https://revenue.city.example</source>
            <translation>https://revenue.city.example</translation>
        </message>
        <message>
            <source>Enrollment code</source>
            <translation>Enrollment code</translation>
        </message>
        <message>
            <source>e.g. K7Q2M9XD</source>
            <translation>e.g. K7Q2M9XD</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>Paste</translation>
        </message>
        <message>
            <source>Scan the QR code</source>
            <translation>Scan the QR code</translation>
        </message>
        <message>
            <source>This device has no camera to read the QR code: type the address and the code, or paste the enrollment link.</source>
            <translation>This device has no camera to read the QR code: type the address and the code, or paste the enrollment link.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Enroll</source>
            <translation>Enroll</translation>
        </message>
    </context>
    <context>
        <name>FirstStartWizard</name>
        <message>
            <source>Finish</source>
            <translation>Finish</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Next</translation>
        </message>
        <message>
            <source>Step %1 of %2</source>
            <translation>Step %1 of %2</translation>
        </message>
        <message>
            <source>Quittance: first start</source>
            <translation>Quittance: first start</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Skip</translation>
        </message>
    </context>
    <context>
        <name>FormEntryView</name>
        <message>
            <source>Answers to give or correct before submitting: %1.</source>
            <translation>Answers to give or correct before submitting: %1.</translation>
        </message>
        <message>
            <source>Remove %1?</source>
            <translation>Remove %1?</translation>
        </message>
        <message>
            <source>The answers of %1 will be removed from this form.</source>
            <translation>The answers of %1 will be removed from this form.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Keep</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Page %1 of %2</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Questions</translation>
        </message>
        <message>
            <source>Save and close</source>
            <translation>Save and close</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Next</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>Finish</translation>
        </message>
    </context>
    <context>
        <name>GnssDetails</name>
        <message>
            <source>not reported</source>
            <translation>not reported</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unknown</translation>
        </message>
        <message>
            <source>Accuracy: %1, %2</source>
            <translation>Accuracy: %1, %2</translation>
        </message>
        <message>
            <source>HDOP: %1</source>
            <translation>HDOP: %1</translation>
        </message>
        <message>
            <source>Satellites in use: %1</source>
            <translation>Satellites in use: %1</translation>
        </message>
        <message>
            <source>Fix type: %1</source>
            <translation>Fix type: %1</translation>
        </message>
        <message>
            <source>Age of the fix: %1 s</source>
            <translation>Age of the fix: %1 s</translation>
        </message>
        <message>
            <source>Coordinates: %1, %2</source>
            <translation>Coordinates: %1, %2</translation>
        </message>
    </context>
    <context>
        <name>GnssPage</name>
        <message>
            <source>Choose an NMEA log</source>
            <translation>Choose an NMEA log</translation>
        </message>
        <message>
            <source>NMEA logs (*.nmea *.txt *.log);;All files (*)</source>
            <translation>NMEA logs (*.nmea *.txt *.log);;All files (*)</translation>
        </message>
        <message>
            <source>This file cannot be read. Check the path, or choose another log.</source>
            <translation>This file cannot be read. Check the path, or choose another log.</translation>
        </message>
        <message>
            <source>This file holds no NMEA sentence (lines such as $GPGGA,…). Choose the log the receiver recorded.</source>
            <translation>This file holds no NMEA sentence (lines such as $GPGGA,…). Choose the log the receiver recorded.</translation>
        </message>
        <message>
            <source>Position (GPS)</source>
            <translation>Position (GPS)</translation>
        </message>
        <message>
            <source>Where this device takes its position from when you locate a taxpayer. You can skip this and change it later in Settings.</source>
            <translation>Where this device takes its position from when you locate a taxpayer. You can skip this and change it later in Settings.</translation>
        </message>
        <message>
            <source>The device's own position service</source>
            <translation>The device's own position service</translation>
        </message>
        <message>
            <source>External receiver (serial or Bluetooth port)</source>
            <translation>External receiver (serial or Bluetooth port)</translation>
        </message>
        <message>
            <source>NMEA log file (replay)</source>
            <translation>NMEA log file (replay)</translation>
        </message>
        <message>
            <source>e.g. /dev/rfcomm0 or COM5</source>
            <translation>e.g. /dev/rfcomm0 or COM5</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Browse…</translation>
        </message>
    </context>
    <context>
        <name>GnssQuality</name>
        <message>
            <source>Good</source>
            <translation>Good</translation>
        </message>
        <message>
            <source>Fair</source>
            <translation>Fair</translation>
        </message>
        <message>
            <source>Poor</source>
            <translation>Poor</translation>
        </message>
        <message>
            <source>Accuracy unknown</source>
            <translation>Accuracy unknown</translation>
        </message>
        <message>
            <source>No fix</source>
            <translation>No fix</translation>
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
            <translation>differential GPS</translation>
        </message>
        <message>
            <source>PPS</source>
            <translation>PPS</translation>
        </message>
        <message>
            <source>RTK fixed</source>
            <translation>RTK fixed</translation>
        </message>
        <message>
            <source>RTK float</source>
            <translation>RTK float</translation>
        </message>
        <message>
            <source>no fix</source>
            <translation>no fix</translation>
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
            <translation>satellites %1 in use / %2 in view</translation>
        </message>
        <message>
            <source>satellites %1 in use</source>
            <translation>satellites %1 in use</translation>
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
            <translation>Open</translation>
        </message>
        <message>
            <source>Since %1</source>
            <translation>Since %1</translation>
        </message>
        <message>
            <source>See or close the session</source>
            <translation>See or close the session</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Open a session before taking payments.</source>
            <translation>Open a session before taking payments.</translation>
        </message>
        <message>
            <source>Open a session</source>
            <translation>Open a session</translation>
        </message>
        <message>
            <source>Receipts issued today: %1</source>
            <translation>Receipts issued today: %1</translation>
        </message>
        <message>
            <source>Voided: %1 — net: %2</source>
            <translation>Voided: %1 — net: %2</translation>
        </message>
        <message>
            <source>records waiting to sync</source>
            <translation>records waiting to sync</translation>
        </message>
        <message>
            <source>Last sync: %1</source>
            <translation>Last sync: %1</translation>
        </message>
        <message>
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <source>Hello, %1</source>
            <translation>Hello, %1</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Home</translation>
        </message>
        <message>
            <source>Search: name, phone, ID, receipt no. or reference</source>
            <translation>Search: name, phone, ID, receipt no. or reference</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>Cash session</source>
            <translation>Cash session</translation>
        </message>
        <message>
            <source>Collected today</source>
            <translation>Collected today</translation>
        </message>
        <message>
            <source>Synchronisation</source>
            <translation>Synchronisation</translation>
        </message>
        <message>
            <source>See synchronisation</source>
            <translation>See synchronisation</translation>
        </message>
        <message>
            <source>Census</source>
            <translation>Census</translation>
        </message>
        <message>
            <source>Register a new taxpayer</source>
            <translation>Register a new taxpayer</translation>
        </message>
    </context>
    <context>
        <name>ImageInput</name>
        <message>
            <source>Choose a picture</source>
            <translation>Choose a picture</translation>
        </message>
        <message>
            <source>Pictures (*.jpg *.jpeg *.png)</source>
            <translation>Pictures (*.jpg *.jpeg *.png)</translation>
        </message>
        <message>
            <source>No picture yet.</source>
            <translation>No picture yet.</translation>
        </message>
        <message>
            <source>Choose a picture…</source>
            <translation>Choose a picture…</translation>
        </message>
        <message>
            <source>Take a photo</source>
            <translation>Take a photo</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Cash</source>
            <translation>Cash</translation>
        </message>
        <message>
            <source>Mobile money</source>
            <translation>Mobile money</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Property (land, building)</source>
            <translation>Property (land, building)</translation>
        </message>
        <message>
            <source>Business premises</source>
            <translation>Business premises</translation>
        </message>
        <message>
            <source>Market stall</source>
            <translation>Market stall</translation>
        </message>
        <message>
            <source>Vehicle</source>
            <translation>Vehicle</translation>
        </message>
        <message>
            <source>Billboard</source>
            <translation>Billboard</translation>
        </message>
        <message>
            <source>Device GPS</source>
            <translation>Device GPS</translation>
        </message>
        <message>
            <source>External GNSS receiver</source>
            <translation>External GNSS receiver</translation>
        </message>
        <message>
            <source>Entered by hand</source>
            <translation>Entered by hand</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Business</source>
            <translation>Business</translation>
        </message>
        <message>
            <source>from the receiver's error estimate (GST)</source>
            <translation>from the receiver's error estimate (GST)</translation>
        </message>
        <message>
            <source>estimated from HDOP</source>
            <translation>estimated from HDOP</translation>
        </message>
        <message>
            <source>reported by the system</source>
            <translation>reported by the system</translation>
        </message>
        <message>
            <source>not reported by the receiver</source>
            <translation>not reported by the receiver</translation>
        </message>
        <message>
            <source>annual</source>
            <translation>annual</translation>
        </message>
        <message>
            <source>monthly</source>
            <translation>monthly</translation>
        </message>
        <message>
            <source>daily</source>
            <translation>daily</translation>
        </message>
        <message>
            <source>one-off</source>
            <translation>one-off</translation>
        </message>
        <message>
            <source>YYYY, e.g. 2026</source>
            <translation>YYYY, e.g. 2026</translation>
        </message>
        <message>
            <source>YYYY-MM, e.g. 2026-03</source>
            <translation>YYYY-MM, e.g. 2026-03</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <source>a short code, e.g. 2026</source>
            <translation>a short code, e.g. 2026</translation>
        </message>
    </context>
    <context>
        <name>LanguagePage</name>
        <message>
            <source>Welcome to Quittance</source>
            <translation>Welcome to Quittance</translation>
        </message>
        <message>
            <source>Choose your language. You can change it later on the login screen and in Settings.</source>
            <translation>Choose your language. You can change it later on the login screen and in Settings.</translation>
        </message>
    </context>
    <context>
        <name>LocationPanel</name>
        <message>
            <source>The NMEA log has ended. Accept the last fix or enter the coordinates by hand.</source>
            <translation>The NMEA log has ended. Accept the last fix or enter the coordinates by hand.</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Stop</translation>
        </message>
        <message>
            <source>Capture again</source>
            <translation>Capture again</translation>
        </message>
        <message>
            <source>Capture position</source>
            <translation>Capture position</translation>
        </message>
        <message>
            <source>accuracy unknown</source>
            <translation>accuracy unknown</translation>
        </message>
        <message>
            <source>Accept %1</source>
            <translation>Accept %1</translation>
        </message>
        <message>
            <source>Accept without known accuracy</source>
            <translation>Accept without known accuracy</translation>
        </message>
        <message>
            <source>Keep this position although it is less accurate than required</source>
            <translation>Keep this position although it is less accurate than required</translation>
        </message>
        <message>
            <source>Averaging the position: %1 of %2 fixes… Keep the receiver still.</source>
            <translation>Averaging the position: %1 of %2 fixes… Keep the receiver still.</translation>
        </message>
        <message>
            <source>Waiting for accuracy of %1 m or better…</source>
            <translation>Waiting for accuracy of %1 m or better…</translation>
        </message>
        <message>
            <source>Searching for satellites… Stay outside, away from walls.</source>
            <translation>Searching for satellites… Stay outside, away from walls.</translation>
        </message>
        <message>
            <source>Recorded: %1, %2 (%3) — %4, %5</source>
            <translation>Recorded: %1, %2 (%3) — %4, %5</translation>
        </message>
        <message>
            <source>Mean of %1 fixes; %2 set aside as too far from the others.</source>
            <translation>Mean of %1 fixes; %2 set aside as too far from the others.</translation>
        </message>
        <message>
            <source>No position recorded yet.</source>
            <translation>No position recorded yet.</translation>
        </message>
        <message>
            <source>Hide details</source>
            <translation>Hide details</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Enter by hand</source>
            <translation>Enter by hand</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
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
            <translation>Use these coordinates</translation>
        </message>
    </context>
    <context>
        <name>LockedView</name>
        <message>
            <source>This device is locked</source>
            <translation>This device is locked</translation>
        </message>
        <message>
            <source>Too many wrong PINs were typed. Only a supervisor's recovery opens the device now: the supervisor brings the municipality's recovery key file and its passphrase. Nothing recorded on this device is lost.</source>
            <translation>Too many wrong PINs were typed. Only a supervisor's recovery opens the device now: the supervisor brings the municipality's recovery key file and its passphrase. Nothing recorded on this device is lost.</translation>
        </message>
        <message>
            <source>Recovery</source>
            <translation>Recovery</translation>
        </message>
    </context>
    <context>
        <name>LoginView</name>
        <message>
            <source>Tap your name first.</source>
            <translation>Tap your name first.</translation>
        </message>
        <message>
            <source>Type your PIN.</source>
            <translation>Type your PIN.</translation>
        </message>
        <message>
            <source>Checking the PIN</source>
            <translation>Checking the PIN</translation>
        </message>
        <message>
            <source>Wrong PIN. Tries left before a 5-minute lock: %1.</source>
            <translation>Wrong PIN. Tries left before a 5-minute lock: %1.</translation>
        </message>
        <message>
            <source>You can try your PIN again.</source>
            <translation>You can try your PIN again.</translation>
        </message>
        <message>
            <source>Too many wrong PINs: login is locked until %1 (%2 min %3 s left). Ask your supervisor if you forgot your PIN.</source>
            <translation>Too many wrong PINs: login is locked until %1 (%2 min %3 s left). Ask your supervisor if you forgot your PIN.</translation>
        </message>
        <message>
            <source>Quittance — municipal revenue collection</source>
            <translation>Quittance — municipal revenue collection</translation>
        </message>
        <message>
            <source>Who are you?</source>
            <translation>Who are you?</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Supervisor</translation>
        </message>
        <message>
            <source>Log in as a supervisor, on the municipality's server</source>
            <translation>Log in as a supervisor, on the municipality's server</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Lock</translation>
        </message>
        <message>
            <source>Lock the device: its PIN is asked again to open it</source>
            <translation>Lock the device: its PIN is asked again to open it</translation>
        </message>
        <message>
            <source>Your PIN</source>
            <translation>Your PIN</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Log in (Enter)</source>
            <translation>Log in (Enter)</translation>
        </message>
        <message>
            <source>Demo mode — PINs: %1</source>
            <translation>Demo mode — PINs: %1</translation>
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
            <translation>Keyboard shortcuts (F1)</translation>
        </message>
    </context>
    <context>
        <name>MapScreen</name>
        <message>
            <source>Install a basemap</source>
            <translation>Install a basemap</translation>
        </message>
        <message>
            <source>MBTiles basemaps (*.mbtiles);;All files (*)</source>
            <translation>MBTiles basemaps (*.mbtiles);;All files (*)</translation>
        </message>
        <message>
            <source>Loading the map</source>
            <translation>Loading the map</translation>
        </message>
        <message>
            <source>All zones</source>
            <translation>All zones</translation>
        </message>
        <message>
            <source>All taxes</source>
            <translation>All taxes</translation>
        </message>
        <message>
            <source>Status in %1:</source>
            <translation>Status in %1:</translation>
        </message>
        <message>
            <source>%1 taxpayer(s) on the map</source>
            <translation>%1 taxpayer(s) on the map</translation>
        </message>
        <message>
            <source>No basemap on this device: install one from a file, or get them from the server.</source>
            <translation>No basemap on this device: install one from a file, or get them from the server.</translation>
        </message>
        <message>
            <source>Basemap installed: %1</source>
            <translation>Basemap installed: %1</translation>
        </message>
        <message>
            <source>Installing the basemap</source>
            <translation>Installing the basemap</translation>
        </message>
        <message>
            <source>This device is not enrolled: enrol it on the Synchronise screen to get the server's basemaps.</source>
            <translation>This device is not enrolled: enrol it on the Synchronise screen to get the server's basemaps.</translation>
        </message>
        <message>
            <source>%1 basemap(s) from the server</source>
            <translation>%1 basemap(s) from the server</translation>
        </message>
        <message>
            <source>Getting basemaps from the server</source>
            <translation>Getting basemaps from the server</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Paid</translation>
        </message>
        <message>
            <source>Partly paid</source>
            <translation>Partly paid</translation>
        </message>
        <message>
            <source>In arrears</source>
            <translation>In arrears</translation>
        </message>
        <message>
            <source>Never assessed</source>
            <translation>Never assessed</translation>
        </message>
        <message>
            <source>My position</source>
            <translation>My position</translation>
        </message>
        <message>
            <source>Basemaps…</source>
            <translation>Basemaps…</translation>
        </message>
        <message>
            <source>Install from a file…</source>
            <translation>Install from a file…</translation>
        </message>
        <message>
            <source>Get from the server</source>
            <translation>Get from the server</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Zoom in</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Zoom out</translation>
        </message>
    </context>
    <context>
        <name>ObjectRow</name>
        <message>
            <source>Reference, e.g. plot or stall no.</source>
            <translation>Reference, e.g. plot or stall no.</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Reference</translation>
        </message>
        <message>
            <source>Description (optional)</source>
            <translation>Description (optional)</translation>
        </message>
        <message>
            <source>Surface?</source>
            <translation>Surface?</translation>
        </message>
        <message>
            <source>Surface</source>
            <translation>Surface</translation>
        </message>
        <message>
            <source>Remove this object</source>
            <translation>Remove this object</translation>
        </message>
    </context>
    <context>
        <name>ObjectsEditor</name>
        <message>
            <source>Already recorded: %1</source>
            <translation>Already recorded: %1</translation>
        </message>
        <message>
            <source>Taxable objects</source>
            <translation>Taxable objects</translation>
        </message>
        <message>
            <source>+ Add a taxable object</source>
            <translation>+ Add a taxable object</translation>
        </message>
    </context>
    <context>
        <name>PaymentView</name>
        <message>
            <source>Payment — %1</source>
            <translation>Payment — %1</translation>
        </message>
        <message>
            <source>arrears</source>
            <translation>arrears</translation>
        </message>
        <message>
            <source>Another tax or period (advance)…</source>
            <translation>Another tax or period (advance)…</translation>
        </message>
        <message>
            <source>Balance due on this line: %1. A smaller amount is a partial payment.</source>
            <translation>Balance due on this line: %1. A smaller amount is a partial payment.</translation>
        </message>
        <message>
            <source>Nothing is owed here yet: tick “advance” if the taxpayer pays ahead.</source>
            <translation>Nothing is owed here yet: tick “advance” if the taxpayer pays ahead.</translation>
        </message>
        <message>
            <source>From: %1</source>
            <translation>From: %1</translation>
        </message>
        <message>
            <source>For: %1</source>
            <translation>For: %1</translation>
        </message>
        <message>
            <source>Method: %1</source>
            <translation>Method: %1</translation>
        </message>
        <message>
            <source>Confirm the payment</source>
            <translation>Confirm the payment</translation>
        </message>
        <message>
            <source>Confirm and record</source>
            <translation>Confirm and record</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Recording the payment</source>
            <translation>Recording the payment</translation>
        </message>
        <message>
            <source>What is paid</source>
            <translation>What is paid</translation>
        </message>
        <message>
            <source>Tax</source>
            <translation>Tax</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Amount (%1)</source>
            <translation>Amount (%1)</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Method</translation>
        </message>
        <message>
            <source>Transaction ref.</source>
            <translation>Transaction ref.</translation>
        </message>
        <message>
            <source>Reference of the mobile money transfer</source>
            <translation>Reference of the mobile money transfer</translation>
        </message>
        <message>
            <source>Advance: the taxpayer pays ahead</source>
            <translation>Advance: the taxpayer pays ahead</translation>
        </message>
        <message>
            <source>Open a session</source>
            <translation>Open a session</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continue</translation>
        </message>
    </context>
    <context>
        <name>PaymentsModel</name>
        <message>
            <source>Receipt</source>
            <translation>Receipt</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Tax</source>
            <translation>Tax</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Method</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>VOIDED: %1</source>
            <translation>VOIDED: %1</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>Valid</translation>
        </message>
    </context>
    <context>
        <name>PointsInput</name>
        <message>
            <source>Points: %1</source>
            <translation>Points: %1</translation>
        </message>
        <message>
            <source>Next point</source>
            <translation>Next point</translation>
        </message>
        <message>
            <source>Add this point</source>
            <translation>Add this point</translation>
        </message>
        <message>
            <source>Remove the selected point</source>
            <translation>Remove the selected point</translation>
        </message>
        <message>
            <source>Draw on the map</source>
            <translation>Draw on the map</translation>
        </message>
    </context>
    <context>
        <name>PolygonPanel</name>
        <message>
            <source>Saving the outline</source>
            <translation>Saving the outline</translation>
        </message>
        <message>
            <source>Area: %1 m²</source>
            <translation>Area: %1 m²</translation>
        </message>
        <message>
            <source>Area: —</source>
            <translation>Area: —</translation>
        </message>
        <message>
            <source>Capturing this corner: %1 of %2 fixes… Stand still on it.</source>
            <translation>Capturing this corner: %1 of %2 fixes… Stand still on it.</translation>
        </message>
        <message>
            <source>Vertices: %1. Tap each corner, or stand on it and capture it. Drag a vertex to move it.</source>
            <translation>Vertices: %1. Tap each corner, or stand on it and capture it. Drag a vertex to move it.</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Stop</translation>
        </message>
        <message>
            <source>Corner here</source>
            <translation>Corner here</translation>
        </message>
        <message>
            <source>Capture the corner you stand on with the receiver</source>
            <translation>Capture the corner you stand on with the receiver</translation>
        </message>
        <message>
            <source>Outline of %1</source>
            <translation>Outline of %1</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>PositionCapture</name>
        <message>
            <source>This device has no position service. Choose an external receiver in Settings, or enter the coordinates by hand.</source>
            <translation>This device has no position service. Choose an external receiver in Settings, or enter the coordinates by hand.</translation>
        </message>
        <message>
            <source>Cannot read the NMEA log file: %1</source>
            <translation>Cannot read the NMEA log file: %1</translation>
        </message>
        <message>
            <source>The app is not allowed to use the position. Allow it in the system settings.</source>
            <translation>The app is not allowed to use the position. Allow it in the system settings.</translation>
        </message>
        <message>
            <source>The position service was switched off.</source>
            <translation>The position service was switched off.</translation>
        </message>
        <message>
            <source>No position yet: go outside, away from walls, and try again.</source>
            <translation>No position yet: go outside, away from walls, and try again.</translation>
        </message>
        <message>
            <source>Cannot read the GNSS receiver (%1). Check that it is on and paired, and the port in Settings.</source>
            <translation>Cannot read the GNSS receiver (%1). Check that it is on and paired, and the port in Settings.</translation>
        </message>
    </context>
    <context>
        <name>PrintQueueView</name>
        <message>
            <source>…and %1 more.</source>
            <translation>…and %1 more.</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>Every receipt is printed.</source>
            <translation>Every receipt is printed.</translation>
        </message>
        <message>
            <source>Printing… Receipts still to print: %1.</source>
            <translation>Printing… Receipts still to print: %1.</translation>
        </message>
        <message>
            <source>%1 Receipts waiting: %2. Next try by itself in %3 s.</source>
            <translation>%1 Receipts waiting: %2. Next try by itself in %3 s.</translation>
        </message>
        <message>
            <source>Receipts still to print: %1.</source>
            <translation>Receipts still to print: %1.</translation>
        </message>
        <message>
            <source>Receipts to print</source>
            <translation>Receipts to print</translation>
        </message>
        <message>
            <source>Payments recorded while no printer answered. Each citizen has a stub with the receipt number and its verification code. The receipts print by themselves, oldest first, as soon as a printer answers.</source>
            <translation>Payments recorded while no printer answered. Each citizen has a stub with the receipt number and its verification code. The receipts print by themselves, oldest first, as soon as a printer answers.</translation>
        </message>
        <message>
            <source>Print all</source>
            <translation>Print all</translation>
        </message>
        <message>
            <source>Printer settings</source>
            <translation>Printer settings</translation>
        </message>
    </context>
    <context>
        <name>PrintStatus</name>
        <message>
            <source>Nothing is lost: the payment is recorded, and the receipt can be printed again from the taxpayer's history.</source>
            <translation>Nothing is lost: the payment is recorded, and the receipt can be printed again from the taxpayer's history.</translation>
        </message>
        <message>
            <source>Printing %1…</source>
            <translation>Printing %1…</translation>
        </message>
        <message>
            <source>Printing</source>
            <translation>Printing</translation>
        </message>
        <message>
            <source>Printed: %1.</source>
            <translation>Printed: %1.</translation>
        </message>
        <message>
            <source>Printer: %1.</source>
            <translation>Printer: %1.</translation>
        </message>
        <message>
            <source>Print another copy</source>
            <translation>Print another copy</translation>
        </message>
        <message>
            <source>Not printed: %1. %2</source>
            <translation>Not printed: %1. %2</translation>
        </message>
        <message>
            <source>Retry printing</source>
            <translation>Retry printing</translation>
        </message>
    </context>
    <context>
        <name>PrinterPage</name>
        <message>
            <source>The test page was sent to the printer. Check that the accents and the QR code came out well.</source>
            <translation>The test page was sent to the printer. Check that the accents and the QR code came out well.</translation>
        </message>
        <message>
            <source>The test page did not print: %1</source>
            <translation>The test page did not print: %1</translation>
        </message>
        <message>
            <source>Receipt printer</source>
            <translation>Receipt printer</translation>
        </message>
        <message>
            <source>Choose the printer paired with this device, or type its address, then print a test page. You can also skip this step.</source>
            <translation>Choose the printer paired with this device, or type its address, then print a test page. You can also skip this step.</translation>
        </message>
        <message>
            <source>Paired printers</source>
            <translation>Paired printers</translation>
        </message>
        <message>
            <source>Look again</source>
            <translation>Look again</translation>
        </message>
        <message>
            <source>No paired printer was found. Pair the printer in the system's Bluetooth settings, then tap Look again, or type its address below.</source>
            <translation>No paired printer was found. Pair the printer in the system's Bluetooth settings, then tap Look again, or type its address below.</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Paper</translation>
        </message>
        <message>
            <source>Print a test page</source>
            <translation>Print a test page</translation>
        </message>
    </context>
    <context>
        <name>QrScanPanel</name>
        <message>
            <source>Hold the enrollment QR code your supervisor gave you in front of the camera, flat and whole in the picture.</source>
            <translation>Hold the enrollment QR code your supervisor gave you in front of the camera, flat and whole in the picture.</translation>
        </message>
        <message>
            <source>This QR code is not an enrollment code (a receipt's QR code, for example). Show the one your supervisor gave you.</source>
            <translation>This QR code is not an enrollment code (a receipt's QR code, for example). Show the one your supervisor gave you.</translation>
        </message>
        <message>
            <source>The camera could not be started. Close the apps that may be using it and try again, or type the address and the code.</source>
            <translation>The camera could not be started. Close the apps that may be using it and try again, or type the address and the code.</translation>
        </message>
        <message>
            <source>Stop the camera</source>
            <translation>Stop the camera</translation>
        </message>
    </context>
    <context>
        <name>QueueBadge</name>
        <message>
            <source>To print: %1</source>
            <translation>To print: %1</translation>
        </message>
        <message>
            <source>Receipts waiting for a printer</source>
            <translation>Receipts waiting for a printer</translation>
        </message>
    </context>
    <context>
        <name>Rail</name>
        <message>
            <source>Home</source>
            <translation>Home</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>New
taxpayer</source>
            <translation>New
taxpayer</translation>
        </message>
        <message>
            <source>Cash
session</source>
            <translation>Cash
session</translation>
        </message>
        <message>
            <source>Synchronise</source>
            <translation>Synchronise</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Census</source>
            <translation>Census</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>Map</translation>
        </message>
        <message>
            <source>Log out</source>
            <translation>Log out</translation>
        </message>
    </context>
    <context>
        <name>ReceiptPanel</name>
        <message>
            <source>Preparing the receipt preview</source>
            <translation>Preparing the receipt preview</translation>
        </message>
        <message>
            <source>receipt %1</source>
            <translation>receipt %1</translation>
        </message>
        <message>
            <source>The payment is recorded; the receipt prints by itself as soon as a printer answers.</source>
            <translation>The payment is recorded; the receipt prints by itself as soon as a printer answers.</translation>
        </message>
        <message>
            <source>No preview: %1</source>
            <translation>No preview: %1</translation>
        </message>
        <message>
            <source>Payment recorded. Receipt N° %1.</source>
            <translation>Payment recorded. Receipt N° %1.</translation>
        </message>
        <message>
            <source>Taxpayer: %1</source>
            <translation>Taxpayer: %1</translation>
        </message>
        <message>
            <source>Tax: %1</source>
            <translation>Tax: %1</translation>
        </message>
        <message>
            <source>Amount: %1</source>
            <translation>Amount: %1</translation>
        </message>
        <message>
            <source>Method: %1</source>
            <translation>Method: %1</translation>
        </message>
        <message>
            <source>Balance left on this line: %1</source>
            <translation>Balance left on this line: %1</translation>
        </message>
        <message>
            <source>Still owed on other taxes and periods: %1</source>
            <translation>Still owed on other taxes and periods: %1</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>Receipt</translation>
        </message>
        <message>
            <source>New search</source>
            <translation>New search</translation>
        </message>
        <message>
            <source>Back to the taxpayer</source>
            <translation>Back to the taxpayer</translation>
        </message>
    </context>
    <context>
        <name>ReconciliationScreen</name>
        <message>
            <source>No connection: these figures were fetched at %1 and are not live.</source>
            <translation>No connection: these figures were fetched at %1 and are not live.</translation>
        </message>
        <message>
            <source>Figures of the server, fetched at %1.</source>
            <translation>Figures of the server, fetched at %1.</translation>
        </message>
        <message>
            <source>Yes (%1)</source>
            <translation>Yes (%1)</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>No agent had a cash session that day.</source>
            <translation>No agent had a cash session that day.</translation>
        </message>
        <message>
            <source>Select an agent to count their cash.</source>
            <translation>Select an agent to count their cash.</translation>
        </message>
        <message>
            <source>Reading the agent's day…</source>
            <translation>Reading the agent's day…</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>Z-report: %1</source>
            <translation>Z-report: %1</translation>
        </message>
        <message>
            <source>not closed, or its Z-report not synced yet</source>
            <translation>not closed, or its Z-report not synced yet</translation>
        </message>
        <message>
            <source>Session %1, opened at %2: float %3 + cash %4 (cash receipts: %5) = %6; %7</source>
            <translation>Session %1, opened at %2: float %3 + cash %4 (cash receipts: %5) = %6; %7</translation>
        </message>
        <message>
            <source>No cash session of this agent that day has been synced.</source>
            <translation>No cash session of this agent that day has been synced.</translation>
        </message>
        <message>
            <source>Expected cash: %1</source>
            <translation>Expected cash: %1</translation>
        </message>
        <message>
            <source>Handed in at earlier sign-offs: %1</source>
            <translation>Handed in at earlier sign-offs: %1</translation>
        </message>
        <message>
            <source>Still open from earlier days: %1</source>
            <translation>Still open from earlier days: %1</translation>
        </message>
        <message>
            <source>Sign-off %1 by %2 at %3: handed in %4, variance %5%6</source>
            <translation>Sign-off %1 by %2 at %3: handed in %4, variance %5%6</translation>
        </message>
        <message>
            <source>SIGNATURE FAILS: not counted</source>
            <translation>SIGNATURE FAILS: not counted</translation>
        </message>
        <message>
            <source>Not signed off yet.</source>
            <translation>Not signed off yet.</translation>
        </message>
        <message>
            <source>Counted now: %1</source>
            <translation>Counted now: %1</translation>
        </message>
        <message>
            <source>balanced</source>
            <translation>balanced</translation>
        </message>
        <message>
            <source>shortfall</source>
            <translation>shortfall</translation>
        </message>
        <message>
            <source>surplus</source>
            <translation>surplus</translation>
        </message>
        <message>
            <source>Variance: %1 (%2)</source>
            <translation>Variance: %1 (%2)</translation>
        </message>
        <message>
            <source>Sign off %1's cash for %2?

Counted now: %3
Variance: %4

The sign-off is signed and cannot be changed; a variance is settled only by a further sign-off.</source>
            <translation>Sign off %1's cash for %2?

Counted now: %3
Variance: %4

The sign-off is signed and cannot be changed; a variance is settled only by a further sign-off.</translation>
        </message>
        <message>
            <source>Signed off: record %1, variance %2. Save the handover receipt for the agent.</source>
            <translation>Signed off: record %1, variance %2. Save the handover receipt for the agent.</translation>
        </message>
        <message>
            <source>Handover receipt saved: %1</source>
            <translation>Handover receipt saved: %1</translation>
        </message>
        <message>
            <source>The server refused: %1</source>
            <translation>The server refused: %1</translation>
        </message>
        <message>
            <source>The server cannot be reached. Nothing was recorded; try again when the network is back.</source>
            <translation>The server cannot be reached. Nothing was recorded; try again when the network is back.</translation>
        </message>
        <message>
            <source>The file could not be written: %1</source>
            <translation>The file could not be written: %1</translation>
        </message>
        <message>
            <source>Something went wrong: %1</source>
            <translation>Something went wrong: %1</translation>
        </message>
        <message>
            <source>Sign off</source>
            <translation>Sign off</translation>
        </message>
        <message>
            <source>Save the handover receipt</source>
            <translation>Save the handover receipt</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>Reconciliation</source>
            <translation>Reconciliation</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>← All agents</source>
            <translation>← All agents</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>Agent</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Expected</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>Counted</translation>
        </message>
        <message>
            <source>Variance</source>
            <translation>Variance</translation>
        </message>
        <message>
            <source>Signed off</source>
            <translation>Signed off</translation>
        </message>
        <message>
            <source>Cash counted now, by note and coin</source>
            <translation>Cash counted now, by note and coin</translation>
        </message>
        <message>
            <source>Note for the record (optional)</source>
            <translation>Note for the record (optional)</translation>
        </message>
    </context>
    <context>
        <name>RecoveryView</name>
        <message>
            <source>This recovery key file or its passphrase is not the right one. Check the file the municipality gave and type the passphrase again.</source>
            <translation>This recovery key file or its passphrase is not the right one. Check the file the municipality gave and type the passphrase again.</translation>
        </message>
        <message>
            <source>The file could not be read: %1</source>
            <translation>The file could not be read: %1</translation>
        </message>
        <message>
            <source>Something went wrong: %1. Nothing recorded on this device was lost; try again.</source>
            <translation>Something went wrong: %1. Nothing recorded on this device was lost; try again.</translation>
        </message>
        <message>
            <source>The municipality's recovery key file</source>
            <translation>The municipality's recovery key file</translation>
        </message>
        <message>
            <source>Recovery keys (*.pem *.key)</source>
            <translation>Recovery keys (*.pem *.key)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>All files (*)</translation>
        </message>
        <message>
            <source>Choose the recovery key file first.</source>
            <translation>Choose the recovery key file first.</translation>
        </message>
        <message>
            <source>Type the recovery key's passphrase.</source>
            <translation>Type the recovery key's passphrase.</translation>
        </message>
        <message>
            <source>The device is open and no longer locked. Now choose who uses it, and their new PIN.</source>
            <translation>The device is open and no longer locked. Now choose who uses it, and their new PIN.</translation>
        </message>
        <message>
            <source>Type the new PIN.</source>
            <translation>Type the new PIN.</translation>
        </message>
        <message>
            <source>The two PINs are not the same. Type the new PIN again.</source>
            <translation>The two PINs are not the same. Type the new PIN again.</translation>
        </message>
        <message>
            <source>Recovery</source>
            <translation>Recovery</translation>
        </message>
        <message>
            <source>Choose a new PIN</source>
            <translation>Choose a new PIN</translation>
        </message>
        <message>
            <source>A supervisor opens the device with the municipality's recovery key file and its passphrase.</source>
            <translation>A supervisor opens the device with the municipality's recovery key file and its passphrase.</translation>
        </message>
        <message>
            <source>Open the device</source>
            <translation>Open the device</translation>
        </message>
        <message>
            <source>Tap the agent's name, then type their new PIN twice.</source>
            <translation>Tap the agent's name, then type their new PIN twice.</translation>
        </message>
        <message>
            <source>Save the PIN and open</source>
            <translation>Save the PIN and open</translation>
        </message>
        <message>
            <source>Recovery key file</source>
            <translation>Recovery key file</translation>
        </message>
        <message>
            <source>Choose the file…</source>
            <translation>Choose the file…</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>New PIN</translation>
        </message>
        <message>
            <source>New PIN again</source>
            <translation>New PIN again</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
    </context>
    <context>
        <name>RegisteredBox</name>
        <message>
            <source>Taxpayer registered: %1</source>
            <translation>Taxpayer registered: %1</translation>
        </message>
        <message>
            <source>ID number: %1</source>
            <translation>ID number: %1</translation>
        </message>
        <message>
            <source>Reference: %1</source>
            <translation>Reference: %1</translation>
        </message>
        <message>
            <source>No ID number or object reference was given.</source>
            <translation>No ID number or object reference was given.</translation>
        </message>
        <message>
            <source>Take a payment</source>
            <translation>Take a payment</translation>
        </message>
        <message>
            <source>Register another</source>
            <translation>Register another</translation>
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
            <translation>Recorded: %1</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Add another: %1</source>
            <translation>Add another: %1</translation>
        </message>
        <message>
            <source>Add: %1</source>
            <translation>Add: %1</translation>
        </message>
        <message>
            <source>Tap Next when there are no more.</source>
            <translation>Tap Next when there are no more.</translation>
        </message>
    </context>
    <context>
        <name>SearchResultDelegate</name>
        <message>
            <source>(deactivated)</source>
            <translation>(deactivated)</translation>
        </message>
    </context>
    <context>
        <name>SearchView</name>
        <message>
            <source>Type a name, a phone number, an ID, a receipt number or a reference.</source>
            <translation>Type a name, a phone number, an ID, a receipt number or a reference.</translation>
        </message>
        <message>
            <source>No taxpayer found for “%1”.</source>
            <translation>No taxpayer found for “%1”.</translation>
        </message>
        <message>
            <source>First %2 results for “%1”: type more to narrow down.</source>
            <translation>First %2 results for “%1”: type more to narrow down.</translation>
        </message>
        <message>
            <source>Results for “%1”: %2</source>
            <translation>Results for “%1”: %2</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>Name, phone, ID, receipt no. or reference</source>
            <translation>Name, phone, ID, receipt no. or reference</translation>
        </message>
        <message>
            <source>Taxpayers found</source>
            <translation>Taxpayers found</translation>
        </message>
        <message>
            <source>New taxpayer</source>
            <translation>New taxpayer</translation>
        </message>
    </context>
    <context>
        <name>SessionView</name>
        <message>
            <source>Opening the session</source>
            <translation>Opening the session</translation>
        </message>
        <message>
            <source>Session opened. You can take payments.</source>
            <translation>Session opened. You can take payments.</translation>
        </message>
        <message>
            <source>Close the cash session</source>
            <translation>Close the cash session</translation>
        </message>
        <message>
            <source>After closing, no payment can be taken until a new session is opened. The Z-report will be shown and printed. Close now?</source>
            <translation>After closing, no payment can be taken until a new session is opened. The Z-report will be shown and printed. Close now?</translation>
        </message>
        <message>
            <source>Close the session</source>
            <translation>Close the session</translation>
        </message>
        <message>
            <source>Keep it open</source>
            <translation>Keep it open</translation>
        </message>
        <message>
            <source>Closing the session</source>
            <translation>Closing the session</translation>
        </message>
        <message>
            <source>Session closed. Hand in the cash with the Z-report.</source>
            <translation>Session closed. Hand in the cash with the Z-report.</translation>
        </message>
        <message>
            <source>the Z-report</source>
            <translation>the Z-report</translation>
        </message>
        <message>
            <source>The session is closed and its report is kept: print it again with Retry.</source>
            <translation>The session is closed and its report is kept: print it again with Retry.</translation>
        </message>
        <message>
            <source>Session open since %1</source>
            <translation>Session open since %1</translation>
        </message>
        <message>
            <source>No session open: payments are blocked until you open one.</source>
            <translation>No session open: payments are blocked until you open one.</translation>
        </message>
        <message>
            <source>See the Z-report of the session just closed</source>
            <translation>See the Z-report of the session just closed</translation>
        </message>
        <message>
            <source>Open a new session</source>
            <translation>Open a new session</translation>
        </message>
        <message>
            <source>Cash session</source>
            <translation>Cash session</translation>
        </message>
        <message>
            <source>Opening float: the cash in the till now (%1). Leave empty if none.</source>
            <translation>Opening float: the cash in the till now (%1). Leave empty if none.</translation>
        </message>
        <message>
            <source>Open the session</source>
            <translation>Open the session</translation>
        </message>
        <message>
            <source>Close the session…</source>
            <translation>Close the session…</translation>
        </message>
        <message>
            <source>Z-report of the session just closed</source>
            <translation>Z-report of the session just closed</translation>
        </message>
    </context>
    <context>
        <name>SettingsView</name>
        <message>
            <source>Choose an NMEA log</source>
            <translation>Choose an NMEA log</translation>
        </message>
        <message>
            <source>NMEA logs (*.nmea *.txt *.log);;All files (*)</source>
            <translation>NMEA logs (*.nmea *.txt *.log);;All files (*)</translation>
        </message>
        <message>
            <source>Saving the settings</source>
            <translation>Saving the settings</translation>
        </message>
        <message>
            <source>Settings saved.</source>
            <translation>Settings saved.</translation>
        </message>
        <message>
            <source>the test page</source>
            <translation>the test page</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Receipt printer</source>
            <translation>Receipt printer</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profile</translation>
        </message>
        <message>
            <source>bt://AA:BB:CC:DD:EE:FF for Bluetooth, serial:///dev/rfcomm0 or serial://COM5, tcp://192.168.1.50:9100, or file:///path for a file. A USB printer: serial:///dev/ttyUSB0, serial://COM3 or file:///dev/usb/lp0.</source>
            <translation>bt://AA:BB:CC:DD:EE:FF for Bluetooth, serial:///dev/rfcomm0 or serial://COM5, tcp://192.168.1.50:9100, or file:///path for a file. A USB printer: serial:///dev/ttyUSB0, serial://COM3 or file:///dev/usb/lp0.</translation>
        </message>
        <message>
            <source>Print a test page</source>
            <translation>Print a test page</translation>
        </message>
        <message>
            <source>Position (GPS)</source>
            <translation>Position (GPS)</translation>
        </message>
        <message>
            <source>System position service</source>
            <translation>System position service</translation>
        </message>
        <message>
            <source>External receiver (serial or Bluetooth port)</source>
            <translation>External receiver (serial or Bluetooth port)</translation>
        </message>
        <message>
            <source>NMEA log file (replay)</source>
            <translation>NMEA log file (replay)</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Port and speed</source>
            <translation>Port and speed</translation>
        </message>
        <message>
            <source>Log file</source>
            <translation>Log file</translation>
        </message>
        <message>
            <source>Range error (UERE)</source>
            <translation>Range error (UERE)</translation>
        </message>
        <message>
            <source>Accuracy needed</source>
            <translation>Accuracy needed</translation>
        </message>
        <message>
            <source>Fixes averaged</source>
            <translation>Fixes averaged</translation>
        </message>
        <message>
            <source>Good up to</source>
            <translation>Good up to</translation>
        </message>
        <message>
            <source>Fair up to</source>
            <translation>Fair up to</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <source>e.g. /dev/rfcomm0 or COM5</source>
            <translation>e.g. /dev/rfcomm0 or COM5</translation>
        </message>
        <message>
            <source>Capture waits until the accuracy is this good or better, unless you accept a worse fix. Without a GST error estimate from the receiver, accuracy is 2 × HDOP × the range error. Once it is, that many fixes are averaged into the position kept (1: no averaging).</source>
            <translation>Capture waits until the accuracy is this good or better, unless you accept a worse fix. Without a GST error estimate from the receiver, accuracy is 2 × HDOP × the range error. Once it is, that many fixes are averaged into the position kept (1: no averaging).</translation>
        </message>
        <message>
            <source>Synchronisation server</source>
            <translation>Synchronisation server</translation>
        </message>
        <message>
            <source>https://revenue.city.example</source>
            <translation>https://revenue.city.example</translation>
        </message>
        <message>
            <source>Save the settings</source>
            <translation>Save the settings</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>Home, Search, New taxpayer, Cash session, Synchronise, Settings</source>
            <translation>Home, Search, New taxpayer, Cash session, Synchronise, Settings</translation>
        </message>
        <message>
            <source>Receipts waiting for a printer (print queue)</source>
            <translation>Receipts waiting for a printer (print queue)</translation>
        </message>
        <message>
            <source>Census</source>
            <translation>Census</translation>
        </message>
        <message>
            <source>Census form: next / previous page</source>
            <translation>Census form: next / previous page</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>Map</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>New taxpayer</source>
            <translation>New taxpayer</translation>
        </message>
        <message>
            <source>Log out</source>
            <translation>Log out</translation>
        </message>
        <message>
            <source>Search: go to the results / open the taxpayer</source>
            <translation>Search: go to the results / open the taxpayer</translation>
        </message>
        <message>
            <source>Taxpayer card: take a payment</source>
            <translation>Taxpayer card: take a payment</translation>
        </message>
        <message>
            <source>Taxpayer card: edit</source>
            <translation>Taxpayer card: edit</translation>
        </message>
        <message>
            <source>Taxpayer card: reprint the selected receipt (duplicate)</source>
            <translation>Taxpayer card: reprint the selected receipt (duplicate)</translation>
        </message>
        <message>
            <source>Taxpayer card: void the selected receipt</source>
            <translation>Taxpayer card: void the selected receipt</translation>
        </message>
        <message>
            <source>Payment: continue to the confirmation</source>
            <translation>Payment: continue to the confirmation</translation>
        </message>
        <message>
            <source>Retry a failed print</source>
            <translation>Retry a failed print</translation>
        </message>
        <message>
            <source>Save (taxpayer, settings)</source>
            <translation>Save (taxpayer, settings)</translation>
        </message>
        <message>
            <source>Registration: capture the position</source>
            <translation>Registration: capture the position</translation>
        </message>
        <message>
            <source>Cash session: open</source>
            <translation>Cash session: open</translation>
        </message>
        <message>
            <source>Cash session: close</source>
            <translation>Cash session: close</translation>
        </message>
        <message>
            <source>Settings: print a test page</source>
            <translation>Settings: print a test page</translation>
        </message>
        <message>
            <source>Back / cancel</source>
            <translation>Back / cancel</translation>
        </message>
        <message>
            <source>This list</source>
            <translation>This list</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>Statements</name>
        <message>
            <source>Operator's statement</source>
            <translation>Operator's statement</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>CSV files (*.csv *.txt);;All files (*)</translation>
        </message>
        <message>
            <source>Mobile-money statements</source>
            <translation>Mobile-money statements</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Show</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Operator</translation>
        </message>
        <message>
            <source>e.g. Orange Money</source>
            <translation>e.g. Orange Money</translation>
        </message>
        <message>
            <source>Choose a file…</source>
            <translation>Choose a file…</translation>
        </message>
        <message>
            <source>No file chosen</source>
            <translation>No file chosen</translation>
        </message>
        <message>
            <source>Reference column</source>
            <translation>Reference column</translation>
        </message>
        <message>
            <source>Amount column</source>
            <translation>Amount column</translation>
        </message>
        <message>
            <source>Date and time column</source>
            <translation>Date and time column</translation>
        </message>
        <message>
            <source>In/out column</source>
            <translation>In/out column</translation>
        </message>
        <message>
            <source>Status column</source>
            <translation>Status column</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>Date format</source>
            <translation>Date format</translation>
        </message>
        <message>
            <source>e.g. %d/%m/%Y %H:%M (empty: 2026-11-24 15:30)</source>
            <translation>e.g. %d/%m/%Y %H:%M (empty: 2026-11-24 15:30)</translation>
        </message>
        <message>
            <source>Decimal separator</source>
            <translation>Decimal separator</translation>
        </message>
        <message>
            <source>comma (1 500,00)</source>
            <translation>comma (1 500,00)</translation>
        </message>
        <message>
            <source>point (1,500.00)</source>
            <translation>point (1,500.00)</translation>
        </message>
        <message>
            <source>Import and match</source>
            <translation>Import and match</translation>
        </message>
        <message>
            <source>Why this flag is cleared (required)</source>
            <translation>Why this flag is cleared (required)</translation>
        </message>
        <message>
            <source>Clear the flag</source>
            <translation>Clear the flag</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Flags (%1 open)</source>
            <translation>Flags (%1 open)</translation>
        </message>
        <message>
            <source>Matched (%1)</source>
            <translation>Matched (%1)</translation>
        </message>
        <message>
            <source>The server cannot be reached. Nothing was changed; try again when the network is back.</source>
            <translation>The server cannot be reached. Nothing was changed; try again when the network is back.</translation>
        </message>
        <message>
            <source>This file is larger than 3 MB: ask the operator for one statement per week or day.</source>
            <translation>This file is larger than 3 MB: ask the operator for one statement per week or day.</translation>
        </message>
        <message>
            <source>The file cannot be read: %1</source>
            <translation>The file cannot be read: %1</translation>
        </message>
        <message>
            <source>%1: %2 line(s), header on line %3</source>
            <translation>%1: %2 line(s), header on line %3</translation>
        </message>
        <message>
            <source>Type the operator's name first.</source>
            <translation>Type the operator's name first.</translation>
        </message>
        <message>
            <source>%1 line(s) read: %2 new, %3 already imported, %4 unreadable, %5 skipped.</source>
            <translation>%1 line(s) read: %2 new, %3 already imported, %4 unreadable, %5 skipped.</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation>Line %1: %2</translation>
        </message>
        <message>
            <source>… and %1 more.</source>
            <translation>… and %1 more.</translation>
        </message>
        <message>
            <source>The server cannot be reached: shown as it was at %1.</source>
            <translation>The server cannot be reached: shown as it was at %1.</translation>
        </message>
        <message>
            <source>Flag %1 cleared.</source>
            <translation>Flag %1 cleared.</translation>
        </message>
        <message>
            <source>Different amount</source>
            <translation>Different amount</translation>
        </message>
        <message>
            <source>Outside the time window</source>
            <translation>Outside the time window</translation>
        </message>
        <message>
            <source>No receipt</source>
            <translation>No receipt</translation>
        </message>
        <message>
            <source>Not on the statement</source>
            <translation>Not on the statement</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Reference</translation>
        </message>
        <message>
            <source>Statement</source>
            <translation>Statement</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>Receipt</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Statement time</source>
            <translation>Statement time</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>Agent</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Cleared by %1 (%2): %3</source>
            <translation>Cleared by %1 (%2): %3</translation>
        </message>
        <message>
            <source>%1, line %2</source>
            <translation>%1, line %2</translation>
        </message>
    </context>
    <context>
        <name>Stepper</name>
        <message>
            <source>Less</source>
            <translation>Less</translation>
        </message>
        <message>
            <source>More</source>
            <translation>More</translation>
        </message>
    </context>
    <context>
        <name>StorageBanner</name>
        <message>
            <source>Storage problem: payments are stopped until it is fixed</source>
            <translation>Storage problem: payments are stopped until it is fixed</translation>
        </message>
        <message>
            <source>Check again</source>
            <translation>Check again</translation>
        </message>
    </context>
    <context>
        <name>StubCard</name>
        <message>
            <source>Write on the citizen's stub:</source>
            <translation>Write on the citizen's stub:</translation>
        </message>
        <message>
            <source>Receipt N°</source>
            <translation>Receipt N°</translation>
        </message>
        <message>
            <source>Verification code</source>
            <translation>Verification code</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>%1 (paper: %2)</source>
            <translation>%1 (paper: %2)</translation>
        </message>
        <message>
            <source>None yet: choose it later in Settings</source>
            <translation>None yet: choose it later in Settings</translation>
        </message>
        <message>
            <source>External receiver on %1</source>
            <translation>External receiver on %1</translation>
        </message>
        <message>
            <source>NMEA log %1</source>
            <translation>NMEA log %1</translation>
        </message>
        <message>
            <source>The device's own position service</source>
            <translation>The device's own position service</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Ready</translation>
        </message>
        <message>
            <source>This is how the device is set up. Finish, then log in with your name and PIN. Everything here can be changed later in Settings.</source>
            <translation>This is how the device is set up. Finish, then log in with your name and PIN. Everything here can be changed later in Settings.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>Device</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>Server</translation>
        </message>
        <message>
            <source>Agents</source>
            <translation>Agents</translation>
        </message>
        <message>
            <source>Printer</source>
            <translation>Printer</translation>
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
            <translation>Summary</translation>
        </message>
        <message>
            <source>%1 of %2 questions answered.</source>
            <translation>%1 of %2 questions answered.</translation>
        </message>
        <message>
            <source>No answer is missing or wrong. Submitting records the form on this device; it is sent with the next synchronisation.</source>
            <translation>No answer is missing or wrong. Submitting records the form on this device; it is sent with the next synchronisation.</translation>
        </message>
        <message>
            <source>Correct these answers before submitting.</source>
            <translation>Correct these answers before submitting.</translation>
        </message>
        <message>
            <source>Submit</source>
            <translation>Submit</translation>
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
            <translation>Devices</translation>
        </message>
        <message>
            <source>Tax schedule</source>
            <translation>Tax schedule</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Administration</source>
            <translation>Administration</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>Reading</translation>
        </message>
        <message>
            <source>Server unreachable: shown as read at %1.</source>
            <translation>Server unreachable: shown as read at %1.</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>Sending</translation>
        </message>
        <message>
            <source>The server refused: %1</source>
            <translation>The server refused: %1</translation>
        </message>
        <message>
            <source>The server cannot be reached. Nothing was changed; try again when the network is back.</source>
            <translation>The server cannot be reached. Nothing was changed; try again when the network is back.</translation>
        </message>
        <message>
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <source>Device code, e.g. T09</source>
            <translation>Device code, e.g. T09</translation>
        </message>
        <message>
            <source>Its agents, comma-separated</source>
            <translation>Its agents, comma-separated</translation>
        </message>
        <message>
            <source>Make enrollment code</source>
            <translation>Make enrollment code</translation>
        </message>
        <message>
            <source>Revoke</source>
            <translation>Revoke</translation>
        </message>
        <message>
            <source>Scan on the device</source>
            <translation>Scan on the device</translation>
        </message>
        <message>
            <source>Valid once, until %1.</source>
            <translation>Valid once, until %1.</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>Device</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Last sync</source>
            <translation>Last sync</translation>
        </message>
        <message>
            <source>App</source>
            <translation>App</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Revoked</source>
            <translation>Revoked</translation>
        </message>
        <message>
            <source>Stopped (alert)</source>
            <translation>Stopped (alert)</translation>
        </message>
        <message>
            <source>Waiting to enroll</source>
            <translation>Waiting to enroll</translation>
        </message>
        <message>
            <source>Type the device's code and the name of at least one of its agents.</source>
            <translation>Type the device's code and the name of at least one of its agents.</translation>
        </message>
        <message>
            <source>Enrollment code for %1: %2</source>
            <translation>Enrollment code for %1: %2</translation>
        </message>
        <message>
            <source>Press again to revoke %1</source>
            <translation>Press again to revoke %1</translation>
        </message>
        <message>
            <source>Device %1 revoked: its token is refused from now on.</source>
            <translation>Device %1 revoked: its token is refused from now on.</translation>
        </message>
        <message>
            <source>The enrollment code of %1 no longer works.</source>
            <translation>The enrollment code of %1 no longer works.</translation>
        </message>
        <message>
            <source>Agent's name</source>
            <translation>Agent's name</translation>
        </message>
        <message>
            <source>PIN (4 to 12 digits)</source>
            <translation>PIN (4 to 12 digits)</translation>
        </message>
        <message>
            <source>Zones, e.g. KAT, NDE</source>
            <translation>Zones, e.g. KAT, NDE</translation>
        </message>
        <message>
            <source>Add agent</source>
            <translation>Add agent</translation>
        </message>
        <message>
            <source>Give these zones</source>
            <translation>Give these zones</translation>
        </message>
        <message>
            <source>Set this PIN</source>
            <translation>Set this PIN</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Supervisor</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>Agent</translation>
        </message>
        <message>
            <source>Deactivated</source>
            <translation>Deactivated</translation>
        </message>
        <message>
            <source>Reactivate</source>
            <translation>Reactivate</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>Deactivate</translation>
        </message>
        <message>
            <source>Type the agent's name and a PIN of 4 to 12 digits.</source>
            <translation>Type the agent's name and a PIN of 4 to 12 digits.</translation>
        </message>
        <message>
            <source>Agent %1 added.</source>
            <translation>Agent %1 added.</translation>
        </message>
        <message>
            <source>Zones of %1: %2.</source>
            <translation>Zones of %1: %2.</translation>
        </message>
        <message>
            <source>Type the new PIN (4 to 12 digits) in the PIN field.</source>
            <translation>Type the new PIN (4 to 12 digits) in the PIN field.</translation>
        </message>
        <message>
            <source>New PIN for %1; their devices take it at their next sync.</source>
            <translation>New PIN for %1; their devices take it at their next sync.</translation>
        </message>
        <message>
            <source>%1 is active again.</source>
            <translation>%1 is active again.</translation>
        </message>
        <message>
            <source>%1 is deactivated; what they recorded stays as it is.</source>
            <translation>%1 is deactivated; what they recorded stays as it is.</translation>
        </message>
        <message>
            <source>Code, e.g. KAT</source>
            <translation>Code, e.g. KAT</translation>
        </message>
        <message>
            <source>Zone's name</source>
            <translation>Zone's name</translation>
        </message>
        <message>
            <source>Add zone</source>
            <translation>Add zone</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Rename</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Taxpayers</source>
            <translation>Taxpayers</translation>
        </message>
        <message>
            <source>Type the new zone's code and name.</source>
            <translation>Type the new zone's code and name.</translation>
        </message>
        <message>
            <source>Zone %1 added.</source>
            <translation>Zone %1 added.</translation>
        </message>
        <message>
            <source>Zone %1 is now called %2.</source>
            <translation>Zone %1 is now called %2.</translation>
        </message>
        <message>
            <source>New amount (or rate)</source>
            <translation>New amount (or rate)</translation>
        </message>
        <message>
            <source>Why (e.g. budget voted on 12 December)</source>
            <translation>Why (e.g. budget voted on 12 December)</translation>
        </message>
        <message>
            <source>Apply from this date</source>
            <translation>Apply from this date</translation>
        </message>
        <message>
            <source>Tax</source>
            <translation>Tax</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>per unit</source>
            <translation>per unit</translation>
        </message>
        <message>
            <source>from the start</source>
            <translation>from the start</translation>
        </message>
        <message>
            <source>in force</source>
            <translation>in force</translation>
        </message>
        <message>
            <source>%1: %2 from %3. What was assessed before keeps its amount.</source>
            <translation>%1: %2 from %3. What was assessed before keeps its amount.</translation>
        </message>
        <message>
            <source>New value of the chosen setting</source>
            <translation>New value of the chosen setting</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>What is past its retention period?</source>
            <translation>What is past its retention period?</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Setting</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Default</source>
            <translation>Default</translation>
        </message>
        <message>
            <source>Changed by</source>
            <translation>Changed by</translation>
        </message>
        <message>
            <source>Years fiscal records (events, receipts, sign-offs) are kept. They are never deleted early.</source>
            <translation>Years fiscal records (events, receipts, sign-offs) are kept. They are never deleted early.</translation>
        </message>
        <message>
            <source>Years a closed taxpayer's personal data is kept after they are closed.</source>
            <translation>Years a closed taxpayer's personal data is kept after they are closed.</translation>
        </message>
        <message>
            <source>Days ended supervisor sessions and rate-limit counters are kept.</source>
            <translation>Days ended supervisor sessions and rate-limit counters are kept.</translation>
        </message>
        <message>
            <source>Choose a setting in the list to change it.</source>
            <translation>Choose a setting in the list to change it.</translation>
        </message>
        <message>
            <source>%1 is now %2.</source>
            <translation>%1 is now %2.</translation>
        </message>
        <message>
            <source>Fiscal records older than %1 years: %2 events, %3 receipts (kept, never deleted). Taxpayers closed more than %4 years ago: %5 (a supervisor decides). Sessions older than %6 days: %7 (deleted by the server's retention purge).</source>
            <translation>Fiscal records older than %1 years: %2 events, %3 receipts (kept, never deleted). Taxpayers closed more than %4 years ago: %5 (a supervisor decides). Sessions older than %6 days: %7 (deleted by the server's retention purge).</translation>
        </message>
    </context>
    <context>
        <name>SupervisorAlerts</name>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Why: what you checked or found</source>
            <translation>Why: what you checked or found</translation>
        </message>
        <message>
            <source>Write the reason for your decision.</source>
            <translation>Write the reason for your decision.</translation>
        </message>
        <message>
            <source>Reading the queue from the server…</source>
            <translation>Reading the queue from the server…</translation>
        </message>
        <message>
            <source>No open alert.</source>
            <translation>No open alert.</translation>
        </message>
        <message>
            <source>No void waits for approval.</source>
            <translation>No void waits for approval.</translation>
        </message>
        <message>
            <source>Recorded: %1, by %2.</source>
            <translation>Recorded: %1, by %2.</translation>
        </message>
        <message>
            <source>The server cannot be reached: nothing was decided. Try again when the network is back.</source>
            <translation>The server cannot be reached: nothing was decided. Try again when the network is back.</translation>
        </message>
        <message>
            <source>Someone else decided this a moment ago: the list is read again.</source>
            <translation>Someone else decided this a moment ago: the list is read again.</translation>
        </message>
        <message>
            <source>This is no longer open (its cause ended, or it was decided): the list is read again.</source>
            <translation>This is no longer open (its cause ended, or it was decided): the list is read again.</translation>
        </message>
        <message>
            <source>The server refused: %1</source>
            <translation>The server refused: %1</translation>
        </message>
        <message>
            <source>Something went wrong: %1</source>
            <translation>Something went wrong: %1</translation>
        </message>
        <message>
            <source>Alerts and voids</source>
            <translation>Alerts and voids</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Alerts (%1)</source>
            <translation>Alerts (%1)</translation>
        </message>
        <message>
            <source>Voids to approve (%1)</source>
            <translation>Voids to approve (%1)</translation>
        </message>
        <message>
            <source>Technical journal</source>
            <translation>Technical journal</translation>
        </message>
        <message>
            <source>Not live: the server cannot be reached. As it was at %1; decisions wait for the network.</source>
            <translation>Not live: the server cannot be reached. As it was at %1; decisions wait for the network.</translation>
        </message>
        <message>
            <source>As the server gave it at %1.</source>
            <translation>As the server gave it at %1.</translation>
        </message>
        <message>
            <source>Broken chain: an event was changed or removed</source>
            <translation>Broken chain: an event was changed or removed</translation>
        </message>
        <message>
            <source>Fork: another event under a number already received</source>
            <translation>Fork: another event under a number already received</translation>
        </message>
        <message>
            <source>Bad signature: not signed with this device's key</source>
            <translation>Bad signature: not signed with this device's key</translation>
        </message>
        <message>
            <source>Events missing from what the device sent</source>
            <translation>Events missing from what the device sent</translation>
        </message>
        <message>
            <source>An event the server cannot read</source>
            <translation>An event the server cannot read</translation>
        </message>
        <message>
            <source>Events of another device sent with this one's token</source>
            <translation>Events of another device sent with this one's token</translation>
        </message>
        <message>
            <source>No sync for %1 days</source>
            <translation>No sync for %1 days</translation>
        </message>
        <message>
            <source>Clock ahead by at least %1 min</source>
            <translation>Clock ahead by at least %1 min</translation>
        </message>
        <message>
            <source>Clock possibly behind by up to %1 min</source>
            <translation>Clock possibly behind by up to %1 min</translation>
        </message>
        <message>
            <source>Last sync: %1.</source>
            <translation>Last sync: %1.</translation>
        </message>
        <message>
            <source>Never synced since its enrollment (%1).</source>
            <translation>Never synced since its enrollment (%1).</translation>
        </message>
        <message>
            <source>Its events are dated after they reached the server. Since %1.</source>
            <translation>Its events are dated after they reached the server. Since %1.</translation>
        </message>
        <message>
            <source>No event reached the server sooner after it was recorded; or the device syncs long after recording. Since %1.</source>
            <translation>No event reached the server sooner after it was recorded; or the device syncs long after recording. Since %1.</translation>
        </message>
        <message>
            <source>Refused at event %1, %2.</source>
            <translation>Refused at event %1, %2.</translation>
        </message>
        <message>
            <source>Its syncs are stopped until you decide.</source>
            <translation>Its syncs are stopped until you decide.</translation>
        </message>
        <message>
            <source>Device %1 · %2</source>
            <translation>Device %1 · %2</translation>
        </message>
        <message>
            <source>Device %1</source>
            <translation>Device %1</translation>
        </message>
        <message>
            <source>Acknowledge</source>
            <translation>Acknowledge</translation>
        </message>
        <message>
            <source>Revoke the device</source>
            <translation>Revoke the device</translation>
        </message>
        <message>
            <source>Let it sync again</source>
            <translation>Let it sync again</translation>
        </message>
        <message>
            <source>Approve the void</source>
            <translation>Approve the void</translation>
        </message>
        <message>
            <source>Reject the void</source>
            <translation>Reject the void</translation>
        </message>
        <message>
            <source>The alert leaves the queue; nothing else changes.</source>
            <translation>The alert leaves the queue; nothing else changes.</translation>
        </message>
        <message>
            <source>The device's token is refused from now on: it can no longer sync. What it holds stays on it.</source>
            <translation>The device's token is refused from now on: it can no longer sync. What it holds stays on it.</translation>
        </message>
        <message>
            <source>The device may send again. If the fault is still there, it is refused and raises a new alert.</source>
            <translation>The device may send again. If the fault is still there, it is refused and raises a new alert.</translation>
        </message>
        <message>
            <source>The receipt counts as voided from now on: it is no longer proof of payment and its cash is no longer expected.</source>
            <translation>The receipt counts as voided from now on: it is no longer proof of payment and its cash is no longer expected.</translation>
        </message>
        <message>
            <source>The receipt stands: it still proves the payment and its cash is expected from the agent.</source>
            <translation>The receipt stands: it still proves the payment and its cash is expected from the agent.</translation>
        </message>
        <message>
            <source>Receipt %1 · %2</source>
            <translation>Receipt %1 · %2</translation>
        </message>
        <message>
            <source>its cash session was closed before the void</source>
            <translation>its cash session was closed before the void</translation>
        </message>
        <message>
            <source>voided more than a day after the payment</source>
            <translation>voided more than a day after the payment</translation>
        </message>
        <message>
            <source>Reason given: %1</source>
            <translation>Reason given: %1</translation>
        </message>
        <message>
            <source>Voided %1; waits because %2.</source>
            <translation>Voided %1; waits because %2.</translation>
        </message>
    </context>
    <context>
        <name>SupervisorDashboard</name>
        <message>
            <source>The first day is after the last one.</source>
            <translation>The first day is after the last one.</translation>
        </message>
        <message>
            <source>Reading the dashboard</source>
            <translation>Reading the dashboard</translation>
        </message>
        <message>
            <source>The server cannot be reached, and no figures for these days are kept on this device.</source>
            <translation>The server cannot be reached, and no figures for these days are kept on this device.</translation>
        </message>
        <message>
            <source>Log in again to read the figures.</source>
            <translation>Log in again to read the figures.</translation>
        </message>
        <message>
            <source>The server refused: %1</source>
            <translation>The server refused: %1</translation>
        </message>
        <message>
            <source>The figures could not be read: %1</source>
            <translation>The figures could not be read: %1</translation>
        </message>
        <message>
            <source>%1 to %2: %3 collected against %4 assessed (%5); %6 of it in these days.</source>
            <translation>%1 to %2: %3 collected against %4 assessed (%5); %6 of it in these days.</translation>
        </message>
        <message>
            <source>Export as CSV</source>
            <translation>Export as CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>%1 rows saved in %2.</source>
            <translation>%1 rows saved in %2.</translation>
        </message>
        <message>
            <source>The file could not be written: %1</source>
            <translation>The file could not be written: %1</translation>
        </message>
        <message>
            <source>Writing the CSV</source>
            <translation>Writing the CSV</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Collection rate</source>
            <translation>Collection rate</translation>
        </message>
        <message>
            <source>Receipts and voids</source>
            <translation>Receipts and voids</translation>
        </message>
        <message>
            <source>Last sync of devices</source>
            <translation>Last sync of devices</translation>
        </message>
        <message>
            <source>By zone</source>
            <translation>By zone</translation>
        </message>
        <message>
            <source>By agent</source>
            <translation>By agent</translation>
        </message>
        <message>
            <source>By tax</source>
            <translation>By tax</translation>
        </message>
        <message>
            <source>By day</source>
            <translation>By day</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Table</translation>
        </message>
        <message>
            <source>Show the figures as a table, or as a chart</source>
            <translation>Show the figures as a table, or as a chart</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Export CSV…</translation>
        </message>
        <message>
            <source>Collected against assessed</source>
            <translation>Collected against assessed</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Rate</translation>
        </message>
        <message>
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <source>%1 min ago</source>
            <translation>%1 min ago</translation>
        </message>
        <message>
            <source>%1 h ago</source>
            <translation>%1 h ago</translation>
        </message>
        <message>
            <source>%1 days ago</source>
            <translation>%1 days ago</translation>
        </message>
        <message>
            <source>Assessed</source>
            <translation>Assessed</translation>
        </message>
        <message>
            <source>Collected</source>
            <translation>Collected</translation>
        </message>
        <message>
            <source>Of which in these days</source>
            <translation>Of which in these days</translation>
        </message>
        <message>
            <source>(not known to the server)</source>
            <translation>(not known to the server)</translation>
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
            <translation>Tax</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Collected that day</source>
            <translation>Collected that day</translation>
        </message>
        <message>
            <source>Collected to date</source>
            <translation>Collected to date</translation>
        </message>
        <message>
            <source>Rate, %1</source>
            <translation>Rate, %1</translation>
        </message>
        <message>
            <source>All zones</source>
            <translation>All zones</translation>
        </message>
        <message>
            <source>Receipts</source>
            <translation>Receipts</translation>
        </message>
        <message>
            <source>Voids</source>
            <translation>Voids</translation>
        </message>
        <message>
            <source>Amount not voided</source>
            <translation>Amount not voided</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>Device</translation>
        </message>
        <message>
            <source>Agents</source>
            <translation>Agents</translation>
        </message>
        <message>
            <source>Last sync</source>
            <translation>Last sync</translation>
        </message>
        <message>
            <source>How long ago</source>
            <translation>How long ago</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>revoked</source>
            <translation>revoked</translation>
        </message>
        <message>
            <source>active</source>
            <translation>active</translation>
        </message>
    </context>
    <context>
        <name>SupervisorJournal</name>
        <message>
            <source>Login</source>
            <translation>Login</translation>
        </message>
        <message>
            <source>Logout</source>
            <translation>Logout</translation>
        </message>
        <message>
            <source>Wrong PIN</source>
            <translation>Wrong PIN</translation>
        </message>
        <message>
            <source>Lockout</source>
            <translation>Lockout</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <source>Setting changed</source>
            <translation>Setting changed</translation>
        </message>
        <message>
            <source>Clock changed</source>
            <translation>Clock changed</translation>
        </message>
        <message>
            <source>Clock jump</source>
            <translation>Clock jump</translation>
        </message>
        <message>
            <source>Printer failure</source>
            <translation>Printer failure</translation>
        </message>
        <message>
            <source>Reprint</source>
            <translation>Reprint</translation>
        </message>
        <message>
            <source>App started</source>
            <translation>App started</translation>
        </message>
        <message>
            <source>App stopped</source>
            <translation>App stopped</translation>
        </message>
        <message>
            <source>Database migration</source>
            <translation>Database migration</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>Backup</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restore</translation>
        </message>
        <message>
            <source>Reading the journals from the server…</source>
            <translation>Reading the journals from the server…</translation>
        </message>
        <message>
            <source>The server cannot be reached and no journal was read before. Try again when the network is back.</source>
            <translation>The server cannot be reached and no journal was read before. Try again when the network is back.</translation>
        </message>
        <message>
            <source>Something went wrong: %1</source>
            <translation>Something went wrong: %1</translation>
        </message>
        <message>
            <source>Device %1</source>
            <translation>Device %1</translation>
        </message>
        <message>
            <source>waited for the unlock</source>
            <translation>waited for the unlock</translation>
        </message>
        <message>
            <source>Technical journal</source>
            <translation>Technical journal</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>What happened</translation>
        </message>
        <message>
            <source>%1 entries, newest first.</source>
            <translation>%1 entries, newest first.</translation>
        </message>
        <message>
            <source>No entry for this choice.</source>
            <translation>No entry for this choice.</translation>
        </message>
        <message>
            <source>Not live: the server cannot be reached. As it was at %1.</source>
            <translation>Not live: the server cannot be reached. As it was at %1.</translation>
        </message>
        <message>
            <source>As the server gave it at %1.</source>
            <translation>As the server gave it at %1.</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Older</source>
            <translation>Older</translation>
        </message>
        <message>
            <source>All devices</source>
            <translation>All devices</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>All kinds</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>Device</translation>
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
            <translation>The server refused this name and password (or this code). Check them and try again.</translation>
        </message>
        <message>
            <source>This account asks for the 6-digit code of its authenticator app.</source>
            <translation>This account asks for the 6-digit code of its authenticator app.</translation>
        </message>
        <message>
            <source>Too many tries from this device: wait a few minutes, then try again.</source>
            <translation>Too many tries from this device: wait a few minutes, then try again.</translation>
        </message>
        <message>
            <source>The server refused the login: %1</source>
            <translation>The server refused the login: %1</translation>
        </message>
        <message>
            <source>The server cannot be reached. Check its address and the network, then try again.</source>
            <translation>The server cannot be reached. Check its address and the network, then try again.</translation>
        </message>
        <message>
            <source>The login failed: %1</source>
            <translation>The login failed: %1</translation>
        </message>
        <message>
            <source>Type the server's address, starting with https:// (or http://).</source>
            <translation>Type the server's address, starting with https:// (or http://).</translation>
        </message>
        <message>
            <source>Type your name as your account has it on the server.</source>
            <translation>Type your name as your account has it on the server.</translation>
        </message>
        <message>
            <source>Type your password.</source>
            <translation>Type your password.</translation>
        </message>
        <message>
            <source>Type the 6-digit code your authenticator app shows now.</source>
            <translation>Type the 6-digit code your authenticator app shows now.</translation>
        </message>
        <message>
            <source>Logging in</source>
            <translation>Logging in</translation>
        </message>
        <message>
            <source>This account is not a supervisor's.</source>
            <translation>This account is not a supervisor's.</translation>
        </message>
        <message>
            <source>Opening the last figures</source>
            <translation>Opening the last figures</translation>
        </message>
        <message>
            <source>No figures are kept on this device for this name and password: they are kept once you have logged in with the server reachable.</source>
            <translation>No figures are kept on this device for this name and password: they are kept once you have logged in with the server reachable.</translation>
        </message>
        <message>
            <source>← Agents' login</source>
            <translation>← Agents' login</translation>
        </message>
        <message>
            <source>Supervisor login</source>
            <translation>Supervisor login</translation>
        </message>
        <message>
            <source>Supervisors work against the municipality's server with their own account.</source>
            <translation>Supervisors work against the municipality's server with their own account.</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>Server</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>6-digit code</source>
            <translation>6-digit code</translation>
        </message>
        <message>
            <source>Log in</source>
            <translation>Log in</translation>
        </message>
        <message>
            <source>View the last figures offline</source>
            <translation>View the last figures offline</translation>
        </message>
    </context>
    <context>
        <name>SupervisorRegistry</name>
        <message>
            <source>Why this choice (kept with the decision)</source>
            <translation>Why this choice (kept with the decision)</translation>
        </message>
        <message>
            <source>For example: phoned the taxpayer</source>
            <translation>For example: phoned the taxpayer</translation>
        </message>
        <message>
            <source>Resolve with these values</source>
            <translation>Resolve with these values</translation>
        </message>
        <message>
            <source>No conflict to resolve: devices agree on every taxpayer.</source>
            <translation>No conflict to resolve: devices agree on every taxpayer.</translation>
        </message>
        <message>
            <source>%1 (zone %2): choose the value of each field</source>
            <translation>%1 (zone %2): choose the value of each field</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Before</translation>
        </message>
        <message>
            <source>Values sent by the devices</source>
            <translation>Values sent by the devices</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>not known</translation>
        </message>
        <message>
            <source>server</source>
            <translation>server</translation>
        </message>
        <message>
            <source>Choose a value for: %1</source>
            <translation>Choose a value for: %1</translation>
        </message>
        <message>
            <source>Say why: a decision needs a reason.</source>
            <translation>Say why: a decision needs a reason.</translation>
        </message>
        <message>
            <source>Resolved: devices receive the chosen values at their next sync.</source>
            <translation>Resolved: devices receive the chosen values at their next sync.</translation>
        </message>
        <message>
            <source>Why (kept with the decision)</source>
            <translation>Why (kept with the decision)</translation>
        </message>
        <message>
            <source>For example: same shop, registered twice</source>
            <translation>For example: same shop, registered twice</translation>
        </message>
        <message>
            <source>Merge into the one kept</source>
            <translation>Merge into the one kept</translation>
        </message>
        <message>
            <source>Not a duplicate</source>
            <translation>Not a duplicate</translation>
        </message>
        <message>
            <source>No probable duplicate.</source>
            <translation>No probable duplicate.</translation>
        </message>
        <message>
            <source>Probable duplicate: %1</source>
            <translation>Probable duplicate: %1</translation>
        </message>
        <message>
            <source>Keep this one</source>
            <translation>Keep this one</translation>
        </message>
        <message>
            <source>Merged: the payments of both are listed under the one kept.</source>
            <translation>Merged: the payments of both are listed under the one kept.</translation>
        </message>
        <message>
            <source>Noted: this pair is no longer proposed.</source>
            <translation>Noted: this pair is no longer proposed.</translation>
        </message>
        <message>
            <source>Registry: conflicts and duplicates</source>
            <translation>Registry: conflicts and duplicates</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Conflicts (%1)</source>
            <translation>Conflicts (%1)</translation>
        </message>
        <message>
            <source>Duplicates (%1)</source>
            <translation>Duplicates (%1)</translation>
        </message>
        <message>
            <source>Offline: as fetched at %1</source>
            <translation>Offline: as fetched at %1</translation>
        </message>
        <message>
            <source>Registry</source>
            <translation>Registry</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Business name</source>
            <translation>Business name</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>ID number</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Zone</source>
            <translation>Zone</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
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
            <translation>Accuracy (m)</translation>
        </message>
        <message>
            <source>Position source</source>
            <translation>Position source</translation>
        </message>
        <message>
            <source>Fix time</source>
            <translation>Fix time</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <source>same phone</source>
            <translation>same phone</translation>
        </message>
        <message>
            <source>same ID number</source>
            <translation>same ID number</translation>
        </message>
        <message>
            <source>similar name nearby</source>
            <translation>similar name nearby</translation>
        </message>
        <message>
            <source>Someone decided this meanwhile. The lists were read again: look before deciding.</source>
            <translation>Someone decided this meanwhile. The lists were read again: look before deciding.</translation>
        </message>
        <message>
            <source>The server refused: %1</source>
            <translation>The server refused: %1</translation>
        </message>
        <message>
            <source>The server cannot be reached: nothing was decided. Try again when the network is back.</source>
            <translation>The server cannot be reached: nothing was decided. Try again when the network is back.</translation>
        </message>
        <message>
            <source>Receipts</source>
            <translation>Receipts</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Registered</translation>
        </message>
    </context>
    <context>
        <name>SupervisorReports</name>
        <message>
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
        <message>
            <source>Reconciliation report</source>
            <translation>Reconciliation report</translation>
        </message>
        <message>
            <source>One day</source>
            <translation>One day</translation>
        </message>
        <message>
            <source>One month</source>
            <translation>One month</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Save the report as PDF…</source>
            <translation>Save the report as PDF…</translation>
        </message>
        <message>
            <source>Payment attestation</source>
            <translation>Payment attestation</translation>
        </message>
        <message>
            <source>Taxpayer's name</source>
            <translation>Taxpayer's name</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Save the attestation as PDF…</source>
            <translation>Save the attestation as PDF…</translation>
        </message>
        <message>
            <source>Type part of the taxpayer's name first.</source>
            <translation>Type part of the taxpayer's name first.</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Searching…</translation>
        </message>
        <message>
            <source>No taxpayer has this name.</source>
            <translation>No taxpayer has this name.</translation>
        </message>
        <message>
            <source>%1 taxpayer(s) found; pick one and the year.</source>
            <translation>%1 taxpayer(s) found; pick one and the year.</translation>
        </message>
        <message>
            <source>Asking the server for the PDF…</source>
            <translation>Asking the server for the PDF…</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Saved: %1</translation>
        </message>
        <message>
            <source>The server cannot be reached; nothing was saved. Try again when the network is back.</source>
            <translation>The server cannot be reached; nothing was saved. Try again when the network is back.</translation>
        </message>
        <message>
            <source>The server refused: %1</source>
            <translation>The server refused: %1</translation>
        </message>
        <message>
            <source>The file could not be written: %1</source>
            <translation>The file could not be written: %1</translation>
        </message>
        <message>
            <source>Something went wrong: %1</source>
            <translation>Something went wrong: %1</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>Save as</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>SupervisorScreens</name>
        <message>
            <source>Reconciliation</source>
            <translation>Reconciliation</translation>
        </message>
        <message>
            <source>Alerts</source>
            <translation>Alerts</translation>
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
            <translation>Your session on the server has ended. What you typed on %1 has not been sent: it is kept as you left it, and comes back when you log in again as %2.</translation>
        </message>
        <message>
            <source>Your session on the server has ended. Log in again as %1 to go on; the screens stay as you left them.</source>
            <translation>Your session on the server has ended. Log in again as %1 to go on; the screens stay as you left them.</translation>
        </message>
        <message>
            <source>Your session has ended: log in again.</source>
            <translation>Your session has ended: log in again.</translation>
        </message>
        <message>
            <source>Session ended</source>
            <translation>Session ended</translation>
        </message>
        <message>
            <source>What you typed on %1 has not been sent and will be lost. Log out anyway?</source>
            <translation>What you typed on %1 has not been sent and will be lost. Log out anyway?</translation>
        </message>
        <message>
            <source>Log out</source>
            <translation>Log out</translation>
        </message>
    </context>
    <context>
        <name>SupervisorWindow</name>
        <message>
            <source>Offline — figures from %1</source>
            <translation>Offline — figures from %1</translation>
        </message>
        <message>
            <source>Offline — showing the last figures kept on this device</source>
            <translation>Offline — showing the last figures kept on this device</translation>
        </message>
        <message>
            <source>Log out</source>
            <translation>Log out</translation>
        </message>
        <message>
            <source>No supervisor screen is installed.</source>
            <translation>No supervisor screen is installed.</translation>
        </message>
    </context>
    <context>
        <name>SyncRecordsModel</name>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Recorded</source>
            <translation>Recorded</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Refused: %1</source>
            <translation>Refused: %1</translation>
        </message>
    </context>
    <context>
        <name>SyncRunner</name>
        <message>
            <source>Synchronising</source>
            <translation>Synchronising</translation>
        </message>
        <message>
            <source>Enrolling the device</source>
            <translation>Enrolling the device</translation>
        </message>
    </context>
    <context>
        <name>SyncView</name>
        <message>
            <source>(only %1 listed)</source>
            <translation>(only %1 listed)</translation>
        </message>
        <message>
            <source>Connecting to the server</source>
            <translation>Connecting to the server</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>Sending</translation>
        </message>
        <message>
            <source>Receiving</source>
            <translation>Receiving</translation>
        </message>
        <message>
            <source>Downloading the update</source>
            <translation>Downloading the update</translation>
        </message>
        <message>
            <source>%1: %2 of %3</source>
            <translation>%1: %2 of %3</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Synchronising…</source>
            <translation>Synchronising…</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Sync now</translation>
        </message>
        <message>
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <source>Last sync: %1</source>
            <translation>Last sync: %1</translation>
        </message>
        <message>
            <source>Sent: %1 — refused by the server: %2</source>
            <translation>Sent: %1 — refused by the server: %2</translation>
        </message>
        <message>
            <source>Server: %1</source>
            <translation>Server: %1</translation>
        </message>
        <message>
            <source>Server: not set</source>
            <translation>Server: not set</translation>
        </message>
        <message>
            <source>Enroll again…</source>
            <translation>Enroll again…</translation>
        </message>
        <message>
            <source>This device is not enrolled with the municipality's server yet. Everything you record stays safe on this device, signed and chained, and will be sent in order once it is enrolled. Enroll it with the code your supervisor gives you.</source>
            <translation>This device is not enrolled with the municipality's server yet. Everything you record stays safe on this device, signed and chained, and will be sent in order once it is enrolled. Enroll it with the code your supervisor gives you.</translation>
        </message>
        <message>
            <source>Enroll this device…</source>
            <translation>Enroll this device…</translation>
        </message>
        <message>
            <source>records waiting to be sent</source>
            <translation>records waiting to be sent</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Records</translation>
        </message>
        <message>
            <source>All records</source>
            <translation>All records</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Waiting</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Sent</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Refused</translation>
        </message>
        <message>
            <source>Synchronise</source>
            <translation>Synchronise</translation>
        </message>
    </context>
    <context>
        <name>SyncWords</name>
        <message>
            <source>Payment</source>
            <translation>Payment</translation>
        </message>
        <message>
            <source>Void</source>
            <translation>Void</translation>
        </message>
        <message>
            <source>Receipt printed</source>
            <translation>Receipt printed</translation>
        </message>
        <message>
            <source>New taxpayer</source>
            <translation>New taxpayer</translation>
        </message>
        <message>
            <source>Taxpayer edited</source>
            <translation>Taxpayer edited</translation>
        </message>
        <message>
            <source>Taxable object</source>
            <translation>Taxable object</translation>
        </message>
        <message>
            <source>Object outline</source>
            <translation>Object outline</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Assessment</translation>
        </message>
        <message>
            <source>Session opened</source>
            <translation>Session opened</translation>
        </message>
        <message>
            <source>Session closed</source>
            <translation>Session closed</translation>
        </message>
        <message>
            <source>Device set up</source>
            <translation>Device set up</translation>
        </message>
        <message>
            <source>Device enrolled</source>
            <translation>Device enrolled</translation>
        </message>
        <message>
            <source>Clock confirmed</source>
            <translation>Clock confirmed</translation>
        </message>
        <message>
            <source>Server key changed</source>
            <translation>Server key changed</translation>
        </message>
        <message>
            <source>Census form</source>
            <translation>Census form</translation>
        </message>
        <message>
            <source>Form imported</source>
            <translation>Form imported</translation>
        </message>
        <message>
            <source>Receipt series registered</source>
            <translation>Receipt series registered</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Waiting</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Sent</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Refused</translation>
        </message>
        <message>
            <source>the agent is not assigned to this zone</source>
            <translation>the agent is not assigned to this zone</translation>
        </message>
        <message>
            <source>the agent was deactivated</source>
            <translation>the agent was deactivated</translation>
        </message>
        <message>
            <source>the server does not know this agent</source>
            <translation>the server does not know this agent</translation>
        </message>
        <message>
            <source>the server does not hold the object whose outline was drawn</source>
            <translation>the server does not hold the object whose outline was drawn</translation>
        </message>
        <message>
            <source>Sent: %1 records. Received: %2.</source>
            <translation>Sent: %1 records. Received: %2.</translation>
        </message>
        <message>
            <source>%1 were already on the server (sent again after a lost answer).</source>
            <translation>%1 were already on the server (sent again after a lost answer).</translation>
        </message>
        <message>
            <source>Still to send: %1.</source>
            <translation>Still to send: %1.</translation>
        </message>
        <message>
            <source>Refused by the server and kept aside for a supervisor: %1 (see the list below).</source>
            <translation>Refused by the server and kept aside for a supervisor: %1 (see the list below).</translation>
        </message>
        <message>
            <source>The server %1 cannot be reached. Nothing is lost: the app tries again by itself, and you can keep working.</source>
            <translation>The server %1 cannot be reached. Nothing is lost: the app tries again by itself, and you can keep working.</translation>
        </message>
    </context>
    <context>
        <name>TaxpayerForm</name>
        <message>
            <source>— no zone —</source>
            <translation>— no zone —</translation>
        </message>
        <message>
            <source>A similar taxpayer already exists (same phone, or a similar name nearby). Check it is not the same person before saving:</source>
            <translation>A similar taxpayer already exists (same phone, or a similar name nearby). Check it is not the same person before saving:</translation>
        </message>
        <message>
            <source>Give each taxable object a reference.</source>
            <translation>Give each taxable object a reference.</translation>
        </message>
        <message>
            <source>Similar taxpayer</source>
            <translation>Similar taxpayer</translation>
        </message>
        <message>
            <source>It is someone else: save</source>
            <translation>It is someone else: save</translation>
        </message>
        <message>
            <source>Go back and check</source>
            <translation>Go back and check</translation>
        </message>
        <message>
            <source>Saving the taxpayer</source>
            <translation>Saving the taxpayer</translation>
        </message>
        <message>
            <source>Edit: %1</source>
            <translation>Edit: %1</translation>
        </message>
        <message>
            <source>New taxpayer</source>
            <translation>New taxpayer</translation>
        </message>
        <message>
            <source>Identity</source>
            <translation>Identity</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Business</source>
            <translation>Business</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>Name *</translation>
        </message>
        <message>
            <source>Business name</source>
            <translation>Business name</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>ID number</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Zone</source>
            <translation>Zone</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Surname and first names</source>
            <translation>Surname and first names</translation>
        </message>
        <message>
            <source>e.g. +243 81 234 5678</source>
            <translation>e.g. +243 81 234 5678</translation>
        </message>
        <message>
            <source>Street, landmark</source>
            <translation>Street, landmark</translation>
        </message>
        <message>
            <source>National ID or tax number</source>
            <translation>National ID or tax number</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Clear the form</source>
            <translation>Clear the form</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Capture position</source>
            <translation>Capture position</translation>
        </message>
    </context>
    <context>
        <name>TextInput</name>
        <message>
            <source>Type the code written under the bars</source>
            <translation>Type the code written under the bars</translation>
        </message>
        <message>
            <source>A whole number</source>
            <translation>A whole number</translation>
        </message>
        <message>
            <source>A number</source>
            <translation>A number</translation>
        </message>
    </context>
    <context>
        <name>TimeInput</name>
        <message>
            <source>Now</source>
            <translation>Now</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Clear</translation>
        </message>
    </context>
    <context>
        <name>UnlockView</name>
        <message>
            <source>Something went wrong: %1. Nothing recorded on this device was lost; try again.</source>
            <translation>Something went wrong: %1. Nothing recorded on this device was lost; try again.</translation>
        </message>
        <message>
            <source>You have no key to this device yet. A colleague who works on it opens it and taps “Log out”, then you log in with your PIN, once. Or a supervisor's recovery lets you in.</source>
            <translation>You have no key to this device yet. A colleague who works on it opens it and taps “Log out”, then you log in with your PIN, once. Or a supervisor's recovery lets you in.</translation>
        </message>
        <message>
            <source>Tap your name first.</source>
            <translation>Tap your name first.</translation>
        </message>
        <message>
            <source>Type your PIN.</source>
            <translation>Type your PIN.</translation>
        </message>
        <message>
            <source>Opening the device…</source>
            <translation>Opening the device…</translation>
        </message>
        <message>
            <source>Wrong PIN. Tries left before the device locks: %1.</source>
            <translation>Wrong PIN. Tries left before the device locks: %1.</translation>
        </message>
        <message>
            <source>Open this device</source>
            <translation>Open this device</translation>
        </message>
        <message>
            <source>Who are you?</source>
            <translation>Who are you?</translation>
        </message>
        <message>
            <source>Your PIN</source>
            <translation>Your PIN</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Not in the list?</source>
            <translation>Not in the list?</translation>
        </message>
        <message>
            <source>Recovery</source>
            <translation>Recovery</translation>
        </message>
        <message>
            <source>A supervisor opens the device with the municipality's recovery key</source>
            <translation>A supervisor opens the device with the municipality's recovery key</translation>
        </message>
        <message>
            <source>Open (Enter)</source>
            <translation>Open (Enter)</translation>
        </message>
    </context>
    <context>
        <name>UnlockWindow</name>
        <message>
            <source>Quittance — municipal revenue collection</source>
            <translation>Quittance — municipal revenue collection</translation>
        </message>
    </context>
    <context>
        <name>UpdateBanner</name>
        <message>
            <source>Installing the update</source>
            <translation>Installing the update</translation>
        </message>
        <message>
            <source>An update is waiting (version %1)</source>
            <translation>An update is waiting (version %1)</translation>
        </message>
        <message>
            <source>Update postponed</source>
            <translation>Update postponed</translation>
        </message>
        <message>
            <source>Update refused</source>
            <translation>Update refused</translation>
        </message>
        <message>
            <source>Copying your data, then installing…</source>
            <translation>Copying your data, then installing…</translation>
        </message>
        <message>
            <source>Your data is copied first; then the app closes and starts again in the new version.</source>
            <translation>Your data is copied first; then the app closes and starts again in the new version.</translation>
        </message>
        <message>
            <source>Install</source>
            <translation>Install</translation>
        </message>
    </context>
    <context>
        <name>VoidDialog</name>
        <message>
            <source>Void receipt %1</source>
            <translation>Void receipt %1</translation>
        </message>
        <message>
            <source>The receipt %1 for %2 will be marked as voided. Its number stays used and the void is recorded with your name. Why is it voided?</source>
            <translation>The receipt %1 for %2 will be marked as voided. Its number stays used and the void is recorded with your name. Why is it voided?</translation>
        </message>
        <message>
            <source>Void the receipt</source>
            <translation>Void the receipt</translation>
        </message>
        <message>
            <source>Keep the receipt</source>
            <translation>Keep the receipt</translation>
        </message>
        <message>
            <source>Reason, e.g. wrong taxpayer, wrong amount</source>
            <translation>Reason, e.g. wrong taxpayer, wrong amount</translation>
        </message>
        <message>
            <source>Write the reason for the void.</source>
            <translation>Write the reason for the void.</translation>
        </message>
    </context>
    <context>
        <name>WithdrawnNotice</name>
        <message>
            <source>Zone %1 is no longer assigned to this device's agents.</source>
            <translation>Zone %1 is no longer assigned to this device's agents.</translation>
        </message>
        <message>
            <source>This taxpayer was moved to another zone, %1, which this device does not serve.</source>
            <translation>This taxpayer was moved to another zone, %1, which this device does not serve.</translation>
        </message>
        <message>
            <source>This taxpayer was moved to another zone, which this device does not serve.</source>
            <translation>This taxpayer was moved to another zone, which this device does not serve.</translation>
        </message>
        <message>
            <source>Its receipts stay here and can be reprinted or voided; no new payment or change can be recorded.</source>
            <translation>Its receipts stay here and can be reprinted or voided; no new payment or change can be recorded.</translation>
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
            <translation>Device</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Opened</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Receipts</source>
            <translation>Receipts</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Issued</translation>
        </message>
        <message>
            <source>Voided</source>
            <translation>Voided</translation>
        </message>
        <message>
            <source>Net (valid receipts)</source>
            <translation>Net (valid receipts)</translation>
        </message>
        <message>
            <source>Receipts not printed yet</source>
            <translation>Receipts not printed yet</translation>
        </message>
        <message>
            <source>Ledger signed up to event %1</source>
            <translation>Ledger signed up to event %1</translation>
        </message>
        <message>
            <source>Perpetual totals (since the first day)</source>
            <translation>Perpetual totals (since the first day)</translation>
        </message>
        <message>
            <source>Receipts (%1)</source>
            <translation>Receipts (%1)</translation>
        </message>
        <message>
            <source>Voids (%1)</source>
            <translation>Voids (%1)</translation>
        </message>
        <message>
            <source>Net</source>
            <translation>Net</translation>
        </message>
        <message>
            <source>Previous closing</source>
            <translation>Previous closing</translation>
        </message>
        <message>
            <source>By tax</source>
            <translation>By tax</translation>
        </message>
        <message>
            <source>No payment</source>
            <translation>No payment</translation>
        </message>
        <message>
            <source>By method</source>
            <translation>By method</translation>
        </message>
        <message>
            <source>Voided receipts</source>
            <translation>Voided receipts</translation>
        </message>
        <message>
            <source>Totals</source>
            <translation>Totals</translation>
        </message>
        <message>
            <source>Total collected</source>
            <translation>Total collected</translation>
        </message>
        <message>
            <source>Opening float</source>
            <translation>Opening float</translation>
        </message>
        <message>
            <source>Cash expected in the till</source>
            <translation>Cash expected in the till</translation>
        </message>
    </context>
</TS>
