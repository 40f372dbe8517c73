// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "PreviewPane.h"

#include "ui/JsonEditor.h"
#include "ui/diff/DiffView.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ui {

PreviewPane::PreviewPane(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("previewPane"));
    m_tabs->setObjectName(QStringLiteral("previewTabs"));
    m_tabs->setAccessibleName(tr("Preview"));
    m_tabs->setDocumentMode(true);

    addView(tr("Profile message (emulated)"), QStringLiteral("profileView"));
    addView(tr("Identity message (emulated)"), QStringLiteral("identityView"));
    addView(tr("JSON Patch view"), QStringLiteral("patchView"));
    addView(tr("Mapped entity"), QStringLiteral("entityView"));
    addStoredProfilePage();

    // AEP publishes the names of these messages, not their bodies: say so where they show.
    auto *note = new QLabel(tr("Emulated: AEP does not publish the messages Data Prep sends to "
                               "Profile and Identity Service; these are Patchbay's "
                               "reconstruction."),
                            this);
    note->setObjectName(QStringLiteral("emulatedNote"));
    note->setWordWrap(true);
    note->setAccessibleName(tr("Emulated messages"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    layout->addWidget(note);
}

JsonEditor *PreviewPane::addView(const QString &title, const QString &objectName)
{
    auto *view = new JsonEditor(m_tabs);
    view->setObjectName(objectName);
    view->setAccessibleName(title);
    view->setReadOnly(true);
    view->setCaretLineVisible(false);
    m_views.append(view);
    m_tabs->addTab(view, title);
    return view;
}

void PreviewPane::addStoredProfilePage()
{
    auto *page = new QWidget(m_tabs);
    page->setObjectName(QStringLiteral("storedProfilePage"));
    m_storedSummary = new QLabel(page);
    m_storedSummary->setObjectName(QStringLiteral("storedProfileSummary"));
    m_storedSummary->setWordWrap(true);
    m_storedSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_storedDiff = new diff::DiffView(page);
    m_storedDiff->setObjectName(QStringLiteral("storedProfileDiff"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addWidget(m_storedSummary);
    layout->addWidget(m_storedDiff, 1);
    m_tabs->addTab(page, tr("Stored profile (emulated)"));
    showStoredProfile(std::nullopt, QString(), QString());
}

void PreviewPane::showStoredProfile(const std::optional<core::emulation::Outcome> &outcome,
                                    const QString &error, const QString &folder)
{
    if (folder.isEmpty()) {
        m_storedSummary->setText(tr("No profile store in use. Emulation \u2192 Use Profile Store "
                                    "shows here what this payload would change in one."));
        m_storedDiff->clear();
        return;
    }
    if (!error.isEmpty() || !outcome) {
        m_storedSummary->setText(
            tr("The profile store in %1 cannot be read: %2").arg(folder, error));
        m_storedDiff->clear();
        return;
    }
    if (outcome->profileKey.id.empty()) {
        m_storedSummary->setText(tr("Nothing would reach the store: the payload has errors or no "
                                    "primary identity."));
        m_storedDiff->clear();
        return;
    }
    QStringList notes;
    for (const core::Problem &problem : outcome->problems) {
        notes << QStringLiteral("%1: %2").arg(problem.rule, problem.message);
    }
    m_storedSummary->setText(
        tr("Emulated, a dry run on %1: profile %2, %n new identities.", nullptr,
           int(outcome->newIdentities.size()))
            .arg(folder, core::toQString(outcome->profileKey.text())) +
        (notes.isEmpty() ? QString() : QStringLiteral("\n") + notes.join(QLatin1Char('\n'))));
    m_storedDiff->setDocuments(outcome->before, outcome->after, tr("Stored now"),
                               tr("After this payload"));
}

JsonEditor *PreviewPane::view(Tab tab) const
{
    return m_views.at(tab);
}

QString PreviewPane::messagesText(const core::PipelineResult &result, bool identity,
                                  const QString &absent)
{
    core::Json shown = core::Json::array();
    for (const core::GeneratedMessage &message : result.messages) {
        if ((message.kind == core::MessageKind::IdentityCreate) == identity) {
            shown.push_back(message.message);
        }
    }
    if (shown.empty()) {
        return absent;
    }
    const core::Json &value = shown.size() == 1 ? shown.front() : shown;
    return core::toQString(core::dumpJson(value, 2)) + QLatin1Char('\n');
}

void PreviewPane::showResult(const core::PipelineResult &result)
{
    view(ProfileTab)
        ->showText(
            messagesText(result, false, tr("// No Profile message: see the problems below.\n")));
    view(IdentityTab)
        ->showText(messagesText(
            result, true, tr("// No Identity message: operations.identity is not \"create\".\n")));
    view(PatchTab)->showText(result.patchView.is_null()
                                 ? tr("// No JSON Patch view: only a merge produces an update.\n")
                                 : core::toQString(core::dumpJson(result.patchView, 2)) +
                                       QLatin1Char('\n'));
    view(EntityTab)->showText(result.entity.is_null()
                                  ? tr("// Nothing was mapped.\n")
                                  : core::toQString(core::dumpJson(result.entity, 2)) +
                                        QLatin1Char('\n'));

    for (int tab = ProfileTab; tab <= StoredProfileTab; ++tab) {
        m_tabs->setTabToolTip(tab, tr("Emulated: AEP does not publish this message's exact form."));
    }
}

void PreviewPane::showFailure(const QString &message)
{
    const QString text = QStringLiteral("// %1\n").arg(message);
    for (JsonEditor *view : std::as_const(m_views)) {
        view->showText(text);
    }
}

} // namespace ui
