<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko_KR">
<context>
    <name>ActivityPage</name>
    <message>
        <source>Nothing has happened yet. Requests, decisions and every release of your records will be listed here.</source>
        <translation>아직 아무 일도 없었습니다. 요청, 결정, 기록이 전달된 모든 내역이 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>내가</translation>
    </message>
    <message>
        <source>any hospital</source>
        <translation>모든 병원</translation>
    </message>
    <message>
        <source>%1 asked for your %2 held by %3, for %4, until %5 (request %6).</source>
        <translation>%1이(가) %3에 보관된 내 %2을(를) %4 목적으로 %5까지 요청했습니다 (요청 %6).</translation>
    </message>
    <message>
        <source>%1 denied request %2.</source>
        <translation>%1 요청 %2을(를) 거절했습니다.</translation>
    </message>
    <message>
        <source>EMERGENCY ACCESS: %1 opened all your records for 24 hours.</source>
        <translation>응급 접근: %1이(가) 24시간 동안 내 모든 기록을 열었습니다.</translation>
    </message>
    <message>
        <source>%1 gave %2 access to your %3 held by %4 until %5 (consent %6).</source>
        <translation>%1 %2에게 %4에 보관된 내 %3 접근을 %5까지 허용했습니다 (동의 %6).</translation>
    </message>
    <message>
        <source>%1 revoked consent %2.</source>
        <translation>%1 동의 %2을(를) 철회했습니다.</translation>
    </message>
    <message>
        <source>You removed caregiver %1.</source>
        <translation>보호자 %1을(를) 삭제했습니다.</translation>
    </message>
    <message>
        <source>You made %1 a caregiver until %2.</source>
        <translation>%1을(를) %2까지 보호자로 지정했습니다.</translation>
    </message>
    <message>
        <source>%1 received your %2 from %3 on %4.</source>
        <translation>%1이(가) %4에 %3에서 내 %2을(를) 받았습니다.</translation>
    </message>
    <message>
        <source>EMERGENCY ACCESS by %1 on %2.</source>
        <translation>%1이(가) %2에 응급 접근했습니다.</translation>
    </message>
    <message>
        <source>Caregiver %1</source>
        <translation>보호자 %1</translation>
    </message>
</context>
<context>
    <name>BiometricDialog</name>
    <message>
        <source>Unlock with fingerprint</source>
        <translation>지문으로 잠금 해제</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>계속</translation>
    </message>
    <message>
        <source>Your password stays the way to unlock on any device. On this device, a fingerprint can open the vault instead.</source>
        <translation>비밀번호는 어느 기기에서나 잠금을 해제하는 방법으로 남습니다. 이 기기에서는 대신 지문으로 보관함을 열 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>BiometricUnlock</name>
    <message>
        <source>Fingerprint unlock stopped working: its key is no longer in this computer's key store. Use your password; you can turn it on again in Settings.</source>
        <translation>지문 잠금 해제가 작동하지 않습니다: 이 컴퓨터의 키 저장소에 그 키가 더 이상 없습니다. 비밀번호를 쓰세요. 설정에서 다시 켤 수 있습니다.</translation>
    </message>
    <message>
        <source>Fingerprint unlock stopped working. Use your password; you can turn it on again in Settings.</source>
        <translation>지문 잠금 해제가 작동하지 않습니다. 비밀번호를 쓰세요. 설정에서 다시 켤 수 있습니다.</translation>
    </message>
    <message>
        <source>The fingerprints enrolled on this computer changed, so fingerprint unlock was turned off. Use your password; you can turn it on again in Settings.</source>
        <translation>이 컴퓨터에 등록된 지문이 바뀌어 지문 잠금 해제를 껐습니다. 비밀번호를 쓰세요. 설정에서 다시 켤 수 있습니다.</translation>
    </message>
    <message>
        <source>Unlock with your password once: after that, your fingerprint unlocks the app until you quit it.</source>
        <translation>먼저 비밀번호로 한 번 잠금을 해제하세요. 그 뒤로는 앱을 종료할 때까지 지문으로 잠금을 해제할 수 있습니다.</translation>
    </message>
    <message>
        <source>The key your finger releases is kept only in this app's memory, never on disk: after the app quits, your password is needed once. Other programs cannot read it.</source>
        <translation>지문이 꺼내 주는 키는 이 앱의 메모리에만 보관되고 디스크에는 절대 기록되지 않습니다. 앱을 종료한 뒤에는 비밀번호가 한 번 필요합니다. 다른 프로그램은 이 키를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The key your finger releases is kept in this device's hardware key store, which gives it out only after a fingerprint, and forgets it when the enrolled fingerprints change.</source>
        <translation>지문이 꺼내 주는 키는 이 기기의 하드웨어 키 저장소에 보관됩니다. 지문을 확인한 뒤에만 꺼내 주며, 등록된 지문이 바뀌면 지워집니다.</translation>
    </message>
    <message>
        <source>The fingerprints enrolled on this computer changed, so fingerprint unlock was turned off. You can turn it on again in Settings.</source>
        <translation>이 컴퓨터에 등록된 지문이 바뀌어 지문 잠금 해제를 껐습니다. 설정에서 다시 켤 수 있습니다.</translation>
    </message>
    <message>
        <source>Fingerprint unlock was turned off after an update of the app. You can turn it on again in Settings.</source>
        <translation>앱을 업데이트한 뒤 지문 잠금 해제가 꺼졌습니다. 설정에서 다시 켤 수 있습니다.</translation>
    </message>
    <message>
        <source>Unlock with your password once: after that, your fingerprint unlocks the app for up to a day, until you log out or restart the computer.</source>
        <translation>먼저 비밀번호로 한 번 잠금을 해제하세요. 그 뒤로는 최대 하루 동안, 로그아웃하거나 컴퓨터를 다시 시작하기 전까지 지문으로 잠금을 해제할 수 있습니다.</translation>
    </message>
    <message>
        <source>The key your finger releases is kept only in your login's memory (the system's kernel key store), never on disk: after you log out, restart or a day has passed, your password is needed once. It keeps the vault closed to backups, copied or stolen disks and other logins; a program running in your own login could still read the key.</source>
        <translation>지문이 꺼내 주는 키는 지금 로그인한 세션의 메모리(시스템 커널 키 저장소)에만 보관되고 디스크에는 절대 기록되지 않습니다. 로그아웃하거나 다시 시작하거나 하루가 지나면 비밀번호가 한 번 필요합니다. 그래서 백업, 복사되거나 도난당한 디스크, 다른 로그인으로는 보관함을 열 수 없습니다. 다만 지금 로그인한 세션에서 실행 중인 프로그램은 이 키를 읽을 수도 있습니다.</translation>
    </message>
</context>
<context>
    <name>CaredForView</name>
    <message>
        <source>People I care for</source>
        <translation>내가 돌보는 사람</translation>
    </message>
    <message>
        <source>Nobody yet. When someone makes you their caregiver, add them here with the invite code they give you.</source>
        <translation>아직 없습니다. 누군가 당신을 보호자로 지정하면 받은 초대 코드로 여기에서 추가하세요.</translation>
    </message>
    <message>
        <source>You may %1, until %2</source>
        <translation>권한: %1, %2까지</translation>
    </message>
    <message>
        <source>You may %1.</source>
        <translation>권한: %1</translation>
    </message>
    <message>
        <source>Showing now</source>
        <translation>보는 중</translation>
    </message>
    <message>
        <source>Open their passbook</source>
        <translation>건강수첩 열기</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Add someone I care for</source>
        <translation>돌보는 사람 추가</translation>
    </message>
    <message>
        <source>Invite code (HPCARE1.…)</source>
        <translation>초대 코드 (HPCARE1.…)</translation>
    </message>
    <message>
        <source>Invite code</source>
        <translation>초대 코드</translation>
    </message>
    <message>
        <source>What you call them (for example, Dad)</source>
        <translation>부르는 이름 (예: 아버지)</translation>
    </message>
    <message>
        <source>What you call them</source>
        <translation>부르는 이름</translation>
    </message>
    <message>
        <source>Read from a picture…</source>
        <translation>사진에서 읽기…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>My caregiver code</source>
        <translation>내 보호자 코드</translation>
    </message>
    <message>
        <source>Copy my code</source>
        <translation>내 코드 복사</translation>
    </message>
    <message>
        <source>Show this to the person you help, so that they can add you as their caregiver. It is your account address; it lets nobody into your own records.</source>
        <translation>돌보는 분에게 보여 주면 당신을 보호자로 추가할 수 있습니다. 계정 주소일 뿐이며 누구도 당신의 기록을 볼 수 없습니다.</translation>
    </message>
    <message>
        <source>A picture of the invite's QR code</source>
        <translation>초대 코드 QR 사진</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>사진 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) wait for a decision.</source>
        <translation><numerusform>결정을 기다리는 요청 %n건</numerusform></translation>
    </message>
</context>
<context>
    <name>CaregiverDialog</name>
    <message>
        <source>Change caregiver</source>
        <translation>보호자 변경</translation>
    </message>
    <message>
        <source>Add a caregiver</source>
        <translation>보호자 추가</translation>
    </message>
    <message>
        <source>A picture of the caregiver's QR code</source>
        <translation>보호자 QR 코드 사진</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>사진 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Caregiver code</source>
        <translation>보호자 코드</translation>
    </message>
    <message>
        <source>Ask your caregiver to open Family › People I care for in their Health Passbook and show you their code.</source>
        <translation>보호자에게 건강수첩의 가족 › 내가 돌보는 사람을 열어 코드를 보여 달라고 하세요.</translation>
    </message>
    <message>
        <source>Read from a picture…</source>
        <translation>사진에서 읽기…</translation>
    </message>
    <message>
        <source>They may</source>
        <translation>할 수 있는 일</translation>
    </message>
    <message>
        <source>See my records</source>
        <translation>내 기록 보기</translation>
    </message>
    <message>
        <source>Decide on requests for me</source>
        <translation>요청을 대신 결정</translation>
    </message>
    <message>
        <source>Manage my consents</source>
        <translation>내 동의 관리</translation>
    </message>
    <message>
        <source>For how long</source>
        <translation>기간</translation>
    </message>
    <message numerus="yes">
        <source>For %n day(s)</source>
        <translation><numerusform>%n일 동안</numerusform></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>계속</translation>
    </message>
    <message>
        <source>Let %1 %2 (%3)?</source>
        <translation>%1에게 다음 권한을 줄까요? %2 (%3)</translation>
    </message>
