<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_TW">
<context>
    <name>ActivityPage</name>
    <message>
        <source>Nothing has happened yet. Requests, decisions and every release of your records will be listed here.</source>
        <translation>目前還沒有任何動態。請求、決定與每一次紀錄的提供都會列在這裡。</translation>
    </message>
    <message>
        <source>You</source>
        <translation>您</translation>
    </message>
    <message>
        <source>any hospital</source>
        <translation>任何醫院</translation>
    </message>
    <message>
        <source>%1 asked for your %2 held by %3, for %4, until %5 (request %6).</source>
        <translation>%1 要求取得由%3保存的您的%2，用於%4，期限至 %5（請求 %6）。</translation>
    </message>
    <message>
        <source>%1 denied request %2.</source>
        <translation>%1 拒絕了請求 %2。</translation>
    </message>
    <message>
        <source>EMERGENCY ACCESS: %1 opened all your records for 24 hours.</source>
        <translation>緊急存取：%1 開啟了您所有紀錄 24 小時。</translation>
    </message>
    <message>
        <source>%1 gave %2 access to your %3 held by %4 until %5 (consent %6).</source>
        <translation>%1 同意%2取得由%4保存的您的%3，期限至 %5（同意 %6）。</translation>
    </message>
    <message>
        <source>%1 revoked consent %2.</source>
        <translation>%1 撤回了同意 %2。</translation>
    </message>
    <message>
        <source>You removed caregiver %1.</source>
        <translation>您移除了照顧者 %1。</translation>
    </message>
    <message>
        <source>You made %1 a caregiver until %2.</source>
        <translation>您指定 %1 為照顧者，期限至 %2。</translation>
    </message>
    <message>
        <source>%1 received your %2 from %3 on %4.</source>
        <translation>%1 於 %4 從%3收到您的%2。</translation>
    </message>
    <message>
        <source>EMERGENCY ACCESS by %1 on %2.</source>
        <translation>%1 於 %2 進行緊急存取。</translation>
    </message>
    <message>
        <source>Caregiver %1</source>
        <translation>照顧者 %1</translation>
    </message>
</context>
<context>
    <name>BiometricDialog</name>
    <message>
        <source>Unlock with fingerprint</source>
        <translation>以指紋解鎖</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>繼續</translation>
    </message>
    <message>
        <source>Your password stays the way to unlock on any device. On this device, a fingerprint can open the vault instead.</source>
        <translation>在任何裝置上，密碼仍是解鎖的方式。在這台裝置上，也可以改用指紋開啟保險箱。</translation>
    </message>
</context>
<context>
    <name>BiometricUnlock</name>
    <message>
        <source>Fingerprint unlock stopped working: its key is no longer in this computer's key store. Use your password; you can turn it on again in Settings.</source>
        <translation>指紋解鎖已失效：這台電腦的金鑰儲存區中已沒有它的金鑰。請使用密碼；您可以在設定中重新開啟。</translation>
    </message>
    <message>
        <source>Fingerprint unlock stopped working. Use your password; you can turn it on again in Settings.</source>
        <translation>指紋解鎖已失效。請使用密碼；您可以在設定中重新開啟。</translation>
    </message>
    <message>
        <source>The fingerprints enrolled on this computer changed, so fingerprint unlock was turned off. Use your password; you can turn it on again in Settings.</source>
        <translation>這台電腦上登錄的指紋已變更，因此指紋解鎖已關閉。請使用密碼；您可以在設定中重新開啟。</translation>
    </message>
    <message>
        <source>Unlock with your password once: after that, your fingerprint unlocks the app until you quit it.</source>
        <translation>請先用密碼解鎖一次；之後在您關閉本 App 之前，都可以用指紋解鎖。</translation>
    </message>
    <message>
        <source>The key your finger releases is kept only in this app's memory, never on disk: after the app quits, your password is needed once. Other programs cannot read it.</source>
        <translation>指紋釋出的金鑰只保存在本 App 的記憶體中，從不寫入磁碟：App 關閉後，需要再輸入一次密碼。其他程式無法讀取它。</translation>
    </message>
    <message>
        <source>The key your finger releases is kept in this device's hardware key store, which gives it out only after a fingerprint, and forgets it when the enrolled fingerprints change.</source>
        <translation>指紋釋出的金鑰保存在本裝置的硬體金鑰儲存區，只有驗證指紋後才會交出，登錄的指紋一有變更就會刪除。</translation>
    </message>
    <message>
        <source>The fingerprints enrolled on this computer changed, so fingerprint unlock was turned off. You can turn it on again in Settings.</source>
        <translation>這台電腦上登錄的指紋已變更，因此指紋解鎖已關閉。您可以在設定中重新開啟。</translation>
    </message>
    <message>
        <source>Fingerprint unlock was turned off after an update of the app. You can turn it on again in Settings.</source>
        <translation>App 更新後，指紋解鎖已關閉。您可以在設定中重新開啟。</translation>
    </message>
    <message>
        <source>Unlock with your password once: after that, your fingerprint unlocks the app for up to a day, until you log out or restart the computer.</source>
        <translation>請先用密碼解鎖一次；之後最長一天內，在您登出或重新啟動電腦之前，都可以用指紋解鎖。</translation>
    </message>
    <message>
        <source>The key your finger releases is kept only in your login's memory (the system's kernel key store), never on disk: after you log out, restart or a day has passed, your password is needed once. It keeps the vault closed to backups, copied or stolen disks and other logins; a program running in your own login could still read the key.</source>
        <translation>指紋釋出的金鑰只保存在您這次登入的記憶體中（系統核心的金鑰儲存區），從不寫入磁碟：登出、重新啟動或過了一天之後，需要再輸入一次密碼。這樣備份、被複製或遭竊的硬碟，以及其他登入都打不開保險箱；但在您自己這次登入中執行的程式仍可能讀取這把金鑰。</translation>
    </message>
</context>
<context>
    <name>CaredForView</name>
    <message>
        <source>People I care for</source>
        <translation>我照顧的人</translation>
    </message>
    <message>
        <source>Nobody yet. When someone makes you their caregiver, add them here with the invite code they give you.</source>
        <translation>目前沒有。當有人將您設為照顧者時，請在此用對方給您的邀請碼新增。</translation>
    </message>
    <message>
        <source>You may %1, until %2</source>
        <translation>您可以%1，至 %2 為止</translation>
    </message>
    <message>
        <source>You may %1.</source>
        <translation>您可以%1。</translation>
    </message>
    <message>
        <source>Showing now</source>
        <translation>顯示中</translation>
    </message>
    <message>
        <source>Open their passbook</source>
        <translation>開啟對方的健康存摺</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Add someone I care for</source>
        <translation>新增我照顧的人</translation>
    </message>
    <message>
        <source>Invite code (HPCARE1.…)</source>
        <translation>邀請碼（HPCARE1.…）</translation>
    </message>
    <message>
        <source>Invite code</source>
        <translation>邀請碼</translation>
    </message>
    <message>
        <source>What you call them (for example, Dad)</source>
        <translation>您對他的稱呼（例如：爸爸）</translation>
    </message>
    <message>
        <source>What you call them</source>
        <translation>您對他的稱呼</translation>
    </message>
    <message>
        <source>Read from a picture…</source>
        <translation>從圖片讀取…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>My caregiver code</source>
        <translation>我的照顧者代碼</translation>
    </message>
    <message>
        <source>Copy my code</source>
        <translation>複製我的代碼</translation>
    </message>
    <message>
        <source>Show this to the person you help, so that they can add you as their caregiver. It is your account address; it lets nobody into your own records.</source>
        <translation>請出示給您協助的人，讓對方將您新增為照顧者。這是您的帳戶地址，不會讓任何人看到您自己的紀錄。</translation>
    </message>
    <message>
        <source>A picture of the invite's QR code</source>
        <translation>邀請碼 QR 碼的圖片</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>圖片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) wait for a decision.</source>
        <translation><numerusform>有 %n 件請求等待決定。</numerusform></translation>
    </message>
</context>
<context>
    <name>CaregiverDialog</name>
    <message>
        <source>Change caregiver</source>
        <translation>變更照顧者</translation>
    </message>
    <message>
        <source>Add a caregiver</source>
        <translation>新增照顧者</translation>
    </message>
    <message>
        <source>A picture of the caregiver's QR code</source>
        <translation>照顧者 QR 碼的圖片</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>圖片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Caregiver code</source>
        <translation>照顧者代碼</translation>
    </message>
    <message>
        <source>Ask your caregiver to open Family › People I care for in their Health Passbook and show you their code.</source>
        <translation>請照顧者在其健康存摺開啟「家人 › 我照顧的人」，並出示其代碼。</translation>
    </message>
    <message>
        <source>Read from a picture…</source>
        <translation>從圖片讀取…</translation>
    </message>
    <message>
        <source>They may</source>
        <translation>對方可以</translation>
    </message>
    <message>
        <source>See my records</source>
        <translation>查看我的紀錄</translation>
    </message>
    <message>
        <source>Decide on requests for me</source>
        <translation>替我決定調閱請求</translation>
    </message>
    <message>
        <source>Manage my consents</source>
        <translation>管理我的同意</translation>
    </message>
    <message>
        <source>For how long</source>
        <translation>期限</translation>
    </message>
    <message numerus="yes">
        <source>For %n day(s)</source>
        <translation><numerusform>%n 天</numerusform></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>繼續</translation>
    </message>
    <message>
        <source>Let %1 %2 (%3)?</source>
        <translation>要讓 %1 可以%2（%3）嗎？</translation>
    </message>
