// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "Prompter.h"

#include "core/Logging.h"

#include <QHash>

namespace ui {

namespace {

struct PromptState
{
    QHash<QString, Prompter::Button> answers;
    QStringList asked;
    bool unattended = false;
};

PromptState &state()
{
    static PromptState instance;
    return instance;
}

} // namespace

Prompter::Button Prompter::ask(QWidget *parent, const QString &id, const QString &title,
                               const QString &text, Buttons buttons, Button defaultButton)
{
    PromptState &prompts = state();
    prompts.asked.append(id);
    qCInfo(lcUi) << "asking" << id;

    const auto answer = prompts.answers.constFind(id);
    if (answer != prompts.answers.constEnd()) {
        return answer.value();
    }
    if (prompts.unattended) {
        return defaultButton;
    }
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void Prompter::warn(QWidget *parent, const QString &id, const QString &title, const QString &text)
{
    PromptState &prompts = state();
    prompts.asked.append(id);
    qCWarning(lcUi) << "warning shown:" << id;

    if (prompts.unattended || prompts.answers.contains(id)) {
        return;
    }
    QMessageBox::warning(parent, title, text);
}

void Prompter::preAnswer(const QString &id, Button answer)
{
    state().answers.insert(id, answer);
}

void Prompter::clearAnswers()
{
    state().answers.clear();
    state().asked.clear();
}

void Prompter::setUnattended(bool unattended)
{
    state().unattended = unattended;
}

QStringList Prompter::asked()
{
    return state().asked;
}

} // namespace ui