</context>
<context>
    <name>CaregiversView</name>
    <message>
        <source>A family member or friend who helps with your care can see your records and, if you allow it, decide on hospitals' requests for you. It is recorded on the hospitals' ledger, and you can change or end it at any time.</source>
        <translation>돌봄을 돕는 가족이나 친구는 당신의 기록을 볼 수 있고, 허락하면 병원의 요청을 대신 결정할 수 있습니다. 이는 병원들의 원장에 기록되며 언제든지 바꾸거나 끝낼 수 있습니다.</translation>
    </message>
    <message>
        <source>My caregivers</source>
        <translation>내 보호자</translation>
    </message>
    <message>
        <source>Nobody yet.</source>
        <translation>아직 없습니다.</translation>
    </message>
    <message>
        <source>Caregiver %1</source>
        <translation>보호자 %1</translation>
    </message>
    <message>
        <source>May %1, until %2</source>
        <translation>권한: %1, %2까지</translation>
    </message>
    <message>
        <source>Ended on %1</source>
        <translation>%1에 종료됨</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Remove caregiver</source>
        <translation>보호자 삭제</translation>
    </message>
    <message>
        <source>%1 will no longer see your records or act for you. Hospitals refuse them from now on.</source>
        <translation>%1 님은 더 이상 기록을 보거나 대신 결정할 수 없습니다. 지금부터 병원이 거절합니다.</translation>
    </message>
    <message>
        <source>Add a caregiver</source>
        <translation>보호자 추가</translation>
    </message>
    <message>
        <source>Invite code for your caregiver</source>
        <translation>보호자에게 줄 초대 코드</translation>
    </message>
    <message>
        <source>Copy invite code</source>
        <translation>초대 코드 복사</translation>
    </message>
    <message numerus="yes">
        <source>After you add them, your caregiver scans or pastes this code to follow your passbook. It holds your account address and the %n hospital(s) you are connected to — no medical records.</source>
        <translation><numerusform>보호자를 추가한 뒤, 보호자가 이 코드를 스캔하거나 붙여 넣으면 당신의 건강수첩을 볼 수 있습니다. 코드에는 계정 주소와 연결된 병원 %n곳만 들어 있으며 의료 기록은 없습니다.</numerusform></translation>
    </message>
    <message>
        <source>Change caregiver</source>
        <translation>보호자 변경</translation>
    </message>
    <message>
        <source>Add caregiver</source>
        <translation>보호자 추가</translation>
    </message>
</context>
<context>
    <name>Categories</name>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>방문</translation>
    </message>
    <message>
        <source>Dx</source>
        <translation>진단</translation>
    </message>
    <message>
        <source>Rx</source>
        <translation>처방</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>알레르기</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>검사</translation>
    </message>
    <message>
        <source>Img</source>
        <translation>영상</translation>
    </message>
    <message>
        <source>Proc</source>
        <translation>시술</translation>
    </message>
    <message>
        <source>Vax</source>
        <translation>백신</translation>
    </message>
    <message>
        <source>Doc</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>Dent</source>
        <translation>치과</translation>
    </message>
    <message>
        <source>TCM</source>
        <translation>한의</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>계획</translation>
    </message>
    <message>
        <source>Dir</source>
        <translation>의향</translation>
    </message>
    <message>
        <source>Prev</source>
        <translation>예방</translation>
    </message>
    <message>
        <source>Vital</source>
        <translation>활력</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>청구</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>비밀번호 변경</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>현재 비밀번호</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>새 비밀번호</translation>
    </message>
    <message>
        <source>Type the new password again</source>
        <translation>새 비밀번호를 다시 입력하세요</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>두 비밀번호가 같지 않습니다.</translation>
    </message>
    <message>
        <source>Your password was changed and your records on this device were encrypted again with new keys. Use the new password from now on.</source>
        <translation>비밀번호가 변경되었고, 이 기기의 기록은 새 키로 다시 암호화되었습니다. 이제부터 새 비밀번호를 사용하세요.</translation>
    </message>
    <message>
        <source>Fingerprint unlock was turned off with the old keys. Turn it on again in Settings if you use it.</source>
        <translation>지문 잠금 해제는 이전 키와 함께 꺼졌습니다. 사용하려면 설정에서 다시 켜세요.</translation>
    </message>
    <message>
        <source>Your records on this device are encrypted again with new keys. A backup copy made before the change still opens only with the old password, and holds only what it held then.</source>
        <translation>이 기기의 기록은 새 키로 다시 암호화됩니다. 변경 전에 만든 백업은 여전히 이전 비밀번호로만 열리며, 그때까지의 내용만 담고 있습니다.</translation>
    </message>
</context>
<context>
    <name>Concerns</name>
    <message>
        <source>The requester is not in the consortium's directory.</source>
        <translation>요청한 기관이 컨소시엄 명부에 없습니다.</translation>
    </message>
    <message>
        <source>The requester has been suspended from the consortium.</source>
        <translation>요청한 기관이 컨소시엄에서 정지되었습니다.</translation>
    </message>
    <message>
        <source>The hospital said to hold the records is not in the directory.</source>
        <translation>기록을 보관한다는 병원이 명부에 없습니다.</translation>
    </message>
    <message>
        <source>The hospital said to hold the records has been suspended.</source>
        <translation>기록을 보관한다는 병원이 정지되었습니다.</translation>
    </message>
    <message>
        <source>The request names no valid record category.</source>
        <translation>요청에 유효한 기록 종류가 없습니다.</translation>
    </message>
    <message>
        <source>The request gives no valid purpose.</source>
        <translation>요청에 유효한 목적이 없습니다.</translation>
    </message>
    <message>
        <source>The request has already expired.</source>
        <translation>요청이 이미 만료되었습니다.</translation>
    </message>
</context>
<context>
    <name>ConfirmPhrasePage</name>
    <message>
        <source>Check your recovery phrase</source>
        <translation>복구 문구 확인</translation>
    </message>
    <message>
        <source>Show words again</source>
        <translation>단어 다시 보기</translation>
    </message>
    <message>
        <source>Type these words from what you wrote down.</source>
        <translation>적어 둔 내용을 보고 이 단어들을 입력하세요.</translation>
    </message>
    <message>
        <source>Word %1</source>
        <translation>%1번째 단어</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>확인</translation>
    </message>
</context>
<context>
    <name>ConnectHospitalDialog</name>
    <message>
        <source>Connect a hospital</source>
        <translation>병원 연결</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>병원</translation>
    </message>
    <message>
        <source>Activation code</source>
        <translation>활성화 코드</translation>
    </message>
    <message>
        <source>The hospital gives you this code at the counter or in its patient portal. It works once.</source>
        <translation>병원 창구나 환자 포털에서 이 코드를 받을 수 있습니다. 한 번만 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>연결 중…</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>연결</translation>
    </message>
</context>
<context>
    <name>ConsentsPage</name>
    <message>
        <source>You have not shared any records. Consents you give appear here, and you can see when they end.</source>
        <translation>아직 공유한 기록이 없습니다. 내가 준 동의가 여기에 표시되며 언제 끝나는지 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>EMERGENCY ACCESS: </source>
        <translation>응급 접근: </translation>
    </message>
    <message>
        <source>%1 may receive your %2</source>
        <translation>%1이(가) 내 %2을(를) 받을 수 있음</translation>
    </message>
    <message>
        <source>From %1, for %2, until %3.</source>
        <translation>%1에서, 목적: %2, %3까지.</translation>
    </message>
    <message>
        <source>any hospital</source>
        <translation>모든 병원</translation>
    </message>
    <message>
        <source>Share records…</source>
        <translation>기록 공유…</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>철회</translation>
    </message>
    <message>
        <source>Revoke what %1 may receive</source>
        <translation>%1의 수신 권한 철회</translation>
    </message>
    <message>
        <source>Stop %1 from receiving your %2? Hospitals will refuse it from now on.</source>
        <translation>%1이(가) 내 %2을(를) 더 이상 받지 못하게 할까요? 이제부터 병원이 거절합니다.</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>공유</translation>
    </message>
    <message>
        <source>You have a share you did not finish. Open “Share records” to go on where you left off.</source>
        <translation>끝내지 않은 공유가 있습니다. ‘기록 공유’를 열면 멈춘 곳에서 이어집니다.</translation>
    </message>
</context>
<context>
    <name>CreatePasswordPage</name>
    <message>
        <source>Protect your passbook</source>
        <translation>건강수첩 보호</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>This password opens your passbook on this device. It cannot be recovered by anyone — if you forget it, your 24-word recovery phrase restores access.</source>
        <translation>이 비밀번호로 이 기기에서 건강수첩을 엽니다. 누구도 되찾아 줄 수 없으며, 잊어버리면 24단어 복구 문구로 다시 열 수 있습니다.</translation>
    </message>
    <message>
        <source>Recovery phrase language</source>
        <translation>복구 문구 언어</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>새 비밀번호</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>다시 입력하세요</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>두 비밀번호가 같지 않습니다.</translation>
    </message>
    <message>
        <source>Create passbook</source>
        <translation>건강수첩 만들기</translation>
    </message>
    <message>
        <source>Creating your vault. Your password is being strengthened; this takes a second.</source>
        <translation>보관함을 만드는 중입니다. 비밀번호를 강화하고 있어 잠시 걸립니다.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Enter your password to confirm. Your decision is signed with your key and recorded on the hospitals' ledger.</source>
        <translation>확인하려면 비밀번호를 입력하세요. 결정은 내 키로 서명되어 병원 공동 원장에 기록됩니다.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>다시 시도</translation>
    </message>
</context>
<context>
    <name>EntryDelegate</name>
    <message>
        <source>%1, %2, %3, from %4</source>
        <translation>%1, %2, %3, %4 제공</translation>
    </message>
</context>
<context>
    <name>EraseDeviceDialog</name>
    <message>
        <source>Delete this device's copy</source>
        <translation>이 기기의 사본 삭제</translation>
    </message>
    <message>
        <source>Every record, key and setting of your passbook is deleted from this device. Without your recovery phrase you cannot get this account back.</source>
        <translation>이 기기에서 통장의 모든 기록, 키, 설정이 삭제됩니다. 복구 문구가 없으면 이 계정을 되찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>I have my recovery phrase</source>
        <translation>복구 문구를 가지고 있습니다</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Delete from this device</source>
        <translation>이 기기에서 삭제</translation>
    </message>
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <source>Family</source>
        <translation>가족</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로고침</translation>
    </message>
    <message>
        <source>My caregivers</source>
        <translation>내 보호자</translation>
    </message>
    <message>
        <source>People I care for</source>
        <translation>내가 돌보는 사람</translation>
    </message>
</context>
<context>
    <name>GrantDialog</name>
    <message>
        <source>Share records</source>
        <translation>기록 공유</translation>
    </message>
    <message>
        <source>An insurance claim</source>
        <translation>보험 청구</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>치료</translation>
    </message>
    <message>
        <source>Research (de-identified)</source>
        <translation>연구(비식별화)</translation>
    </message>
    <message>
        <source>Personal sharing</source>
        <translation>개인 공유</translation>
    </message>
    <message>
        <source>With</source>
        <translation>받는 곳</translation>
    </message>
    <message>
        <source>Who receives the records</source>
        <translation>기록을 받을 곳</translation>
    </message>
    <message>
        <source>From</source>
        <translation>제공 기관</translation>
    </message>
    <message>
        <source>Any hospital that holds them</source>
        <translation>기록을 가진 모든 병원</translation>
    </message>
    <message>
        <source>Which hospital releases them</source>
        <translation>어느 병원이 제공할지</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>목적</translation>
    </message>
    <message>
        <source>For how long</source>
        <translation>기간</translation>
    </message>
    <message numerus="yes">
        <source>For %n day(s)</source>
        <translation><numerusform>%n일 동안</numerusform></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>계속</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Let %1 receive your %2, for %3?</source>
        <translation>%1이(가) %3 목적으로 내 %2을(를) 받도록 할까요?</translation>
    </message>