</context>
<context>
    <name>CaregiversView</name>
    <message>
        <source>A family member or friend who helps with your care can see your records and, if you allow it, decide on hospitals' requests for you. It is recorded on the hospitals' ledger, and you can change or end it at any time.</source>
        <translation>協助照顧您的家人或朋友可以查看您的紀錄，若您允許，也能替您決定醫院的調閱請求。這會記錄在醫院的帳本上，您隨時可以變更或終止。</translation>
    </message>
    <message>
        <source>My caregivers</source>
        <translation>我的照顧者</translation>
    </message>
    <message>
        <source>Nobody yet.</source>
        <translation>目前沒有。</translation>
    </message>
    <message>
        <source>Caregiver %1</source>
        <translation>照顧者 %1</translation>
    </message>
    <message>
        <source>May %1, until %2</source>
        <translation>可以%1，至 %2 為止</translation>
    </message>
    <message>
        <source>Ended on %1</source>
        <translation>已於 %1 結束</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>變更</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove caregiver</source>
        <translation>移除照顧者</translation>
    </message>
    <message>
        <source>%1 will no longer see your records or act for you. Hospitals refuse them from now on.</source>
        <translation>%1 將無法再查看您的紀錄或替您處理事務，醫院從現在起會拒絕對方。</translation>
    </message>
    <message>
        <source>Add a caregiver</source>
        <translation>新增照顧者</translation>
    </message>
    <message>
        <source>Invite code for your caregiver</source>
        <translation>給照顧者的邀請碼</translation>
    </message>
    <message>
        <source>Copy invite code</source>
        <translation>複製邀請碼</translation>
    </message>
    <message numerus="yes">
        <source>After you add them, your caregiver scans or pastes this code to follow your passbook. It holds your account address and the %n hospital(s) you are connected to — no medical records.</source>
        <translation><numerusform>新增照顧者後，對方掃描或貼上此代碼即可追蹤您的健康存摺。代碼只包含您的帳戶地址與您已連結的 %n 家醫院，不含任何病歷。</numerusform></translation>
    </message>
    <message>
        <source>Change caregiver</source>
        <translation>變更照顧者</translation>
    </message>
    <message>
        <source>Add caregiver</source>
        <translation>新增照顧者</translation>
    </message>
</context>
<context>
    <name>Categories</name>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>就醫</translation>
    </message>
    <message>
        <source>Dx</source>
        <translation>診斷</translation>
    </message>
    <message>
        <source>Rx</source>
        <translation>用藥</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>過敏</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>檢驗</translation>
    </message>
    <message>
        <source>Img</source>
        <translation>影像</translation>
    </message>
    <message>
        <source>Proc</source>
        <translation>處置</translation>
    </message>
    <message>
        <source>Vax</source>
        <translation>疫苗</translation>
    </message>
    <message>
        <source>Doc</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Dent</source>
        <translation>牙科</translation>
    </message>
    <message>
        <source>TCM</source>
        <translation>中醫</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>計畫</translation>
    </message>
    <message>
        <source>Dir</source>
        <translation>意願</translation>
    </message>
    <message>
        <source>Prev</source>
        <translation>預防</translation>
    </message>
    <message>
        <source>Vital</source>
        <translation>徵象</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>費用</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>變更密碼</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>目前的密碼</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密碼</translation>
    </message>
    <message>
        <source>Type the new password again</source>
        <translation>再次輸入新密碼</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>兩次輸入的密碼不同。</translation>
    </message>
    <message>
        <source>Your password was changed and your records on this device were encrypted again with new keys. Use the new password from now on.</source>
        <translation>密碼已變更，這台裝置上的紀錄也已改用新金鑰重新加密。之後請使用新密碼。</translation>
    </message>
    <message>
        <source>Fingerprint unlock was turned off with the old keys. Turn it on again in Settings if you use it.</source>
        <translation>指紋解鎖已隨舊金鑰一併關閉。若要使用，請在設定中重新開啟。</translation>
    </message>
    <message>
        <source>Your records on this device are encrypted again with new keys. A backup copy made before the change still opens only with the old password, and holds only what it held then.</source>
        <translation>這台裝置上的紀錄會改用新金鑰重新加密。變更前做的備份仍只能用舊密碼開啟，而且只包含當時已有的內容。</translation>
    </message>
</context>
<context>
    <name>Concerns</name>
    <message>
        <source>The requester is not in the consortium's directory.</source>
        <translation>請求者不在聯盟名錄中。</translation>
    </message>
    <message>
        <source>The requester has been suspended from the consortium.</source>
        <translation>請求者已被聯盟停權。</translation>
    </message>
    <message>
        <source>The hospital said to hold the records is not in the directory.</source>
        <translation>請求中指定的保存醫院不在名錄中。</translation>
    </message>
    <message>
        <source>The hospital said to hold the records has been suspended.</source>
        <translation>請求中指定的保存醫院已被停權。</translation>
    </message>
    <message>
        <source>The request names no valid record category.</source>
        <translation>請求未指定有效的紀錄類別。</translation>
    </message>
    <message>
        <source>The request gives no valid purpose.</source>
        <translation>請求沒有有效的目的。</translation>
    </message>
    <message>
        <source>The request has already expired.</source>
        <translation>請求已過期。</translation>
    </message>
</context>
<context>
    <name>ConfirmPhrasePage</name>
    <message>
        <source>Check your recovery phrase</source>
        <translation>確認您的復原詞組</translation>
    </message>
    <message>
        <source>Show words again</source>
        <translation>再次顯示單字</translation>
    </message>
    <message>
        <source>Type these words from what you wrote down.</source>
        <translation>請依照您抄寫的內容輸入這些單字。</translation>
    </message>
    <message>
        <source>Word %1</source>
        <translation>第 %1 個字</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>確認</translation>
    </message>
</context>
<context>
    <name>ConnectHospitalDialog</name>
    <message>
        <source>Connect a hospital</source>
        <translation>連結醫院</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>醫院</translation>
    </message>
    <message>
        <source>Activation code</source>
        <translation>啟用碼</translation>
    </message>
    <message>
        <source>The hospital gives you this code at the counter or in its patient portal. It works once.</source>
        <translation>醫院會在櫃檯或病人入口網站提供此代碼，只能使用一次。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>連結中…</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>連結</translation>
    </message>
</context>
<context>
    <name>ConsentsPage</name>
    <message>
        <source>You have not shared any records. Consents you give appear here, and you can see when they end.</source>
        <translation>您尚未分享任何紀錄。您給予的同意會顯示在這裡，並可看到何時到期。</translation>
    </message>
    <message>
        <source>EMERGENCY ACCESS: </source>
        <translation>緊急存取：</translation>
    </message>
    <message>
        <source>%1 may receive your %2</source>
        <translation>%1 可取得您的%2</translation>
    </message>
    <message>
        <source>From %1, for %2, until %3.</source>
        <translation>來自%1，用於%2，期限至 %3。</translation>
    </message>
    <message>
        <source>any hospital</source>
        <translation>任何醫院</translation>
    </message>
    <message>
        <source>Share records…</source>
        <translation>分享紀錄…</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Revoke what %1 may receive</source>
        <translation>撤回%1可取得的授權</translation>
    </message>
    <message>
        <source>Stop %1 from receiving your %2? Hospitals will refuse it from now on.</source>
        <translation>要停止%1取得您的%2嗎？從現在起醫院將拒絕提供。</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>分享</translation>
    </message>
    <message>
        <source>You have a share you did not finish. Open “Share records” to go on where you left off.</source>
        <translation>您有一項尚未完成的分享。開啟「分享紀錄」即可從中斷處繼續。</translation>
    </message>
</context>
<context>
    <name>CreatePasswordPage</name>
    <message>
        <source>Protect your passbook</source>
        <translation>保護您的健康存摺</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>This password opens your passbook on this device. It cannot be recovered by anyone — if you forget it, your 24-word recovery phrase restores access.</source>
        <translation>這組密碼用來在此裝置開啟您的健康存摺，任何人都無法幫您找回。若忘記密碼，可用 24 個字的復原詞組恢復存取。</translation>
    </message>
    <message>
        <source>Recovery phrase language</source>
        <translation>復原詞組語言</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密碼</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>再輸入一次</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>兩次輸入的密碼不同。</translation>
    </message>
    <message>
        <source>Create passbook</source>
        <translation>建立健康存摺</translation>
    </message>
    <message>
        <source>Creating your vault. Your password is being strengthened; this takes a second.</source>
        <translation>正在建立您的保險庫並強化密碼，需要約一秒鐘。</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Enter your password to confirm. Your decision is signed with your key and recorded on the hospitals' ledger.</source>
        <translation>請輸入密碼確認。您的決定會以您的金鑰簽署，並記錄在醫院共同帳本上。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再試一次</translation>
    </message>
</context>
<context>
    <name>EntryDelegate</name>
    <message>
        <source>%1, %2, %3, from %4</source>
        <translation>%1，%2，%3，來自%4</translation>
    </message>
</context>
<context>
    <name>EraseDeviceDialog</name>
    <message>
        <source>Delete this device's copy</source>
        <translation>刪除此裝置上的資料</translation>
    </message>
    <message>
        <source>Every record, key and setting of your passbook is deleted from this device. Without your recovery phrase you cannot get this account back.</source>
        <translation>您存摺的所有紀錄、金鑰與設定都會從此裝置刪除。沒有復原詞組就無法找回此帳號。</translation>
    </message>
    <message>
        <source>I have my recovery phrase</source>
        <translation>我有我的復原詞組</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Delete from this device</source>
        <translation>從此裝置刪除</translation>
    </message>
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <source>Family</source>
        <translation>家人</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <source>My caregivers</source>
        <translation>我的照顧者</translation>
    </message>
    <message>
        <source>People I care for</source>
        <translation>我照顧的人</translation>
    </message>
</context>
<context>
    <name>GrantDialog</name>
    <message>
        <source>Share records</source>
        <translation>分享紀錄</translation>
    </message>
    <message>
        <source>An insurance claim</source>
        <translation>保險理賠</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>治療</translation>
    </message>
    <message>
        <source>Research (de-identified)</source>
        <translation>研究（去識別化）</translation>
    </message>
    <message>
        <source>Personal sharing</source>
        <translation>個人分享</translation>
    </message>
    <message>
        <source>With</source>
        <translation>對象</translation>
    </message>
    <message>
        <source>Who receives the records</source>
        <translation>誰會收到紀錄</translation>
    </message>
    <message>
        <source>From</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Any hospital that holds them</source>
        <translation>任何保存這些紀錄的醫院</translation>
    </message>
    <message>
        <source>Which hospital releases them</source>
        <translation>由哪家醫院提供</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>紀錄</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>For how long</source>
        <translation>期限</translation>
    </message>
    <message numerus="yes">
        <source>For %n day(s)</source>
        <translation><numerusform>%n 天</numerusform></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>繼續</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Let %1 receive your %2, for %3?</source>
        <translation>要讓%1取得您的%2，用於%3嗎？</translation>
    </message>
</context>
<context>
    <name>HospitalsPage</name>
    <message>
        <source>Hospitals</source>
        <translation>醫院</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Choose your hospitals' network in Settings first.</source>
        <translation>請先在設定中選擇醫院聯盟網路。</translation>
    </message>
    <message>
        <source>Network: %1</source>
        <translation>網路：%1</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已連結</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>上次同步 %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) on this device</source>
        <translation><numerusform>此裝置上有 %n 筆紀錄</numerusform></translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>中斷連結</translation>
    </message>
    <message>
        <source>Disconnect %1</source>
        <translation>中斷與%1的連結</translation>
    </message>
    <message>
        <source>Connect a hospital</source>
        <translation>連結醫院</translation>
    </message>
    <message>
        <source>In the consortium: %1</source>
        <translation>聯盟成員：%1</translation>
    </message>
    <message>
        <source>Disconnect %1?</source>
        <translation>要中斷與%1的連結嗎？</translation>
    </message>
    <message>
        <source>Its records are removed from this device. The hospital keeps them, and you can connect again with a new activation code.</source>
        <translation>該院的紀錄會從此裝置移除。醫院仍保有紀錄，您可以用新的啟用碼再次連結。</translation>
    </message>
