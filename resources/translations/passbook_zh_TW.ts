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
</context>
<context>
    <name>Categories</name>
    <message>
        <source>Visits</source>
        <translation>就醫紀錄</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>疾病診斷</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>用藥</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>過敏</translation>
    </message>
    <message>
        <source>Lab results</source>
        <translation>檢驗結果</translation>
    </message>
    <message>
        <source>Imaging &amp; pathology</source>
        <translation>影像與病理</translation>
    </message>
    <message>
        <source>Procedures &amp; surgery</source>
        <translation>處置與手術</translation>
    </message>
    <message>
        <source>Vaccinations</source>
        <translation>疫苗接種</translation>
    </message>
    <message>
        <source>Documents &amp; discharge summaries</source>
        <translation>文件與出院病摘</translation>
    </message>
    <message>
        <source>Dental</source>
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
        <source>Directives</source>
        <translation>預立醫療決定</translation>
    </message>
    <message>
        <source>Preventive care &amp; screenings</source>
        <translation>預防保健與篩檢</translation>
    </message>
    <message>
        <source>Vital signs</source>
        <translation>生命徵象</translation>
    </message>
    <message>
        <source>Claims &amp; costs</source>
        <translation>申報與費用</translation>
    </message>
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
        <source>Your password was changed. Use the new one from now on.</source>
        <translation>密碼已變更，之後請使用新密碼。</translation>
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
</context>
<context>
    <name>SharingController</name>
    <message>
        <source>visits</source>
        <translation>就醫紀錄</translation>
    </message>
    <message>
        <source>conditions</source>
        <translation>疾病診斷</translation>
    </message>
    <message>
        <source>medications</source>
        <translation>用藥</translation>
    </message>
    <message>
        <source>allergies</source>
        <translation>過敏</translation>
    </message>
    <message>
        <source>lab results</source>
        <translation>檢驗結果</translation>
    </message>
    <message>
        <source>imaging &amp; pathology</source>
        <translation>影像與病理</translation>
    </message>
    <message>
        <source>procedures &amp; surgery</source>
        <translation>處置與手術</translation>
    </message>
    <message>
        <source>vaccinations</source>
        <translation>疫苗接種</translation>
    </message>
    <message>
        <source>documents &amp; discharge summaries</source>
        <translation>文件與出院病摘</translation>
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
        <source>care plans &amp; goals</source>
        <translation>照護計畫與目標</translation>
    </message>
    <message>
        <source>directives</source>
        <translation>預立醫療決定</translation>
    </message>
    <message>
        <source>preventive care &amp; screenings</source>
        <translation>預防保健與篩檢</translation>
    </message>
    <message>
        <source>vital signs</source>
        <translation>生命徵象</translation>
    </message>
    <message>
        <source>claims &amp; costs</source>
        <translation>申報與費用</translation>
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
        <source>Hospitals</source>
        <translation>醫院</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
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
        <source>Sharing (%1)</source>
        <translation>分享（%1）</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>分享</translation>
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
    <name>passbook::app::LanguageController</name>
    <message>
        <source>Same as the system</source>
        <translation>跟隨系統</translation>
    </message>
</context>
<context>
    <name>passbook::app::PassbookController</name>
    <message>
        <source>The network profile could not be read.</source>
        <translation>無法讀取網路設定檔。</translation>
    </message>
    <message>
        <source>Now using %1.</source>
        <translation>現在使用%1。</translation>
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
    <message numerus="yes">
        <source>Saved %n record(s) as one FHIR file.</source>
        <translation><numerusform>已將 %n 筆紀錄存成一個 FHIR 檔案。</numerusform></translation>
    </message>
</context>
<context>
    <name>passbook::app::RecordController</name>
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
    <name>passbook::app::SharingController</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation><numerusform>%1 及其他 %n 項</numerusform></translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
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
    <message>
        <source>any hospital</source>
        <translation>任何醫院</translation>
    </message>
    <message>
        <source>%1 asks for your records</source>
        <translation>%1 請求取得您的紀錄</translation>
    </message>
    <message>
        <source>%1 held by %2. Open Health Passbook to approve or deny.</source>
        <translation>由%2保存的%1。請開啟健康存摺同意或拒絕。</translation>
    </message>
    <message numerus="yes">
        <source>%n hospital request(s) to review</source>
        <translation><numerusform>有 %n 個醫院請求待審閱</numerusform></translation>
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
        <source>Choose who receives the records from the directory.</source>
        <translation>請從名錄中選擇接收紀錄的對象。</translation>
    </message>
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
    <message>
        <source>No hospitals' network is set up yet (Settings).</source>
        <translation>尚未設定醫院網路（設定）。</translation>
    </message>
</context>
<context>
    <name>passbook::app::VaultController</name>
    <message>
        <source>This recovery phrase belongs to a different account than the passbook on this device (%1). Check the words, or remove that passbook first.</source>
        <translation>此復原詞組屬於與此裝置上健康存摺（%1）不同的帳戶。請檢查單字，或先移除該健康存摺。</translation>
    </message>
    <message>
        <source>Word %1 does not match what was shown. Look at what you wrote down and try again.</source>
        <translation>第 %1 個字與顯示的內容不符。請查看您抄寫的內容後再試一次。</translation>
    </message>
</context>
</TS>