</context>
<context>
    <name>HospitalsPage</name>
    <message>
        <source>Hospitals</source>
        <translation>병원</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>Choose your hospitals' network in Settings first.</source>
        <translation>먼저 설정에서 병원 네트워크를 선택하세요.</translation>
    </message>
    <message>
        <source>Network: %1</source>
        <translation>네트워크: %1</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>연결됨</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>마지막 동기화 %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>아직 동기화하지 않음</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) on this device</source>
        <translation><numerusform>이 기기에 기록 %n건</numerusform></translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>연결 해제</translation>
    </message>
    <message>
        <source>Disconnect %1</source>
        <translation>%1 연결 해제</translation>
    </message>
    <message>
        <source>Connect a hospital</source>
        <translation>병원 연결</translation>
    </message>
    <message>
        <source>In the consortium: %1</source>
        <translation>컨소시엄 구성원: %1</translation>
    </message>
    <message>
        <source>Disconnect %1?</source>
        <translation>%1 연결을 해제할까요?</translation>
    </message>
    <message>
        <source>Its records are removed from this device. The hospital keeps them, and you can connect again with a new activation code.</source>
        <translation>이 병원의 기록이 이 기기에서 삭제됩니다. 병원에는 기록이 남아 있으며, 새 활성화 코드로 다시 연결할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>IntegrityBadge</name>
    <message>
        <source>✓ Verified</source>
        <translation>✓ 검증됨</translation>
    </message>
    <message>
        <source>… Not yet anchored</source>
        <translation>… 아직 기록 안 됨</translation>
    </message>
    <message>
        <source>✗ Altered after anchoring</source>
        <translation>✗ 기록 후 변경됨</translation>
    </message>
    <message>
        <source>No proof</source>
        <translation>증명 없음</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Health Passbook</source>
        <translation>건강수첩</translation>
    </message>
    <message>
        <source>Passbook</source>
        <translation>수첩</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>병원</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Sharing (%1)</source>
        <translation>공유 (%1)</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>공유</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>검토</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>메뉴</translation>
    </message>
    <message>
        <source>%1's passbook — you are their caregiver</source>
        <translation>%1 님의 건강수첩 — 당신은 보호자입니다</translation>
    </message>
    <message>
        <source>Back to mine</source>
        <translation>내 수첩으로</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>가족</translation>
    </message>
</context>
<context>
    <name>OutboxList</name>
    <message>
        <source>Saved — will be sent when the ledger can be reached</source>
        <translation>저장됨 — 원장에 연결되면 전송됩니다</translation>
    </message>
    <message>
        <source>Signed, sending…</source>
        <translation>서명됨, 전송 중…</translation>
    </message>
    <message>
        <source>Sent, waiting for confirmation</source>
        <translation>전송됨, 확인 대기 중</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>확인됨</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Your decisions on the ledger</source>
        <translation>원장에 기록된 내 결정</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>지금 전송</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Hide</source>
        <translation>숨기기</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>보기</translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation>비밀번호 숨기기</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>비밀번호 보기</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
</context>
<context>
    <name>PhraseConfirmation</name>
    <message>
        <source>Fill in every word that is asked for.</source>
        <translation>요청한 단어를 모두 입력하세요.</translation>
    </message>
    <message>
        <source>Word %1 does not match what was shown. Look at what you wrote down and try again.</source>
        <translation>%1번째 단어가 표시된 것과 다릅니다. 적어 둔 내용을 보고 다시 시도하세요.</translation>
    </message>
</context>
<context>
    <name>PlainComboBox</name>
    <message>
        <source>Choose from the list</source>
        <translation>목록에서 선택</translation>
    </message>
</context>
<context>
    <name>Purposes</name>
    <message>
        <source>treatment</source>
        <translation>치료</translation>
    </message>
    <message>
        <source>an insurance claim</source>
        <translation>보험 청구</translation>
    </message>
    <message>
        <source>research</source>
        <translation>연구</translation>
    </message>
    <message>
        <source>an emergency</source>
        <translation>응급 상황</translation>
    </message>
    <message>
        <source>personal sharing</source>
        <translation>개인 공유</translation>
    </message>
    <message>
        <source>Waiting for your decision</source>
        <translation>결정을 기다리는 중</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>거절됨</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>만료됨</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>유효</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>철회됨</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Waiting for a decision</source>
        <translation>결정 대기 중</translation>
    </message>
</context>
<context>
    <name>QrCodeCard</name>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR 코드</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in 30 seconds.</source>
        <translation>복사했습니다. 클립보드는 30초 뒤에 지워집니다.</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>Record</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <source>From %1</source>
        <translation>%1 제공</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>추이</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>무결성</translation>
    </message>
    <message>
        <source>This record is exactly what %1 anchored on the ledger in batch %2 (root %3, leaf %4, %5 proof steps).</source>
        <translation>이 기록은 %1이(가) 원장의 %2번 묶음에 기록한 내용과 정확히 같습니다 (루트 %3, 리프 %4, 증명 단계 %5개).</translation>
    </message>
    <message>
        <source>This record does not match what the hospital anchored on the ledger: it was changed afterwards. Ask the hospital about it before relying on it.</source>
        <translation>이 기록은 병원이 원장에 기록한 내용과 다릅니다. 이후에 변경되었습니다. 이용하기 전에 병원에 확인하세요.</translation>
    </message>
    <message>
        <source>The hospital has not anchored this version on the ledger yet; it is checked again at the next refresh.</source>
        <translation>병원이 아직 이 버전을 원장에 기록하지 않았습니다. 다음 새로고침 때 다시 확인합니다.</translation>
    </message>
    <message>
        <source>The hospital sent no proof for this record.</source>
        <translation>병원이 이 기록의 증명을 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>Hide FHIR data</source>
        <translation>FHIR 데이터 숨기기</translation>
    </message>
    <message>
        <source>Show FHIR data</source>
        <translation>FHIR 데이터 보기</translation>
    </message>
    <message>
        <source>FHIR data</source>
        <translation>FHIR 데이터</translation>
    </message>
</context>
<context>
    <name>RecoveryPhraseDialog</name>
    <message>
        <source>Your recovery phrase</source>
        <translation>복구 문구</translation>
    </message>
    <message>
        <source>Make sure nobody can see your screen. Anyone who has these words can act as you.</source>
        <translation>아무도 화면을 볼 수 없는지 확인하세요. 이 단어를 가진 사람은 누구든 나처럼 행동할 수 있습니다.</translation>
    </message>
    <message>
        <source>Enter your password to see your 24 recovery words.</source>
        <translation>24개의 복구 단어를 보려면 비밀번호를 입력하세요.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Show the words</source>
        <translation>단어 보기</translation>
    </message>
    <message>
        <source>Word %1: %2</source>
        <translation>%1번째 단어: %2</translation>
    </message>
</context>
<context>
    <name>RecoveryPhrasePage</name>
    <message>
        <source>Your recovery phrase</source>
        <translation>복구 문구</translation>
    </message>
    <message>
        <source>Write these 24 words on paper, in order, and keep them somewhere safe. They are the only way to restore your passbook if you lose this device or forget your password. Anyone who has them can act as you.</source>
        <translation>이 24개 단어를 순서대로 종이에 적어 안전한 곳에 보관하세요. 기기를 잃어버리거나 비밀번호를 잊었을 때 건강수첩을 복구하는 유일한 방법입니다. 이 단어를 가진 사람은 누구나 당신으로 행동할 수 있습니다.</translation>
    </message>
    <message>
        <source>Word %1: %2</source>
        <translation>%1번째 단어: %2</translation>
    </message>
    <message>
        <source>Never type these words into a website or share a photo of them. Health Passbook will never ask for them except to restore.</source>
        <translation>이 단어를 웹사이트에 입력하거나 사진으로 공유하지 마세요. 건강수첩은 복구할 때 말고는 절대 요청하지 않습니다.</translation>
    </message>
    <message>
        <source>I have written them down</source>
        <translation>적어 두었습니다</translation>
    </message>
</context>
<context>
    <name>RequestAlert</name>
    <message>
        <source>any hospital</source>
        <translation>모든 병원</translation>
    </message>
    <message numerus="yes">
        <source>%n hospital request(s) to review</source>
        <translation><numerusform>검토할 병원 요청 %n건</numerusform></translation>
    </message>
    <message>
        <source>%1 asks for your records</source>
        <translation>%1이(가) 내 기록을 요청합니다</translation>
    </message>
    <message>
        <source>%1 held by %2. Open Health Passbook to approve or deny.</source>
        <translation>%2에 있는 %1. 건강 통장을 열어 승인하거나 거절하세요.</translation>
    </message>
    <message>
        <source>This request looks wrong and cannot be approved. Open Health Passbook to see why.</source>
        <translation>이 요청은 이상하여 승인할 수 없습니다. 건강 통장을 열어 이유를 확인하세요.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>검토</translation>
    </message>
    <message>
        <source>%1 asks for your %2 held by %3.</source>
        <translation>%1이(가) %3에 있는 내 %2을(를) 요청합니다.</translation>
    </message>
    <message>
        <source>Health Passbook</source>
        <translation>건강수첩</translation>
    </message>
    <message>
        <source>A hospital asks to receive your records — unlock to review.</source>
        <translation>병원이 내 기록을 요청했습니다 — 잠금을 해제하고 검토하세요.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>잠금 해제</translation>
    </message>
</context>
<context>
    <name>RequestReviewPage</name>
    <message>
        <source>Request</source>
        <translation>요청</translation>
    </message>
    <message>
        <source>As asked: until %1</source>
        <translation>요청대로: %1까지</translation>
    </message>
    <message numerus="yes">
        <source>For %n day(s)</source>
        <translation><numerusform>%n일 동안</numerusform></translation>
    </message>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>This request is not on this device yet. Refresh to fetch it from the ledger.</source>
        <translation>이 기기에 아직 이 요청이 없습니다. 새로 고쳐 원장에서 가져오세요.</translation>
    </message>
    <message>
        <source>%1 asks for your records</source>
        <translation>%1이(가) 내 기록을 요청합니다</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>보관 기관</translation>
    </message>
    <message>
        <source>any hospital</source>
        <translation>모든 병원</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>목적</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>요청 시각</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>This request looks wrong, so it cannot be approved:</source>
        <translation>이 요청은 이상하여 승인할 수 없습니다:</translation>
    </message>
    <message>
        <source>What to share</source>
        <translation>공유할 내용</translation>
    </message>
    <message>
        <source>For how long</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>거절</translation>
    </message>
    <message>
        <source>Deny %1's request? Nothing will be sent.</source>
        <translation>%1의 요청을 거절할까요? 아무것도 전송되지 않습니다.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>승인</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Let %1 receive your %2 from %3?</source>
        <translation>%1이(가) %3에서 내 %2을(를) 받도록 할까요?</translation>
    </message>
    <message>
        <source>%1 has not given you the right to decide on requests for them. They can decide in their own app.</source>
        <translation>%1 님은 요청을 대신 결정할 권한을 주지 않았습니다. 본인의 앱에서 결정할 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 asks for %2's records</source>
        <translation>%1이(가) %2 님의 기록을 요청합니다</translation>
    </message>
    <message>
        <source>Let %1 receive %2's %3 from %4?</source>
        <translation>%1이(가) %4에서 %2 님의 %3을(를) 받도록 할까요?</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>No hospital has asked for your records yet. When one does, the request appears here.</source>
        <translation>아직 기록을 요청한 병원이 없습니다. 요청이 오면 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>%1 asks for %2 from %3</source>
        <translation>%1이(가) %3의 %2을(를) 요청함</translation>
    </message>
    <message>
        <source>%1 asks for your %2</source>
        <translation>%1이(가) 내 %2을(를) 요청함</translation>
    </message>
    <message>
        <source>Held by %1, for %2, until %3.</source>
        <translation>%1 보관, 목적: %2, %3까지.</translation>
    </message>
    <message>
        <source>any hospital</source>
        <translation>모든 병원</translation>
    </message>
    <message>
        <source>asked %1</source>
        <translation>%1 요청</translation>
    </message>
    <message>
        <source>Looks wrong: %1</source>
        <translation>이상한 요청: %1</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>검토</translation>
    </message>
    <message>
        <source>Review the request from %1</source>
        <translation>%1의 요청 검토</translation>
    </message>
    <message>
        <source>%1 asks for %2's %3</source>
        <translation>%1이(가) %2 님의 %3을(를) 요청함</translation>
    </message>