</context>
<context>
    <name>IntegrityBadge</name>
    <message>
        <source>✓ Verified</source>
        <translation>✓ 已驗證</translation>
    </message>
    <message>
        <source>… Not yet anchored</source>
        <translation>… 尚未上鏈</translation>
    </message>
    <message>
        <source>✗ Altered after anchoring</source>
        <translation>✗ 上鏈後遭更動</translation>
    </message>
    <message>
        <source>No proof</source>
        <translation>無證明</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Health Passbook</source>
        <translation>健康存摺</translation>
    </message>
    <message>
        <source>Passbook</source>
        <translation>存摺</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>醫院</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Sharing (%1)</source>
        <translation>分享（%1）</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>分享</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>審閱</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>%1's passbook — you are their caregiver</source>
        <translation>%1 的健康存摺 — 您是照顧者</translation>
    </message>
    <message>
        <source>Back to mine</source>
        <translation>回到我的</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家人</translation>
    </message>
</context>
<context>
    <name>OutboxList</name>
    <message>
        <source>Saved — will be sent when the ledger can be reached</source>
        <translation>已儲存 — 帳本可連線時會送出</translation>
    </message>
    <message>
        <source>Signed, sending…</source>
        <translation>已簽署，傳送中…</translation>
    </message>
    <message>
        <source>Sent, waiting for confirmation</source>
        <translation>已送出，等待確認</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已確認</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Your decisions on the ledger</source>
        <translation>您在帳本上的決定</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>立即送出</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Hide</source>
        <translation>隱藏</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>顯示</translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation>隱藏密碼</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>顯示密碼</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
</context>
<context>
    <name>PhraseConfirmation</name>
    <message>
        <source>Fill in every word that is asked for.</source>
        <translation>請填寫每一個要求的字。</translation>
    </message>
    <message>
        <source>Word %1 does not match what was shown. Look at what you wrote down and try again.</source>
        <translation>第 %1 個字與顯示的內容不符。請查看您抄寫的內容後再試一次。</translation>
    </message>
</context>
<context>
    <name>PlainComboBox</name>
    <message>
        <source>Choose from the list</source>
        <translation>從清單中選擇</translation>
    </message>
</context>
<context>
    <name>Purposes</name>
    <message>
        <source>treatment</source>
        <translation>治療</translation>
    </message>
    <message>
        <source>an insurance claim</source>
        <translation>保險理賠</translation>
    </message>
    <message>
        <source>research</source>
        <translation>研究</translation>
    </message>
    <message>
        <source>an emergency</source>
        <translation>緊急狀況</translation>
    </message>
    <message>
        <source>personal sharing</source>
        <translation>個人分享</translation>
    </message>
    <message>
        <source>Waiting for your decision</source>
        <translation>等待您的決定</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已同意</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>已拒絕</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已過期</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Waiting for a decision</source>
        <translation>等待決定</translation>
    </message>
</context>
<context>
    <name>QrCodeCard</name>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR 碼</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in 30 seconds.</source>
        <translation>已複製。剪貼簿會在 30 秒後清除。</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>Record</source>
        <translation>紀錄</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <source>From %1</source>
        <translation>來自%1</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趨勢</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>代碼</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>完整性</translation>
    </message>
    <message>
        <source>This record is exactly what %1 anchored on the ledger in batch %2 (root %3, leaf %4, %5 proof steps).</source>
        <translation>此紀錄與%1在帳本第 %2 批次上鏈的內容完全相符（根 %3，葉 %4，%5 個證明步驟）。</translation>
    </message>
    <message>
        <source>This record does not match what the hospital anchored on the ledger: it was changed afterwards. Ask the hospital about it before relying on it.</source>
        <translation>此紀錄與醫院在帳本上鏈的內容不符，表示事後曾被更動。使用前請先向醫院確認。</translation>
    </message>
    <message>
        <source>The hospital has not anchored this version on the ledger yet; it is checked again at the next refresh.</source>
        <translation>醫院尚未將此版本上鏈，下次重新整理時會再檢查。</translation>
    </message>
    <message>
        <source>The hospital sent no proof for this record.</source>
        <translation>醫院未提供此紀錄的證明。</translation>
    </message>
    <message>
        <source>Hide FHIR data</source>
        <translation>隱藏 FHIR 資料</translation>
    </message>
    <message>
        <source>Show FHIR data</source>
        <translation>顯示 FHIR 資料</translation>
    </message>
    <message>
        <source>FHIR data</source>
        <translation>FHIR 資料</translation>
    </message>
</context>
<context>
    <name>RecoveryPhraseDialog</name>
    <message>
        <source>Your recovery phrase</source>
        <translation>您的復原詞組</translation>
    </message>
    <message>
        <source>Make sure nobody can see your screen. Anyone who has these words can act as you.</source>
        <translation>請確認沒有人能看到您的螢幕。任何取得這些單字的人都能冒充您。</translation>
    </message>
    <message>
        <source>Enter your password to see your 24 recovery words.</source>
        <translation>請輸入密碼以查看您的 24 個復原單字。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Show the words</source>
        <translation>顯示單字</translation>
    </message>
    <message>
        <source>Word %1: %2</source>
        <translation>第 %1 個字：%2</translation>
    </message>
</context>
<context>
    <name>RecoveryPhrasePage</name>
    <message>
        <source>Your recovery phrase</source>
        <translation>您的復原詞組</translation>
    </message>
    <message>
        <source>Write these 24 words on paper, in order, and keep them somewhere safe. They are the only way to restore your passbook if you lose this device or forget your password. Anyone who has them can act as you.</source>
        <translation>請依序將這 24 個字寫在紙上並妥善保存。若遺失裝置或忘記密碼，這是恢復健康存摺的唯一方法。任何取得這些字的人都能以您的身分行事。</translation>
    </message>
    <message>
        <source>Word %1: %2</source>
        <translation>第 %1 個字：%2</translation>
    </message>
    <message>
        <source>Never type these words into a website or share a photo of them. Health Passbook will never ask for them except to restore.</source>
        <translation>切勿在任何網站輸入這些字或分享其照片。除了復原以外，健康存摺絕不會要求您提供。</translation>
    </message>
    <message>
        <source>I have written them down</source>
        <translation>我已抄寫下來</translation>
    </message>
</context>
<context>
    <name>RequestAlert</name>
    <message>
        <source>any hospital</source>
        <translation>任何醫院</translation>
    </message>
    <message numerus="yes">
        <source>%n hospital request(s) to review</source>
        <translation><numerusform>有 %n 個醫院請求待審閱</numerusform></translation>
    </message>
    <message>
        <source>%1 asks for your records</source>
        <translation>%1 請求取得您的紀錄</translation>
    </message>
    <message>
        <source>%1 held by %2. Open Health Passbook to approve or deny.</source>
        <translation>由%2保存的%1。請開啟健康存摺同意或拒絕。</translation>
    </message>
    <message>
        <source>This request looks wrong and cannot be approved. Open Health Passbook to see why.</source>
        <translation>此請求疑似有誤，無法同意。請開啟健康存摺查看原因。</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>審閱</translation>
    </message>
    <message>
        <source>%1 asks for your %2 held by %3.</source>
        <translation>%1 請求取得您在%3的%2。</translation>
    </message>
    <message>
        <source>Health Passbook</source>
        <translation>健康存摺</translation>
    </message>
    <message>
        <source>A hospital asks to receive your records — unlock to review.</source>
        <translation>有醫院請求取得您的紀錄 — 請解鎖後審閱。</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解鎖</translation>
    </message>
</context>
<context>
    <name>RequestReviewPage</name>
    <message>
        <source>Request</source>
        <translation>請求</translation>
    </message>
    <message>
        <source>As asked: until %1</source>
        <translation>依請求：至 %1</translation>
    </message>
    <message numerus="yes">
        <source>For %n day(s)</source>
        <translation><numerusform>%n 天</numerusform></translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>This request is not on this device yet. Refresh to fetch it from the ledger.</source>
        <translation>此裝置上還沒有這個請求。請重新整理以從帳本取得。</translation>
    </message>
    <message>
        <source>%1 asks for your records</source>
        <translation>%1 請求取得您的紀錄</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>紀錄</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>保存於</translation>
    </message>
    <message>
        <source>any hospital</source>
        <translation>任何醫院</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>請求時間</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>This request looks wrong, so it cannot be approved:</source>
        <translation>此請求疑似有誤，因此無法同意：</translation>
    </message>
    <message>
        <source>What to share</source>
        <translation>要分享的內容</translation>
    </message>
    <message>
        <source>For how long</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>拒絕</translation>
    </message>
    <message>
        <source>Deny %1's request? Nothing will be sent.</source>
        <translation>要拒絕%1的請求嗎？不會傳送任何資料。</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Let %1 receive your %2 from %3?</source>
        <translation>要讓%1從%3取得您的%2嗎？</translation>
    </message>
    <message>
        <source>%1 has not given you the right to decide on requests for them. They can decide in their own app.</source>
        <translation>%1 未授權您替其決定調閱請求，對方可在自己的 App 中決定。</translation>
    </message>
    <message>
        <source>%1 asks for %2's records</source>
        <translation>%1 要求取得 %2 的紀錄</translation>
    </message>
    <message>
        <source>Let %1 receive %2's %3 from %4?</source>
        <translation>要讓%1從%4取得 %2 的%3嗎？</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>No hospital has asked for your records yet. When one does, the request appears here.</source>
        <translation>目前還沒有醫院要求您的紀錄。有醫院提出時，請求會顯示在這裡。</translation>
    </message>
    <message>
        <source>%1 asks for %2 from %3</source>
        <translation>%1 要求取得%3保存的%2</translation>
    </message>
    <message>
        <source>%1 asks for your %2</source>
        <translation>%1 要求取得您的%2</translation>
    </message>
    <message>
        <source>Held by %1, for %2, until %3.</source>
        <translation>由%1保存，用於%2，期限至 %3。</translation>
    </message>
    <message>
        <source>any hospital</source>
        <translation>任何醫院</translation>
    </message>
    <message>
        <source>asked %1</source>
        <translation>提出於 %1</translation>
    </message>
    <message>
        <source>Looks wrong: %1</source>
        <translation>疑似有誤：%1</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>審閱</translation>
    </message>
    <message>
        <source>Review the request from %1</source>
        <translation>審閱%1的請求</translation>
    </message>
    <message>
        <source>%1 asks for %2's %3</source>
        <translation>%1 要求取得 %2 的%3</translation>
    </message>
