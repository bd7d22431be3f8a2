import QtQuick
import QtQuick.Controls
import QtTest
import Passbook.App
import Passbook.Components

Item {
    id: root
    width: 400
    height: 600

    PasswordField { id: field; label: "Password"; width: 300 }
    StrengthMeter { id: meter; width: 300; y: 80 }
    ErrorBanner { id: banner; width: 300; y: 160 }
    SignalSpy { id: created; target: Navigation; signalName: "createRequested" }
    // names as the ledger or another person might write them, in a window of its own (a popup needs one)
    Window {
        visible: true
        width: 400
        height: 300
        PlainComboBox {
            id: names
            width: 300
            textRole: "name"
            model: [{ name: "Taipei City Hospital" }, { name: "<img src=\"http://127.0.0.1:9/x.png\"><b>Clinic</b>" }]
        }
    }

    TestCase {
        name: "PasswordField"

        function test_hiddenUntilRevealed() {
            field.text = "secret words here"
            compare(field.echoMode, TextInput.Password)
            field.revealed = true
            compare(field.echoMode, TextInput.Normal)
            field.revealed = false
            compare(field.echoMode, TextInput.Password)
            compare(field.Accessible.name, "Password")
        }

        function test_clearEmptiesTheField() {
            field.text = "to be cleared"
            field.clear()
            compare(field.text, "")
        }
    }

    TestCase {
        name: "StrengthMeter"

        function test_labelsFollowScore() {
            meter.length = 0
            verify(meter.Accessible.name.indexOf("Very weak") >= 0)
            meter.length = 20
            meter.score = 4
            verify(meter.Accessible.name.indexOf("Strong") >= 0)
            meter.score = 2
            verify(meter.Accessible.name.indexOf("Fair") >= 0)
        }
    }

    TestCase {
        name: "ErrorBanner"

        function test_visibleOnlyWithText() {
            banner.text = ""
            verify(!banner.visible)
            banner.text = "That password is not right."
            verify(banner.visible)
            compare(banner.Accessible.name, "That password is not right.")
        }
    }

    TestCase {
        name: "PlainComboBox"

        // every entry of the open list is plain text: markup in a name is shown as written
        function test_itemsArePlainText() {
            names.popup.open()
            tryVerify(() => names.popup.opened)
            const list = names.popup.contentItem
            tryCompare(list, "count", 2)
            const item = list.itemAtIndex(1)
            verify(item !== null)
            compare(item.contentItem.textFormat, Text.PlainText)
            compare(item.contentItem.text, "<img src=\"http://127.0.0.1:9/x.png\"><b>Clinic</b>")
            compare(list.itemAtIndex(0).contentItem.text, "Taipei City Hospital")
            names.popup.close()
        }
    }

    TestCase {
        name: "Navigation"

        function test_signalsReachTheShell() {
            created.clear()
            Navigation.createRequested()
            compare(created.count, 1)
        }
    }

    TestCase {
        name: "Vocabulary"

        // the category list and the rights come from core's one vocabulary, by name
        function test_categoriesFromCore() {
            compare(Categories.all.length, 16)
            for (let i = 0; i < Categories.all.length; ++i)
                compare(Categories.all[i].bit, i)
            compare(Categories.all[4].key, "labs")
            compare(Categories.label("labs"), "Lab results")
            compare(Categories.label("nonsense"), "Other")
            compare(Domain.allCategories, 0xFFFF)
        }

        function test_rightsAndPurposesByName() {
            compare(Domain.View, 1)
            compare(Domain.Approve, 2)
            compare(Domain.Manage, 4)
            compare(Domain.Sensitive, 8)
            compare(Domain.Purpose.Treatment, 1)
            compare(Domain.Purpose.PersonalShare, 5)
        }
    }
}