</context>
<context>
    <name>RestorePage</name>
    <message>
        <source>Restore your passbook</source>
        <translation>건강수첩 복구</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>Type your 24 words in order, separated by spaces. English, Traditional Chinese and Korean phrases are recognised.</source>
        <translation>24개 단어를 순서대로 띄어 써서 입력하세요. 영어, 번체 중국어, 한국어 문구를 인식합니다.</translation>
    </message>
    <message>
        <source>Recovery phrase</source>
        <translation>복구 문구</translation>
    </message>
    <message>
        <source>New password for this device</source>
        <translation>이 기기의 새 비밀번호</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>다시 입력하세요</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>복구</translation>
    </message>
    <message>
        <source>Restoring your vault…</source>
        <translation>보관함 복구 중…</translation>
    </message>
</context>
<context>
    <name>Rights</name>
    <message>
        <source>see records</source>
        <translation>기록 보기</translation>
    </message>
    <message>
        <source>decide on requests</source>
        <translation>요청 결정</translation>
    </message>
    <message>
        <source>manage consents</source>
        <translation>동의 관리</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>없음</translation>
    </message>
</context>
<context>
    <name>ScanCodeButton</name>
    <message>
        <source>Scan with the camera</source>
        <translation>카메라로 스캔</translation>
    </message>
    <message>
        <source>Point the camera at the QR code.</source>
        <translation>카메라를 QR 코드에 맞추세요.</translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation>카메라 미리보기</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>보안</translation>
    </message>
    <message>
        <source>Lock automatically after</source>
        <translation>자동 잠금 시간</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1분</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1분</translation>
    </message>
    <message>
        <source>The passbook also locks when you lock your computer or leave the app on your phone.</source>
        <translation>컴퓨터를 잠그거나 휴대폰에서 앱을 벗어나도 건강수첩이 잠깁니다.</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>비밀번호 변경</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>지금 잠그기</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>계정</translation>
    </message>
    <message>
        <source>Account address %1</source>
        <translation>계정 주소 %1</translation>
    </message>
    <message>
        <source>Hospitals' network</source>
        <translation>병원 네트워크</translation>
    </message>
    <message>
        <source>Using %1.</source>
        <translation>%1 사용 중.</translation>
    </message>
    <message>
        <source>No network chosen yet. Your hospitals' consortium gives you a network profile file.</source>
        <translation>아직 네트워크를 선택하지 않았습니다. 병원 컨소시엄에서 네트워크 프로필 파일을 받을 수 있습니다.</translation>
    </message>
    <message>
        <source>Path of the network profile file</source>
        <translation>네트워크 프로필 파일 경로</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>사용</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>The language changes at once; dates and numbers follow it.</source>
        <translation>언어가 바로 바뀌며 날짜와 숫자 형식도 따라 바뀝니다.</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>내 데이터</translation>
    </message>
    <message>
        <source>Save every record on this device as one FHIR file, to keep or to give to another doctor. The file is not encrypted.</source>
        <translation>이 기기의 모든 기록을 FHIR 파일 하나로 저장해 보관하거나 다른 의사에게 줄 수 있습니다. 이 파일은 암호화되지 않습니다.</translation>
    </message>
    <message>
        <source>Path of the file to write</source>
        <translation>저장할 파일 경로</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>이 기기</translation>
    </message>
    <message>
        <source>Remove your passbook from this device, for example before you give it away. Your records stay at your hospitals and your consents on the ledger; your recovery phrase brings everything back on any device.</source>
        <translation>예를 들어 기기를 넘기기 전에 이 기기에서 통장을 지우세요. 기록은 병원에, 동의는 원장에 남아 있으며 복구 문구로 어느 기기에서든 모두 되살릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Delete this device's copy…</source>
        <translation>이 기기의 사본 삭제…</translation>
    </message>
    <message>
        <source>Show recovery phrase…</source>
        <translation>복구 문구 보기…</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>주소 복사</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in 30 seconds.</source>
        <translation>복사했습니다. 클립보드는 30초 뒤에 지워집니다.</translation>
    </message>
    <message>
        <source>Unlock with fingerprint</source>
        <translation>지문으로 잠금 해제</translation>
    </message>
    <message>
        <source>Fingerprint unlock is not offered: %1</source>
        <translation>지문 잠금 해제를 쓸 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>SharingPage</name>
    <message>
        <source>Sharing</source>
        <translation>공유</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로고침</translation>
    </message>
    <message>
        <source>Requests (%1)</source>
        <translation>요청 (%1)</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>요청</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>동의</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>활동</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Very weak</source>
        <translation>매우 약함</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>약함</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>보통</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>좋음</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>강함</translation>
    </message>
    <message>
        <source>Password strength: %1</source>
        <translation>비밀번호 강도: %1</translation>
    </message>
    <message>
        <source>Use at least %1 characters. A short sentence works well.</source>
        <translation>최소 %1자 이상 사용하세요. 짧은 문장이 좋습니다.</translation>
    </message>
    <message>
        <source>%1 — use at least %2 characters.</source>
        <translation>%1 — 최소 %2자 이상 사용하세요.</translation>
    </message>
    <message>
        <source>%1 — add more words or characters.</source>
        <translation>%1 — 단어나 문자를 더 추가하세요.</translation>
    </message>
</context>
<context>
    <name>SyncOutcome</name>
    <message>
        <source>Sync cancelled; what arrived is kept.</source>
        <translation>동기화를 취소했습니다. 받은 기록은 그대로 둡니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation><numerusform>새 기록 %n건</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation><numerusform>갱신 %n건</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation><numerusform>거부 %n건</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n altered after anchoring</source>
        <translation><numerusform>기록 후 변경 %n건</numerusform></translation>
    </message>
    <message>
        <source>Up to date: %1</source>
        <translation>최신 상태: %1</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>My passbook</source>
        <translation>나의 건강수첩</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로고침</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>잠금</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>동기화 진행률</translation>
    </message>
    <message>
        <source>Search your records</source>
        <translation>기록 검색</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 보기</translation>
    </message>
    <message>
        <source>All hospitals</source>
        <translation>모든 병원</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>병원</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation><numerusform>기록 %n건</numerusform></translation>
    </message>
    <message>
        <source>No records yet</source>
        <translation>아직 기록이 없습니다</translation>
    </message>
    <message>
        <source>Nothing matches</source>
        <translation>일치하는 기록이 없습니다</translation>
    </message>
    <message>
        <source>First choose your hospitals' network in Settings, then connect each hospital with the activation code it gives you.</source>
        <translation>먼저 설정에서 병원 네트워크를 선택한 다음, 각 병원에서 받은 활성화 코드로 연결하세요.</translation>
    </message>
    <message>
        <source>Connect the hospitals that treat you, with the activation code each gives you. Your records then appear here, verified against the ledger.</source>
        <translation>진료받는 병원을 각 병원에서 받은 활성화 코드로 연결하세요. 기록이 여기에 표시되고 원장과 대조해 검증됩니다.</translation>
    </message>
    <message>
        <source>Try fewer categories or other words.</source>
        <translation>분류를 줄이거나 다른 단어로 찾아보세요.</translation>
    </message>
    <message>
        <source>Pull the latest records with Refresh.</source>
        <translation>새로고침으로 최신 기록을 받아오세요.</translation>
    </message>
    <message>
        <source>Connect a hospital</source>
        <translation>병원 연결</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>설정 열기</translation>
    </message>
    <message>
        <source>Choose a record to see its details.</source>
        <translation>기록을 선택하면 자세한 내용을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>%1's passbook</source>
        <translation>%1 님의 건강수첩</translation>
    </message>
    <message>
        <source>Whose passbook: %1</source>
        <translation>보고 있는 수첩: %1</translation>
    </message>
    <message>
        <source>Refresh to fetch %1's records from their hospitals. The hospitals check on the ledger that you may see them.</source>
        <translation>새로고침을 눌러 병원에서 %1 님의 기록을 가져오세요. 병원이 원장에서 열람 권한을 확인합니다.</translation>
    </message>
    <message>
        <source>%1's passbook (%2)</source>
        <translation>%1 님의 건강수첩 (%2)</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message numerus="yes">
        <source>Trend of %n value(s)</source>
        <translation><numerusform>값 %n개의 추이</numerusform></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Unlock</source>
        <translation>잠금 해제</translation>
    </message>
    <message>
        <source>Health Passbook</source>
        <translation>건강수첩</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>잠김</translation>
    </message>
    <message>
        <source>Account %1…%2</source>
        <translation>계정 %1…%2</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Too many wrong passwords. For your safety, try again in 1 second.</source>
        <translation>잘못된 비밀번호가 너무 많습니다. 안전을 위해 1초 후에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Too many wrong passwords. For your safety, try again in %1 seconds.</source>
        <translation>잘못된 비밀번호가 너무 많습니다. 안전을 위해 %1초 후에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Rebuild the record database</source>
        <translation>기록 데이터베이스 다시 만들기</translation>
    </message>
    <message>
        <source>Forgot your password?</source>
        <translation>비밀번호를 잊으셨나요?</translation>
    </message>
    <message>
        <source>Restore with recovery phrase</source>
        <translation>복구 문구로 복구</translation>
    </message>
    <message>
        <source>Rebuild the record database?</source>
        <translation>기록 데이터베이스를 다시 만들까요?</translation>
    </message>
    <message>
        <source>A new, empty database will be made and your records downloaded again from your hospitals. The damaged one is kept on this device, not deleted.</source>
        <translation>비어 있는 새 데이터베이스를 만들고 병원에서 기록을 다시 받아옵니다. 손상된 데이터베이스는 삭제하지 않고 이 기기에 보관합니다.</translation>
    </message>
    <message>
        <source>Rebuild</source>
        <translation>다시 만들기</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>잠금 해제 중…</translation>
    </message>
    <message>
        <source>Unlock with fingerprint</source>
        <translation>지문으로 잠금 해제</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>환영합니다</translation>
    </message>
    <message>
        <source>Health Passbook</source>
        <translation>건강수첩</translation>
    </message>
    <message>
        <source>One passbook for the records your hospitals keep about you — and your say over who may see them.</source>
        <translation>여러 병원이 보관한 나의 기록을 한 권의 수첩에 — 누가 볼 수 있는지는 내가 정합니다.</translation>
    </message>
    <message>
        <source>Your keys stay on this device, in a vault only your password opens.</source>
        <translation>열쇠는 이 기기에, 내 비밀번호로만 열리는 보관함에 있습니다.</translation>
    </message>
    <message>
        <source>Hospitals ask before passing your records to each other; you approve or deny.</source>
        <translation>병원끼리 기록을 주고받기 전에 먼저 묻고, 내가 승인하거나 거절합니다.</translation>
    </message>
    <message>
        <source>Every decision is recorded on the hospitals' shared ledger, signed by you.</source>
        <translation>모든 결정은 내가 서명하여 병원 공동 원장에 기록됩니다.</translation>
    </message>
    <message>
        <source>Create my passbook</source>
        <translation>내 건강수첩 만들기</translation>
    </message>
    <message>
        <source>Restore with a recovery phrase</source>
        <translation>복구 문구로 복구</translation>
    </message>
