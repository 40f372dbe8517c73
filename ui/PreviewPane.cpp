// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "PreviewPane.h"

#include "ui/JsonEditor.h"

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

    for (int tab = ProfileTab; tab <= EntityTab; ++tab) {
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