</context>
<context>
    <name>RestorePage</name>
    <message>
        <source>Restore your passbook</source>
        <translation>復原您的健康存摺</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Type your 24 words in order, separated by spaces. English, Traditional Chinese and Korean phrases are recognised.</source>
        <translation>請依序輸入 24 個字，以空格分隔。可辨識英文、繁體中文與韓文詞組。</translation>
    </message>
    <message>
        <source>Recovery phrase</source>
        <translation>復原詞組</translation>
    </message>
    <message>
        <source>New password for this device</source>
        <translation>此裝置的新密碼</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>再輸入一次</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Restoring your vault…</source>
        <translation>正在復原您的保險庫…</translation>
    </message>
</context>
<context>
    <name>Rights</name>
    <message>
        <source>see records</source>
        <translation>查看紀錄</translation>
    </message>
    <message>
        <source>decide on requests</source>
        <translation>決定調閱請求</translation>
    </message>
    <message>
        <source>manage consents</source>
        <translation>管理同意</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>無</translation>
    </message>
</context>
<context>
    <name>ScanCodeButton</name>
    <message>
        <source>Scan with the camera</source>
        <translation>用相機掃描</translation>
    </message>
    <message>
        <source>Point the camera at the QR code.</source>
        <translation>請將相機對準 QR 碼。</translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation>相機預覽</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全性</translation>
    </message>
    <message>
        <source>Lock automatically after</source>
        <translation>自動鎖定時間</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 分鐘</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 分鐘</translation>
    </message>
    <message>
        <source>The passbook also locks when you lock your computer or leave the app on your phone.</source>
        <translation>當您鎖定電腦或在手機上離開 App 時，健康存摺也會自動鎖定。</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>變更密碼</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>立即鎖定</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>帳戶</translation>
    </message>
    <message>
        <source>Account address %1</source>
        <translation>帳戶地址 %1</translation>
    </message>
    <message>
        <source>Hospitals' network</source>
        <translation>醫院聯盟網路</translation>
    </message>
    <message>
        <source>Using %1.</source>
        <translation>使用中：%1。</translation>
    </message>
    <message>
        <source>No network chosen yet. Your hospitals' consortium gives you a network profile file.</source>
        <translation>尚未選擇網路。醫院聯盟會提供網路設定檔。</translation>
    </message>
    <message>
        <source>Path of the network profile file</source>
        <translation>網路設定檔路徑</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>The language changes at once; dates and numbers follow it.</source>
        <translation>語言會立即變更，日期與數字格式也隨之調整。</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>您的資料</translation>
    </message>
    <message>
        <source>Save every record on this device as one FHIR file, to keep or to give to another doctor. The file is not encrypted.</source>
        <translation>將此裝置上的所有紀錄存成一個 FHIR 檔案，可自行保存或交給其他醫師。此檔案未加密。</translation>
    </message>
    <message>
        <source>Path of the file to write</source>
        <translation>要寫入的檔案路徑</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>此裝置</translation>
    </message>
    <message>
        <source>Remove your passbook from this device, for example before you give it away. Your records stay at your hospitals and your consents on the ledger; your recovery phrase brings everything back on any device.</source>
        <translation>從此裝置移除您的存摺，例如在轉送裝置之前。您的紀錄仍保存在醫院，同意紀錄仍在帳本上；用復原詞組可在任何裝置找回一切。</translation>
    </message>
    <message>
        <source>Delete this device's copy…</source>
        <translation>刪除此裝置上的資料…</translation>
    </message>
    <message>
        <source>Show recovery phrase…</source>
        <translation>顯示復原詞組…</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>複製地址</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in 30 seconds.</source>
        <translation>已複製。剪貼簿會在 30 秒後清除。</translation>
    </message>
    <message>
        <source>Unlock with fingerprint</source>
        <translation>以指紋解鎖</translation>
    </message>
    <message>
        <source>Fingerprint unlock is not offered: %1</source>
        <translation>不提供指紋解鎖：%1</translation>
    </message>
</context>
<context>
    <name>SharingPage</name>
    <message>
        <source>Sharing</source>
        <translation>分享</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <source>Requests (%1)</source>
        <translation>請求（%1）</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>請求</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>動態</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Very weak</source>
        <translation>非常弱</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>強</translation>
    </message>
    <message>
        <source>Password strength: %1</source>
        <translation>密碼強度：%1</translation>
    </message>
    <message>
        <source>Use at least %1 characters. A short sentence works well.</source>
        <translation>請至少使用 %1 個字元，一個短句就很好。</translation>
    </message>
    <message>
        <source>%1 — use at least %2 characters.</source>
        <translation>%1 — 請至少使用 %2 個字元。</translation>
    </message>
    <message>
        <source>%1 — add more words or characters.</source>
        <translation>%1 — 請再加入更多字詞或字元。</translation>
    </message>
</context>
<context>
    <name>SyncOutcome</name>
    <message>
        <source>Sync cancelled; what arrived is kept.</source>
        <translation>已取消同步；已收到的紀錄會保留。</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation><numerusform>新增 %n 筆</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation><numerusform>更新 %n 筆</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation><numerusform>拒收 %n 筆</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n altered after anchoring</source>
        <translation><numerusform>%n 筆上鏈後遭更動</numerusform></translation>
    </message>
    <message>
        <source>Up to date: %1</source>
        <translation>已是最新：%1</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>My passbook</source>
        <translation>我的健康存摺</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>鎖定</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>同步進度</translation>
    </message>
    <message>
        <source>Search your records</source>
        <translation>搜尋您的紀錄</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>顯示%1</translation>
    </message>
    <message>
        <source>All hospitals</source>
        <translation>所有醫院</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>醫院</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation><numerusform>%n 筆紀錄</numerusform></translation>
    </message>
    <message>
        <source>No records yet</source>
        <translation>尚無紀錄</translation>
    </message>
    <message>
        <source>Nothing matches</source>
        <translation>沒有符合的紀錄</translation>
    </message>
    <message>
        <source>First choose your hospitals' network in Settings, then connect each hospital with the activation code it gives you.</source>
        <translation>請先在設定中選擇醫院聯盟網路，再用各醫院提供的啟用碼連結。</translation>
    </message>
    <message>
        <source>Connect the hospitals that treat you, with the activation code each gives you. Your records then appear here, verified against the ledger.</source>
        <translation>用各醫院提供的啟用碼連結為您看診的醫院，您的紀錄會出現在這裡，並與帳本比對驗證。</translation>
    </message>
    <message>
        <source>Try fewer categories or other words.</source>
        <translation>請減少類別或改用其他字詞。</translation>
    </message>
    <message>
        <source>Pull the latest records with Refresh.</source>
        <translation>按「重新整理」取得最新紀錄。</translation>
    </message>
    <message>
        <source>Connect a hospital</source>
        <translation>連結醫院</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>開啟設定</translation>
    </message>
    <message>
        <source>Choose a record to see its details.</source>
        <translation>選擇一筆紀錄以查看詳細內容。</translation>
    </message>
    <message>
        <source>%1's passbook</source>
        <translation>%1 的健康存摺</translation>
    </message>
    <message>
        <source>Whose passbook: %1</source>
        <translation>目前顯示：%1</translation>
    </message>
    <message>
        <source>Refresh to fetch %1's records from their hospitals. The hospitals check on the ledger that you may see them.</source>
        <translation>按「重新整理」從醫院取得 %1 的紀錄。醫院會在帳本上確認您有權查看。</translation>
    </message>
    <message>
        <source>%1's passbook (%2)</source>
        <translation>%1 的健康存摺（%2）</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message numerus="yes">
        <source>Trend of %n value(s)</source>
        <translation><numerusform>%n 個數值的趨勢</numerusform></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Unlock</source>
        <translation>解鎖</translation>
    </message>
    <message>
        <source>Health Passbook</source>
        <translation>健康存摺</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已鎖定</translation>
    </message>
    <message>
        <source>Account %1…%2</source>
        <translation>帳戶 %1…%2</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Too many wrong passwords. For your safety, try again in 1 second.</source>
        <translation>密碼錯誤次數過多。為了您的安全，請於 1 秒後再試。</translation>
    </message>
    <message>
        <source>Too many wrong passwords. For your safety, try again in %1 seconds.</source>
        <translation>密碼錯誤次數過多。為了您的安全，請於 %1 秒後再試。</translation>
    </message>
    <message>
        <source>Rebuild the record database</source>
        <translation>重建紀錄資料庫</translation>
    </message>
    <message>
        <source>Forgot your password?</source>
        <translation>忘記密碼？</translation>
    </message>
    <message>
        <source>Restore with recovery phrase</source>
        <translation>用復原詞組復原</translation>
    </message>
    <message>
        <source>Rebuild the record database?</source>
        <translation>要重建紀錄資料庫嗎？</translation>
    </message>
    <message>
        <source>A new, empty database will be made and your records downloaded again from your hospitals. The damaged one is kept on this device, not deleted.</source>
        <translation>將建立新的空白資料庫，並從醫院重新下載您的紀錄。受損的資料庫會保留在此裝置上，不會刪除。</translation>
    </message>
    <message>
        <source>Rebuild</source>
        <translation>重建</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>解鎖中…</translation>
    </message>
    <message>
        <source>Unlock with fingerprint</source>
        <translation>以指紋解鎖</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>歡迎</translation>
    </message>
    <message>
        <source>Health Passbook</source>
        <translation>健康存摺</translation>
    </message>
    <message>
        <source>One passbook for the records your hospitals keep about you — and your say over who may see them.</source>
        <translation>一本存摺收納各醫院保存的您的紀錄，並由您決定誰可以查看。</translation>
    </message>
    <message>
        <source>Your keys stay on this device, in a vault only your password opens.</source>
        <translation>您的金鑰保存在此裝置上，只有您的密碼能開啟的保險庫裡。</translation>
    </message>
    <message>
        <source>Hospitals ask before passing your records to each other; you approve or deny.</source>
        <translation>醫院之間傳遞您的紀錄前會先詢問，由您同意或拒絕。</translation>
    </message>
    <message>
        <source>Every decision is recorded on the hospitals' shared ledger, signed by you.</source>
        <translation>每一項決定都由您簽署，記錄在醫院共享的帳本上。</translation>
    </message>
    <message>
        <source>Create my passbook</source>
        <translation>建立我的健康存摺</translation>
    </message>
    <message>
        <source>Restore with a recovery phrase</source>
        <translation>用復原詞組復原</translation>
    </message>