</context>
<context>
    <name>passbook</name>
    <message>
        <source>The requester is not in the consortium's directory.</source>
        <translation>요청한 기관이 컨소시엄 명부에 없습니다.</translation>
    </message>
    <message>
        <source>The requester has been suspended from the consortium.</source>
        <translation>요청한 기관이 컨소시엄에서 정지되었습니다.</translation>
    </message>
    <message>
        <source>The hospital said to hold the records is not in the directory.</source>
        <translation>기록을 보관한다는 병원이 명부에 없습니다.</translation>
    </message>
    <message>
        <source>The hospital said to hold the records has been suspended.</source>
        <translation>기록을 보관한다는 병원이 정지되었습니다.</translation>
    </message>
    <message>
        <source>The request names no valid record category.</source>
        <translation>요청에 유효한 기록 종류가 없습니다.</translation>
    </message>
    <message>
        <source>The request gives no valid purpose.</source>
        <translation>요청에 유효한 목적이 없습니다.</translation>
    </message>
    <message>
        <source>The request has already expired.</source>
        <translation>요청이 이미 만료되었습니다.</translation>
    </message>
    <message>
        <source>Request %1 is already %2.</source>
        <translation>요청 %1은(는) 이미 %2 상태입니다.</translation>
    </message>
    <message>
        <source>Request %1 is not known on this device yet; sync and try again.</source>
        <translation>이 기기에 아직 요청 %1이(가) 없습니다. 동기화한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Request %1 is not about you.</source>
        <translation>요청 %1은(는) 나에 대한 것이 아닙니다.</translation>
    </message>
    <message>
        <source>Request %1 cannot be approved: %2</source>
        <translation>요청 %1은(는) 승인할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Choose at least one category to share, or deny the request.</source>
        <translation>공유할 종류를 하나 이상 고르거나 요청을 거절하세요.</translation>
    </message>
    <message>
        <source>You can only share fewer categories than were asked for, not more (%1 was not asked for).</source>
        <translation>요청보다 적은 종류만 공유할 수 있고 더 많이는 안 됩니다(%1은(는) 요청되지 않았습니다).</translation>
    </message>
    <message>
        <source>You can only shorten the time asked for, not extend it.</source>
        <translation>요청된 기간을 줄일 수만 있고 늘릴 수는 없습니다.</translation>
    </message>
    <message>
        <source>That end date has already passed.</source>
        <translation>그 종료일은 이미 지났습니다.</translation>
    </message>
    <message>
        <source>Consent %1 is already revoked.</source>
        <translation>동의 %1은(는) 이미 철회되었습니다.</translation>
    </message>
    <message>
        <source>There is no consent %1 on the ledger.</source>
        <translation>원장에 동의 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Consent %1 is not yours.</source>
        <translation>동의 %1은(는) 내 것이 아닙니다.</translation>
    </message>
    <message>
        <source>Consent %1 is not known on this device yet; sync and try again.</source>
        <translation>이 기기에 아직 동의 %1이(가) 없습니다. 동기화한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>%1 is not a participant of this consortium.</source>
        <translation>%1은(는) 이 컨소시엄의 참여 기관이 아닙니다.</translation>
    </message>
    <message>
        <source>%1 has been suspended from the consortium.</source>
        <translation>%1은(는) 컨소시엄에서 정지되었습니다.</translation>
    </message>
    <message>
        <source>The hospital chosen to release the records is not in the directory.</source>
        <translation>기록을 제공하도록 고른 병원이 명부에 없습니다.</translation>
    </message>
    <message>
        <source>Choose at least one category to share.</source>
        <translation>공유할 종류를 하나 이상 고르세요.</translation>
    </message>
    <message>
        <source>Choose why you are sharing.</source>
        <translation>공유하는 목적을 고르세요.</translation>
    </message>
    <message>
        <source>That is not a valid account address. An address starts with 0x and has 40 letters and digits; check it and try again.</source>
        <translation>올바른 계정 주소가 아닙니다. 주소는 0x로 시작하고 40개의 영문자와 숫자로 이루어집니다. 확인하고 다시 시도하세요.</translation>
    </message>
    <message>
        <source>This address has a typing mistake: its checksum does not match. Copy it again from its source.</source>
        <translation>이 주소에 입력 오류가 있습니다: 체크섬이 맞지 않습니다. 원본에서 다시 복사하세요.</translation>
    </message>
    <message>
        <source>The key does not open this data.</source>
        <translation>이 키로는 이 데이터를 열 수 없습니다.</translation>
    </message>
    <message>
        <source>This recovery phrase cannot produce a key on the standard path.</source>
        <translation>이 복구 문구로는 표준 경로의 키를 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>The key path is not valid.</source>
        <translation>키 경로가 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>The recovery data has the wrong length.</source>
        <translation>복구 데이터의 길이가 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>A recovery phrase has 24 words (older wallets: 12, 15, 18 or 21); this one has %1. Check that no word is missing or doubled.</source>
        <translation>복구 문구는 24단어입니다(예전 지갑은 12, 15, 18, 21단어). 이 문구는 %1단어입니다. 빠지거나 겹친 단어가 없는지 확인하세요.</translation>
    </message>
    <message>
        <source>Word %1 is not in the %2 recovery word list. Check its spelling against what you wrote down.</source>
        <translation>%1번째 단어가 %2 복구 단어 목록에 없습니다. 적어 둔 것과 철자를 비교하세요.</translation>
    </message>
    <message>
        <source>Every word is a valid recovery word, but together they do not add up: the checksum carried by word %1 does not match. One of the words is wrong or two are swapped; compare them one by one with what you wrote down.</source>
        <translation>모든 단어가 올바른 복구 단어이지만 함께 맞지 않습니다: %1번째 단어의 체크섬이 일치하지 않습니다. 한 단어가 틀렸거나 두 단어가 바뀌었습니다. 적어 둔 것과 하나씩 비교하세요.</translation>
    </message>
    <message>
        <source>The vault file is damaged: its password settings cannot be read.</source>
        <translation>보관함 파일이 손상되었습니다: 비밀번호 설정을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The vault's password settings are not valid.</source>
        <translation>보관함의 비밀번호 설정이 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>This device ran out of memory while checking the password. Close other apps and try again.</source>
        <translation>비밀번호를 확인하는 중 이 기기의 메모리가 부족했습니다. 다른 앱을 닫고 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The signature is malformed.</source>
        <translation>서명 형식이 잘못되었습니다.</translation>
    </message>
    <message>
        <source>The signature is not valid.</source>
        <translation>서명이 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>The key is not a valid signing key.</source>
        <translation>이 키는 올바른 서명 키가 아닙니다.</translation>
    </message>
    <message>
        <source>The hospital at %1 cannot be reached right now; try again later.</source>
        <translation>지금은 %1의 병원에 연결할 수 없습니다. 나중에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The hospital answered with something that is not valid FHIR; nothing from that answer was used.</source>
        <translation>병원의 응답이 올바른 FHIR가 아니어서 그 응답의 내용은 사용하지 않았습니다.</translation>
    </message>
    <message>
        <source>Sync was cancelled.</source>
        <translation>동기화가 취소되었습니다.</translation>
    </message>
    <message>
        <source>The hospital did not accept the sign-in.</source>
        <translation>병원이 로그인을 받아들이지 않았습니다.</translation>
    </message>
    <message>
        <source>The hospital refused the request.</source>
        <translation>병원이 요청을 거절했습니다.</translation>
    </message>
    <message>
        <source>The hospital does not have what was asked for.</source>
        <translation>병원에 요청한 내용이 없습니다.</translation>
    </message>
    <message>
        <source>The record's integrity proof is malformed.</source>
        <translation>기록의 무결성 증명 형식이 잘못되었습니다.</translation>
    </message>
    <message>
        <source>A record from the hospital is not a FHIR resource.</source>
        <translation>병원에서 온 기록 하나가 FHIR 자원이 아닙니다.</translation>
    </message>
    <message>
        <source>A record from the hospital has no valid id.</source>
        <translation>병원에서 온 기록 하나에 올바른 ID가 없습니다.</translation>
    </message>
    <message>
        <source>A %1 record does not say whose record it is; it was not added.</source>
        <translation>%1 기록 하나가 누구의 기록인지 밝히지 않아 추가하지 않았습니다.</translation>
    </message>
    <message>
        <source>A %1 record is about another patient; it was not added.</source>
        <translation>%1 기록 하나가 다른 환자의 것이어서 추가하지 않았습니다.</translation>
    </message>
    <message>
        <source>A %1 record has an impossible date; it was not added.</source>
        <translation>%1 기록 하나의 날짜가 불가능하여 추가하지 않았습니다.</translation>
    </message>
    <message>
        <source>A %1 record is dated %2, which cannot be right; it was not added.</source>
        <translation>%1 기록 하나의 날짜가 %2(으)로 맞을 수 없어 추가하지 않았습니다.</translation>
    </message>
    <message>
        <source>A lab or vital-sign value is not a number; the record was not added.</source>
        <translation>검사나 활력 징후 값이 숫자가 아니어서 기록을 추가하지 않았습니다.</translation>
    </message>
    <message>
        <source>The hospital's sign-in message is not valid.</source>
        <translation>병원의 로그인 메시지가 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>The hospital asked to sign something other than a sign-in to itself; nothing was signed.</source>
        <translation>병원이 자신에게 로그인하는 것 외의 것에 서명을 요청하여 아무것도 서명하지 않았습니다.</translation>
    </message>
    <message>
        <source>The ledger sent data that cannot be read.</source>
        <translation>원장이 읽을 수 없는 데이터를 보냈습니다.</translation>
    </message>
    <message>
        <source>A ledger event could not be read.</source>
        <translation>원장 이벤트 하나를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The hospitals' ledger cannot be reached right now. Check the connection; nothing you signed is lost, and it will be sent when the ledger answers.</source>
        <translation>지금은 병원 공동 원장에 연결할 수 없습니다. 연결을 확인하세요. 서명한 것은 사라지지 않으며 원장이 응답하면 전송됩니다.</translation>
    </message>
    <message>
        <source>The ledger refused the request.</source>
        <translation>원장이 요청을 거부했습니다.</translation>
    </message>
    <message>
        <source>The ledger refused live updates; the app will poll instead.</source>
        <translation>원장이 실시간 업데이트를 거부하여 앱이 대신 주기적으로 확인합니다.</translation>
    </message>
    <message>
        <source>This network profile cannot be used: %1</source>
        <translation>이 네트워크 프로필은 사용할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Only the consortium's administrator may do this.</source>
        <translation>컨소시엄 관리자만 할 수 있습니다.</translation>
    </message>
    <message>
        <source>An account address is missing.</source>
        <translation>계정 주소가 없습니다.</translation>
    </message>
    <message>
        <source>%1 is already in the consortium's directory.</source>
        <translation>%1은(는) 이미 컨소시엄 명부에 있습니다.</translation>
    </message>
    <message>
        <source>%1 is not in the consortium's directory.</source>
        <translation>%1은(는) 컨소시엄 명부에 없습니다.</translation>
    </message>
    <message>
        <source>%1 is not an active participant of the consortium.</source>
        <translation>%1은(는) 컨소시엄의 활성 참여 기관이 아닙니다.</translation>
    </message>
    <message>
        <source>Only a hospital may use emergency access.</source>
        <translation>병원만 긴급 접근을 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>Participant kind %1 is not one the consortium knows.</source>
        <translation>컨소시엄이 모르는 참여 기관 유형 %1입니다.</translation>
    </message>
    <message>
        <source>Purpose %1 is not one the consortium knows.</source>
        <translation>컨소시엄이 모르는 목적 %1입니다.</translation>
    </message>
    <message>
        <source>The record categories asked for are not valid.</source>
        <translation>요청한 기록 종류가 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>Those caregiver rights are not valid.</source>
        <translation>그 보호자 권한은 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>The end date has already passed. Choose a date in the future.</source>
        <translation>종료일이 이미 지났습니다. 미래의 날짜를 고르세요.</translation>
    </message>
    <message>
        <source>There is no request number %1.</source>
        <translation>%1번 요청이 없습니다.</translation>
    </message>
    <message>
        <source>Request %1 has already been answered.</source>
        <translation>요청 %1에는 이미 답했습니다.</translation>
    </message>
    <message>
        <source>Request %1 has expired; the hospital has to ask again.</source>
        <translation>요청 %1이(가) 만료되었습니다. 병원이 다시 요청해야 합니다.</translation>
    </message>
    <message>
        <source>Only the patient, or a caregiver the patient allowed to do so, may do this.</source>
        <translation>환자 본인이나 환자가 허락한 보호자만 할 수 있습니다.</translation>
    </message>
    <message>
        <source>An approval may leave out categories that were asked for, never add others.</source>
        <translation>승인할 때 요청된 종류를 뺄 수는 있지만 다른 종류를 더할 수는 없습니다.</translation>
    </message>
    <message>
        <source>An approval may end sooner than asked, never later.</source>
        <translation>승인은 요청보다 일찍 끝날 수는 있지만 늦게 끝날 수는 없습니다.</translation>
    </message>
    <message>
        <source>There is no consent number %1.</source>
        <translation>%1번 동의가 없습니다.</translation>
    </message>
    <message>
        <source>Consent %1 is no longer active: it was revoked or has expired.</source>
        <translation>동의 %1은(는) 더 이상 유효하지 않습니다: 철회되었거나 만료되었습니다.</translation>
    </message>
    <message>
        <source>You cannot make yourself your own caregiver.</source>
        <translation>자기 자신을 보호자로 지정할 수 없습니다.</translation>
    </message>
    <message>
        <source>The record batch to anchor has no root.</source>
        <translation>기록할 기록 묶음에 루트가 없습니다.</translation>
    </message>
    <message>
        <source>The record batch to anchor is empty.</source>
        <translation>기록할 기록 묶음이 비어 있습니다.</translation>
    </message>
    <message>
        <source>That release of records is not covered by consent %1.</source>
        <translation>그 기록 제공은 동의 %1의 범위에 들지 않습니다.</translation>
    </message>
    <message>
        <source>The ledger refused the transaction without saying why.</source>
        <translation>원장이 이유를 밝히지 않고 거래를 거부했습니다.</translation>
    </message>
    <message>
        <source>The ledger refused: %1</source>
        <translation>원장이 거부했습니다: %1</translation>
    </message>
    <message>
        <source>The ledger refused the transaction.</source>
        <translation>원장이 거래를 거부했습니다.</translation>
    </message>
    <message>
        <source>The ledger's contract failed an internal check.</source>
        <translation>원장 계약의 내부 검사가 실패했습니다.</translation>
    </message>
    <message>
        <source>The ledger refused the transaction (reason %1).</source>
        <translation>원장이 거래를 거부했습니다(이유 %1).</translation>
    </message>
    <message>
        <source>'%1' is not a %2. Use one of: %3.</source>
        <translation>'%1'은(는) 올바른 %2이(가) 아닙니다. 다음 중 하나를 쓰세요: %3.</translation>
    </message>
    <message>
        <source>Name at least one record category.</source>
        <translation>기록 종류를 하나 이상 지정하세요.</translation>
    </message>
    <message>
        <source>'%1' is not a date. Use 2027-01-31, 2027-01-31T18:00:00Z, or 30d / 12h.</source>
        <translation>'%1'은(는) 날짜가 아닙니다. 2027-01-31, 2027-01-31T18:00:00Z 또는 30d / 12h 형식을 쓰세요.</translation>
    </message>
    <message>
        <source>The date %1 has already passed.</source>
        <translation>%1 날짜는 이미 지났습니다.</translation>
    </message>
    <message>
        <source>The transaction cannot be read.</source>
        <translation>거래를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The ledger at this address belongs to another network (chain %1, expected %2). Check the network profile; nothing was sent.</source>
        <translation>이 주소의 원장은 다른 네트워크에 속합니다(체인 %1, 예상 %2). 네트워크 프로필을 확인하세요. 아무것도 전송하지 않았습니다.</translation>
    </message>
    <message>
        <source>The contract could not be created.</source>
        <translation>계약을 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>The hospitals' ledger cannot be reached right now. Your decision is kept on this device and will be signed and sent as soon as the ledger answers.</source>
        <translation>지금은 병원 공동 원장에 연결할 수 없습니다. 결정은 이 기기에 보관되며 원장이 응답하는 대로 서명하여 전송됩니다.</translation>
    </message>
    <message>
        <source>%1 is no longer an active member of the consortium.</source>
        <translation>%1은(는) 더 이상 컨소시엄의 활성 회원이 아닙니다.</translation>
    </message>
    <message>
        <source>%1's address in the directory is not a secure (https) address.</source>
        <translation>명부에 있는 %1의 주소는 보안(https) 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>The server at %1 does not present itself as %2 of this consortium; nothing was sent.</source>
        <translation>%1의 서버가 이 컨소시엄의 %2(으)로 자신을 밝히지 않아 아무것도 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>The hospital keeps sending more pages; sync stopped.</source>
        <translation>병원이 계속 더 많은 페이지를 보내 동기화를 멈췄습니다.</translation>
    </message>
    <message>
        <source>The export file could not be created: %1</source>
        <translation>내보낼 파일을 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The export file could not be written: %1</source>
        <translation>내보낼 파일을 쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Too many wrong passwords. For your safety, wait %1 before trying again.</source>
        <translation>틀린 비밀번호가 너무 많습니다. 안전을 위해 %1 기다린 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Your password is right, but the record database on this device is damaged. Your keys are safe: rebuild the database and your records will be downloaded again from your hospitals.</source>
        <translation>비밀번호는 맞지만 이 기기의 기록 데이터베이스가 손상되었습니다. 키는 안전합니다: 데이터베이스를 다시 만들면 병원에서 기록을 다시 내려받습니다.</translation>
    </message>
    <message>
        <source>The record database could not be written: the device's storage is full or read-only. Nothing was lost; free some space and try again.</source>
        <translation>기록 데이터베이스에 쓸 수 없습니다: 기기 저장 공간이 가득 찼거나 읽기 전용입니다. 잃은 것은 없습니다. 공간을 비우고 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The record database reported an unexpected error.</source>
        <translation>기록 데이터베이스에서 예기치 않은 오류가 났습니다.</translation>
    </message>
    <message>
        <source>Internal error opening the database.</source>
        <translation>데이터베이스를 여는 중 내부 오류가 났습니다.</translation>
    </message>
    <message>
        <source>This build of the app has no database encryption and will not store records.</source>
        <translation>이 앱 빌드에는 데이터베이스 암호화가 없어 기록을 저장하지 않습니다.</translation>
    </message>
    <message>
        <source>The database encryption is not set up as required.</source>
        <translation>데이터베이스 암호화가 요구대로 설정되지 않았습니다.</translation>
    </message>
    <message>
        <source>This record database was written by a newer version of Health Passbook. Update the app to open it.</source>
        <translation>이 기록 데이터베이스는 더 새로운 버전의 건강 통장으로 만들어졌습니다. 앱을 업데이트한 뒤 여세요.</translation>
    </message>
    <message>
        <source>A vault setting is missing.</source>
        <translation>보관함 설정 하나가 없습니다.</translation>
    </message>
    <message>
        <source>The vault file on this device is damaged or was changed, so it cannot be opened. If you have your 24-word recovery phrase, restore from it.</source>
        <translation>이 기기의 보관함 파일이 손상되었거나 바뀌어 열 수 없습니다. 24단어 복구 문구가 있다면 그것으로 복구하세요.</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of Health Passbook. Update the app to open it.</source>
        <translation>이 보관함은 더 새로운 버전의 건강 통장으로 만들어졌습니다. 앱을 업데이트한 뒤 여세요.</translation>
    </message>
    <message>
        <source>There is no vault on this device yet.</source>
        <translation>이 기기에는 아직 보관함이 없습니다.</translation>
    </message>
    <message>
        <source>The vault file cannot be read. Check that the app may read its data folder.</source>
        <translation>보관함 파일을 읽을 수 없습니다. 앱이 데이터 폴더를 읽을 수 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>The vault could not be saved: the device's storage is full or read-only. Nothing was changed; free some space and try again.</source>
        <translation>보관함을 저장할 수 없습니다: 기기 저장 공간이 가득 찼거나 읽기 전용입니다. 바뀐 것은 없습니다. 공간을 비우고 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Unlock the vault first.</source>
        <translation>먼저 보관함 잠금을 해제하세요.</translation>
    </message>
    <message>
        <source>This password is too easy to guess. %1</source>
        <translation>이 비밀번호는 너무 쉽게 추측됩니다. %1</translation>
    </message>
    <message>
        <source>A vault already exists in this profile. Unlock it, or remove it first.</source>
        <translation>이 프로필에는 이미 보관함이 있습니다. 잠금을 해제하거나 먼저 지우세요.</translation>
    </message>
    <message>
        <source>The app could not create its data folder. Check free space.</source>
        <translation>앱이 데이터 폴더를 만들 수 없습니다. 남은 공간을 확인하세요.</translation>
    </message>
    <message>
        <source>The app could not make room for the restored vault. Check free space.</source>
        <translation>앱이 복구한 보관함을 둘 공간을 만들 수 없습니다. 남은 공간을 확인하세요.</translation>
    </message>
    <message>
        <source>The app could not move the old vault aside. Check free space.</source>
        <translation>앱이 예전 보관함을 옮겨 둘 수 없습니다. 남은 공간을 확인하세요.</translation>
    </message>
    <message>
        <source>The vault file has no password slot.</source>
        <translation>보관함 파일에 비밀번호 슬롯이 없습니다.</translation>
    </message>
    <message>
        <source>The vault file is damaged: its identity cannot be read. Restore from your recovery phrase.</source>
        <translation>보관함 파일이 손상되었습니다: 신원을 읽을 수 없습니다. 복구 문구로 복구하세요.</translation>
    </message>
    <message>
        <source>The vault file is damaged: its identity does not match its address.</source>
        <translation>보관함 파일이 손상되었습니다: 신원이 주소와 맞지 않습니다.</translation>
    </message>
    <message>
        <source>The record database on this device is damaged. Rebuild it and your records will be downloaded again.</source>
        <translation>이 기기의 기록 데이터베이스가 손상되었습니다. 다시 만들면 기록을 다시 내려받습니다.</translation>
    </message>
    <message>
        <source>The record database on this device belongs to another vault. Rebuild it and your records will be downloaded again.</source>
        <translation>이 기기의 기록 데이터베이스는 다른 보관함의 것입니다. 다시 만들면 기록을 다시 내려받습니다.</translation>
    </message>
    <message>
        <source>The record database on this device is older than your vault: an old copy was put back. Nothing was changed. Rebuild the database and your records will be downloaded again from your hospitals.</source>
        <translation>이 기기의 기록 데이터베이스가 보관함보다 오래되었습니다: 예전 사본이 되돌려졌습니다. 바뀐 것은 없습니다. 데이터베이스를 다시 만들면 병원에서 기록을 다시 내려받습니다.</translation>
    </message>
    <message>
        <source>The vault file on this device is an older copy than its database (was an old backup put back?). For your safety it will not be opened. Restore from your recovery phrase.</source>
        <translation>이 기기의 보관함 파일이 데이터베이스보다 오래된 사본입니다(예전 백업을 되돌렸나요?). 안전을 위해 열지 않습니다. 복구 문구로 복구하세요.</translation>
    </message>
    <message>
        <source>The vault file on this device was changed by something other than this app, so it will not be trusted. Restore from your recovery phrase.</source>
        <translation>이 기기의 보관함 파일이 이 앱이 아닌 무언가에 의해 바뀌어 신뢰하지 않습니다. 복구 문구로 복구하세요.</translation>
    </message>
    <message>
        <source>The vault file could not be deleted. Check that the app may write to its data folder, then try again.</source>
        <translation>보관함 파일을 지울 수 없습니다. 앱이 데이터 폴더에 쓸 수 있는지 확인한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The vault was deleted, but some of its encrypted files could not be removed from %1.</source>
        <translation>보관함은 지웠지만 암호화된 파일 일부를 %1에서 지울 수 없었습니다.</translation>
    </message>
    <message>
        <source>The vault file changed while the app was using it.</source>
        <translation>앱이 사용하는 동안 보관함 파일이 바뀌었습니다.</translation>
    </message>
    <message>
        <source>The recovery phrase cannot be read from the vault.</source>
        <translation>보관함에서 복구 문구를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Choose an automatic lock time between 30 seconds and 24 hours.</source>
        <translation>자동 잠금 시간을 30초에서 24시간 사이로 고르세요.</translation>
    </message>
    <message>
        <source>The damaged database could not be moved aside. Check free space.</source>
        <translation>손상된 데이터베이스를 옮겨 둘 수 없습니다. 남은 공간을 확인하세요.</translation>
    </message>
    <message>
        <source>The ledger refused the transaction: %1</source>
        <translation>원장이 거래를 거부했습니다: %1</translation>
    </message>
    <message>
        <source>Choose a password of at least %1 characters.</source>
        <translation>%1자 이상의 비밀번호를 고르세요.</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>%1자 이상 쓰세요.</translation>
    </message>
    <message>
        <source>Add more words or characters: a short sentence is easy to remember and hard to guess.</source>
        <translation>단어나 글자를 더 넣으세요: 짧은 문장은 기억하기 쉽고 추측하기 어렵습니다.</translation>
    </message>
    <message>
        <source>That password is not right. Check the keyboard language and Caps Lock, then try again.</source>
        <translation>비밀번호가 맞지 않습니다. 키보드 언어와 Caps Lock을 확인하고 다시 시도하세요.</translation>
    </message>
    <message numerus="yes">
        <source>After %n more wrong attempt(s) you will have to wait before trying again.</source>
        <translation><numerusform>%n번 더 틀리면 다시 시도하기 전에 기다려야 합니다.</numerusform></translation>
    </message>
    <message>
        <source>You will have to wait before each further attempt.</source>
        <translation>이제부터는 시도할 때마다 기다려야 합니다.</translation>
    </message>
    <message>
        <source>This device offers no fingerprint or face check to the app.</source>
        <translation>이 기기에는 앱이 쓸 수 있는 지문이나 얼굴 확인이 없습니다.</translation>
    </message>
    <message>
        <source>No finger was read in time.</source>
        <translation>시간 안에 지문을 읽지 못했습니다.</translation>
    </message>
    <message>
        <source>The system's fingerprint service cannot be reached.</source>
        <translation>시스템의 지문 서비스에 연결할 수 없습니다.</translation>
    </message>
    <message>
        <source>This computer has no fingerprint reader.</source>
        <translation>이 컴퓨터에는 지문 인식기가 없습니다.</translation>
    </message>
    <message>
        <source>The system's fingerprint service (fprintd) is not running.</source>
        <translation>시스템의 지문 서비스(fprintd)가 실행되고 있지 않습니다.</translation>
    </message>
    <message>
        <source>No fingerprint is enrolled for you on this computer.</source>
        <translation>이 컴퓨터에 등록된 내 지문이 없습니다.</translation>
    </message>
    <message>
        <source>Another program is using the fingerprint reader.</source>
        <translation>다른 프로그램이 지문 인식기를 쓰고 있습니다.</translation>
    </message>
    <message>
        <source>The fingerprint reader could not be used.</source>
        <translation>지문 인식기를 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>The fingerprint reader could not start.</source>
        <translation>지문 인식기를 시작할 수 없습니다.</translation>
    </message>
    <message>
        <source>That fingerprint does not match.</source>
        <translation>지문이 일치하지 않습니다.</translation>
    </message>
    <message>
        <source>The fingerprint reader was disconnected.</source>
        <translation>지문 인식기 연결이 끊어졌습니다.</translation>
    </message>
    <message>
        <source>The fingerprint could not be read.</source>
        <translation>지문을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Try again: place your finger flat on the reader.</source>
        <translation>다시 해 보세요: 손가락을 인식기에 평평하게 대세요.</translation>
    </message>
    <message>
        <source>This device has no secure key store the app can use.</source>
        <translation>이 기기에는 앱이 쓸 수 있는 보안 키 저장소가 없습니다.</translation>
    </message>
    <message>
        <source>The key store refused access.</source>
        <translation>키 저장소가 접근을 거부했습니다.</translation>
    </message>
    <message>
        <source>The key store could not be used.</source>
        <translation>키 저장소를 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>The key store no longer has this key.</source>
        <translation>키 저장소에 이 키가 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>Fingerprint unlock is not set up; use your password.</source>
        <translation>지문 잠금 해제가 설정되어 있지 않습니다. 비밀번호를 쓰세요.</translation>
    </message>
    <message>
        <source>Fingerprint unlock no longer works on this device; use your password, then turn it on again.</source>
        <translation>이 기기에서 지문 잠금 해제가 더 이상 작동하지 않습니다. 비밀번호를 쓴 뒤 다시 켜세요.</translation>
    </message>
    <message>
        <source>No fingerprint or face is enrolled on this phone.</source>
        <translation>이 휴대폰에 등록된 지문이나 얼굴이 없습니다.</translation>
    </message>
    <message>
        <source>This phone has no fingerprint or face reader.</source>
        <translation>이 휴대폰에는 지문이나 얼굴 인식기가 없습니다.</translation>
    </message>
    <message>
        <source>Biometric unlock is not available on this phone.</source>
        <translation>이 휴대폰에서는 생체 인식 잠금 해제를 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Unlock Health Passbook</source>
        <translation>건강 통장 잠금 해제</translation>
    </message>
    <message>
        <source>Use password</source>
        <translation>비밀번호 사용</translation>
    </message>
    <message>
        <source>No fingerprint or face is enrolled on this device.</source>
        <translation>이 기기에 등록된 지문이나 얼굴이 없습니다.</translation>
    </message>
    <message>
        <source>This device has no fingerprint or face reader.</source>
        <translation>이 기기에는 지문이나 얼굴 인식기가 없습니다.</translation>
    </message>
    <message>
        <source>This is not a valid care-invite code. Ask the person you care for to share it again.</source>
        <translation>올바른 돌봄 초대 코드가 아닙니다. 돌보는 분께 다시 공유해 달라고 하세요.</translation>
    </message>
    <message>
        <source>This care-invite code was changed after the person you care for made it; it cannot be used.</source>
        <translation>이 돌봄 초대 코드는 돌보는 분이 만든 뒤 바뀌어 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>This care-invite code belongs to another hospitals' network than the one this app uses.</source>
        <translation>이 돌봄 초대 코드는 이 앱이 쓰는 것과 다른 병원 네트워크의 것입니다.</translation>
    </message>
    <message>
        <source>That file is not a picture this app can open.</source>
        <translation>이 앱에서 열 수 있는 사진 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>No QR code could be read in that picture. Try a sharper picture, or paste the code as text.</source>
        <translation>이 사진에서 QR 코드를 읽을 수 없습니다. 더 선명한 사진을 쓰거나 코드를 텍스트로 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>The list of people you care for is damaged. Add them again from their invite codes.</source>
        <translation>돌보는 사람 목록이 손상되었습니다. 초대 코드로 다시 추가하세요.</translation>
    </message>
    <message>
        <source>This person has not made you a caregiver on the ledger (or it has expired). Ask them to add you first.</source>
        <translation>이 사람은 원장에서 당신을 보호자로 지정하지 않았거나 기간이 끝났습니다. 먼저 추가해 달라고 하세요.</translation>
    </message>
    <message>
        <source>Keep the name to 64 characters or fewer.</source>
        <translation>이름은 64자 이하로 해 주세요.</translation>
    </message>
    <message>
        <source>You do not care for this person in this app.</source>
        <translation>이 앱에서 돌보고 있는 사람이 아닙니다.</translation>
    </message>
    <message>
        <source>%1 has not given you the right to see their records.</source>
        <translation>%1 님은 기록 열람 권한을 주지 않았습니다.</translation>
    </message>
    <message>
        <source>Your access to %1's records has expired, so their records were removed from this device. Ask them to add you again if you still help with their care.</source>
        <translation>%1 님의 기록에 대한 권한이 만료되어 이 기기에서 기록을 삭제했습니다. 계속 돌봄을 돕는다면 다시 추가해 달라고 요청하세요.</translation>
    </message>
    <message>
        <source>%1 has ended your access to their records, so their records were removed from this device.</source>
        <translation>%1 님이 기록 열람 권한을 종료하여 이 기기에서 기록을 삭제했습니다.</translation>
    </message>
    <message>
        <source>The app could not write to its data folder. Check the free space and permissions, then try again.</source>
        <translation>앱이 데이터 폴더에 쓸 수 없습니다. 남은 공간과 권한을 확인한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The copy of these records on this device could not be deleted. Check that the app may write to its data folder, then try again.</source>
        <translation>이 기기의 기록 사본을 삭제할 수 없습니다. 앱이 데이터 폴더에 쓸 수 있는지 확인한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>This is your own invite code: give it to the person who helps with your care.</source>
        <translation>당신의 초대 코드입니다. 돌봄을 돕는 분에게 주세요.</translation>
    </message>
    <message>
        <source>No hospitals' network is set up yet. Import the consortium's network profile first (Settings in the app, 'passbook-cli network use FILE').</source>
        <translation>아직 병원 네트워크가 설정되지 않았습니다. 먼저 컨소시엄의 네트워크 프로필을 가져오세요(앱의 설정, 또는 'passbook-cli network use FILE').</translation>
    </message>
    <message>
        <source>The network profile could not be read.</source>
        <translation>네트워크 프로필을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>That is not the address of someone you care for (see the people you care for).</source>
        <translation>돌보는 분의 주소가 아닙니다(돌보는 분 목록을 확인하세요).</translation>
    </message>
    <message>
        <source>You do not care for %1 on this device; add them from their invite code first (Family in the app, 'passbook-cli care add CODE').</source>
        <translation>이 기기에서 %1 님을 돌보고 있지 않습니다. 먼저 초대 코드로 추가하세요(앱의 가족, 또는 'passbook-cli care add CODE').</translation>
    </message>
    <message>
        <source>That is your own code. Ask the person who helps you for theirs.</source>
        <translation>당신의 코드입니다. 돌봐 주는 분의 코드를 받으세요.</translation>
    </message>
    <message>
        <source>Choose what your caregiver may do.</source>
        <translation>보호자가 할 수 있는 일을 고르세요.</translation>
    </message>
    <message>
        <source>Choose an end date in the future.</source>
        <translation>앞으로의 종료 날짜를 고르세요.</translation>
    </message>
    <message>
        <source>Your access to %1's records has ended.</source>
        <translation>%1 님의 기록에 대한 접근 권한이 끝났습니다.</translation>
    </message>
    <message>
        <source>%1 has not given you the right to decide on requests for them.</source>
        <translation>%1 님은 요청을 대신 결정할 권한을 주지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 has not given you the right to manage their consents.</source>
        <translation>%1 님은 동의를 관리할 권한을 주지 않았습니다.</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>진료 방문</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>진료 방문</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>진단</translation>
    </message>
    <message>
        <source>conditions</source>
        <translation>진단</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>약물</translation>
    </message>
    <message>
        <source>medications</source>
        <translation>약물</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>알레르기</translation>
    </message>
    <message>
        <source>allergies</source>
        <translation>알레르기</translation>
    </message>
    <message>
        <source>Lab results</source>
        <translation>검사 결과</translation>
    </message>
    <message>
        <source>lab results</source>
        <translation>검사 결과</translation>
    </message>
    <message>
        <source>Imaging &amp; pathology</source>
        <translation>영상·병리</translation>
    </message>
    <message>
        <source>imaging &amp; pathology reports</source>
        <translation>영상·병리 보고서</translation>
    </message>
    <message>
        <source>Procedures &amp; surgery</source>
        <translation>시술·수술</translation>
    </message>
    <message>
        <source>procedures &amp; surgery</source>
        <translation>시술·수술</translation>
    </message>
    <message>
        <source>Vaccinations</source>
        <translation>예방접종</translation>
    </message>
    <message>
        <source>vaccinations</source>
        <translation>예방접종</translation>
    </message>
    <message>
        <source>Documents &amp; discharge summaries</source>
        <translation>문서·퇴원요약</translation>
    </message>
    <message>
        <source>documents &amp; discharge summaries</source>
        <translation>문서·퇴원요약</translation>
    </message>
    <message>
        <source>Dental</source>
        <translation>치과</translation>
    </message>
    <message>
        <source>dental</source>
        <translation>치과</translation>
    </message>
    <message>
        <source>Chinese medicine</source>
        <translation>한의학</translation>
    </message>
    <message>
        <source>Care plans &amp; goals</source>
        <translation>치료 계획·목표</translation>
    </message>
    <message>
        <source>care plans &amp; goals</source>
        <translation>치료 계획·목표</translation>
    </message>
    <message>
        <source>Directives</source>
        <translation>사전 의향</translation>
    </message>
    <message>
        <source>directives</source>
        <translation>사전 의향</translation>
    </message>
    <message>
        <source>Preventive care &amp; screenings</source>
        <translation>예방·검진</translation>
    </message>
    <message>
        <source>preventive care &amp; screenings</source>
        <translation>예방·검진</translation>
    </message>
    <message>
        <source>Vital signs</source>
        <translation>활력 징후</translation>
    </message>
    <message>
        <source>vital signs</source>
        <translation>활력 징후</translation>
    </message>
    <message>
        <source>Claims &amp; costs</source>
        <translation>청구·비용</translation>
    </message>
    <message>
        <source>claims &amp; costs</source>
        <translation>청구·비용</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation><numerusform>%1 외 %n개</numerusform></translation>
    </message>
    <message>
        <source>This recovery phrase belongs to a different account than the passbook on this device (%1). Check the words, or remove that passbook first.</source>
        <translation>이 복구 문구는 이 기기의 건강수첩(%1)과 다른 계정의 것입니다. 단어를 확인하거나 먼저 그 건강수첩을 제거하세요.</translation>
    </message>
    <message>
        <source>There is no vault here yet: create or restore one.</source>
        <translation>아직 이 기기에 보관함이 없습니다. 새로 만들거나 복구하세요.</translation>
    </message>
    <message>
        <source>The hospital refused the request. It said: “%1”</source>
        <translation>병원이 요청을 거절했습니다. 병원의 설명: “%1”</translation>
    </message>
    <message>
        <source>The app cannot keep count of password attempts because it cannot write to its data folder (the disk may be full or read-only). Free some space, then try again.</source>
        <translation>앱이 데이터 폴더에 쓸 수 없어(디스크가 가득 찼거나 읽기 전용일 수 있습니다) 비밀번호 시도 횟수를 기록할 수 없습니다. 공간을 확보한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The key is no longer in the key store.</source>
        <translation>키 저장소에 이 키가 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>This computer does not let the app use the kernel's key store.</source>
        <translation>이 컴퓨터는 앱이 커널 키 저장소를 쓰도록 허용하지 않습니다.</translation>
    </message>
    <message>
        <source>The key store gave back something unusable.</source>
        <translation>키 저장소가 쓸 수 없는 값을 돌려주었습니다.</translation>
    </message>
    <message>
        <source>Your password is right, but the record database on this device does not open with it: the database is damaged, or the vault file (vault.json) was put back from before a password change. Nothing was changed. If you have the newer vault file, put it back; otherwise rebuild the database and your records will be downloaded again from your hospitals.</source>
        <translation>비밀번호는 맞지만 이 기기의 기록 데이터베이스가 열리지 않습니다. 데이터베이스가 손상되었거나, 보관함 파일(vault.json)이 비밀번호 변경 전의 것으로 되돌려졌을 수 있습니다. 아무것도 바뀌지 않았습니다. 더 새로운 보관함 파일이 있으면 되돌려 놓으세요. 없으면 데이터베이스를 다시 만드세요. 기록은 병원에서 다시 내려받습니다.</translation>
    </message>
    <message>
        <source>Your password was changed, but the vault could not be opened again. Unlock it with your new password.</source>
        <translation>비밀번호는 변경되었지만 보관함을 다시 열 수 없습니다. 새 비밀번호로 잠금을 해제하세요.</translation>
    </message>
</context>
<context>
    <name>passbook::app::CareController</name>
    <message>
        <source>You now care for %1. Open their passbook here, or from the title of your passbook.</source>
        <translation>이제 %1 님을 돌봅니다. 여기나 건강수첩 제목에서 그분의 수첩을 열 수 있습니다.</translation>
    </message>
    <message>
        <source>Wait for the sync to finish, then try again.</source>
        <translation>동기화가 끝난 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Removed. Their records are no longer on this device.</source>
        <translation>삭제했습니다. 그 사람의 기록은 더 이상 이 기기에 없습니다.</translation>
    </message>
    <message>
        <source>You do not care for this person in this app.</source>
        <translation>이 앱에서 돌보고 있는 사람이 아닙니다.</translation>
    </message>
</context>
<context>
    <name>passbook::app::DecisionController</name>
    <message>
        <source>Choose who receives the records from the directory.</source>
        <translation>명부에서 기록을 받을 곳을 선택하세요.</translation>
    </message>
    <message>
        <source>That is not a caregiver code. It starts with 0x and has 40 more letters and digits.</source>
        <translation>보호자 코드가 아닙니다. 0x로 시작하고 영문·숫자 40자가 이어집니다.</translation>
    </message>
    <message>
        <source>Choose what your caregiver may do.</source>
        <translation>보호자가 할 수 있는 일을 고르세요.</translation>
    </message>