</context>
<context>
    <name>passbook</name>
    <message>
        <source>The requester is not in the consortium's directory.</source>
        <translation>請求者不在聯盟名錄中。</translation>
    </message>
    <message>
        <source>The requester has been suspended from the consortium.</source>
        <translation>請求者已被聯盟停權。</translation>
    </message>
    <message>
        <source>The hospital said to hold the records is not in the directory.</source>
        <translation>請求中指定的保存醫院不在名錄中。</translation>
    </message>
    <message>
        <source>The hospital said to hold the records has been suspended.</source>
        <translation>請求中指定的保存醫院已被停權。</translation>
    </message>
    <message>
        <source>The request names no valid record category.</source>
        <translation>請求未指定有效的紀錄類別。</translation>
    </message>
    <message>
        <source>The request gives no valid purpose.</source>
        <translation>請求沒有有效的目的。</translation>
    </message>
    <message>
        <source>The request has already expired.</source>
        <translation>請求已過期。</translation>
    </message>
    <message>
        <source>Request %1 is already %2.</source>
        <translation>請求 %1 已經是%2狀態。</translation>
    </message>
    <message>
        <source>Request %1 is not known on this device yet; sync and try again.</source>
        <translation>此裝置還不知道請求 %1；請同步後再試。</translation>
    </message>
    <message>
        <source>Request %1 is not about you.</source>
        <translation>請求 %1 與您無關。</translation>
    </message>
    <message>
        <source>Request %1 cannot be approved: %2</source>
        <translation>請求 %1 無法同意：%2</translation>
    </message>
    <message>
        <source>Choose at least one category to share, or deny the request.</source>
        <translation>請至少選擇一個要分享的類別，或拒絕此請求。</translation>
    </message>
    <message>
        <source>You can only share fewer categories than were asked for, not more (%1 was not asked for).</source>
        <translation>您只能分享比請求更少的類別，不能更多（並未請求%1）。</translation>
    </message>
    <message>
        <source>You can only shorten the time asked for, not extend it.</source>
        <translation>您只能縮短請求的期限，不能延長。</translation>
    </message>
    <message>
        <source>That end date has already passed.</source>
        <translation>該結束日期已經過去。</translation>
    </message>
    <message>
        <source>Consent %1 is already revoked.</source>
        <translation>同意 %1 已經撤回。</translation>
    </message>
    <message>
        <source>There is no consent %1 on the ledger.</source>
        <translation>帳本上沒有同意 %1。</translation>
    </message>
    <message>
        <source>Consent %1 is not yours.</source>
        <translation>同意 %1 不屬於您。</translation>
    </message>
    <message>
        <source>Consent %1 is not known on this device yet; sync and try again.</source>
        <translation>此裝置還不知道同意 %1；請同步後再試。</translation>
    </message>
    <message>
        <source>%1 is not a participant of this consortium.</source>
        <translation>%1 不是此聯盟的成員。</translation>
    </message>
    <message>
        <source>%1 has been suspended from the consortium.</source>
        <translation>%1 已被聯盟停權。</translation>
    </message>
    <message>
        <source>The hospital chosen to release the records is not in the directory.</source>
        <translation>選擇提供紀錄的醫院不在名錄中。</translation>
    </message>
    <message>
        <source>Choose at least one category to share.</source>
        <translation>請至少選擇一個要分享的類別。</translation>
    </message>
    <message>
        <source>Choose why you are sharing.</source>
        <translation>請選擇分享的目的。</translation>
    </message>
    <message>
        <source>That is not a valid account address. An address starts with 0x and has 40 letters and digits; check it and try again.</source>
        <translation>這不是有效的帳戶地址。地址以 0x 開頭，後接 40 個英數字元；請檢查後再試。</translation>
    </message>
    <message>
        <source>This address has a typing mistake: its checksum does not match. Copy it again from its source.</source>
        <translation>此地址有輸入錯誤：檢查碼不符。請從來源重新複製。</translation>
    </message>
    <message>
        <source>The key does not open this data.</source>
        <translation>此金鑰無法開啟這些資料。</translation>
    </message>
    <message>
        <source>This recovery phrase cannot produce a key on the standard path.</source>
        <translation>此復原詞組無法在標準路徑上產生金鑰。</translation>
    </message>
    <message>
        <source>The key path is not valid.</source>
        <translation>金鑰路徑無效。</translation>
    </message>
    <message>
        <source>The recovery data has the wrong length.</source>
        <translation>復原資料的長度不正確。</translation>
    </message>
    <message>
        <source>A recovery phrase has 24 words (older wallets: 12, 15, 18 or 21); this one has %1. Check that no word is missing or doubled.</source>
        <translation>復原詞組有 24 個單字（舊錢包為 12、15、18 或 21 個）；這組有 %1 個。請確認沒有遺漏或重複的單字。</translation>
    </message>
    <message>
        <source>Word %1 is not in the %2 recovery word list. Check its spelling against what you wrote down.</source>
        <translation>第 %1 個字不在%2復原單字表中。請對照您抄寫的內容檢查拼寫。</translation>
    </message>
    <message>
        <source>Every word is a valid recovery word, but together they do not add up: the checksum carried by word %1 does not match. One of the words is wrong or two are swapped; compare them one by one with what you wrote down.</source>
        <translation>每個字都是有效的復原單字，但組合起來不一致：第 %1 個字帶有的檢查碼不符。可能有一個字錯誤或兩個字順序顛倒；請逐一對照您抄寫的內容。</translation>
    </message>
    <message>
        <source>The vault file is damaged: its password settings cannot be read.</source>
        <translation>保險箱檔案已損壞：無法讀取其密碼設定。</translation>
    </message>
    <message>
        <source>The vault's password settings are not valid.</source>
        <translation>保險箱的密碼設定無效。</translation>
    </message>
    <message>
        <source>This device ran out of memory while checking the password. Close other apps and try again.</source>
        <translation>此裝置在檢查密碼時記憶體不足。請關閉其他 App 後再試。</translation>
    </message>
    <message>
        <source>The signature is malformed.</source>
        <translation>簽章格式錯誤。</translation>
    </message>
    <message>
        <source>The signature is not valid.</source>
        <translation>簽章無效。</translation>
    </message>
    <message>
        <source>The key is not a valid signing key.</source>
        <translation>此金鑰不是有效的簽署金鑰。</translation>
    </message>
    <message>
        <source>The hospital at %1 cannot be reached right now; try again later.</source>
        <translation>目前無法連線到位於 %1 的醫院；請稍後再試。</translation>
    </message>
    <message>
        <source>The hospital answered with something that is not valid FHIR; nothing from that answer was used.</source>
        <translation>醫院的回應不是有效的 FHIR；該回應的內容均未使用。</translation>
    </message>
    <message>
        <source>Sync was cancelled.</source>
        <translation>同步已取消。</translation>
    </message>
    <message>
        <source>The hospital did not accept the sign-in.</source>
        <translation>醫院未接受登入。</translation>
    </message>
    <message>
        <source>The hospital refused the request.</source>
        <translation>醫院拒絕了此請求。</translation>
    </message>
    <message>
        <source>The hospital does not have what was asked for.</source>
        <translation>醫院沒有所請求的資料。</translation>
    </message>
    <message>
        <source>The record's integrity proof is malformed.</source>
        <translation>紀錄的完整性證明格式錯誤。</translation>
    </message>
    <message>
        <source>A record from the hospital is not a FHIR resource.</source>
        <translation>來自醫院的一筆紀錄不是 FHIR 資源。</translation>
    </message>
    <message>
        <source>A record from the hospital has no valid id.</source>
        <translation>來自醫院的一筆紀錄沒有有效的識別碼。</translation>
    </message>
    <message>
        <source>A %1 record does not say whose record it is; it was not added.</source>
        <translation>一筆 %1 紀錄未說明屬於誰；未加入。</translation>
    </message>
    <message>
        <source>A %1 record is about another patient; it was not added.</source>
        <translation>一筆 %1 紀錄屬於其他病人；未加入。</translation>
    </message>
    <message>
        <source>A %1 record has an impossible date; it was not added.</source>
        <translation>一筆 %1 紀錄的日期不可能成立；未加入。</translation>
    </message>
    <message>
        <source>A %1 record is dated %2, which cannot be right; it was not added.</source>
        <translation>一筆 %1 紀錄的日期為 %2，顯然有誤；未加入。</translation>
    </message>
    <message>
        <source>A lab or vital-sign value is not a number; the record was not added.</source>
        <translation>一個檢驗或生命徵象數值不是數字；該紀錄未加入。</translation>
    </message>
    <message>
        <source>The hospital's sign-in message is not valid.</source>
        <translation>醫院的登入訊息無效。</translation>
    </message>
    <message>
        <source>The hospital asked to sign something other than a sign-in to itself; nothing was signed.</source>
        <translation>醫院要求簽署的內容不是登入該醫院本身；未簽署任何內容。</translation>
    </message>
    <message>
        <source>The ledger sent data that cannot be read.</source>
        <translation>帳本傳來無法讀取的資料。</translation>
    </message>
    <message>
        <source>A ledger event could not be read.</source>
        <translation>無法讀取一筆帳本事件。</translation>
    </message>
    <message>
        <source>The hospitals' ledger cannot be reached right now. Check the connection; nothing you signed is lost, and it will be sent when the ledger answers.</source>
        <translation>目前無法連線至醫院共同帳本。請檢查網路連線；您簽署的內容不會遺失，帳本回應時就會送出。</translation>
    </message>
    <message>
        <source>The ledger refused the request.</source>
        <translation>帳本拒絕了此要求。</translation>
    </message>
    <message>
        <source>The ledger refused live updates; the app will poll instead.</source>
        <translation>帳本拒絕即時更新；App 將改為定期查詢。</translation>
    </message>
    <message>
        <source>This network profile cannot be used: %1</source>
        <translation>無法使用此網路設定檔：%1</translation>
    </message>
    <message>
        <source>Only the consortium's administrator may do this.</source>
        <translation>只有聯盟管理者可以執行此操作。</translation>
    </message>
    <message>
        <source>An account address is missing.</source>
        <translation>缺少帳戶地址。</translation>
    </message>
    <message>
        <source>%1 is already in the consortium's directory.</source>
        <translation>%1 已在聯盟名錄中。</translation>
    </message>
    <message>
        <source>%1 is not in the consortium's directory.</source>
        <translation>%1 不在聯盟名錄中。</translation>
    </message>
    <message>
        <source>%1 is not an active participant of the consortium.</source>
        <translation>%1 不是聯盟的有效成員。</translation>
    </message>
    <message>
        <source>Only a hospital may use emergency access.</source>
        <translation>只有醫院可以使用緊急存取。</translation>
    </message>
    <message>
        <source>Participant kind %1 is not one the consortium knows.</source>
        <translation>聯盟不認得成員類型 %1。</translation>
    </message>
    <message>
        <source>Purpose %1 is not one the consortium knows.</source>
        <translation>聯盟不認得目的 %1。</translation>
    </message>
    <message>
        <source>The record categories asked for are not valid.</source>
        <translation>所請求的紀錄類別無效。</translation>
    </message>
    <message>
        <source>Those caregiver rights are not valid.</source>
        <translation>這些照顧者權限無效。</translation>
    </message>
    <message>
        <source>The end date has already passed. Choose a date in the future.</source>
        <translation>結束日期已經過去。請選擇未來的日期。</translation>
    </message>
    <message>
        <source>There is no request number %1.</source>
        <translation>沒有編號 %1 的請求。</translation>
    </message>
    <message>
        <source>Request %1 has already been answered.</source>
        <translation>請求 %1 已經回覆過了。</translation>
    </message>
    <message>
        <source>Request %1 has expired; the hospital has to ask again.</source>
        <translation>請求 %1 已過期；醫院需要重新請求。</translation>
    </message>
    <message>
        <source>Only the patient, or a caregiver the patient allowed to do so, may do this.</source>
        <translation>只有病人本人，或經病人授權的照顧者，可以執行此操作。</translation>
    </message>
    <message>
        <source>An approval may leave out categories that were asked for, never add others.</source>
        <translation>同意時可以排除請求的類別，但不能加入其他類別。</translation>
    </message>
    <message>
        <source>An approval may end sooner than asked, never later.</source>
        <translation>同意的期限可以比請求的早結束，但不能更晚。</translation>
    </message>
    <message>
        <source>There is no consent number %1.</source>
        <translation>沒有編號 %1 的同意。</translation>
    </message>
    <message>
        <source>Consent %1 is no longer active: it was revoked or has expired.</source>
        <translation>同意 %1 已失效：已被撤回或已過期。</translation>
    </message>
    <message>
        <source>You cannot make yourself your own caregiver.</source>
        <translation>您不能將自己設為自己的照顧者。</translation>
    </message>
    <message>
        <source>The record batch to anchor has no root.</source>
        <translation>要上鏈的紀錄批次沒有根值。</translation>
    </message>
    <message>
        <source>The record batch to anchor is empty.</source>
        <translation>要上鏈的紀錄批次是空的。</translation>
    </message>
    <message>
        <source>That release of records is not covered by consent %1.</source>
        <translation>該次紀錄提供不在同意 %1 的範圍內。</translation>
    </message>
    <message>
        <source>The ledger refused the transaction without saying why.</source>
        <translation>帳本拒絕了此交易，但未說明原因。</translation>
    </message>
    <message>
        <source>The ledger refused: %1</source>
        <translation>帳本拒絕：%1</translation>
    </message>
    <message>
        <source>The ledger refused the transaction.</source>
        <translation>帳本拒絕了此交易。</translation>
    </message>
    <message>
        <source>The ledger's contract failed an internal check.</source>
        <translation>帳本合約的內部檢查失敗。</translation>
    </message>
    <message>
        <source>The ledger refused the transaction (reason %1).</source>
        <translation>帳本拒絕了此交易（原因 %1）。</translation>
    </message>
    <message>
        <source>'%1' is not a %2. Use one of: %3.</source>
        <translation>「%1」不是有效的%2。請使用以下其中之一：%3。</translation>
    </message>
    <message>
        <source>Name at least one record category.</source>
        <translation>請至少指定一個紀錄類別。</translation>
    </message>
    <message>
        <source>'%1' is not a date. Use 2027-01-31, 2027-01-31T18:00:00Z, or 30d / 12h.</source>
        <translation>「%1」不是日期。請使用 2027-01-31、2027-01-31T18:00:00Z 或 30d / 12h。</translation>
    </message>
    <message>
        <source>The date %1 has already passed.</source>
        <translation>日期 %1 已經過去。</translation>
    </message>
    <message>
        <source>The transaction cannot be read.</source>
        <translation>無法讀取此交易。</translation>
    </message>
    <message>
        <source>The ledger at this address belongs to another network (chain %1, expected %2). Check the network profile; nothing was sent.</source>
        <translation>此位址的帳本屬於其他網路（鏈 %1，應為 %2）。請檢查網路設定檔；未送出任何內容。</translation>
    </message>
    <message>
        <source>The contract could not be created.</source>
        <translation>無法建立合約。</translation>
    </message>
    <message>
        <source>The hospitals' ledger cannot be reached right now. Your decision is kept on this device and will be signed and sent as soon as the ledger answers.</source>
        <translation>目前無法連線至醫院共同帳本。您的決定已保存在此裝置上，帳本一回應就會簽署並送出。</translation>
    </message>
    <message>
        <source>%1 is no longer an active member of the consortium.</source>
        <translation>%1 已不再是聯盟的有效成員。</translation>
    </message>
    <message>
        <source>%1's address in the directory is not a secure (https) address.</source>
        <translation>%1 在名錄中的位址不是安全的（https）位址。</translation>
    </message>
    <message>
        <source>The server at %1 does not present itself as %2 of this consortium; nothing was sent.</source>
        <translation>位於 %1 的伺服器並未表明自己是此聯盟的%2；未送出任何內容。</translation>
    </message>
    <message>
        <source>The hospital keeps sending more pages; sync stopped.</source>
        <translation>醫院不斷傳送更多頁面；已停止同步。</translation>
    </message>
    <message>
        <source>The export file could not be created: %1</source>
        <translation>無法建立匯出檔案：%1</translation>
    </message>
    <message>
        <source>The export file could not be written: %1</source>
        <translation>無法寫入匯出檔案：%1</translation>
    </message>
    <message>
        <source>Too many wrong passwords. For your safety, wait %1 before trying again.</source>
        <translation>密碼錯誤次數過多。為了您的安全，請等待 %1 後再試。</translation>
    </message>
    <message>
        <source>Your password is right, but the record database on this device is damaged. Your keys are safe: rebuild the database and your records will be downloaded again from your hospitals.</source>
        <translation>密碼正確，但此裝置上的紀錄資料庫已損壞。您的金鑰是安全的：重建資料庫後，紀錄會重新從醫院下載。</translation>
    </message>
    <message>
        <source>The record database could not be written: the device's storage is full or read-only. Nothing was lost; free some space and try again.</source>
        <translation>無法寫入紀錄資料庫：裝置儲存空間已滿或為唯讀。沒有資料遺失；請釋出空間後再試。</translation>
    </message>
    <message>
        <source>The record database reported an unexpected error.</source>
        <translation>紀錄資料庫回報非預期的錯誤。</translation>
    </message>
    <message>
        <source>Internal error opening the database.</source>
        <translation>開啟資料庫時發生內部錯誤。</translation>
    </message>
    <message>
        <source>This build of the app has no database encryption and will not store records.</source>
        <translation>此版本的 App 沒有資料庫加密，因此不會儲存紀錄。</translation>
    </message>
    <message>
        <source>The database encryption is not set up as required.</source>
        <translation>資料庫加密未依要求設定。</translation>
    </message>
    <message>
        <source>This record database was written by a newer version of Health Passbook. Update the app to open it.</source>
        <translation>此紀錄資料庫是由較新版本的健康存摺寫入的。請更新 App 後開啟。</translation>
    </message>
    <message>
        <source>A vault setting is missing.</source>
        <translation>缺少一項保險箱設定。</translation>
    </message>
    <message>
        <source>The vault file on this device is damaged or was changed, so it cannot be opened. If you have your 24-word recovery phrase, restore from it.</source>
        <translation>此裝置上的保險箱檔案已損壞或被更改，因此無法開啟。若您有 24 個單字的復原詞組，請用它復原。</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of Health Passbook. Update the app to open it.</source>
        <translation>此保險箱是由較新版本的健康存摺寫入的。請更新 App 後開啟。</translation>
    </message>
    <message>
        <source>There is no vault on this device yet.</source>
        <translation>此裝置上還沒有保險箱。</translation>
    </message>
    <message>
        <source>The vault file cannot be read. Check that the app may read its data folder.</source>
        <translation>無法讀取保險箱檔案。請確認 App 可以讀取其資料資料夾。</translation>
    </message>
    <message>
        <source>The vault could not be saved: the device's storage is full or read-only. Nothing was changed; free some space and try again.</source>
        <translation>無法儲存保險箱：裝置儲存空間已滿或為唯讀。沒有任何變更；請釋出空間後再試。</translation>
    </message>
    <message>
        <source>Unlock the vault first.</source>
        <translation>請先解鎖保險箱。</translation>
    </message>
    <message>
        <source>This password is too easy to guess. %1</source>
        <translation>這個密碼太容易被猜到。%1</translation>
    </message>
    <message>
        <source>A vault already exists in this profile. Unlock it, or remove it first.</source>
        <translation>此設定檔中已有保險箱。請先解鎖或移除它。</translation>
    </message>
    <message>
        <source>The app could not create its data folder. Check free space.</source>
        <translation>App 無法建立資料資料夾。請檢查可用空間。</translation>
    </message>
    <message>
        <source>The app could not make room for the restored vault. Check free space.</source>
        <translation>App 無法為復原的保險箱騰出空間。請檢查可用空間。</translation>
    </message>
    <message>
        <source>The app could not move the old vault aside. Check free space.</source>
        <translation>App 無法移開舊的保險箱。請檢查可用空間。</translation>
    </message>
    <message>
        <source>The vault file has no password slot.</source>
        <translation>保險箱檔案沒有密碼欄位。</translation>
    </message>
    <message>
        <source>The vault file is damaged: its identity cannot be read. Restore from your recovery phrase.</source>
        <translation>保險箱檔案已損壞：無法讀取其身分。請用復原詞組復原。</translation>
    </message>
    <message>
        <source>The vault file is damaged: its identity does not match its address.</source>
        <translation>保險箱檔案已損壞：其身分與地址不符。</translation>
    </message>
    <message>
        <source>The record database on this device is damaged. Rebuild it and your records will be downloaded again.</source>
        <translation>此裝置上的紀錄資料庫已損壞。重建後紀錄會重新下載。</translation>
    </message>
    <message>
        <source>The record database on this device belongs to another vault. Rebuild it and your records will be downloaded again.</source>
        <translation>此裝置上的紀錄資料庫屬於另一個保險箱。重建後紀錄會重新下載。</translation>
    </message>
    <message>
        <source>The record database on this device is older than your vault: an old copy was put back. Nothing was changed. Rebuild the database and your records will be downloaded again from your hospitals.</source>
        <translation>此裝置上的紀錄資料庫比您的保險箱舊：有人放回了舊的副本。沒有任何變更。重建資料庫後，紀錄會重新從醫院下載。</translation>
    </message>
    <message>
        <source>The vault file on this device is an older copy than its database (was an old backup put back?). For your safety it will not be opened. Restore from your recovery phrase.</source>
        <translation>此裝置上的保險箱檔案比其資料庫舊（是否放回了舊的備份？）。為了您的安全，將不會開啟。請用復原詞組復原。</translation>
    </message>
    <message>
        <source>The vault file on this device was changed by something other than this app, so it will not be trusted. Restore from your recovery phrase.</source>
        <translation>此裝置上的保險箱檔案被本 App 以外的程式更改過，因此不予信任。請用復原詞組復原。</translation>
    </message>
    <message>
        <source>The vault file could not be deleted. Check that the app may write to its data folder, then try again.</source>
        <translation>無法刪除保險箱檔案。請確認 App 可以寫入其資料資料夾，然後再試。</translation>
    </message>
    <message>
        <source>The vault was deleted, but some of its encrypted files could not be removed from %1.</source>
        <translation>保險箱已刪除，但部分加密檔案無法從 %1 移除。</translation>
    </message>
    <message>
        <source>The vault file changed while the app was using it.</source>
        <translation>App 使用期間保險箱檔案被更改了。</translation>
    </message>
    <message>
        <source>The recovery phrase cannot be read from the vault.</source>
        <translation>無法從保險箱讀取復原詞組。</translation>
    </message>
    <message>
        <source>Choose an automatic lock time between 30 seconds and 24 hours.</source>
        <translation>請選擇 30 秒到 24 小時之間的自動鎖定時間。</translation>
    </message>
    <message>
        <source>The damaged database could not be moved aside. Check free space.</source>
        <translation>無法移開損壞的資料庫。請檢查可用空間。</translation>
    </message>
    <message>
        <source>The ledger refused the transaction: %1</source>
        <translation>帳本拒絕了此交易：%1</translation>
    </message>
    <message>
        <source>Choose a password of at least %1 characters.</source>
        <translation>請選擇至少 %1 個字元的密碼。</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>請使用至少 %1 個字元。</translation>
    </message>
    <message>
        <source>Add more words or characters: a short sentence is easy to remember and hard to guess.</source>
        <translation>請加入更多單字或字元：一個短句容易記住，也難以被猜到。</translation>
    </message>
    <message>
        <source>That password is not right. Check the keyboard language and Caps Lock, then try again.</source>
        <translation>密碼不正確。請檢查鍵盤語言和大寫鎖定，然後再試一次。</translation>
    </message>
    <message numerus="yes">
        <source>After %n more wrong attempt(s) you will have to wait before trying again.</source>
        <translation><numerusform>再錯 %n 次之後，您必須等待才能再試。</numerusform></translation>
    </message>
    <message>
        <source>You will have to wait before each further attempt.</source>
        <translation>之後每次嘗試前都必須等待。</translation>
    </message>
    <message>
        <source>This device offers no fingerprint or face check to the app.</source>
        <translation>此裝置沒有可供 App 使用的指紋或臉部辨識。</translation>
    </message>
    <message>
        <source>No finger was read in time.</source>
        <translation>未在時間內讀取到指紋。</translation>
    </message>
    <message>
        <source>The system's fingerprint service cannot be reached.</source>
        <translation>無法連線至系統的指紋服務。</translation>
    </message>
    <message>
        <source>This computer has no fingerprint reader.</source>
        <translation>這台電腦沒有指紋讀取器。</translation>
    </message>
    <message>
        <source>The system's fingerprint service (fprintd) is not running.</source>
        <translation>系統的指紋服務（fprintd）未在執行。</translation>
    </message>
    <message>
        <source>No fingerprint is enrolled for you on this computer.</source>
        <translation>這台電腦上沒有登錄您的指紋。</translation>
    </message>
    <message>
        <source>Another program is using the fingerprint reader.</source>
        <translation>另一個程式正在使用指紋讀取器。</translation>
    </message>
    <message>
        <source>The fingerprint reader could not be used.</source>
        <translation>無法使用指紋讀取器。</translation>
    </message>
    <message>
        <source>The fingerprint reader could not start.</source>
        <translation>指紋讀取器無法啟動。</translation>
    </message>
    <message>
        <source>That fingerprint does not match.</source>
        <translation>指紋不符。</translation>
    </message>
    <message>
        <source>The fingerprint reader was disconnected.</source>
        <translation>指紋讀取器已中斷連線。</translation>
    </message>
    <message>
        <source>The fingerprint could not be read.</source>
        <translation>無法讀取指紋。</translation>
    </message>
    <message>
        <source>Try again: place your finger flat on the reader.</source>
        <translation>請再試一次：將手指平放在讀取器上。</translation>
    </message>
    <message>
        <source>This device has no secure key store the app can use.</source>
        <translation>此裝置沒有 App 可使用的安全金鑰儲存區。</translation>
    </message>
    <message>
        <source>The key store refused access.</source>
        <translation>金鑰儲存區拒絕存取。</translation>
    </message>
    <message>
        <source>The key store could not be used.</source>
        <translation>無法使用金鑰儲存區。</translation>
    </message>
    <message>
        <source>The key store no longer has this key.</source>
        <translation>金鑰儲存區中已沒有這把金鑰。</translation>
    </message>
    <message>
        <source>Fingerprint unlock is not set up; use your password.</source>
        <translation>尚未設定指紋解鎖；請使用密碼。</translation>
    </message>
    <message>
        <source>Fingerprint unlock no longer works on this device; use your password, then turn it on again.</source>
        <translation>此裝置上的指紋解鎖已無法使用；請使用密碼，然後重新開啟指紋解鎖。</translation>
    </message>
    <message>
        <source>No fingerprint or face is enrolled on this phone.</source>
        <translation>這支手機沒有登錄指紋或臉部。</translation>
    </message>
    <message>
        <source>This phone has no fingerprint or face reader.</source>
        <translation>這支手機沒有指紋或臉部辨識器。</translation>
    </message>
    <message>
        <source>Biometric unlock is not available on this phone.</source>
        <translation>這支手機無法使用生物辨識解鎖。</translation>
    </message>
    <message>
        <source>Unlock Health Passbook</source>
        <translation>解鎖健康存摺</translation>
    </message>
    <message>
        <source>Use password</source>
        <translation>使用密碼</translation>
    </message>
    <message>
        <source>No fingerprint or face is enrolled on this device.</source>
        <translation>此裝置沒有登錄指紋或臉部。</translation>
    </message>
    <message>
        <source>This device has no fingerprint or face reader.</source>
        <translation>此裝置沒有指紋或臉部辨識器。</translation>
    </message>
    <message>
        <source>This is not a valid care-invite code. Ask the person you care for to share it again.</source>
        <translation>這不是有效的照顧邀請碼。請您照顧的人重新分享一次。</translation>
    </message>
    <message>
        <source>This care-invite code was changed after the person you care for made it; it cannot be used.</source>
        <translation>這個照顧邀請碼在您照顧的人建立之後被更改過，無法使用。</translation>
    </message>
    <message>
        <source>This care-invite code belongs to another hospitals' network than the one this app uses.</source>
        <translation>這個照顧邀請碼屬於另一個醫院網路，與此 App 使用的不同。</translation>
    </message>
    <message>
        <source>That file is not a picture this app can open.</source>
        <translation>此 App 無法開啟這個檔案的圖片。</translation>
    </message>
    <message>
        <source>No QR code could be read in that picture. Try a sharper picture, or paste the code as text.</source>
        <translation>無法從這張圖片讀取 QR 碼。請換一張更清晰的圖片，或直接貼上代碼文字。</translation>
    </message>
    <message>
        <source>The list of people you care for is damaged. Add them again from their invite codes.</source>
        <translation>您照顧的人的名單已損壞，請用對方的邀請碼重新新增。</translation>
    </message>
    <message>
        <source>This person has not made you a caregiver on the ledger (or it has expired). Ask them to add you first.</source>
        <translation>對方尚未在帳本上將您設為照顧者（或已到期），請先請對方新增您。</translation>
    </message>
    <message>
        <source>Keep the name to 64 characters or fewer.</source>
        <translation>名稱請勿超過 64 個字元。</translation>
    </message>
    <message>
        <source>You do not care for this person in this app.</source>
        <translation>您在此 App 中並未照顧這個人。</translation>
    </message>
    <message>
        <source>%1 has not given you the right to see their records.</source>
        <translation>%1 未授權您查看其紀錄。</translation>
    </message>
    <message>
        <source>Your access to %1's records has expired, so their records were removed from this device. Ask them to add you again if you still help with their care.</source>
        <translation>您查看 %1 紀錄的權限已到期，因此其紀錄已從此裝置移除。若您仍協助照顧，請對方再次加入您。</translation>
    </message>
    <message>
        <source>%1 has ended your access to their records, so their records were removed from this device.</source>
        <translation>%1 已終止您查看其紀錄的權限，因此其紀錄已從此裝置移除。</translation>
    </message>
    <message>
        <source>The app could not write to its data folder. Check the free space and permissions, then try again.</source>
        <translation>App 無法寫入資料夾。請檢查可用空間與權限後再試一次。</translation>
    </message>
    <message>
        <source>The copy of these records on this device could not be deleted. Check that the app may write to its data folder, then try again.</source>
        <translation>無法刪除此裝置上這些紀錄的副本。請確認 App 可寫入其資料夾後再試一次。</translation>
    </message>
    <message>
        <source>This is your own invite code: give it to the person who helps with your care.</source>
        <translation>這是您自己的邀請碼：請交給協助照顧您的人。</translation>
    </message>
    <message>
        <source>No hospitals' network is set up yet. Import the consortium's network profile first (Settings in the app, 'passbook-cli network use FILE').</source>
        <translation>尚未設定醫院網路。請先匯入聯盟的網路設定檔（App 的「設定」，或執行 'passbook-cli network use FILE'）。</translation>
    </message>
    <message>
        <source>The network profile could not be read.</source>
        <translation>無法讀取網路設定檔。</translation>
    </message>
    <message>
        <source>That is not the address of someone you care for (see the people you care for).</source>
        <translation>這不是您照顧的人的位址（請查看您照顧的人）。</translation>
    </message>
    <message>
        <source>You do not care for %1 on this device; add them from their invite code first (Family in the app, 'passbook-cli care add CODE').</source>
        <translation>您在這台裝置上並未照顧 %1；請先用對方的邀請碼加入（App 的「家人」，或執行 'passbook-cli care add CODE'）。</translation>
    </message>
    <message>
        <source>That is your own code. Ask the person who helps you for theirs.</source>
        <translation>這是您自己的代碼。請向協助您的人索取對方的代碼。</translation>
    </message>
    <message>
        <source>Choose what your caregiver may do.</source>
        <translation>請選擇照顧者可以做的事。</translation>
    </message>
    <message>
        <source>Choose an end date in the future.</source>
        <translation>請選擇未來的結束日期。</translation>
    </message>
    <message>
        <source>Your access to %1's records has ended.</source>
        <translation>您查看 %1 紀錄的權限已結束。</translation>
    </message>
    <message>
        <source>%1 has not given you the right to decide on requests for them.</source>
        <translation>%1 未授權您替其決定申請。</translation>
    </message>
    <message>
        <source>%1 has not given you the right to manage their consents.</source>
        <translation>%1 未授權您管理其同意。</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>就醫紀錄</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>就醫紀錄</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>疾病診斷</translation>
    </message>
    <message>
        <source>conditions</source>
        <translation>疾病診斷</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>用藥</translation>
    </message>
    <message>
        <source>medications</source>
        <translation>用藥</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>過敏</translation>
    </message>
    <message>
        <source>allergies</source>
        <translation>過敏</translation>
    </message>
    <message>
        <source>Lab results</source>
        <translation>檢驗結果</translation>
    </message>
    <message>
        <source>lab results</source>
        <translation>檢驗結果</translation>
    </message>
    <message>
        <source>Imaging &amp; pathology</source>
        <translation>影像與病理</translation>
    </message>
    <message>
        <source>imaging &amp; pathology reports</source>
        <translation>影像與病理報告</translation>
    </message>
    <message>
        <source>Procedures &amp; surgery</source>
        <translation>處置與手術</translation>
    </message>
    <message>
        <source>procedures &amp; surgery</source>
        <translation>處置與手術</translation>
    </message>
    <message>
        <source>Vaccinations</source>
        <translation>疫苗接種</translation>
    </message>
    <message>
        <source>vaccinations</source>
        <translation>疫苗接種</translation>
    </message>
    <message>
        <source>Documents &amp; discharge summaries</source>
        <translation>文件與出院病摘</translation>
    </message>
    <message>
        <source>documents &amp; discharge summaries</source>
        <translation>文件與出院病摘</translation>
    </message>
    <message>
        <source>Dental</source>
        <translation>牙科</translation>
    </message>
    <message>
        <source>dental</source>
        <translation>牙科</translation>
    </message>
    <message>
        <source>Chinese medicine</source>
        <translation>中醫</translation>
    </message>
    <message>
        <source>Care plans &amp; goals</source>
        <translation>照護計畫與目標</translation>
    </message>
    <message>
        <source>care plans &amp; goals</source>
        <translation>照護計畫與目標</translation>
    </message>
    <message>
        <source>Directives</source>
        <translation>預立醫療決定</translation>
    </message>
    <message>
        <source>directives</source>
        <translation>預立醫療決定</translation>
    </message>
    <message>
        <source>Preventive care &amp; screenings</source>
        <translation>預防保健與篩檢</translation>
    </message>
    <message>
        <source>preventive care &amp; screenings</source>
        <translation>預防保健與篩檢</translation>
    </message>
    <message>
        <source>Vital signs</source>
        <translation>生命徵象</translation>
    </message>
    <message>
        <source>vital signs</source>
        <translation>生命徵象</translation>
    </message>
    <message>
        <source>Claims &amp; costs</source>
        <translation>申報與費用</translation>
    </message>
    <message>
        <source>claims &amp; costs</source>
        <translation>申報與費用</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation><numerusform>%1 及其他 %n 項</numerusform></translation>
    </message>
    <message>
        <source>This recovery phrase belongs to a different account than the passbook on this device (%1). Check the words, or remove that passbook first.</source>
        <translation>此復原詞組屬於與此裝置上健康存摺（%1）不同的帳戶。請檢查單字，或先移除該健康存摺。</translation>
    </message>
    <message>
        <source>There is no vault here yet: create or restore one.</source>
        <translation>這裡還沒有保險箱：請建立新的，或從復原單字還原。</translation>
    </message>
    <message>
        <source>The hospital refused the request. It said: “%1”</source>
        <translation>醫院拒絕了此請求。醫院的說明：「%1」</translation>
    </message>
    <message>
        <source>The app cannot keep count of password attempts because it cannot write to its data folder (the disk may be full or read-only). Free some space, then try again.</source>
        <translation>App 無法寫入資料夾（磁碟可能已滿或為唯讀），因此無法記錄密碼嘗試次數。請釋出一些空間後再試。</translation>
    </message>
    <message>
        <source>The key is no longer in the key store.</source>
        <translation>金鑰儲存區中已沒有這把金鑰。</translation>
    </message>
    <message>
        <source>This computer does not let the app use the kernel's key store.</source>
        <translation>這台電腦不允許本 App 使用系統核心的金鑰儲存區。</translation>
    </message>
    <message>
        <source>The key store gave back something unusable.</source>
        <translation>金鑰儲存區傳回了無法使用的內容。</translation>
    </message>
    <message>
        <source>Your password is right, but the record database on this device does not open with it: the database is damaged, or the vault file (vault.json) was put back from before a password change. Nothing was changed. If you have the newer vault file, put it back; otherwise rebuild the database and your records will be downloaded again from your hospitals.</source>
        <translation>密碼正確，但這台裝置上的紀錄資料庫無法用它開啟：可能是資料庫已損壞，或保險箱檔案（vault.json）被換回變更密碼前的版本。目前沒有任何變動。如果您有較新的保險箱檔案，請把它放回；否則請重建資料庫，您的紀錄會重新從醫院下載。</translation>
    </message>
    <message>
        <source>Your password was changed, but the vault could not be opened again. Unlock it with your new password.</source>
        <translation>密碼已變更，但保險箱無法重新開啟。請用新密碼解鎖。</translation>
    </message>