</context>
<context>
    <name>passbook::app::LanguageController</name>
    <message>
        <source>Same as the system</source>
        <translation>시스템 설정과 같게</translation>
    </message>
</context>
<context>
    <name>passbook::app::SessionController</name>
    <message>
        <source>Now using %1.</source>
        <translation>이제 %1을(를) 사용합니다.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n record(s) as one FHIR file.</source>
        <translation><numerusform>기록 %n건을 FHIR 파일 하나로 저장했습니다.</numerusform></translation>
    </message>
    <message>
        <source>Choose a hospital from the list.</source>
        <translation>목록에서 병원을 선택하세요.</translation>
    </message>
    <message>
        <source>Enter the activation code the hospital gave you.</source>
        <translation>병원에서 받은 활성화 코드를 입력하세요.</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>%1에 연결했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Disconnected; %n record(s) from that hospital were removed from this device.</source>
        <translation><numerusform>연결을 해제했습니다. 이 병원의 기록 %n건을 이 기기에서 삭제했습니다.</numerusform></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>시작 중…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s)</source>
        <translation><numerusform>%1: 기록 %n건</numerusform></translation>
    </message>
</context>
<context>
    <name>passbook::models::RecordDetail</name>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Reference range</source>
        <translation>참고 범위</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>표시</translation>
    </message>
    <message>
        <source>Outside the reference range</source>
        <translation>참고 범위를 벗어남</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>세부 내용</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>기록</translation>
    </message>
</context>
<context>
    <name>passbook::session::BiometricFlow</name>
    <message>
        <source>Now touch the fingerprint reader.</source>
        <translation>이제 지문 인식기에 손가락을 대세요.</translation>
    </message>
    <message>
        <source>Checking your password…</source>
        <translation>비밀번호 확인 중…</translation>
    </message>
    <message>
        <source>Fingerprint unlock is off. Use your password.</source>
        <translation>지문 잠금 해제가 꺼져 있습니다. 비밀번호를 쓰세요.</translation>
    </message>
    <message>
        <source>Touch the fingerprint reader.</source>
        <translation>지문 인식기에 손가락을 대세요.</translation>
    </message>
</context>
<context>
    <name>passbook::session::DecisionFlow</name>
    <message>
        <source>Checking your password…</source>
        <translation>비밀번호 확인 중…</translation>
    </message>
    <message>
        <source>Signing and sending to the ledger…</source>
        <translation>서명하여 원장으로 전송 중…</translation>
    </message>
    <message>
        <source>The ledger cannot be reached. Your decision is saved and will be sent as soon as it can.</source>
        <translation>원장에 연결할 수 없습니다. 결정은 저장되었고 연결되는 대로 전송됩니다.</translation>
    </message>
    <message>
        <source>Confirmed on the ledger (block %1).</source>
        <translation>원장에서 확인되었습니다(블록 %1).</translation>
    </message>
    <message>
        <source>Your saved decision reached the ledger.</source>
        <translation>저장된 결정이 원장에 전달되었습니다.</translation>
    </message>
</context>
</TS>