</context>
<context>
    <name>passbook::app::CareController</name>
    <message>
        <source>You now care for %1. Open their passbook here, or from the title of your passbook.</source>
        <translation>您現在是 %1 的照顧者。可在此或從健康存摺標題開啟對方的健康存摺。</translation>
    </message>
    <message>
        <source>Wait for the sync to finish, then try again.</source>
        <translation>請等待同步完成後再試一次。</translation>
    </message>
    <message>
        <source>Removed. Their records are no longer on this device.</source>
        <translation>已移除，對方的紀錄已不在此裝置上。</translation>
    </message>
    <message>
        <source>You do not care for this person in this app.</source>
        <translation>您在此 App 中並未照顧這個人。</translation>
    </message>
</context>
<context>
    <name>passbook::app::DecisionController</name>
    <message>
        <source>Choose who receives the records from the directory.</source>
        <translation>請從名錄中選擇接收紀錄的對象。</translation>
    </message>
    <message>
        <source>That is not a caregiver code. It starts with 0x and has 40 more letters and digits.</source>
        <translation>這不是照顧者代碼。代碼以 0x 開頭，後面還有 40 個英數字。</translation>
    </message>
    <message>
        <source>Choose what your caregiver may do.</source>
        <translation>請選擇照顧者可以做的事。</translation>
    </message>
</context>
<context>
    <name>passbook::app::LanguageController</name>
    <message>
        <source>Same as the system</source>
        <translation>跟隨系統</translation>
    </message>
</context>
<context>
    <name>passbook::app::SessionController</name>
    <message>
        <source>Now using %1.</source>
        <translation>現在使用%1。</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n record(s) as one FHIR file.</source>
        <translation><numerusform>已將 %n 筆紀錄存成一個 FHIR 檔案。</numerusform></translation>
    </message>
    <message>
        <source>Choose a hospital from the list.</source>
        <translation>請從清單中選擇醫院。</translation>
    </message>
    <message>
        <source>Enter the activation code the hospital gave you.</source>
        <translation>請輸入醫院提供的啟用碼。</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>已連結%1。</translation>
    </message>
    <message numerus="yes">
        <source>Disconnected; %n record(s) from that hospital were removed from this device.</source>
        <translation><numerusform>已中斷連結；該院的 %n 筆紀錄已從此裝置移除。</numerusform></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>開始中…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s)</source>
        <translation><numerusform>%1：%n 筆紀錄</numerusform></translation>
    </message>
</context>
<context>
    <name>passbook::models::RecordDetail</name>
    <message>
        <source>Value</source>
        <translation>數值</translation>
    </message>
    <message>
        <source>Reference range</source>
        <translation>參考範圍</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>標示</translation>
    </message>
    <message>
        <source>Outside the reference range</source>
        <translation>超出參考範圍</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細內容</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>紀錄</translation>
    </message>
</context>
<context>
    <name>passbook::session::BiometricFlow</name>
    <message>
        <source>Now touch the fingerprint reader.</source>
        <translation>現在請觸碰指紋讀取器。</translation>
    </message>
    <message>
        <source>Checking your password…</source>
        <translation>正在確認密碼…</translation>
    </message>
    <message>
        <source>Fingerprint unlock is off. Use your password.</source>
        <translation>指紋解鎖已關閉。請使用密碼。</translation>
    </message>
    <message>
        <source>Touch the fingerprint reader.</source>
        <translation>請觸碰指紋讀取器。</translation>
    </message>
</context>
<context>
    <name>passbook::session::DecisionFlow</name>
    <message>
        <source>Checking your password…</source>
        <translation>正在確認密碼…</translation>
    </message>
    <message>
        <source>Signing and sending to the ledger…</source>
        <translation>正在簽署並送至帳本…</translation>
    </message>
    <message>
        <source>The ledger cannot be reached. Your decision is saved and will be sent as soon as it can.</source>
        <translation>目前無法連線至帳本。您的決定已儲存，可連線時會立即送出。</translation>
    </message>
    <message>
        <source>Confirmed on the ledger (block %1).</source>
        <translation>已在帳本上確認（區塊 %1）。</translation>
    </message>
    <message>
        <source>Your saved decision reached the ledger.</source>
        <translation>您儲存的決定已送達帳本。</translation>
    </message>
</context>
</TS>